"""The parts of the review view beside its list: the imported record compared with the library item
field by field, and the editor that corrects the imported title and year. Translated in the view's
context, ``ReviewView``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from engine.importers.review_edit import MAX_YEAR, MIN_YEAR

Entry = dict[str, Any]  # one of Library.review_entries()
FIELDS = ("title", "year", "creators", "kind")


def field_text(field: str, side: Entry) -> str:
    """One field of a record or a library item, as shown."""
    value = side.get(field)
    if field == "creators":
        return ", ".join(value or []) or QCoreApplication.translate("ReviewView", "unknown")
    if field == "kind":
        kinds = {"book": QCoreApplication.translate("ReviewView", "Book"),
                 "film": QCoreApplication.translate("ReviewView", "Film"),
                 "series": QCoreApplication.translate("ReviewView", "Series"),
                 "article": QCoreApplication.translate("ReviewView", "Article"),
                 "other": QCoreApplication.translate("ReviewView", "Other")}
        return kinds.get(str(value), str(value))
    return QCoreApplication.translate("ReviewView", "unknown") if value is None else str(value)


class RecordComparison(QGroupBox):
    """The imported record beside the library item, one row per field; values that differ in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "ReviewView", "Is the imported record the same work as the library item?"), parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(QCoreApplication.translate("ReviewView", "<b>Imported record</b>")), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ReviewView", "<b>In your library</b>")), 0, 2)
        names = {"title": QCoreApplication.translate("ReviewView", "Title"),
                 "year": QCoreApplication.translate("ReviewView", "Year"),
                 "creators": QCoreApplication.translate("ReviewView", "Creators"),
                 "kind": QCoreApplication.translate("ReviewView", "Kind")}
        sides = (QCoreApplication.translate("ReviewView", "Imported %s"),
                 QCoreApplication.translate("ReviewView", "Library %s"))
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, field in enumerate(FIELDS, start=1):
            grid.addWidget(QLabel(names[field]), row, 0)
            pair = (QLabel(), QLabel())
            for column, (label, side) in enumerate(zip(pair, sides, strict=True), start=1):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setAccessibleName(side % names[field].lower())
                grid.addWidget(label, row, column)
            self.cells[field] = pair
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def show_entry(self, record: Entry, candidate: Entry) -> None:
        for field in FIELDS:
            mine, theirs = field_text(field, record), field_text(field, candidate)
            for label, text in zip(self.cells[field], (mine, theirs), strict=True):
                label.setText(text)
                font = label.font()
                font.setBold(mine != theirs)
                label.setFont(font)


class RecordEditor(QGroupBox):
    """The imported record's title and year, to correct before deciding. ``save_requested(decision)``
    ("different" adds a new item, "same" merges) on its buttons or Enter; ``cancel_requested`` on
    Cancel or Escape. Hidden until shown."""

    save_requested = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReviewView", "Correct the imported record"), parent)
        self.edit_title = QLineEdit()
        self.edit_title.setAccessibleName(QCoreApplication.translate("ReviewView", "Corrected title"))
        self.edit_year = QLineEdit()
        self.edit_year.setAccessibleName(QCoreApplication.translate("ReviewView", "Corrected year"))
        self.edit_year.setPlaceholderText(QCoreApplication.translate("ReviewView", "unknown"))
        self.edit_year.setValidator(QIntValidator(MIN_YEAR, MAX_YEAR, self.edit_year))
        for field in (self.edit_title, self.edit_year):
            field.setAccessibleDescription(QCoreApplication.translate(
                "ReviewView", "Enter adds the corrected record as a new item; Escape cancels"))
        self.save_new_button = QPushButton(QCoreApplication.translate("ReviewView", "Add as &new item"))
        self.save_new_button.setAccessibleName(QCoreApplication.translate(
            "ReviewView", "Add the corrected record as a new item"))
        self.save_merge_button = QPushButton(QCoreApplication.translate(
            "ReviewView", "&Merge into the library item"))
        self.save_merge_button.setAccessibleName(QCoreApplication.translate(
            "ReviewView", "Merge the corrected record into the library item"))
        self.cancel_edit_button = QPushButton(QCoreApplication.translate("ReviewView", "Cancel"))
        self.cancel_edit_button.setAccessibleName(QCoreApplication.translate("ReviewView", "Cancel editing"))
        self.cancel_edit_button.setAccessibleDescription(QCoreApplication.translate("ReviewView", "Escape"))
        self.save_new_button.clicked.connect(lambda: self.save_requested.emit("different"))
        self.save_merge_button.clicked.connect(lambda: self.save_requested.emit("same"))
        self.cancel_edit_button.clicked.connect(lambda: self.cancel_requested.emit())
        for field in (self.edit_title, self.edit_year):
            field.returnPressed.connect(lambda: self.save_requested.emit("different"))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(lambda: self.cancel_requested.emit())
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ReviewView", "&Title:"), self.edit_title)
        form.addRow(QCoreApplication.translate("ReviewView", "&Year:"), self.edit_year)
        buttons = QHBoxLayout()
        for button in (self.save_new_button, self.save_merge_button, self.cancel_edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.hide()

"""The controls of the library view, built: the filter fields and the items table; and the genres
and tags the filter offers, read on the engine thread."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QHeaderView, QLineEdit, QTableView

from engine import Library

SUBJECTS = 500  # genres and tags offered in the filter, most used first


def subject_names(lib: Library, limit: int = SUBJECTS) -> list[str]:
    """Runs on the engine thread."""
    rows = lib.store.db.conn.execute(
        "SELECT s.name FROM subjects s JOIN item_subjects isj ON isj.subject_id = s.id "
        "GROUP BY s.name COLLATE NOCASE ORDER BY count(*) DESC, s.name LIMIT ?", (limit,))
    return [str(r[0]) for r in rows]


def filter_combo(name: str, entries: tuple[tuple[str, object], ...]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, value in entries:
        combo.addItem(label, value)
    return combo


def year_field(placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit(placeholderText=placeholder, maxLength=4)
    field.setValidator(QIntValidator(0, 9999, field))
    field.setAccessibleName(name)
    field.setMaximumWidth(64)
    return field


def year_value(field: QLineEdit) -> int | None:
    text = field.text().strip()
    return int(text) if text.isdigit() else None


def subject_combo(name: str, placeholder: str) -> QComboBox:
    """An editable combo box that completes any genre or tag containing what is typed."""
    subject = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
    subject.setAccessibleName(name)
    editor = subject.lineEdit()
    if editor is not None:
        editor.setPlaceholderText(placeholder)
    subject.setMinimumContentsLength(14)
    completer = QCompleter(subject.model(), subject)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    subject.setCompleter(completer)
    return subject


def library_table(model: QAbstractItemModel, name: str, description: str) -> QTableView:
    """The items table: one selected row at a time, sortable by clicking a column header."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring 100k rows
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicatorClearable(True)  # a third click: back to title (or relevance) order
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    for column, width in enumerate((300, 70, 56, 220, 64)):
        table.setColumnWidth(column, width)
    return table

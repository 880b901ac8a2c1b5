"""Review queue: the uncertain matches an import set aside, one at a time beside the library item
each may be. The person says Same (merge), Different (a new item) or corrects the imported title
and year first (Edit); the next entry follows. Loaded and resolved on the engine thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.views.review_panels import Entry, RecordComparison, RecordEditor
from engine import Library
from engine.importers.base import all_importers
from engine.importers.review_edit import MAX_YEAR, MIN_YEAR, resolve_review_edited


def load_entries(lib: Library) -> tuple[list[Entry], dict[str, str]]:
    """Runs on the engine thread: the open entries, and the labels of the formats they came from."""
    entries = lib.review_entries()
    importers = all_importers()
    sources = {entry["source"] for entry in entries}
    return entries, {name: importers[name].label for name in sources if name in importers}


class ReviewView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Entry] = []
        self.source_labels: dict[str, str] = {}
        self.current: Entry | None = None
        self.busy = False  # a decision is on its way to the engine
        self._generation = 0
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)  # one reload for several signals
        self._refresh_soon.timeout.connect(self.refresh)
        self._build()
        ctx.opened.connect(lambda _lib: self.refresh())
        ctx.changed.connect(self._changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Uncertain matches"))
        self.heading.setObjectName("reviewHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review status"))
        self.status.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_queue())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self._show_entries([])

    def _build_empty(self) -> QWidget:
        page = QWidget()
        self.empty_label = QLabel(self.tr("Nothing to review. When an import finds a record that may be "
                                          "something already in your library, it waits here for you."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("&Import files…"))
        self.import_button.setAccessibleName(self.tr("Go to Import"))
        self.import_button.clicked.connect(lambda: self.ctx.navigate.emit("import"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _build_queue(self) -> QWidget:
        page = QWidget()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Uncertain matches"))
        self.list.setAccessibleDescription(self.tr("Up and Down choose a match; Alt+S same, Alt+D different, "
                                                   "Alt+E edit"))
        self.list.setMaximumWidth(320)
        self.list.currentRowChanged.connect(self._select)
        right = QVBoxLayout()
        self.comparison = RecordComparison()
        self.cells = self.comparison.cells
        right.addWidget(self.comparison)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Why this is uncertain"))
        right.addWidget(self.details)
        right.addLayout(self._build_buttons())
        right.addWidget(self._build_editor())
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        self.same_button = QPushButton(self.tr("&Same"))
        self.same_button.setAccessibleName(self.tr("Same work"))
        self.same_button.setAccessibleDescription(self.tr("Alt+S: merge the imported record into the "
                                                          "library item"))
        self.different_button = QPushButton(self.tr("&Different"))
        self.different_button.setAccessibleName(self.tr("Different work"))
        self.different_button.setAccessibleDescription(self.tr("Alt+D: add the imported record as a new "
                                                               "item"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the imported record"))
        self.edit_button.setAccessibleDescription(self.tr("Alt+E: correct its title and year first"))
        self.same_button.clicked.connect(lambda: self.decide("same"))
        self.different_button.clicked.connect(lambda: self.decide("different"))
        self.edit_button.clicked.connect(self.start_edit)
        row = QHBoxLayout()
        for button in (self.same_button, self.different_button, self.edit_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_editor(self) -> RecordEditor:
        editor = self.editor = RecordEditor()
        self.edit_title, self.edit_year = editor.edit_title, editor.edit_year
        self.save_new_button, self.save_merge_button = editor.save_new_button, editor.save_merge_button
        self.cancel_edit_button = editor.cancel_edit_button
        editor.save_requested.connect(self.save_edit)
        editor.cancel_requested.connect(self.cancel_edit)
        return editor

    # -- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _changed(self, what: str) -> None:
        if what in ("items", "review"):
            self._refresh_soon.start()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.call(load_entries, lambda entries: self._loaded(entries, generation))

    def _loaded(self, loaded: tuple[list[Entry], dict[str, str]], generation: int) -> None:
        if generation == self._generation:
            entries, labels = loaded
            self.source_labels.update(labels)
            self._show_entries(entries)

    def _show_entries(self, entries: list[Entry]) -> None:
        keep_id = self.current["id"] if self.current else None
        keep_row = max(0, self.list.currentRow())
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            titles = (entry["record"]["title"], entry["candidate"]["title"])
            item = QListWidgetItem(self.tr("%s ↔ %s") % titles)
            item.setToolTip(entry["reason"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.heading.setText(self.tr("Uncertain matches (%n)", "", len(entries)))
        self.stack.setCurrentIndex(1 if entries else 0)
        ids = [entry["id"] for entry in entries]
        row = ids.index(keep_id) if keep_id in ids else min(keep_row, len(entries) - 1)
        self.list.setCurrentRow(row)
        self._select(row)

    # -- one entry -----------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        previous = self.current["id"] if self.current else None
        self.current = self.entries[row] if 0 <= row < len(self.entries) else None
        if self.current is None or self.current["id"] != previous:
            self.cancel_edit()  # a reload that keeps the same entry keeps the correction being typed
        entry = self.current
        self._update_buttons()
        if entry is None:
            return
        record = entry["record"]
        self.comparison.show_entry(record, entry["candidate"])
        where = self.source_labels.get(entry["source"], entry["source"])
        if record.get("row"):
            where = self.tr("%s, row %s") % (where, record["row"])
        score = round(entry["score"] * 100)
        self.details.setText(self.tr("Match %s%% · %s · from %s") % (score, entry["reason"], where))

    def _update_buttons(self) -> None:
        ready = self.current is not None and not self.busy
        for button in (self.same_button, self.different_button, self.edit_button, self.save_new_button,
                       self.save_merge_button):
            button.setEnabled(ready)

    # -- decisions -----------------------------------------------------------------------------

    def decide(self, decision: str) -> None:
        """"same" merges the imported record into the library item; "different" adds a new item."""
        entry = self.current
        if entry is None or self.busy:
            return
        entry_id = entry["id"]
        self._resolve(entry, decision, lambda lib: lib.resolve_review(entry_id, decision))

    def start_edit(self) -> None:
        if self.current is None or self.busy:
            return
        record = self.current["record"]
        self.edit_title.setText(record["title"])
        self.edit_year.setText("" if record["year"] is None else str(record["year"]))
        self.editor.show()
        self.edit_title.setFocus()
        self.edit_title.selectAll()

    def cancel_edit(self) -> None:
        had_focus = self.editor.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.editor.hide()
        if had_focus:
            self.edit_button.setFocus()

    def save_edit(self, decision: str) -> None:
        entry = self.current
        if entry is None or self.busy or not self.editor.isVisible():
            return
        title, year_text = self.edit_title.text().strip(), self.edit_year.text().strip()
        if not title:
            self._say(self.tr("The title cannot be empty."))
            return
        if year_text and not self.edit_year.hasAcceptableInput():
            bounds = (MIN_YEAR, MAX_YEAR)
            self._say(self.tr("The year must be a number between %s and %s.") % bounds)
            return
        year = int(year_text) if year_text else None
        entry_id = entry["id"]
        self._resolve(entry, decision, lambda lib: resolve_review_edited(
            lib, entry_id, title=title, year=year, decision=decision), title)

    def _resolve(self, entry: Entry, decision: str, fn: Callable[[Library], int],
                 title: str | None = None) -> None:
        self.busy = True
        self._update_buttons()
        self.ctx.call(fn, lambda _item_id: self._resolved(entry, decision, title or entry["record"]["title"]),
                      self._failed)

    def _resolved(self, entry: Entry, decision: str, title: str) -> None:
        self.busy = False
        if decision == "same":
            self._say(self.tr("“%s” was merged into “%s”.") % (title, entry["candidate"]["title"]))
        else:
            self._say(self.tr("“%s” was added as a new item.") % title)
        if self.current is not None and self.current["id"] == entry["id"]:
            self.current = None  # so the entry now in its row, the next one, shows
        # at once; the reload that the signals below bring confirms the list
        self._show_entries([e for e in self.entries if e["id"] != entry["id"]])
        self.ctx.changed.emit("review")
        self.ctx.changed.emit("items")  # a new or merged item: the main window indexes it

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, message: str) -> None:
        self.busy = False
        self._say(message)  # the engine's one-line message, e.g. already resolved elsewhere
        self._update_buttons()
        self.refresh()

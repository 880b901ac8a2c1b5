"""Library: every item (or one kind, or the wishlist) in a sortable table with search and filters,
and a detail pane beside it for the selected item.

The engine lists the matching ids on its thread; the table fetches rows a page at a time as they
are shown (``desktop_app.library_model``), so 100k items stay smooth. Enter or selecting a row
opens the detail pane; Escape closes it; Ctrl+F goes to the search box.
"""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_app.context import AppContext
from desktop_app.library_model import (
    SORT_KEYS,
    LibraryQuery,
    LibraryTableModel,
    Listing,
    StateCache,
    fetch_rows,
    list_items,
)
from desktop_app.views.item_detail import ItemDetailPane
from desktop_app.views.library_widgets import (
    filter_combo,
    library_table,
    subject_combo,
    subject_names,
    year_field,
    year_value,
)
from engine import Library


class LibraryView(QWidget):
    def __init__(self, ctx: AppContext, kind: str | None = None, status: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preset_kind, self.status = kind, status
        self.model = LibraryTableModel()
        self._states = StateCache()
        self._generation = self._shown = 0
        self._stale = True            # the listing needs fetching when next shown
        self._subjects_stale = True
        self._select_id: int | None = None  # select this item once the coming listing has it
        self._sort: tuple[int | None, bool] = (None, False)
        self._build_filters()
        self._build_table()
        self.detail = ItemDetailPane(ctx)
        self.detail.setMinimumWidth(340)
        self.detail.hide()
        self.detail.open_requested.connect(self.open_item)
        self.detail.closed.connect(self.close_detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty_label = QLabel(wordWrap=True)
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addLayout(self._filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        self._timers()
        for keys, slot in ((QKeySequence(Qt.Key.Key_Escape), self.close_detail),
                           (QKeySequence(QKeySequence.StandardKey.Find), self.search.setFocus)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        chain = [self.search, self.kind, self.status_filter, self.min_rating, self.year_from, self.year_to,
                 self.subject, self.clear_button, self.table, self.detail.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        ctx.opened.connect(self._opened)
        ctx.changed.connect(self._changed)

    # -- building ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search titles, people, tags, or describe it…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of matching items"))
        self._top = QHBoxLayout()
        self._top.addWidget(self.search, 1)
        self._top.addWidget(self.count_label)
        self.kind = filter_combo(self.tr("Kind filter"), (
            (self.tr("All kinds"), None), (self.tr("Books"), "book"), (self.tr("Films"), "film"),
            (self.tr("Series"), "series"), (self.tr("Articles"), "article")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.preset_kind)))
        self.status_filter = filter_combo(self.tr("Status filter"), (
            (self.tr("Any status"), None), (self.tr("Unread"), "unread"), (self.tr("Wishlist"), "wishlist"),
            (self.tr("Reading"), "started"), (self.tr("Finished"), "finished"),
            (self.tr("Abandoned"), "abandoned"), (self.tr("Rated"), "rated"), (self.tr("Liked"), "liked"),
            (self.tr("Disliked"), "disliked"), (self.tr("Not interested"), "dismissed"),
            (self.tr("Seen"), "seen")))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(self.status)))
        self.status_filter.setEnabled(self.status is None)
        at_least = tuple((self.tr("%s★ or more") % f"{s:g}", s) for s in (4.5, 4, 3.5, 3, 2, 1))
        self.min_rating = filter_combo(self.tr("Minimum rating"), ((self.tr("Any rating"), None), *at_least))
        self.year_from = year_field(self.tr("from"), self.tr("Earliest year"))
        self.year_to = year_field(self.tr("to"), self.tr("Latest year"))
        self.subject = subject_combo(self.tr("Genre or tag filter"), self.tr("Genre or tag"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear the search and filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self._filters = QHBoxLayout()
        for widget in (self.kind, self.status_filter, self.min_rating, QLabel(self.tr("Year")),
                       self.year_from, QLabel("–"), self.year_to, self.subject, self.clear_button):
            self._filters.addWidget(widget)
        self._filters.addStretch(1)

    def _build_table(self) -> None:
        self.table = library_table(self.model, self.tr("Library items"),
                                   self.tr("Enter opens the selected item; Escape closes it"))
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._select_timer.start())
        self.table.activated.connect(lambda index: self._open_row(index.row()))

    def _timers(self) -> None:
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self._select_timer = QTimer(self, singleShot=True, interval=120)
        self._select_timer.timeout.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self._page_timer = QTimer(self, singleShot=True, interval=15)
        self._page_timer.timeout.connect(self._fetch_pages)
        self.model.rows_wanted.connect(self._page_timer.start)
        for field in (self.search, self.year_from, self.year_to):
            field.textChanged.connect(self._debounce.start)
        self.subject.editTextChanged.connect(self._debounce.start)
        for combo in (self.kind, self.status_filter, self.min_rating):
            combo.currentIndexChanged.connect(self.refresh)

    # -- listing -------------------------------------------------------------------------------

    def query(self) -> LibraryQuery:
        column, descending = self._sort
        return LibraryQuery(
            kind=self.kind.currentData(), status=self.status_filter.currentData(),
            search=self.search.text().strip(), min_rating=self.min_rating.currentData(),
            year_from=year_value(self.year_from), year_to=year_value(self.year_to),
            subject=self.subject.currentText().strip() or None,
            sort=None if column is None else SORT_KEYS[column], descending=descending,
            profile=self.ctx.profile,
        )

    def is_loading(self) -> bool:
        """A listing is asked for (or about to be) and has not arrived yet."""
        return self._debounce.isActive() or self._shown != self._generation

    def activate(self) -> None:
        """Shown: catch up with changes made while hidden."""
        if self._stale:
            self.refresh()
            if self.detail.isVisible():
                self.detail.reload()

    def _opened(self, _lib: Library) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, what: str) -> None:
        if what not in ("items", "feedback", "index"):
            return
        self._subjects_stale = self._subjects_stale or what == "items"
        if self.isVisible():
            self.refresh()
            if self.detail.isVisible():
                self.detail.reload()
        else:
            self._stale = True

    def refresh(self) -> None:
        if self.ctx.library is None:
            return
        self._stale = False
        self._debounce.stop()
        self._generation += 1
        generation, query, cache = self._generation, self.query(), self._states
        self.ctx.call(lambda lib: list_items(lib, query, cache),
                      lambda listing: self._show_listing(listing, generation),
                      lambda message: self._listing_failed(message, generation))
        if self._subjects_stale:
            self._subjects_stale = False
            self.ctx.call(subject_names, self._show_subjects)

    def _show_listing(self, listing: Listing, generation: int) -> None:
        if generation != self._generation:
            return  # a newer listing is on its way
        self._shown = generation
        wanted = self._select_id if self._select_id is not None else self.selected_id()
        self._select_id = None
        self.model.set_listing(listing)
        count = len(listing.ids)
        self.count_label.setText(self.tr("%n best match(es)", "", count) if listing.query.search
                                 else self.tr("%n item(s)", "", count))
        self.empty_label.setText(self.tr("Nothing matches: try other words or clear the filters.")
                                 if listing.query.filtered else
                                 self.tr("The library is empty: add what you read and watch from Import."))
        self.empty_label.setVisible(count == 0)
        if wanted is not None and self.model.row_of(wanted) is not None:
            self._select(wanted)

    def _listing_failed(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self._shown = generation
            self.empty_label.setText(message)
            self.empty_label.show()

    def _show_subjects(self, names: list[str]) -> None:
        text = self.subject.currentText()
        self.subject.blockSignals(True)
        self.subject.clear()
        self.subject.addItems(["", *names])
        self.subject.setEditText(text)
        self.subject.blockSignals(False)

    def _fetch_pages(self) -> None:
        generation, marks = self.model.generation, self.model.marks
        for page, ids in self.model.take_wanted():
            self.ctx.call(partial(fetch_rows, ids=ids, marks=marks),
                          partial(self.model.add_page, generation, page))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column if column >= 0 else None, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def clear_filters(self) -> None:
        widgets = (self.search, self.kind, self.status_filter, self.min_rating, self.year_from,
                   self.year_to, self.subject)
        for widget in widgets:
            widget.blockSignals(True)
        for field in (self.search, self.year_from, self.year_to):
            field.clear()
        self.subject.setEditText("")
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.preset_kind)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(self.status)))
        self.min_rating.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    # -- selection and the detail pane ---------------------------------------------------------

    def selected_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.item_id(row) if 0 <= row < self.model.rowCount() else None

    def _select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self._select_timer.stop()  # selected for the person, not by them: the pane stays as it is
        self.table.scrollTo(index)

    def _open_row(self, row: int) -> None:
        self._select_timer.stop()
        if not 0 <= row < self.model.rowCount():
            return
        item_id = self.model.item_id(row)
        if item_id != self.detail.item_id or not self.detail.isVisible():
            self._show_detail(item_id)

    def _show_detail(self, item_id: int) -> None:
        if not self.detail.isVisible():
            self.detail.show()
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
        self.detail.show_item(item_id)

    def open_item(self, item_id: int) -> None:
        """Show the item in the detail pane, and select it in the table when it is listed (it
        need not be: the pane shows it either way)."""
        self._show_detail(item_id)
        if self.model.row_of(item_id) is not None:
            self._select(item_id)
        else:
            self.table.selectionModel().clear()
            self._select_id = item_id  # the listing on its way may have it
        if self._stale and self.ctx.library is not None:
            self.refresh()

    def close_detail(self) -> None:
        if self.detail.isVisible():
            self.detail.hide()
            self.table.setFocus()


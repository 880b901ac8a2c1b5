"""Library: the items of one kind (or all, or the wishlist) in a table with search and a kind
filter. Loaded on the engine thread; the table model only holds the rows it is given."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.context import AppContext
from desktop_app.library_model import LibraryRow, LibraryTableModel
from engine import Library

KINDS = (("All kinds", None), ("Books", "book"), ("Films", "film"), ("Series", "series"),
         ("Articles", "article"))


def load_rows(lib: Library, kind: str | None, search: str, status: str | None = None,
              profile: str | None = None) -> list[LibraryRow]:
    """Runs on the engine thread."""
    states = lib.states(profile)
    if status:
        ids = [item_id for item_id, state in states.items() if state.status == status]
        items = [i for i in lib.store.items.get_many(ids) if kind is None or i.kind == kind]
        if search:
            wanted = search.casefold()
            items = [i for i in items if wanted in i.title.casefold()]
    else:
        items = lib.items(kind=kind, search=search or None, limit=None if not search else 500)
    rows = []
    for item in items:
        state = states.get(item.id)
        rows.append(LibraryRow(
            item.id, item.kind, item.title, item.year, ", ".join(item.creator_names[:3]),
            state.rating if state else None, state.status if state else None,
        ))
    return rows


class LibraryView(QWidget):
    def __init__(self, ctx: AppContext, kind: str | None = None, status: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.model = LibraryTableModel()
        self.search = QLineEdit(placeholderText=self.tr("Search titles, people, tags…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        for label, value in KINDS:
            self.kind.addItem(self.tr(label), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Library items"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((380, 70, 60, 300, 70)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        ctx.opened.connect(lambda _lib: self.refresh())
        ctx.changed.connect(self._changed)

    def activate(self) -> None:
        self.refresh()

    def _changed(self, what: str) -> None:
        if what in ("items", "feedback", "index") and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        kind, text = self.kind.currentData(), self.search.text().strip()
        status, profile = self.status, self.ctx.profile
        self.ctx.call(lambda lib: load_rows(lib, kind, text, status, profile), self._show_rows)

    def _show_rows(self, rows: list[LibraryRow]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n item(s)", "", len(rows)))

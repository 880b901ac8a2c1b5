"""The library table: a Qt model over rows the engine produced on its worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


@dataclass(frozen=True, slots=True)
class LibraryRow:
    id: int
    kind: str
    title: str
    year: int | None
    creators: str
    rating: float | None
    status: str | None


COLUMNS = ("Title", "Kind", "Year", "Creators", "Rating", "Status")
Index = QModelIndex | QPersistentModelIndex


class LibraryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> LibraryRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.title
            if column == 1:
                return row.kind
            if column == 2:
                return "" if row.year is None else str(row.year)
            if column == 3:
                return row.creators
            if column == 4:
                return "" if row.rating is None else f"{row.rating:g}★"
            return row.status or ""
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

"""The library table: the ids of the matching items in order, and their rows fetched a page at a
time when the table first shows them.

``list_items`` and ``fetch_rows`` run on the engine thread (plain Python over the library);
``LibraryTableModel`` lives on the UI thread. A refresh costs one id per matching item — at 100k
items a list of ints, never 100k ``Item`` objects — and the model keeps only the pages it was
asked for lately.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from engine import Library
from engine.library.items import metadata_filter
from engine.library.models import ItemState
from engine.search import SearchFilters, status_matches

PAGE = 200            # rows fetched per engine call
MAX_PAGES = 40        # pages kept (8,000 rows); older ones are fetched again if scrolled back to
MAX_BATCH = 4         # pages fetched at once; a fast scroll skips the ones it flew past
SEARCH_LIMIT = 500    # hybrid search results listed
SORT_KEYS = ("title", "kind", "year", "creators", "rating", "status")
STATUS_ORDER = ("started", "wishlist", "finished", "abandoned", "liked", "seen", "disliked", "dismissed")

Mark = tuple[float | None, str | None]  # the person's rating and status of an item
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class LibraryRow:
    id: int
    kind: str
    title: str
    year: int | None
    creators: str
    rating: float | None
    status: str | None  # a key of STATUS_ORDER


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    kind: str | None = None
    status: str | None = None          # one of engine.search.STATUSES
    search: str = ""
    min_rating: float | None = None
    year_from: int | None = None
    year_to: int | None = None
    subject: str | None = None         # a genre or tag name, any case
    sort: str | None = None            # one of SORT_KEYS; None: title, or relevance when searching
    descending: bool = False
    profile: str | None = None

    @property
    def filtered(self) -> bool:
        return any(v not in (None, "") for v in (self.kind, self.status, self.search, self.min_rating,
                                                 self.year_from, self.year_to, self.subject))


@dataclass(frozen=True, slots=True)
class Listing:
    query: LibraryQuery
    ids: list[int]
    marks: dict[int, Mark]
    first: list[LibraryRow]  # the first page, so the table shows rows at once


class StateCache:
    """The profile's item states, derived again only when the event log changed. Used on the
    engine thread only."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._states: dict[int, ItemState] = {}

    def get(self, lib: Library, profile: str | None) -> dict[int, ItemState]:
        stamp = lib.store.db.query("SELECT max(id), count(*) FROM events")[0]
        key = (str(lib.home), profile, stamp[0], stamp[1])
        if key != self._key:
            self._states, self._key = lib.states(profile), key
        return self._states


def status_key(state: ItemState) -> str | None:
    if state.status:
        return state.status
    return next((flag for flag in ("dismissed", "disliked", "liked", "seen") if getattr(state, flag)), None)


def list_items(lib: Library, query: LibraryQuery, cache: StateCache | None = None) -> Listing:
    """The ids matching ``query`` in its order, with the first page of rows (engine thread)."""
    states = (cache or StateCache()).get(lib, query.profile)
    if query.search:
        filters = SearchFilters(kind=query.kind, year_from=query.year_from, year_to=query.year_to,
                                status=query.status)
        found = [h.item_id for h in lib.search(query.search, filters, limit=SEARCH_LIMIT,
                                               profile=query.profile)]
        ids = found
        if query.subject or query.sort:
            ordered = _sql_ids(lib, query, only=found)
            passing = set(ordered)
            ids = ordered if query.sort else [i for i in found if i in passing]
    else:
        ids = _sql_ids(lib, query)
        if query.status:
            ids = [i for i in ids if status_matches(states.get(i), query.status)]
    if query.min_rating is not None:
        wanted = query.min_rating
        ids = [i for i in ids if i in states and (states[i].rating or 0) >= wanted]
    marks = {i: (s.rating, status_key(s)) for i, s in states.items() if s.rating is not None or status_key(s)}
    if query.sort in ("rating", "status"):
        ids = _sort_by_mark(ids, marks, query.sort, query.descending)
    return Listing(query, ids, marks, fetch_rows(lib, ids[:PAGE], marks))


_FIRST_CREATOR = ("LEFT JOIN (SELECT ip.item_id AS item_id, p.sort_name AS name, min(ip.position) "
                  "FROM item_people ip JOIN people p ON p.id = ip.person_id GROUP BY ip.item_id) c "
                  "ON c.item_id = i.id")


def _sql_ids(lib: Library, query: LibraryQuery, only: Sequence[int] | None = None) -> list[int]:
    """Ids passing the metadata and subject filters, in the query's SQL order."""
    where, params = metadata_filter(kind=query.kind, year_from=query.year_from, year_to=query.year_to,
                                    language=None)
    if query.subject:
        where += (" AND i.id IN (SELECT isj.item_id FROM item_subjects isj JOIN subjects s "
                  "ON s.id = isj.subject_id WHERE s.name = ? COLLATE NOCASE)")
        params += (query.subject,)
    if only is not None:
        where += f" AND i.id IN ({','.join('?' * len(only))})" if only else " AND 0"
        params += tuple(only)
    way = "DESC" if query.descending else "ASC"
    join, order = "", f"i.sort_title {way}, i.id {way}"
    if query.sort == "kind":
        order = f"i.kind {way}, i.sort_title, i.id"
    elif query.sort == "year":
        order = f"i.year IS NULL, i.year {way}, i.sort_title, i.id"
    elif query.sort == "creators":
        join, order = _FIRST_CREATOR, f"c.name IS NULL, c.name {way}, i.sort_title, i.id"
    sql = f"SELECT i.id FROM items i {join} WHERE {where} ORDER BY {order}"
    return [int(row[0]) for row in lib.store.db.conn.execute(sql, params)]


def _sort_by_mark(ids: list[int], marks: dict[int, Mark], sort: str, descending: bool) -> list[int]:
    """By rating or status (stable: ties keep title order); items without one last either way."""
    def key(item_id: int) -> float:
        rating, status = marks[item_id]
        if sort == "rating":
            return rating if rating is not None else 0.0
        return float(STATUS_ORDER.index(status)) if status in STATUS_ORDER else 0.0

    column = 0 if sort == "rating" else 1
    marked = [i for i in ids if i in marks and marks[i][column] is not None]
    chosen = set(marked)
    return sorted(marked, key=key, reverse=descending) + [i for i in ids if i not in chosen]


def fetch_rows(lib: Library, ids: Sequence[int], marks: dict[int, Mark]) -> list[LibraryRow]:
    """The table rows of ``ids``, in order (engine thread). An item deleted meanwhile gets an
    empty row, so rows stay aligned with the ids."""
    if not ids:
        return []
    holes = ",".join("?" * len(ids))
    found = {r[0]: r for r in lib.store.db.conn.execute(
        f"SELECT id, kind, title, year FROM items WHERE id IN ({holes})", tuple(ids))}
    people: dict[int, list[str]] = {}
    for item_id, name in lib.store.db.conn.execute(
        f"SELECT ip.item_id, p.name FROM item_people ip JOIN people p ON p.id = ip.person_id "
        f"WHERE ip.item_id IN ({holes}) ORDER BY ip.item_id, ip.position", tuple(ids)
    ):
        people.setdefault(item_id, []).append(name)
    rows = []
    for item_id in ids:
        rating, status = marks.get(item_id, (None, None))
        row = found.get(item_id)
        if row is None:
            rows.append(LibraryRow(item_id, "", "", None, "", rating, status))
            continue
        rows.append(LibraryRow(item_id, row[1], row[2], row[3], ", ".join(people.get(item_id, [])[:3]),
                               rating, status))
    return rows


class LibraryTableModel(QAbstractTableModel):
    """Rows of a ``Listing``; a row not fetched yet shows "…" and asks for its page
    (``rows_wanted``, then ``take_wanted()`` says which pages to fetch)."""

    rows_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[int] = []
        self._marks: dict[int, Mark] = {}
        self._pages: OrderedDict[int, list[LibraryRow]] = OrderedDict()
        self._wanted: dict[int, None] = {}  # pages asked for, oldest first
        self._asked: set[int] = set()       # pages on their way
        self.generation = 0
        self._headers = (self.tr("Title"), self.tr("Kind"), self.tr("Year"), self.tr("Creators"),
                         self.tr("Rating"), self.tr("Status"))
        self._kinds = {"book": self.tr("Book"), "film": self.tr("Film"), "series": self.tr("Series"),
                       "article": self.tr("Article"), "other": self.tr("Other")}
        self._statuses = {"wishlist": self.tr("Wishlist"), "started": self.tr("Reading"),
                          "finished": self.tr("Finished"), "abandoned": self.tr("Abandoned"),
                          "liked": self.tr("Liked"), "disliked": self.tr("Disliked"),
                          "dismissed": self.tr("Not interested"), "seen": self.tr("Seen")}

    # -- contents --------------------------------------------------------------------------------

    def set_listing(self, listing: Listing) -> None:
        """Show a new listing; the same ids in the same order update in place (the scroll
        position and selection stay)."""
        same = listing.ids == self._ids
        if not same:
            self.beginResetModel()
        self._ids, self._marks = listing.ids, listing.marks
        self._pages.clear()
        self._wanted.clear()
        self._asked.clear()
        self.generation += 1
        if listing.first:
            self._pages[0] = listing.first
        if not same:
            self.endResetModel()
        elif self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._headers) - 1))

    def add_page(self, generation: int, page: int, rows: list[LibraryRow]) -> None:
        """Rows fetched for ``page`` of listing ``generation`` (stale ones are dropped)."""
        self._asked.discard(page)
        if generation != self.generation:
            return
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, len(self._headers) - 1))

    def take_wanted(self) -> list[tuple[int, list[int]]]:
        """The pages to fetch now, with their ids: the latest asked for, at most MAX_BATCH (the
        others were scrolled past; they are asked for again if shown again)."""
        pages = list(self._wanted)[-MAX_BATCH:]
        self._wanted.clear()
        self._asked.update(pages)
        return [(p, self._ids[p * PAGE:(p + 1) * PAGE]) for p in pages]

    def row_at(self, row: int) -> LibraryRow:
        """The row (a placeholder with an empty title until its page arrives)."""
        page = self._pages.get(row // PAGE)
        if page is not None:
            self._pages.move_to_end(row // PAGE)
            return page[row % PAGE]
        self._want(row // PAGE)
        item_id = self._ids[row]
        rating, status = self._marks.get(item_id, (None, None))
        return LibraryRow(item_id, "", "", None, "", rating, status)

    @property
    def marks(self) -> dict[int, Mark]:
        return self._marks

    def is_loaded(self, row: int) -> bool:
        return row // PAGE in self._pages

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def item_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def _want(self, page: int) -> None:
        if page in self._asked or page in self._wanted:
            return
        self._wanted[page] = None
        if len(self._wanted) == 1:
            self.rows_wanted.emit()

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == 0:
            return row.title or "…"
        if column == 1:
            return self._kinds.get(row.kind, row.kind)
        if column == 2:
            return "" if row.year is None else str(row.year)
        if column == 3:
            return row.creators
        if column == 4:
            return "" if row.rating is None else f"{row.rating:g}★"
        return self._statuses.get(row.status or "", "")


def with_sort(query: LibraryQuery, column: int | None, descending: bool) -> LibraryQuery:
    """The query sorted by a table column (None: the default order)."""
    return replace(query, sort=None if column is None else SORT_KEYS[column], descending=descending)

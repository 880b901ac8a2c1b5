"""Rating data for offline evaluation: the ``Interactions`` table and ``load_ratings`` for MovieLens and CSV.

``Interactions`` is a column table of (user, item, rating, time) rows over a fixed index space: users are
``0..n_users-1`` and items ``0..n_items-1``, with the original ids kept in ``user_ids`` / ``item_ids``.
Splits keep that index space, so a train and a test part can be compared row by row and column by column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from engine.errors import ImportFormatError, NotFoundError
from engine.importers.source import decode_bytes

FORMATS = ("auto", "movielens", "csv")

# Accepted header names for the generic CSV, compared after lower-casing and dropping non-alphanumerics.
_USER_COLUMNS = ("user", "userid", "uid", "reader", "readerid")
_ITEM_COLUMNS = ("item", "itemid", "movieid", "bookid", "articleid", "movie", "book", "article")
_RATING_COLUMNS = ("rating", "score", "stars")
_TIME_COLUMNS = ("time", "timestamp", "ts", "date", "datetime", "ratedat")
_NUMBER = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")


@dataclass
class Interactions:
    """One row per interaction (a user rated / read / watched an item), over a fixed user and item index."""

    users: np.ndarray  # int32 user index, one per interaction
    items: np.ndarray  # int32 item index
    ratings: np.ndarray  # float32 (1.0 for implicit data)
    times: np.ndarray  # int64 unix seconds; 0 when unknown
    n_users: int
    n_items: int
    user_ids: list[str] = field(default_factory=list)  # original id of each user index
    item_ids: list[str] = field(default_factory=list)  # original id of each item index

    def __post_init__(self) -> None:
        self.users = np.asarray(self.users, dtype=np.int32)
        self.items = np.asarray(self.items, dtype=np.int32)
        self.ratings = np.asarray(self.ratings, dtype=np.float32)
        self.times = np.asarray(self.times, dtype=np.int64)
        n = len(self.users)
        if not len(self.items) == len(self.ratings) == len(self.times) == n:
            raise ValueError("users, items, ratings and times must have the same length")
        if n and (self.users.min() < 0 or self.users.max() >= self.n_users):
            raise ValueError("a user index is outside 0..n_users-1")
        if n and (self.items.min() < 0 or self.items.max() >= self.n_items):
            raise ValueError("an item index is outside 0..n_items-1")

    def __len__(self) -> int:
        return len(self.users)

    def matrix(self, *, binary: bool = True) -> sp.csr_matrix:
        """The n_users × n_items float32 matrix: 1.0 per interacted pair, or its rating (last one wins)."""
        if binary:
            m = sp.csr_matrix(
                (np.ones(len(self), dtype=np.float32), (self.users, self.items)),
                shape=(self.n_users, self.n_items),
            )
            m.sum_duplicates()
            m.data[:] = 1.0
            return m
        keys = self.users.astype(np.int64) * self.n_items + self.items
        # the last row of each (user, item) pair wins: unique over the reversed keys finds last occurrences
        _, first_in_reversed = np.unique(keys[::-1], return_index=True)
        last = len(keys) - 1 - first_in_reversed
        m = sp.csr_matrix(
            (self.ratings[last], (self.users[last], self.items[last])), shape=(self.n_users, self.n_items)
        )
        m.sort_indices()
        return m

    def chronological_order(self) -> np.ndarray:
        """Row positions sorted by user, then time, then original row order."""
        return np.lexsort((np.arange(len(self)), self.times, self.users))

    def sequences(self) -> list[np.ndarray]:
        """Per user index, that user's item indices in time order (ties keep the original row order)."""
        order = self.chronological_order()
        counts = np.bincount(self.users, minlength=self.n_users)
        return list(np.split(self.items[order], np.cumsum(counts)[:-1]))

    def subset(self, mask: np.ndarray) -> Interactions:
        """The rows selected by a boolean mask (or an index array), in the same user and item index space."""
        return Interactions(
            users=self.users[mask],
            items=self.items[mask],
            ratings=self.ratings[mask],
            times=self.times[mask],
            n_users=self.n_users,
            n_items=self.n_items,
            user_ids=self.user_ids,
            item_ids=self.item_ids,
        )


def load_ratings(path: Path, format: str = "auto") -> Interactions:
    """Read a ratings file into ``Interactions``.

    ``format``: ``"movielens"`` (``ratings.csv`` with ``userId,movieId,rating,timestamp``, or ``u.data`` /
    ``ratings.dat`` without a header, tab- or ``::``-separated), ``"csv"`` (a header naming user, item and
    optionally rating and time columns, e.g. ``user_id,book_id,rating``), or ``"auto"`` to tell them apart.
    A missing rating column means 1.0 per row; a missing time column means 0. Raises ``UserError`` subclasses
    for a missing, empty or garbled file, naming the line of the first bad row.
    """
    path = Path(path)
    if format not in FORMATS:
        raise ValueError(f"unknown ratings format {format!r}; expected one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise NotFoundError(f"Ratings file not found: {path}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"Cannot read ratings file {path}: {exc.strerror or exc}") from exc
    text, _encoding = decode_bytes(raw)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise ImportFormatError(f"{path} is empty: expected rating rows")
    headerless = headerless_separator(first)
    if headerless is None and format != "csv" and path.suffix.lower() in (".data", ".dat"):
        headerless = "::" if "::" in first else "\t"  # u.data / ratings.dat never have a header
    if format == "movielens" and headerless is None and not _looks_like_header(first):
        raise ImportFormatError(f"{path}, line 1: not a MovieLens ratings file (got {first[:80]!r})")
    if headerless is not None and format != "csv":
        rows = ((n, line.split(headerless)) for n, line in enumerate(lines, 1) if line.strip())
        return _build(path, rows, (0, 1, 2, 3), expected=4)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(first))
    header = next(reader)
    columns = _columns(path, header)
    rows = ((reader.line_num, row) for row in reader if any(cell.strip() for cell in row))
    return _build(path, rows, columns, expected=None)


def headerless_separator(line: str, widths: tuple[int, ...] = (4,)) -> str | None:
    """The separator (tab, ``::`` or comma) when the line is a headerless row of ``widths`` numbers
    (user, item, rating, time), else None."""
    for sep in ("\t", "::", ","):
        parts = line.split(sep)
        if len(parts) in widths and all(_NUMBER.fullmatch(p) for p in parts):
            return sep
    return None


def _looks_like_header(line: str) -> bool:
    return any(c.isalpha() for c in line)


def delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def norm_column(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.strip().lower())


def _columns(path: Path, header: list[str]) -> tuple[int, int, int | None, int | None]:
    """Positions of the user, item, rating and time columns in a CSV header (rating/time may be absent)."""
    names = [norm_column(h) for h in header]

    def find(candidates: tuple[str, ...]) -> int | None:
        return next((names.index(c) for c in candidates if c in names), None)

    user, item = find(_USER_COLUMNS), find(_ITEM_COLUMNS)
    if user is None or item is None:
        missing = "user" if user is None else "item"
        raise ImportFormatError(
            f"{path}, line 1: no {missing} column in the header {','.join(header)!r}; "
            "expected columns such as user,item,rating,time (or userId,movieId / user_id,book_id)"
        )
    return user, item, find(_RATING_COLUMNS), find(_TIME_COLUMNS)


def parse_time(value: str) -> int:
    value = value.strip()
    if not value:
        return 0
    try:
        return int(float(value))
    except ValueError:
        pass
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp())


def _build(
    path: Path,
    rows: Iterable[tuple[int, list[str]]],
    columns: tuple[int, int, int | None, int | None],
    expected: int | None,
) -> Interactions:
    """Parse (line number, cells) rows into ``Interactions``; ids are indexed in sorted order."""
    user_col, item_col, rating_col, time_col = columns
    width = max(c for c in columns if c is not None) + 1
    users: list[str] = []
    items: list[str] = []
    ratings: list[float] = []
    times: list[int] = []
    for line_no, cells in rows:
        try:
            if (expected is not None and len(cells) != expected) or len(cells) < width:
                raise ValueError(f"expected {expected or width} fields, found {len(cells)}")
            user, item = cells[user_col].strip(), cells[item_col].strip()
            if not user or not item:
                raise ValueError("empty user or item id")
            rating = float(cells[rating_col]) if rating_col is not None else 1.0
            if not np.isfinite(rating):
                raise ValueError("the rating is not a finite number")
            time = parse_time(cells[time_col]) if time_col is not None else 0
        except (ValueError, OverflowError) as exc:
            shown = ",".join(cells)[:80]
            raise ImportFormatError(f"{path}, line {line_no}: bad rating row {shown!r} ({exc})") from None
        users.append(user)
        items.append(item)
        ratings.append(rating)
        times.append(time)
    if not users:
        raise ImportFormatError(f"{path} has no rating rows")
    user_ids, user_index = _index(users)
    item_ids, item_index = _index(items)
    return Interactions(
        users=user_index,
        items=item_index,
        ratings=np.array(ratings, dtype=np.float32),
        times=np.array(times, dtype=np.int64),
        n_users=len(user_ids),
        n_items=len(item_ids),
        user_ids=user_ids,
        item_ids=item_ids,
    )


def _index(ids: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct ids in sorted order (numbers numerically, before other ids) and each row's index into them."""
    distinct = sorted(set(ids), key=lambda s: (0, int(s), s) if s.isdigit() else (1, 0, s))
    position = {s: i for i, s in enumerate(distinct)}
    return distinct, np.fromiter((position[s] for s in ids), dtype=np.int32, count=len(ids))

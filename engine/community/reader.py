"""Reading a community ratings file: MovieLens ``ratings.csv`` / ``u.data`` / ``ratings.dat`` or a CSV.

``engine.eval.data.load_ratings`` stops at the first bad row, as an evaluation must. A pack keeps every
good row instead and reports the bad ones by line number (all are counted, the first ``MAX_PROBLEMS`` kept).
The file is refused with ``ImportFormatError`` before anything is written when it is empty, binary, has
no user or item column, or has no usable row (or mostly unusable ones: then it is not a ratings file).

A generic CSV names a user and an item column (``user,item,rating,time``, ``user_id,isbn``, ``userId,imdbId``
...) and may add ``title`` and ``year`` columns; with a title but no item column the title (and year) is
the item. Ratings above 5 are read as a 10- or 100-point scale and brought to 0.5–5 stars.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.errors import ImportFormatError, NotFoundError
from engine.eval.data import Interactions, delimiter, headerless_separator, norm_column, parse_time
from engine.importers.normalize import parse_year
from engine.importers.source import decode_bytes, looks_binary
from engine.progress import CancelToken

FORMATS = ("auto", "movielens", "csv")
RATINGS_FILES = ("ratings.csv", "u.data", "ratings.dat")  # looked for inside a folder
MAX_PROBLEMS = 50
_CHECK_EVERY = 20_000

_USER = ("user", "userid", "uid", "reader", "readerid", "username")
_ITEM = (
    "item", "itemid", "movieid", "bookid", "articleid", "imdb", "imdbid", "tconst", "isbn", "isbn13",
    "isbn10", "doi", "movie", "book", "article", "work", "workid",
)
_TITLE = ("title", "name", "movietitle", "booktitle", "articletitle")
_YEAR = ("year", "releaseyear", "publicationyear", "originalpublicationyear")
_RATING = ("rating", "score", "stars", "myrating")
_TIME = ("time", "timestamp", "ts", "date", "datetime", "ratedat", "dateread", "watcheddate")


@dataclass(frozen=True)
class RowProblem:
    """A malformed row: its physical line number and what is wrong with it."""

    line: int
    message: str


@dataclass
class PackRatings:
    """The good rows of a ratings file, what was wrong with the others, and how to read the items."""

    path: Path
    format: str  # "movielens" or "csv"
    interactions: Interactions  # item_ids are the file's item keys
    item_column: str  # normalised name of the item column ("movieid" for MovieLens)
    id_space: str = "movielens"  # "movielens" (ml-latest / ml-1m ids), "ml-100k" or "csv"
    titles: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # item key → (title, year)
    malformed: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    rating_scale: float = 1.0  # factor applied to the file's ratings
    explicit: bool = True  # the file has ratings (not only "this user had this item")


def find_ratings_file(path: Path) -> Path:
    """``path`` itself, or the ratings file inside the folder ``path``."""
    if path.is_dir():
        for name in RATINGS_FILES:
            if (path / name).is_file():
                return path / name
        raise NotFoundError(f"no ratings file ({', '.join(RATINGS_FILES)}) in the folder {path}")
    if not path.is_file():
        raise NotFoundError(f"Ratings file not found: {path}")
    return path


def read_ratings(path: Path, format: str = "auto", cancel: CancelToken | None = None) -> PackRatings:
    """Read the good rows of a ratings file (or of the ratings file in a folder); see the module doc."""
    if format not in FORMATS:
        raise ImportFormatError(f"unknown community pack format {format!r}; expected {', '.join(FORMATS)}")
    path = find_ratings_file(Path(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"Cannot read ratings file {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise ImportFormatError(f"{path} is empty: expected rating rows")
    if looks_binary(raw[:65536]):
        raise ImportFormatError(f"{path} is a binary file, not a ratings file")
    text, _encoding = decode_bytes(raw)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    separator = headerless_separator(first, (3, 4))
    if separator is None and format != "csv" and path.suffix.lower() in (".data", ".dat"):
        separator = "::" if "::" in first else "\t"
    if separator is not None:
        return _read_headerless(path, lines, separator, format, cancel)
    return _read_csv(path, text, first, format, cancel)


def _read_headerless(
    path: Path, lines: list[str], separator: str, format: str, cancel: CancelToken | None
) -> PackRatings:
    table = _Table(path, (0, 1, 2, 3), width=3)
    rows = ((n, line.split(separator)) for n, line in enumerate(lines, 1) if line.strip())
    table.add_rows(rows, cancel)
    space = "ml-100k" if path.name.lower() == "u.data" else "movielens"
    if format == "csv":
        space = "csv"
    return table.result("csv" if format == "csv" else "movielens", "movieid", space)


def _read_csv(path: Path, text: str, first: str, format: str, cancel: CancelToken | None) -> PackRatings:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(first))
    header = next(reader, [])
    names = [norm_column(h) for h in header]

    def find(candidates: tuple[str, ...]) -> int | None:
        return next((names.index(c) for c in candidates if c in names), None)

    user, item, title, year = find(_USER), find(_ITEM), find(_TITLE), find(_YEAR)
    movielens = user is not None and item is not None and names[item] == "movieid"
    if format == "movielens" and not movielens:
        raise ImportFormatError(
            f"{path}, line 1: not a MovieLens ratings file (expected userId,movieId,rating,timestamp; "
            f"got {first[:80]!r})"
        )
    if user is None or (item is None and title is None):
        missing = "user" if user is None else "item"
        raise ImportFormatError(
            f"{path}, line 1: no {missing} column in the header {','.join(header)[:120]!r}; expected "
            "columns such as user,item,rating,time (the item may be an IMDb id, an ISBN, a DOI or a title)"
        )
    table = _Table(path, (user, item, find(_RATING), find(_TIME)), title=title, year=year)
    rows = ((reader.line_num, row) for row in reader if any(cell.strip() for cell in row))
    table.add_rows(rows, cancel)
    if format != "csv" and movielens:
        return table.result("movielens", "movieid", "movielens")
    column = names[item] if item is not None else "title"
    return table.result("csv", column, "csv")


class _Table:
    """Collects the good rows of a file and the problems of the bad ones."""

    def __init__(
        self, path: Path, columns: tuple[int | None, int | None, int | None, int | None], *,
        width: int | None = None, title: int | None = None, year: int | None = None,
    ) -> None:
        self.path = path
        user, self.item, self.rating, self.time = columns
        assert user is not None
        self.user = user
        self.title, self.year = title, year
        used = [c for c in (*columns, title, year) if c is not None]
        self.width = width if width is not None else max(used) + 1
        self.users: list[str] = []
        self.items: list[str] = []
        self.ratings: list[float] = []
        self.times: list[int] = []
        self.titles: dict[str, tuple[str, int | None]] = {}
        self.malformed = 0
        self.problems: list[RowProblem] = []

    def add_rows(self, rows: Iterable[tuple[int, list[str]]], cancel: CancelToken | None) -> None:
        for count, (line, cells) in enumerate(rows):
            if cancel is not None and count % _CHECK_EVERY == 0:
                cancel.check()
            try:
                self._add(cells)
            except (ValueError, OverflowError, IndexError) as exc:
                self.malformed += 1
                if len(self.problems) < MAX_PROBLEMS:
                    shown = ",".join(cells)[:80]
                    self.problems.append(RowProblem(line, f"bad rating row {shown!r} ({exc})"))

    def _add(self, cells: list[str]) -> None:
        if len(cells) < self.width:
            raise ValueError(f"expected {self.width} fields, found {len(cells)}")
        user = cells[self.user].strip()
        item = cells[self.item].strip() if self.item is not None else ""
        title = cells[self.title].strip() if self.title is not None else ""
        year = parse_year(cells[self.year]) if self.year is not None else None
        if not item and title:
            item = f"{title} ({year})" if year else title
        if not user or not item:
            raise ValueError("empty user or item")
        rating = float(cells[self.rating]) if self.rating is not None else 1.0
        if not np.isfinite(rating) or rating < 0:
            raise ValueError("the rating is not a number of stars")
        time = parse_time(cells[self.time]) if self.time is not None else 0
        if title and item not in self.titles:
            self.titles[item] = (title, year)
        self.users.append(user)
        self.items.append(item)
        self.ratings.append(rating)
        self.times.append(time)

    def result(self, format: str, item_column: str, id_space: str) -> PackRatings:
        good = len(self.users)
        if not good:
            where = f" (first problem: line {self.problems[0].line}: {self.problems[0].message})" \
                if self.problems else ""
            raise ImportFormatError(f"{self.path} has no usable rating rows{where}")
        if self.malformed > good:
            first = self.problems[0]
            raise ImportFormatError(
                f"{self.path}: {self.malformed} of {good + self.malformed} rows are not ratings "
                f"(line {first.line}: {first.message}); is this a ratings file?"
            )
        ratings = np.asarray(self.ratings, dtype=np.float32)
        top = float(ratings.max())
        scale = 1.0 if top <= 5 else 0.5 if top <= 10 else 0.05 if top <= 100 else 5.0 / top
        user_ids, users = _index(self.users)
        item_ids, items = _index(self.items)
        interactions = Interactions(
            users=users, items=items, ratings=ratings * scale, times=np.asarray(self.times, np.int64),
            n_users=len(user_ids), n_items=len(item_ids), user_ids=user_ids, item_ids=item_ids,
        )
        return PackRatings(
            path=self.path, format=format, interactions=interactions, item_column=item_column,
            id_space=id_space, titles=self.titles, malformed=self.malformed, problems=self.problems,
            rating_scale=scale, explicit=self.rating is not None,
        )


def _index(ids: list[str]) -> tuple[list[str], np.ndarray]:
    """Distinct ids in order of first appearance and each row's index into them."""
    position: dict[str, int] = {}
    index = np.fromiter((position.setdefault(s, len(position)) for s in ids), dtype=np.int32, count=len(ids))
    return list(position), index

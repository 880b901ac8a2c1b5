"""Mapping a pack's items onto library items: by identifier first, by title and year last.

MovieLens ids (ml-latest, ml-1m): the item's ``movielens`` identifier (what the MovieLens importer
stores), then ``links.csv`` beside the ratings (imdbId → ``imdb`` "tt0000000", tmdbId → ``tmdb``), then
the title and year from ``movies.csv`` / ``movies.dat`` beside it. ml-100k ``u.data`` ids are not
movieIds: they go by the importer's source key ("ml-100k:ID"), then by the title and year of ``u.item``.
Title matches of MovieLens items are limited to films and series.

Generic CSV: each item value is read as an IMDb id, an ISBN, a DOI (or a MovieLens id in a ``movieId``
column); failing those, its title (the title/year columns, else the value itself) is matched.

Titles compare by the library's match keys (``engine.library.text.match_key``: case, accents,
punctuation and a leading article do not count) over every title an item is known by, as
``ItemStore.find_by_title`` does. Years must agree within one; a year missing on either side is accepted.
Several equally good items make the title ambiguous and the pack item stays unmapped. Identifier routes run
first for every item; a library item takes at most one pack item (the most rated, or the surer route).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.community.reader import PackRatings
from engine.importers.formats.movielens import split_title
from engine.importers.normalize import imdb_id, isbn, isbn10_to_13, parse_int, parse_year
from engine.importers.source import decode_bytes
from engine.library.store import LibraryStore
from engine.library.text import match_key
from engine.progress import CancelToken, Progress, no_progress

ROUTES = ("movielens", "source", "imdb", "tmdb", "isbn", "doi", "title")
FILM_KINDS = frozenset({"film", "series"})
_SCHEMES = ("movielens", "imdb", "tmdb", "isbn13", "isbn10", "doi")
_AMBIGUOUS = -2
_MESSAGE = "matching pack items to the library"
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_IMDB = re.compile(r"(?:https?://\S*?)?tt\d{5,10}/?", re.I)
_TITLE_YEAR = re.compile(r"^(?P<title>.+?)\s*\((?P<year>\d{4})\)\s*$")

Key = tuple[str, str]  # (route, lookup value)


@dataclass
class ItemMapping:
    """Per pack item index, the library item id it maps to (-1: none) and how many took each route."""

    library_ids: np.ndarray
    routes: dict[str, int] = field(default_factory=dict)
    ambiguous: int = 0  # titles that matched several library items

    @property
    def mapped(self) -> int:
        return int(np.count_nonzero(self.library_ids >= 0))


@dataclass
class _Candidates:
    keys: list[Key] = field(default_factory=list)  # identifier routes, surest first
    titles: list[str] = field(default_factory=list)
    year: int | None = None
    kinds: frozenset[str] | None = None


class LibraryLookup:
    """The library's identifiers, MovieLens source keys and title keys, read once in bulk."""

    def __init__(self, store: LibraryStore) -> None:
        db = store.db
        marks = ",".join("?" * len(_SCHEMES))
        self.identifiers: dict[tuple[str, str], int] = {
            (str(scheme), str(value)): int(item_id)
            for scheme, value, item_id in db.query(
                f"SELECT scheme, value, item_id FROM identifiers WHERE scheme IN ({marks})", _SCHEMES
            )
        }
        self.sources: dict[str, int] = {
            str(key): int(item_id)
            for key, item_id in db.query("SELECT source_key, item_id FROM item_sources WHERE source = ?",
                                         ("movielens",))
        }
        self.titles: dict[str, list[tuple[int, int | None, str]]] = defaultdict(list)
        for item_id, key, year, kind in db.query(
            "SELECT id, match_key, year, kind FROM items UNION "
            "SELECT t.item_id, t.match_key, i.year, i.kind FROM item_titles t "
            "JOIN items i ON i.id = t.item_id"
        ):
            self.titles[str(key)].append((int(item_id), year, str(kind)))

    def find(self, key: Key) -> int | None:
        route, value = key
        if route == "source":
            return self.sources.get(value)
        if route == "isbn":
            return self.identifiers.get(("isbn13", value)) or self.identifiers.get(("isbn10", value))
        return self.identifiers.get((route, value))

    def find_title(self, titles: Sequence[str], year: int | None, kinds: frozenset[str] | None) -> int | None:
        """The one library item with one of these titles and a compatible year; ``_AMBIGUOUS`` for several."""
        tiers: dict[int, int] = {}  # item id → 0 same year, 1 a year apart, 2 a year unknown
        for title in titles:
            key = match_key(title)
            for item_id, item_year, kind in self.titles.get(key, ()) if key else ():
                if kinds is not None and kind not in kinds:
                    continue
                if year is None or item_year is None:
                    tier = 2
                elif abs(int(item_year) - year) <= 1:
                    tier = int(item_year != year)
                else:
                    continue
                tiers[item_id] = min(tiers.get(item_id, 3), tier)
        if not tiers:
            return None
        best = min(tiers.values())
        chosen = [item_id for item_id, tier in tiers.items() if tier == best]
        return chosen[0] if len(chosen) == 1 else _AMBIGUOUS


def map_items(
    store: LibraryStore, ratings: PackRatings, *, progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ItemMapping:
    """Map every item of the pack onto the library (see the module doc)."""
    report = progress or no_progress
    keys = ratings.interactions.item_ids
    candidates = list(_candidates(ratings))
    lookup = LibraryLookup(store)
    counts = np.bincount(ratings.interactions.items, minlength=len(keys))
    order = np.argsort(-counts, kind="stable")
    library_ids = np.full(len(keys), -1, dtype=np.int64)
    routes = dict.fromkeys(ROUTES, 0)
    taken: set[int] = set()
    ambiguous = 0
    total = 2 * len(order)
    for step, position in enumerate(order):  # identifiers, for every item
        if step % 2000 == 0:
            report(step, total, _MESSAGE)
            if cancel is not None:
                cancel.check()
        for key in candidates[position].keys:
            found = lookup.find(key)
            if found is not None and found not in taken:
                library_ids[position] = found
                taken.add(found)
                routes[key[0]] += 1
                break
    for step, position in enumerate(order, len(order)):  # titles, for the rest
        if step % 2000 == 0:
            report(step, total, _MESSAGE)
            if cancel is not None:
                cancel.check()
        wanted = candidates[position]
        if library_ids[position] >= 0 or not wanted.titles:
            continue
        found = lookup.find_title(wanted.titles, wanted.year, wanted.kinds)
        if found == _AMBIGUOUS:
            ambiguous += 1
        elif found is not None and found not in taken:
            library_ids[position] = found
            taken.add(found)
            routes["title"] += 1
    report(total, total, _MESSAGE)
    return ItemMapping(library_ids, {r: n for r, n in routes.items() if n}, ambiguous)


def _candidates(ratings: PackRatings) -> Iterator[_Candidates]:
    """For each pack item (in index order), the identifiers and titles to look it up by."""
    keys = ratings.interactions.item_ids
    if ratings.id_space == "csv":
        for key in keys:
            yield _csv_candidates(key, ratings.item_column, ratings.titles.get(key))
        return
    folder = ratings.path.parent
    if ratings.id_space == "ml-100k":
        titles = _uitem_titles(folder / "u.item")
        for key in keys:
            names, year = titles.get(key, ([], None))
            yield _Candidates([("source", f"ml-100k:{key}")], names, year, FILM_KINDS)
        return
    links = _links(folder / "links.csv")
    titles = _movies_titles(folder)
    for key in keys:
        imdb, tmdb = links.get(key, (None, None))
        ids: list[Key] = [("movielens", key)]
        ids += [("imdb", imdb)] if imdb else []
        ids += [("tmdb", tmdb)] if tmdb else []
        names, year = titles.get(key, ([], None))
        yield _Candidates(ids, names, year, FILM_KINDS)


def _csv_candidates(value: str, column: str, title: tuple[str, int | None] | None) -> _Candidates:
    """How to look up one generic CSV item value (and the title/year given beside it)."""
    found = _Candidates()
    if column == "movieid" and value.isdigit():
        found.keys.append(("movielens", value))
    if _IMDB.fullmatch(value) or (column in ("imdb", "imdbid", "tconst") and value):
        code = imdb_id(value)
        found.keys += [("imdb", code)] if code else []
    doi = _DOI.search(value)
    if doi:
        found.keys.append(("doi", doi.group(0).rstrip(".,;").lower()))
    isbn10, isbn13 = isbn(value) if re.fullmatch(r"[\d\sXx-]{10,17}", value) else (None, None)
    if isbn13:
        found.keys.append(("isbn", isbn13))
    elif isbn10:
        found.keys += [("isbn", isbn10_to_13(isbn10)), ("isbn", isbn10)]
    if title is not None:
        found.titles, found.year = [title[0]], title[1]
    elif not found.keys and not value.isdigit():
        match = _TITLE_YEAR.match(value)
        found.titles = [match.group("title")] if match else [value]
        found.year = int(match.group("year")) if match else None
    return found


def _read_text(path: Path) -> str | None:
    try:
        return decode_bytes(path.read_bytes())[0] if path.is_file() else None
    except OSError:
        return None


def _links(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """movieId → (IMDb id "tt…", TMDb id) from a MovieLens ``links.csv``; {} when absent or unreadable."""
    text = _read_text(path)
    if text is None:
        return {}
    links: dict[str, tuple[str | None, str | None]] = {}
    for row in csv.DictReader(io.StringIO(text, newline="")):
        movie = (row.get("movieId") or "").strip()
        tmdb = parse_int(row.get("tmdbId"))
        if movie:
            links[movie] = (imdb_id(row.get("imdbId")), str(tmdb) if tmdb else None)
    return links


def _movies_titles(folder: Path) -> dict[str, tuple[list[str], int | None]]:
    """movieId → (title and alternate titles, year) from ``movies.csv`` or ``movies.dat``."""
    titles: dict[str, tuple[list[str], int | None]] = {}
    text = _read_text(folder / "movies.csv")
    if text is not None:
        rows: Iterator[tuple[str, str]] = (
            ((row.get("movieId") or "").strip(), row.get("title") or "")
            for row in csv.DictReader(io.StringIO(text, newline=""))
        )
    else:
        text = _read_text(folder / "movies.dat")
        if text is None:
            return titles
        rows = ((fields[0].strip(), fields[1]) for fields in
                (line.split("::") for line in text.splitlines()) if len(fields) >= 2)
    for movie, raw in rows:
        if movie and raw.strip():
            title, alts, year = split_title(raw)
            titles[movie] = ([title, *alts], year)
    return titles


def _uitem_titles(path: Path) -> dict[str, tuple[list[str], int | None]]:
    """ml-100k movie id → (titles, year) from ``u.item`` (the "unknown" placeholder is left out)."""
    text = _read_text(path)
    titles: dict[str, tuple[list[str], int | None]] = {}
    for line in (text or "").splitlines():
        fields = line.split("|")
        if len(fields) < 3 or not fields[0].strip().isdigit() or fields[1].strip().lower() in ("", "unknown"):
            continue
        title, alts, year = split_title(fields[1])
        titles[fields[0].strip()] = ([title, *alts], year or parse_year(fields[2]))
    return titles

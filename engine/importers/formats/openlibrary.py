"""Open Library reading log CSV (My Books → Export: "Work Id, Edition Id, Bookshelf").

The short export has no titles at all, only ids. Shelfwise never goes online to look them up, and
an item without a title cannot be shown or recommended, so such a row is a ``SkippedRow`` whose
reason names the work. Longer exports (with Title, Author(s), First Publish Year, ISBN, My Ratings
columns) are imported in full; the work id becomes identifier "openlibrary".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    book_identifiers,
    header_fields,
    parse_csv,
    rated,
)
from engine.importers.normalize import clean, parse_date, parse_year, split_list
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    SkippedRow,
    Subject,
)
from engine.importers.source import Source

FORMAT_LABEL = "Open Library reading log"
_SHELVES = {
    "want to read": "wishlist",
    "want-to-read": "wishlist",
    "currently reading": "started",
    "currently-reading": "started",
    "already read": "finished",
    "already-read": "finished",
}
_WORK_ID = re.compile(r"OL\d+W", re.IGNORECASE)


class OpenLibraryImporter(Importer):
    name = "openlibrary"
    label = "Open Library reading log (CSV)"

    def detect(self, source: Source) -> float:
        fields = {field.lower() for field in header_fields(source)}
        if {"work id", "bookshelf"} <= fields:
            return 0.95 if "edition id" in fields else 0.8
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        work = _column(source, "Work Id")
        shelf = _column(source, "Bookshelf")
        return parse_csv(
            source,
            lambda line, row: _record(line, _lower_keys(row), work.lower(), shelf.lower()),
            required=(work, shelf),
            format_label=FORMAT_LABEL,
        )


def _column(source: Source, wanted: str) -> str:
    """The header's own spelling of a column ("Work Id" / "Work ID")."""
    for field in header_fields(source):
        if field.lower() == wanted.lower():
            return field
    return wanted


def _lower_keys(row: dict[str, str]) -> dict[str, str]:
    return {key.lower(): value for key, value in row.items()}


def _first(row: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = clean(row.get(name))
        if value:
            return value
    return None


def _record(line: int, row: dict[str, str], work_column: str, shelf_column: str) -> ParseResult:
    raw_work = clean(row.get(work_column)) or ""
    match = _WORK_ID.search(raw_work)
    work_id = match.group(0).upper() if match else None
    edition = _first(row, "edition id")
    title = _first(row, "title")
    if not title:
        what = f"work {work_id}" if work_id else f"edition {edition}" if edition else "this row"
        return SkippedRow(
            line, f"{what} has no title in the file and Shelfwise does not look it up online"
        )
    identifiers = book_identifiers(_first(row, "isbn 13", "isbn13"), _first(row, "isbn 10", "isbn10"))
    if work_id:
        identifiers["openlibrary"] = work_id
    events: list[RecordEvent] = []
    status = _SHELVES.get((clean(row.get(shelf_column)) or "").lower())
    if status:
        events.append(RecordEvent(status, at=parse_date(_first(row, "date added", "logged date"))))
    rating = rated(_first(row, "my ratings", "my rating", "rating"), 5, None)
    if rating:
        events.append(rating)
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"openlibrary:{work_id or edition or title}",
        year=parse_year(_first(row, "first publish year", "publish year", "year")),
        identifiers=identifiers,
        creators=[Creator(name) for name in split_list(_first(row, "authors", "author"), ",")],
        subjects=[Subject(name, "genre") for name in split_list(_first(row, "subjects"), ",")],
        events=events,
        source_scale=5,
    )

"""Goodreads "Export Library" CSV (My Books → Import and export).

Both column sets are read: the 24-column one (2023 on, ending ``Read Count,Owned Copies``) and the
older 31-column one (``Recommended For`` … ``BCID``). ISBNs come quoted as ``="…"``; an Amazon
ASIN in the ISBN13 column becomes identifier "asin". The exclusive shelf is a status (event);
other shelves become subjects of kind "shelf". "My Rating" 0 means unrated. Reviews are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    book_identifiers,
    header_fields,
    header_score,
    parse_csv,
    rated,
    split_series,
)
from engine.importers.normalize import clean, parse_date, parse_int, parse_year, person_name, split_list
from engine.importers.records import Creator, ImportRecord, ParseResult, RecordEvent, Subject
from engine.importers.source import Source

FORMAT_LABEL = "Goodreads library export"
REQUIRED = ("Book Id", "Title", "Author")
SIGNATURE = ("Book Id", "Title", "Author", "Author l-f", "Exclusive Shelf", "My Rating")

# Exclusive shelves (built in or custom) that mean something; other exclusive shelves are subjects.
STATUS_SHELVES: dict[str, str] = {
    "read": "finished",
    "to-read": "wishlist",
    "currently-reading": "started",
    "did-not-finish": "abandoned",
    "dnf": "abandoned",
    "abandoned": "abandoned",
    "gave-up": "abandoned",
    "gave-up-on": "abandoned",
    "stopped-reading": "abandoned",
    "unfinished": "abandoned",
    "not-finished": "abandoned",
    "on-hold": "started",
    "paused": "started",
}
_BUILT_IN = ("read", "to-read", "currently-reading")


class GoodreadsImporter(Importer):
    name = "goodreads"
    label = "Goodreads library export (CSV)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("Book Id", "Title", "Author", "My Rating"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(
            source, _record, required=REQUIRED, format_label=FORMAT_LABEL, full_rows=True
        )


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    full_title = clean(row.get("Title"))
    if not full_title:
        raise ValueError("the row has no title")
    title, series = split_series(full_title)
    book_id = clean(row.get("Book Id"))
    identifiers = book_identifiers(row.get("ISBN13"), row.get("ISBN"))
    if book_id and book_id.isdigit():
        identifiers["goodreads"] = book_id
    shelf = (clean(row.get("Exclusive Shelf")) or "").lower()
    subjects = [Subject(name, "shelf") for name in _shelves(row) if name.lower() != shelf]
    if series:
        subjects.insert(0, Subject(series, "collection"))
    if shelf and shelf not in STATUS_SHELVES:
        subjects.append(Subject(shelf, "shelf"))
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"goodreads:{book_id}" if book_id else None,
        alt_titles=[full_title] if series else [],
        year=parse_year(row.get("Original Publication Year")) or parse_year(row.get("Year Published")),
        pages=parse_int(row.get("Number of Pages")) or None,
        identifiers=identifiers,
        creators=_creators(row),
        subjects=subjects,
        events=_events(row, shelf),
        source_scale=5,
    )


def _creators(row: dict[str, str]) -> list[Creator]:
    main = clean(row.get("Author")) or person_name(row.get("Author l-f"))
    creators = [Creator(main)] if main else []
    for name in split_list(row.get("Additional Authors"), ","):
        if not any(c.name.lower() == name.lower() for c in creators):
            creators.append(Creator(name, "contributor"))
    return creators


def _shelves(row: dict[str, str]) -> list[str]:
    """Every shelf of the row, built-in statuses left out, from either shelf column."""
    raw = row.get("Bookshelves")
    if not clean(raw):
        raw = re.sub(r"\s*\(#\d+\)", "", row.get("Bookshelves with positions") or "")
    return [name for name in split_list(raw, ",") if name.lower() not in _BUILT_IN]


def _events(row: dict[str, str], shelf: str) -> list[RecordEvent]:
    added = parse_date(row.get("Date Added"))
    read = parse_date(row.get("Date Read"))
    events: list[RecordEvent] = []
    status = STATUS_SHELVES.get(shelf)
    if status == "finished":
        events.append(RecordEvent("finished", at=read))
    elif status == "wishlist":
        events.append(RecordEvent("wishlist", at=added))
    elif status is not None:
        events.append(RecordEvent(status))
    rating = rated(row.get("My Rating"), 5, read or added)
    if rating:
        events.append(rating)
    return events

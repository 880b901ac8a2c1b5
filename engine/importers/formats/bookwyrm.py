"""BookWyrm's own CSV export (Settings → Export books).

One row per book: ids for many catalogues (Open Library, LibraryThing, Goodreads, ISBN, ASIN…),
the reading dates (start_date, finish_date, stopped_date), the rating and the shelf (to-read,
reading, read, stopped-reading or a custom shelf, which becomes a subject of kind "shelf").
Reviews are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    book_identifiers,
    fallback_key,
    header_fields,
    header_score,
    parse_csv,
    rated,
)
from engine.importers.normalize import clean, parse_date, split_list
from engine.importers.records import Creator, ImportRecord, ParseResult, RecordEvent, Subject
from engine.importers.source import Source

FORMAT_LABEL = "BookWyrm export"
REQUIRED = ("title", "author_text")
SIGNATURE = ("title", "author_text", "remote_id", "shelf", "finish_date")
_STATUS_SHELVES = {
    "to-read": "wishlist",
    "reading": "started",
    "read": "finished",
    "stopped-reading": "abandoned",
}


class BookWyrmImporter(Importer):
    name = "bookwyrm"
    label = "BookWyrm export (CSV)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("title", "author_text", "remote_id"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(source, _record, required=REQUIRED, format_label=FORMAT_LABEL)


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    title = clean(row.get("title"))
    if not title:
        raise ValueError("the row has no title")
    authors = split_list(row.get("author_text"), ",")
    remote_id = clean(row.get("remote_id"))
    shelf = (clean(row.get("shelf")) or "").lower()
    subjects = []
    if shelf and shelf not in _STATUS_SHELVES:
        subjects.append(Subject(clean(row.get("shelf_name")) or shelf, "shelf"))
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"bookwyrm:{remote_id}" if remote_id else fallback_key(
            "bookwyrm", title, authors[0] if authors else None
        ),
        identifiers=_identifiers(row),
        creators=[Creator(name) for name in authors],
        subjects=subjects,
        events=_events(row, shelf),
        source_scale=5,
    )


def _identifiers(row: dict[str, str]) -> dict[str, str]:
    found = book_identifiers(row.get("isbn_13"), row.get("isbn_10"), row.get("asin"))
    for column, key in (
        ("openlibrary_key", "openlibrary"),
        ("librarything_key", "librarything"),
        ("goodreads_key", "goodreads"),
        ("remote_id", "url"),
    ):
        value = clean(row.get(column))
        if value:
            found[key] = value
    return found


def _events(row: dict[str, str], shelf: str) -> list[RecordEvent]:
    started = parse_date(row.get("start_date"))
    finished = parse_date(row.get("finish_date"))
    stopped = parse_date(row.get("stopped_date"))
    shelved = parse_date(row.get("shelf_date"))
    status = _STATUS_SHELVES.get(shelf)
    events: list[RecordEvent] = []
    if finished or status == "finished":
        events.append(RecordEvent("finished", at=finished))
    elif stopped or status == "abandoned":
        events.append(RecordEvent("abandoned", at=stopped))
    elif started or status == "started":
        events.append(RecordEvent("started", at=started))
    elif status == "wishlist":
        events.append(RecordEvent("wishlist", at=shelved))
    rating = rated(row.get("rating"), 5, parse_date(row.get("review_published")) or finished or shelved)
    if rating:
        events.append(rating)
    return events

"""Openreads (Android/iOS reading tracker) CSV export.

status: finished / in_progress / planned / abandoned (also numbers 0–3 in old exports);
readings: "start|finish|time" entries separated by ";" — each reading with a finish date is a
"finished" event; favourite=true → "liked"; deleted=true rows are skipped; tags are separated by
"|||||"; rating is 0–5 with halves; olid is an Open Library edition id.
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
from engine.importers.normalize import cap_text, clean, parse_date, parse_int, parse_year, person_name
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    SkippedRow,
    Subject,
)
from engine.importers.source import Source

FORMAT_LABEL = "Openreads export"
REQUIRED = ("title", "author", "status")
SIGNATURE = ("title", "author", "status", "favourite", "deleted", "readings", "olid")
_STATUS = {
    "finished": "finished", "0": "finished",
    "in_progress": "started", "reading": "started", "1": "started",
    "planned": "wishlist", "for_later": "wishlist", "2": "wishlist",
    "abandoned": "abandoned", "unfinished": "abandoned", "3": "abandoned",
}
_TRUE = ("true", "1", "yes")


class OpenreadsImporter(Importer):
    name = "openreads"
    label = "Openreads export (CSV)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("title", "author", "status", "readings"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(source, _record, required=REQUIRED, format_label=FORMAT_LABEL)


def _record(line: int, row: dict[str, str]) -> ParseResult:
    title = clean(row.get("title"))
    if not title:
        raise ValueError("the row has no title")
    if (clean(row.get("deleted")) or "").lower() in _TRUE:
        return SkippedRow(line, f"{title!r} is in Openreads' bin (deleted)")
    author = person_name(row.get("author"))
    subtitle = clean(row.get("subtitle"))
    identifiers = book_identifiers(row.get("isbn"))
    olid = clean(row.get("olid"))
    if olid:
        identifiers["openlibrary"] = olid
    key = identifiers.get("isbn13") or identifiers.get("isbn10") or olid
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"openreads:{key}" if key else fallback_key("openreads", title, author),
        alt_titles=[f"{title}: {subtitle}"] if subtitle else [],
        year=parse_year(row.get("publication_year")),
        description=cap_text(row.get("description")),
        pages=parse_int(row.get("pages")) or None,
        identifiers=identifiers,
        creators=[Creator(author)] if author else [],
        subjects=[Subject(tag, "tag") for tag in _tags(row.get("tags"))],
        events=_events(row),
        source_scale=5,
    )


def _tags(raw: str | None) -> list[str]:
    seen: dict[str, None] = {}
    for part in (raw or "").split("|||||"):
        tag = clean(part)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def _day(raw: str) -> str | None:
    """A reading date: Openreads writes midnight datetimes for plain days."""
    value = parse_date(raw)
    return value[:10] if value and value.endswith("T00:00:00") else value


def _readings(raw: str | None) -> list[tuple[str | None, str | None]]:
    readings = []
    for entry in (raw or "").split(";"):
        if entry.strip():
            parts = entry.split("|")
            start = _day(parts[0]) if parts else None
            finish = _day(parts[1]) if len(parts) > 1 else None
            readings.append((start, finish))
    return readings


def _events(row: dict[str, str]) -> list[RecordEvent]:
    status = _STATUS.get((clean(row.get("status")) or "").lower())
    readings = _readings(row.get("readings"))
    added = parse_date(row.get("date_added"))
    finishes = [finish for _start, finish in readings if finish]
    events = [RecordEvent("finished", at=finish) for finish in finishes]
    if status == "finished" and not finishes:
        events.append(RecordEvent("finished"))
    elif status == "started":
        starts = [start for start, finish in readings if start and not finish]
        events.append(RecordEvent("started", at=starts[-1] if starts else None))
    elif status == "wishlist":
        events.append(RecordEvent("wishlist", at=added))
    elif status == "abandoned":
        events.append(RecordEvent("abandoned"))
    if (clean(row.get("favourite")) or "").lower() in _TRUE:
        events.append(RecordEvent("liked", at=added))
    last = finishes[-1] if finishes else None
    rating = rated(row.get("rating"), 5, last or added)
    if rating:
        events.append(rating)
    return events

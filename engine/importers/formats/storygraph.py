"""The StoryGraph export CSV (Manage account → Export StoryGraph library).

Read Status gives the status event (read, currently-reading, to-read, paused, did-not-finish);
"Dates Read" holds one or more readings ("2025/01/01-2025/01/03;2025/02/05"), each a "finished"
event at its end date. Star Rating has decimals (4.25). Moods become subjects of kind "mood",
Tags subjects of kind "tag", and "Owned?" = Yes the shelf "owned". Reviews are ignored.
"""

from __future__ import annotations

import re
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
from engine.importers.normalize import clean, parse_date, person_name, split_list
from engine.importers.records import Creator, ImportRecord, ParseResult, RecordEvent, Subject
from engine.importers.source import Source

FORMAT_LABEL = "StoryGraph export"
REQUIRED = ("Title", "Read Status")
SIGNATURE = ("Title", "Authors", "ISBN/UID", "Read Status", "Star Rating", "Moods")

_STATUS = {
    "read": "finished",
    "to-read": "wishlist",
    "currently-reading": "started",
    "paused": "started",
    "did-not-finish": "abandoned",
}
_RANGE = re.compile(r"^(.*\d)\s*-\s*(\d{4}\D.*)$")
_ROLE = re.compile(r"^(?P<name>.+?)\s*\((?P<role>[^()]+)\)$")


class StoryGraphImporter(Importer):
    name = "storygraph"
    label = "StoryGraph export (CSV)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("Title", "Read Status", "Star Rating"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(source, _record, required=REQUIRED, format_label=FORMAT_LABEL)


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    title = clean(row.get("Title"))
    if not title:
        raise ValueError("the row has no title")
    creators = _creators(row)
    uid = clean(row.get("ISBN/UID"))
    first_author = creators[0].name if creators else None
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"storygraph:{uid}" if uid else fallback_key("storygraph", title, first_author),
        identifiers=book_identifiers(uid),
        creators=creators,
        subjects=_subjects(row),
        events=_events(row),
        source_scale=5,
    )


def _creators(row: dict[str, str]) -> list[Creator]:
    creators = [Creator(name) for name in split_list(row.get("Authors"), ",")]
    for raw in split_list(row.get("Contributors"), ","):
        match = _ROLE.match(raw)
        name, role = (match["name"], match["role"].lower()) if match else (raw, "contributor")
        creators.append(Creator(person_name(name) or name, role))
    return creators


def _subjects(row: dict[str, str]) -> list[Subject]:
    subjects = [Subject(mood, "mood") for mood in split_list(row.get("Moods"), ",")]
    subjects += [Subject(tag, "tag") for tag in split_list(row.get("Tags"), ",")]
    if (clean(row.get("Owned?")) or "").lower() in ("yes", "true", "1"):
        subjects.append(Subject("owned", "shelf"))
    return subjects


def _readings(raw: str | None) -> list[tuple[str | None, str | None]]:
    """(start, end) of each reading in "2025/01/01-2025/01/03;2025/02/05"."""
    readings = []
    for part in split_list(raw, ";"):
        match = _RANGE.match(part)
        start, end = (match[1], match[2]) if match else (None, part)
        readings.append((parse_date(start), parse_date(end)))
    return readings


def _events(row: dict[str, str]) -> list[RecordEvent]:
    status = _STATUS.get((clean(row.get("Read Status")) or "").lower())
    readings = _readings(row.get("Dates Read"))
    last_read = parse_date(row.get("Last Date Read"))
    added = parse_date(row.get("Date Added"))
    events: list[RecordEvent] = []
    if status == "finished":
        ends = [end for _start, end in readings if end]
        events += [RecordEvent("finished", at=end) for end in ends]
        if not ends:
            events.append(RecordEvent("finished", at=last_read))
    elif status == "wishlist":
        events.append(RecordEvent("wishlist", at=added))
    elif status == "started":
        starts = [start for start, _end in readings if start]
        events.append(RecordEvent("started", at=starts[-1] if starts else None))
    elif status == "abandoned":
        ends = [end for _start, end in readings if end]
        events.append(RecordEvent("abandoned", at=last_read or (ends[-1] if ends else None)))
    rating = rated(row.get("Star Rating"), 5, last_read or added)
    if rating:
        events.append(rating)
    return events

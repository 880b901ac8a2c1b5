"""LibraryThing "Export as tab-delimited" (TSV, 49 columns, often Latin-1 or UTF-16).

Fields are not quoted, so each line is split on tabs (a ``"`` in a title stays as it is). Dates and
ISBNs come in brackets ("[2007-05-08]"). Collections carry the status ("To read", "Wishlist",
"Currently reading", "Read but unowned"); other collections and Tags become subjects. A file
that is mostly UTF-8 with a few broken bytes keeps its UTF-8 text (the stray bytes read as cp1252).
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    book_identifiers,
    header_fields,
    header_score,
    rated,
)
from engine.importers.languages import language_code
from engine.importers.normalize import (
    cap_text,
    clean,
    parse_date,
    parse_int,
    parse_year,
    person_name,
    split_list,
)
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    RowError,
    Subject,
)
from engine.importers.source import Source, looks_binary

FORMAT_LABEL = "LibraryThing tab-delimited export"
REQUIRED = ("Book Id", "Title", "Primary Author")
SIGNATURE = ("Book Id", "Title", "Primary Author", "Collections", "Work id")

_COLLECTION_STATUS = {
    "to read": "wishlist",
    "wishlist": "wishlist",
    "currently reading": "started",
    "read but unowned": "finished",
}
_QUIET_COLLECTIONS = {"your library"}


class LibraryThingImporter(Importer):
    name = "librarything"
    label = "LibraryThing export (tab-delimited)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source, "\t")
        return header_score(fields, SIGNATURE, ("Book Id", "Title", "Primary Author"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for line, row in _tsv_rows(source):
            try:
                yield _record(line, row)
            except ValueError as exc:
                yield RowError(line, str(exc))


def _tsv_rows(source: Source) -> Iterator[tuple[int, dict[str, str]]]:
    if looks_binary(source.head()):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a {FORMAT_LABEL}")
    with source.open_text() as stream:
        header_line = stream.readline().lstrip("\ufeff").rstrip("\r\n")
        if not header_line.strip():
            raise ImportFormatError(f"{source.name}: the file is empty")
        header = [name.strip() for name in header_line.split("\t")]
        for name in REQUIRED:
            if name not in header:
                raise ImportFormatError(
                    f"{source.name}: missing column {name!r} — expected a {FORMAT_LABEL} file"
                )
        for number, text in enumerate(stream, start=2):
            text = text.rstrip("\r\n")
            if text.strip():
                yield number, dict(zip(header, text.split("\t"), strict=False))


def _unbracket(raw: str | None) -> str | None:
    text = clean(raw)
    return clean(text.strip("[]")) if text else None


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    title = clean(row.get("Title"))
    if not title:
        raise ValueError("the row has no title")
    book_id = clean(row.get("Book Id"))
    identifiers = book_identifiers(_unbracket(row.get("ISBN")), *split_list(row.get("ISBNs"), ","))
    work_id = clean(row.get("Work id"))
    if work_id and work_id.isdigit():
        identifiers["librarything"] = work_id
    collections = split_list(row.get("Collections"), ",")
    subjects = [Subject(tag, "tag") for tag in split_list(row.get("Tags"), ",")]
    subjects += [
        Subject(name, "collection")
        for name in collections
        if name.lower() not in _COLLECTION_STATUS and name.lower() not in _QUIET_COLLECTIONS
    ]
    subjects += [Subject(name, "genre") for name in split_list(row.get("Subjects"), "|")]
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"librarything:{book_id}" if book_id else None,
        year=parse_year(row.get("Date")),
        description=cap_text(row.get("Summary")) if _is_blurb(row) else None,
        language=language_code(split_list(row.get("Languages"), ",")[0])
        if clean(row.get("Languages")) else None,
        pages=parse_int(row.get("Page Count")) or None,
        identifiers=identifiers,
        creators=_creators(row),
        subjects=subjects,
        events=_events(row, collections),
        source_scale=5,
    )


def _is_blurb(row: dict[str, str]) -> bool:
    """LibraryThing fills "Summary" with "Title by Author (year)"; that is not a description."""
    summary = clean(row.get("Summary")) or ""
    title = clean(row.get("Title")) or ""
    return bool(summary) and not summary.startswith(f"{title} by ")


def _creators(row: dict[str, str]) -> list[Creator]:
    creators = []
    primary = person_name(row.get("Primary Author"))
    if primary:
        creators.append(Creator(primary, _role(row.get("Primary Author Role"))))
    secondary = person_name(row.get("Secondary Author"))
    if secondary:
        creators.append(Creator(secondary, _role(row.get("Secondary Author Roles"), "contributor")))
    return creators


def _role(raw: str | None, default: str = "author") -> str:
    text = (clean(raw) or "").lower()
    return text if text else default


def _events(row: dict[str, str], collections: list[str]) -> list[RecordEvent]:
    started = parse_date(_unbracket(row.get("Date Started")))
    finished = parse_date(_unbracket(row.get("Date Read")))
    entered = parse_date(_unbracket(row.get("Entry Date")))
    statuses = {_COLLECTION_STATUS[c.lower()] for c in collections if c.lower() in _COLLECTION_STATUS}
    events: list[RecordEvent] = []
    if finished or "finished" in statuses:
        events.append(RecordEvent("finished", at=finished))
    elif started or "started" in statuses:
        events.append(RecordEvent("started", at=started))
    elif "wishlist" in statuses:
        events.append(RecordEvent("wishlist", at=entered))
    rating = rated(row.get("Rating"), 5, finished or entered)
    if rating:
        events.append(rating)
    return events

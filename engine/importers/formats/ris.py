"""RIS (Research Information Systems) citations: Zotero, EndNote, Mendeley, publishers' sites."""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_biblio import (
    add_creator,
    add_identifiers,
    fallback_key,
    keyword_subjects,
    page_count,
)
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_int, parse_year, person_name, split_list
from engine.importers.records import ImportRecord, ParseResult, RowError
from engine.importers.source import Source, looks_binary

LABEL = "RIS"
TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  ?-(?: (.*))?$")
BOOK_TYPES = frozenset({"BOOK", "EBOOK", "EDBOOK"})
ROLE_TAGS = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor", "A3": "editor",
             "A4": "translator"}

Fields = dict[str, list[str]]


class RisImporter(Importer):
    name = "ris"
    label = "RIS citations (.ris)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        lines = [line.strip("\ufeff") for line in text.splitlines() if line.strip()]
        if not lines:
            return 0.0
        if re.match(r"^TY  - [A-Z]+", lines[0]):
            return 0.95
        tagged = sum(1 for line in lines[:50] if TAG_LINE.match(line))
        return 0.5 if tagged >= 3 and any(line.startswith("TY  -") for line in lines) else 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        if looks_binary(source.head()):
            raise ImportFormatError(f"{source.name}: this is a binary file, not a {LABEL} file")
        text = source.text()
        if not text.strip():
            raise ImportFormatError(f"{source.name}: the file is empty")
        if not re.search(r"^\ufeff?TY  -", text, re.MULTILINE):
            raise ImportFormatError(
                f"{source.name}: no RIS record (a 'TY  - ' line) found — expected a {LABEL} file"
            )
        yield from _records(text)


def _records(text: str) -> Iterator[ParseResult]:
    fields: Fields | None = None
    start = 0
    last_tag: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.lstrip("\ufeff").rstrip()
        match = TAG_LINE.match(line)
        if match is None:
            if line and fields is not None and last_tag:
                fields[last_tag][-1] += " " + line.strip()  # a wrapped value goes on
            elif line:
                yield RowError(number, f"not a RIS line: {line[:80]!r}")
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            if fields is not None:
                yield RowError(start, "record has no 'ER  -' end line; read up to the next one")
                yield _record(fields, start)
            fields, start, last_tag = {"TY": [value]}, number, "TY"
        elif tag == "ER":
            if fields is None:
                yield RowError(number, "'ER  -' line without a 'TY  -' record start")
            else:
                yield _record(fields, start)
            fields, last_tag = None, None
        elif fields is None:
            yield RowError(number, f"{tag} line outside a record (no 'TY  -' before it)")
        else:
            fields.setdefault(tag, []).append(value)
            last_tag = tag
    if fields is not None:
        yield _record(fields, start)


def _first(fields: Fields, *tags: str) -> str | None:
    for tag in tags:
        for value in fields.get(tag, []):
            text = clean(value)
            if text:
                return text
    return None


def _record(fields: Fields, row: int) -> ParseResult:
    ris_type = (_first(fields, "TY") or "").upper()
    title_tags = ("TI", "T1", "CT", "BT") if ris_type in BOOK_TYPES else ("TI", "T1", "CT")
    title = _first(fields, *title_tags)
    if not title:
        return RowError(row, f"{ris_type or 'RIS'} record has no title (TI)")
    year = parse_year(_first(fields, "PY", "Y1", "DA", "Y2"))
    pages = page_count(f"{_first(fields, 'SP') or ''}-{_first(fields, 'EP') or ''}")
    record = ImportRecord(
        kind="book" if ris_type in BOOK_TYPES else "article",
        title=title,
        row=row,
        year=year,
        description=_first(fields, "AB", "N2"),
        language=language_code(_first(fields, "LA")),
        pages=pages or (parse_int(_first(fields, "SP")) if ris_type in BOOK_TYPES else None),
    )
    add_identifiers(
        record.identifiers,
        doi_raw=_first(fields, "DO", "M3"),
        isbn_raw=_first(fields, "SN") if ris_type in BOOK_TYPES | {"CHAP"} else None,
        url_raw=_first(fields, "UR", "L2"),
    )
    for tag, role in ROLE_TAGS.items():
        for value in fields.get(tag, []):
            add_creator(record.creators, person_name(value), role)
    keywords = [part for value in fields.get("KW", []) for part in split_list(value, ";")]
    record.subjects, record.events = keyword_subjects(keywords)
    record.source_key = _first(fields, "ID") or fallback_key(record.identifiers, title, year)
    return record

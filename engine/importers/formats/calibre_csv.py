"""Calibre "Convert books → Create catalogue → CSV" export.

Columns (any subset, any order): authors ("A & B"), author_sort, title, title_sort, rating (stars,
0–5), timestamp (date added), pubdate, isbn, identifiers ("goodreads:1,isbn:978…"), comments
(HTML), tags, series, series_index, languages, publisher, id, uuid. Calibre holds no read status,
so the only event is the rating.
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    header_fields,
    header_score,
    html_to_text,
    parse_csv,
    rated,
)
from engine.importers.formats._calibre_common import calibre_identifiers, calibre_year
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_date, split_list
from engine.importers.records import Creator, ImportRecord, ParseResult, Subject
from engine.importers.source import Source

FORMAT_LABEL = "calibre CSV catalogue"
REQUIRED = ("title", "authors")
SIGNATURE = ("title", "authors", "author_sort", "title_sort", "uuid")


class CalibreCsvImporter(Importer):
    name = "calibre_csv"
    label = "Calibre catalogue (CSV)"

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("title", "authors", "author_sort"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(source, _record, required=REQUIRED, format_label=FORMAT_LABEL)


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    title = clean(row.get("title"))
    if not title:
        raise ValueError("the row has no title")
    uuid = clean(row.get("uuid"))
    book_id = clean(row.get("id"))
    identifiers = calibre_identifiers(_identifier_pairs(row))
    if uuid:
        identifiers["calibre_uuid"] = uuid
    subjects = [Subject(tag, "tag") for tag in split_list(row.get("tags"), ",")]
    series = clean(row.get("series"))
    if series:
        subjects.insert(0, Subject(series, "collection"))
    added = parse_date(row.get("timestamp"))
    rating = rated(row.get("rating"), 5, added)
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"calibre:{uuid}" if uuid else (f"calibre:id:{book_id}" if book_id else None),
        year=calibre_year(row.get("pubdate")),
        description=html_to_text(row.get("comments")),
        language=language_code(row.get("languages")),
        identifiers=identifiers,
        creators=[Creator(name) for name in split_list(row.get("authors"), "&")],
        subjects=subjects,
        events=[rating] if rating else [],
        source_scale=5,
    )


def _identifier_pairs(row: dict[str, str]) -> list[tuple[str, str]]:
    pairs = []
    for item in split_list(row.get("identifiers"), ","):
        scheme, _, value = item.partition(":")
        if value:
            pairs.append((scheme.strip(), value.strip()))
    isbn = clean(row.get("isbn"))
    if isbn:
        pairs.append(("isbn", isbn))
    return pairs

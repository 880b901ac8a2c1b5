"""goodbooks-10k ``books.csv``: a catalogue of 10,000 popular Goodreads books (no events).

The dataset went through pandas: ISBNs lost their leading zeros ("439023483") and ISBN-13s became
floats with 12 or fewer significant digits ("9.78043902348e+12"). An ISBN-10 is padded back and
checked; an ISBN-13 is kept only when it is known exactly — written out in full, or derived from
the ISBN-10 and equal to the float once rounded the same way. Otherwise it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._books_common import (
    header_fields,
    header_score,
    parse_csv,
    split_series,
)
from engine.importers.languages import language_code
from engine.importers.normalize import clean, isbn, isbn10_to_13, parse_year, split_list
from engine.importers.records import Creator, ImportRecord, ParseResult, Subject
from engine.importers.source import Source

FORMAT_LABEL = "goodbooks-10k books.csv"
REQUIRED = ("goodreads_book_id", "title", "authors")
SIGNATURE = ("book_id", "goodreads_book_id", "best_book_id", "work_id", "books_count", "title")
_FLOAT = re.compile(r"^(?P<mantissa>\d+(?:\.\d+)?)(?:[eE]\+?(?P<exp>\d+))?$")


class GoodbooksImporter(Importer):
    name = "goodbooks"
    label = "goodbooks-10k books catalogue (CSV)"
    catalogue = True

    def detect(self, source: Source) -> float:
        fields = header_fields(source)
        return header_score(fields, SIGNATURE, ("goodreads_book_id", "title", "authors"))

    def parse(self, source: Source) -> Iterator[ParseResult]:
        return parse_csv(
            source, _record, required=REQUIRED, format_label=FORMAT_LABEL, full_rows=True
        )


def _record(line: int, row: dict[str, str]) -> ImportRecord:
    full_title = clean(row.get("title"))
    if not full_title:
        raise ValueError("the row has no title")
    goodreads_id = clean(row.get("goodreads_book_id"))
    if not goodreads_id or not goodreads_id.isdigit():
        raise ValueError(f"goodreads_book_id {goodreads_id!r} is not a number")
    title, series = split_series(full_title)
    original = clean(row.get("original_title"))
    identifiers = {"goodreads": goodreads_id}
    code10 = isbn10(row.get("isbn"))
    if code10:
        identifiers["isbn10"] = code10
    code13 = isbn13(row.get("isbn13"), code10)
    if code13:
        identifiers["isbn13"] = code13
    authors = split_list(row.get("authors"), ",")
    return ImportRecord(
        kind="book",
        title=title,
        row=line,
        source_key=f"goodbooks:{goodreads_id}",
        original_title=original if original and original.lower() != title.lower() else None,
        alt_titles=[full_title] if series else [],
        year=parse_year(row.get("original_publication_year")),
        language=language_code(row.get("language_code")),
        identifiers=identifiers,
        creators=[Creator(name, "author" if i == 0 else "contributor") for i, name in enumerate(authors)],
        subjects=[Subject(series, "collection")] if series else [],
    )


def isbn10(raw: str | None) -> str | None:
    """An ISBN-10 whose leading zeros were lost ("439023483" → "0439023483"), checked."""
    text = clean(raw)
    if not text or not re.fullmatch(r"\d{1,9}[\dXx]", text):
        return None
    return isbn(text.upper().zfill(10))[0]


def isbn13(raw: str | None, code10: str | None) -> str | None:
    """The exact ISBN-13 from a float-looking cell, or None when digits were rounded away."""
    text = clean(raw)
    match = _FLOAT.match(text or "")
    if not match:
        return None
    mantissa = match["mantissa"]
    significant = len(mantissa.replace(".", "").lstrip("0"))
    value = float(text or "0")
    if significant >= 13 and value.is_integer():
        return isbn(str(int(value)))[1]
    if code10 is None:
        return None
    derived = isbn10_to_13(code10)
    rounded = float(f"{int(derived):.{max(significant - 1, 0)}e}")
    return derived if rounded == value else None

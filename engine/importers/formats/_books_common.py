"""Helpers shared by the book-service parsers (Goodreads, StoryGraph, LibraryThing, Calibre...).

General helpers live in ``normalize.py``; this module only adds what several book formats need:
header sniffing for ``detect``, a CSV row loop that turns
bad rows into ``RowError``, series suffixes in titles, language codes, ASINs and HTML to text.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator

from engine.importers.html_text import html_to_text as shared_html_to_text
from engine.importers.normalize import cap_text, clean, csv_rows, isbn, rating_to_5
from engine.importers.records import ParseResult, RecordEvent, RowError
from engine.importers.source import Source, decode_bytes, looks_binary

# --- detection ------------------------------------------------------------------------------


def header_fields(source: Source, delimiter: str | None = None) -> list[str]:
    """The column names of a CSV/TSV file's first line; [] when not text or unreadable."""
    try:
        if source.is_dir:
            return []
        head = source.head(16 * 1024)
        if not head or looks_binary(head):
            return []
        text = decode_bytes(head)[0]
    except (OSError, ValueError):
        return []
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        return []
    first = lines[0]
    if delimiter is None:
        delimiter = max((",", "\t", ";", "|"), key=first.count)
    try:
        fields = next(csv.reader([first], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []
    return [field.strip() for field in fields]


def header_score(fields: Iterable[str], signature: Iterable[str], partial: Iterable[str]) -> float:
    """0.95 when every ``signature`` column is present, 0.6 when every ``partial`` one is."""
    present = {field.lower() for field in fields}
    if all(name.lower() in present for name in signature):
        return 0.95
    if all(name.lower() in present for name in partial):
        return 0.6
    return 0.0


# --- the row loop ---------------------------------------------------------------------------

RowBuilder = Callable[[int, dict[str, str]], ParseResult]


def parse_csv(
    source: Source,
    build: RowBuilder,
    *,
    required: Iterable[str],
    format_label: str,
    delimiter: str | None = None,
    full_rows: bool = False,
) -> Iterator[ParseResult]:
    """Stream ``build(line, row)`` over a CSV; a ValueError from it becomes a RowError.

    With ``full_rows`` a row with fewer cells than the header (a file cut in mid-row) is a
    RowError instead of a half-filled record.
    """
    width = len(set(header_fields(source, delimiter))) if full_rows else 0
    line = 1
    try:
        for line, row in csv_rows(
            source, required=required, format_label=format_label, delimiter=delimiter
        ):
            if len(row) < width:
                yield RowError(
                    line, f"row has {len(row)} of {width} columns; the file may be cut short"
                )
                continue
            try:
                yield build(line, row)
            except ValueError as exc:
                yield RowError(line, str(exc))
    except csv.Error as exc:
        yield RowError(line + 1, f"the rest of the file is unreadable CSV ({exc})")


# --- field helpers --------------------------------------------------------------------------

_SERIES = re.compile(r"^(?P<title>.+?)\s*\((?P<series>[^()]+?),?\s*#\s*[\d.]+(?:\s*-\s*[\d.]+)?\)\s*$")


def split_series(title: str) -> tuple[str, str | None]:
    """"Gideon the Ninth (The Locked Tomb, #1)" → ("Gideon the Ninth", "The Locked Tomb")."""
    match = _SERIES.match(title)
    if not match:
        return title, None
    return match.group("title").strip(), match.group("series").strip()


_ASIN = re.compile(r"^(?=.*[A-Z])[A-Z0-9]{10}$")


def asin(raw: str | None) -> str | None:
    """An Amazon ASIN ("B00FU0M3ZU"), or None; ISBNs are not ASINs here."""
    text = (clean(raw) or "").upper()
    return text if _ASIN.match(text) and isbn(text) == (None, None) else None


def book_identifiers(*raws: str | None) -> dict[str, str]:
    """isbn10 / isbn13 / asin from cells that may hold any of them."""
    found: dict[str, str] = {}
    for raw in raws:
        code10, code13 = isbn(raw)
        if code10:
            found.setdefault("isbn10", code10)
        if code13:
            found.setdefault("isbn13", code13)
        amazon = asin(raw)
        if amazon:
            found.setdefault("asin", amazon)
    return found


def rated(raw: object, scale: float, at: str | None) -> RecordEvent | None:
    """A "rated" event, or None for blank / zero; ValueError for a value that is not a rating."""
    value = rating_to_5(raw, scale)
    return None if value is None else RecordEvent("rated", value=value, at=at)


def fallback_key(prefix: str, *parts: str | None) -> str:
    """A stable key from the work's own fields, for sources without ids."""
    text = "\x1f".join((part or "").strip().lower() for part in parts)
    return f"{prefix}:{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


# --- languages ------------------------------------------------------------------------------



def html_to_text(raw: str | None) -> str | None:
    """Plain text from an HTML fragment (calibre comments): tags dropped, paragraphs kept."""
    if raw is None:
        return None
    return cap_text(shared_html_to_text(raw, paragraphs=True))

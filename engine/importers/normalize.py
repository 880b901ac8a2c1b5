"""Normalizers shared by every parser: names, years, dates, ratings, identifiers, CSV rows."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from engine.errors import ImportFormatError
from engine.importers.source import Source, looks_binary

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

MAX_FIELD_CHARS = 1_000_000  # a description longer than this is cut (see cap_text)
MAX_BODY_CHARS = 200_000  # the full text kept of an article or document, for embeddings


def clean(value: object) -> str | None:
    """Strip a cell; empty becomes None. Also undoes spreadsheet quoting like ``="0345"``."""
    if value is None:
        return None
    text = str(value).strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    text = re.sub(r"\s+", " ", text)
    return text or None


def cap_text(raw: str | None, limit: int = MAX_FIELD_CHARS) -> str | None:
    """A long text without outer spaces, cut at ``limit`` characters on a word boundary when it
    can be; None when empty. Line breaks inside are kept."""
    if raw is None:
        return None
    text = raw.strip()
    if len(text) <= limit:
        return text or None
    cut = text[:limit]
    space = cut.rfind(" ", limit - 200)
    return cut[:space] if space > 0 else cut


def person_name(raw: str | None) -> str | None:
    """"Le Guin, Ursula K." → "Ursula K. Le Guin"; other forms are kept, spaces tidied."""
    text = clean(raw)
    if not text:
        return None
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        suffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
        if first and last and first.lower() not in suffixes:
            return f"{first} {last}"
    return text


def split_list(raw: str | None, separators: str = ",;|") -> list[str]:
    """Split a multi-valued cell ("a, b; c") into clean, de-duplicated parts, order kept."""
    text = clean(raw)
    if not text:
        return []
    parts = re.split("[" + re.escape(separators) + "]", text)
    seen: dict[str, None] = {}
    for part in parts:
        item = part.strip()
        if item and item.lower() not in {k.lower() for k in seen}:
            seen[item] = None
    return list(seen)


def parse_year(raw: object) -> int | None:
    """A plausible year (1000–2100) from "1999", "1999-05-01", "May 1999", 1999.0..."""
    text = clean(raw)
    if not text:
        return None
    match = re.search(r"(?<!\d)(1\d{3}|20\d{2}|2100)(?!\d)", text)
    return int(match.group(1)) if match else None


_DATE_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y",
    "%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y", "%Y-%m", "%Y",
)


def parse_date(raw: object) -> str | None:
    """An ISO-8601 date or datetime string from the common export formats, or None.

    Numbers are read as Unix time in seconds, milliseconds or microseconds.
    """
    text = clean(raw)
    if not text:
        return None
    if re.fullmatch(r"\d{9,17}", text):
        number = int(text)
        while number > 10**11:  # ms or µs
            number //= 1000
        return datetime.fromtimestamp(number, tz=UTC).isoformat()
    iso = text.replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        parsed = None
    if parsed is not None:
        return parsed.isoformat() if ("T" in text or " " in text) else parsed.date().isoformat()
    for fmt in _DATE_FORMATS:
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if value.year < 1000:
            continue
        return value.date().isoformat() if "%H" not in fmt else value.isoformat()
    return None


def rating_to_5(raw: object, scale: float) -> float | None:
    """A rating on ``scale`` (5, 10, 100...) as 0–5, rounded to a quarter star; 0/blank → None."""
    text = clean(raw)
    if text is None:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValueError(f"rating {text!r} is not a number") from None
    if value <= 0:
        return None
    if value > scale:
        raise ValueError(f"rating {value:g} is above the {scale:g}-point scale")
    return round(value * 5 / scale * 4) / 4


def isbn(raw: str | None) -> tuple[str | None, str | None]:
    """(isbn10, isbn13) from a cell; checksums verified, anything else (e.g. an ASIN) dropped."""
    text = clean(raw)
    if not text:
        return None, None
    digits = re.sub(r"[^0-9Xx]", "", text).upper()
    if len(digits) == 13 and digits.isdigit() and _isbn13_ok(digits):
        return None, digits
    if len(digits) == 10 and _isbn10_ok(digits):
        return digits, None
    return None, None


def _isbn13_ok(code: str) -> bool:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def _isbn10_ok(code: str) -> bool:
    if not code[:9].isdigit():
        return False
    total = sum((10 - i) * int(d) for i, d in enumerate(code[:9]))
    check = 10 if code[9] == "X" else int(code[9]) if code[9].isdigit() else -1
    return check >= 0 and (total + check) % 11 == 0


def isbn10_to_13(code: str) -> str:
    body = "978" + code[:9]
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def imdb_id(raw: str | None) -> str | None:
    """"tt0114709", "0114709", "114709" or an IMDb URL → "tt0114709"."""
    text = clean(raw)
    if not text:
        return None
    match = re.search(r"(?:tt)?(\d{5,10})", text)
    if not match:
        return None
    return "tt" + match.group(1).zfill(7)


def parse_int(raw: object) -> int | None:
    text = clean(raw)
    if not text:
        return None
    try:
        return int(float(text.replace(",", "")))
    except ValueError:
        return None


def csv_rows(
    source: Source,
    *,
    required: Iterable[str],
    format_label: str,
    delimiter: str | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """Stream (line number, row) from a CSV/TSV source, header checked.

    Raises ImportFormatError for a binary or empty file or a missing required column (the
    message names the column and the expected format). The line number is the physical line
    where the row starts, so a report points at the right place.
    """
    head = source.head()
    if looks_binary(head):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a {format_label} CSV")
    with source.open_text() as stream:
        sample = stream.read(SNIFF_CHARS)
        stream.seek(0)
        if not sample.strip():
            raise ImportFormatError(f"{source.name}: the file is empty")
        if delimiter is None:
            delimiter = _sniff_delimiter(sample)
        counter = _LineCounter(stream)
        reader = csv.DictReader(counter, delimiter=delimiter)
        header = [name.strip() for name in (reader.fieldnames or [])]
        reader.fieldnames = header
        missing = [name for name in required if name not in header]
        if missing:
            raise ImportFormatError(
                f"{source.name}: missing column {missing[0]!r} — expected a {format_label} file"
            )
        row_start = counter.line + 1
        for row in reader:
            yield row_start, {k: v for k, v in row.items() if k is not None and v is not None}
            row_start = counter.line + 1


SNIFF_CHARS = 16 * 1024


def _sniff_delimiter(sample: str) -> str:
    first_line = sample.splitlines()[0] if sample.splitlines() else sample
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "|")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class _LineCounter:
    """Wraps a text stream for csv, counting physical lines consumed."""

    def __init__(self, stream: Iterable[str]) -> None:
        self._it = iter(stream)
        self.line = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = next(self._it)
        self.line += 1
        return line

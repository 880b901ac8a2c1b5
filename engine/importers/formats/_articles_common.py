"""Shared helpers for the article, bookmark and read-later formats: URLs, JSON, dates, records."""

from __future__ import annotations

import json
import re
from abc import abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.normalize import clean, parse_date, split_list
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    RowError,
    SkippedRow,
    Subject,
)
from engine.importers.source import Source, looks_binary

WEB_SCHEMES = ("http", "https", "ftp")
# Links that are not documents: bookmarklets, browser pages, Firefox smart folders...
NON_WEB_SCHEMES = (
    "javascript", "place", "about", "chrome", "edge", "file", "data", "mailto", "moz-extension",
    "chrome-extension", "view-source", "resource", "tel",
)
_WEBKIT_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


# --------------------------------------------------------------------------- text and URLs


def normalize_url(raw: object) -> str | None:
    """A web URL with lowercase scheme and host, no fragment; None when not a web address."""
    text = clean(raw)
    if not text or any(ch.isspace() for ch in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES or not parts.hostname:
        return None
    path = parts.path or "/"
    return urlunsplit((scheme, parts.netloc.lower(), path, parts.query, ""))


def url_scheme(raw: str) -> str:
    match = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", raw)
    return match.group(1).lower() if match else ""


def word_count(text: str | None) -> int | None:
    return len(text.split()) if text else None


def tag_subjects(tags: Iterable[str], kind: str = "tag") -> list[Subject]:
    seen: dict[str, None] = {}
    for tag in tags:
        name = clean(tag)
        if name and name.lower() not in {key.lower() for key in seen}:
            seen[name] = None
    return [Subject(name, kind) for name in seen]


def split_tags(raw: object, separators: str = ",") -> list[str]:
    """Tags from a string ("a,b"), a list (["a", "b"]) or nothing; blanks dropped."""
    if raw is None:
        return []
    if isinstance(raw, list):
        return [str(item).strip() for item in raw if item is not None and str(item).strip()]
    return split_list(str(raw), separators)


# --------------------------------------------------------------------------- dates


def any_date(raw: object) -> str | None:
    """``parse_date`` plus the "2015-09-09 11:10:32 UTC" form some services write."""
    if raw is None or isinstance(raw, bool):
        return None
    text = clean(raw)
    if not text:
        return None
    text = re.sub(r"\s+(UTC|GMT)$", "+00:00", text)
    if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00", text):
        text = text.replace(" ", "T", 1)
    return parse_date(text)


def webkit_date(raw: object) -> str | None:
    """Chrome's timestamps: microseconds since 1601-01-01 (UTC)."""
    text = clean(raw)
    if not text or not text.isdigit() or int(text) == 0:
        return None
    try:
        moment = _WEBKIT_EPOCH + timedelta(microseconds=int(text))
    except OverflowError:
        return None
    return moment.isoformat() if moment.year >= 1990 else None


def truthy(raw: object) -> bool:
    """True for true/1/"1"/"yes"/"true"; False for everything else."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw != 0
    return str(raw or "").strip().lower() in ("1", "yes", "true", "y", "on")


# --------------------------------------------------------------------------- JSON


def load_json(source: Source, format_label: str) -> tuple[Any, str]:
    """The parsed JSON document and its text; ImportFormatError when unusable as a whole."""
    if looks_binary(source.head()):
        raise ImportFormatError(f"{source.name}: this is a binary file, not a {format_label} file")
    text = source.text()
    if not text.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or _unclosed(text):
            raise ImportFormatError(
                f"{source.name}: the JSON ends early (line {exc.lineno}) — the file looks "
                f"truncated; export the {format_label} file again"
            ) from None
        raise ImportFormatError(
            f"{source.name}: not valid JSON at line {exc.lineno}, column {exc.colno} "
            f"({exc.msg}) — expected a {format_label} file"
        ) from None


def _unclosed(text: str) -> bool:
    """True when the text ends inside a string or with brackets still open (a cut file)."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def json_list(data: Any, source: Source, format_label: str, key: str | None = None) -> list[Any]:
    """The list of entries (top-level, or under ``key``); ImportFormatError otherwise."""
    if key is not None and isinstance(data, dict):
        data = data.get(key)
    if not isinstance(data, list):
        where = f"a {key!r} list" if key else "a list of entries"
        raise ImportFormatError(f"{source.name}: expected {where} — not a {format_label} file")
    return data


def require_key(items: Sequence[Any], key: str, source: Source, format_label: str) -> None:
    """ImportFormatError naming ``key`` when no entry of a non-empty list has it."""
    if items and not any(isinstance(item, dict) and key in item for item in items):
        raise ImportFormatError(
            f"{source.name}: missing field {key!r} — expected a {format_label} file"
        )


def array_lines(text: str) -> list[int]:
    """The 1-based line where each element of a top-level JSON array starts."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    index = text.find("[")
    if index < 0:
        return lines
    index += 1
    line, counted = 1, 0
    length = len(text)
    while index < length:
        while index < length and text[index] in " \t\r\n,":
            index += 1
        if index >= length or text[index] == "]":
            break
        line += text.count("\n", counted, index)
        counted = index
        lines.append(line)
        try:
            _value, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            break
    return lines


class LineFinder:
    """Finds, moving forward through the text, the line where a JSON string value appears."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def find(self, value: object) -> int | None:
        if not isinstance(value, str) or not value:
            return None
        for needle in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
            for variant in (needle, needle.replace("/", "\\/")):
                found = self.text.find(variant, self.pos)
                if found >= 0:
                    self.line += self.text.count("\n", self.pos, found)
                    self.pos = found
                    return self.line
        return None


def head_keys(source: Source) -> tuple[str, set[str]]:
    """First non-blank character of the file and the JSON keys seen in its first 64 KiB."""
    text = source.sniff_text()
    if text is None:
        return "", set()
    text = text.lstrip("\ufeff \t\r\n")
    keys = set(re.findall(r'"([A-Za-z_@$][\w@$.-]*)"\s*:', text))
    return text[:1], keys


def keys_score(source: Source, required: set[str], optional: set[str], first: str = "[") -> float:
    """0.95 when the first char and all required keys are there, less with fewer optional keys."""
    start, keys = head_keys(source)
    if start not in first or not required <= keys:
        return 0.0
    if not optional:
        return 0.95
    share = len(optional & keys) / len(optional)
    return 0.95 if share >= 0.5 else 0.5 + 0.4 * share


# --------------------------------------------------------------------------- records


def link_record(
    raw_url: object,
    title: object,
    row: int | None,
    *,
    description: object = None,
    tags: Iterable[str] = (),
    collections: Iterable[str] = (),
    events: Iterable[RecordEvent] = (),
    creators: Iterable[str] = (),
    kind: str = "article",
) -> ParseResult:
    """A bookmarked or saved web page: identifier "url", source_key = the normalised URL."""
    raw = clean(raw_url)
    if not raw:
        return RowError(row, "no URL")
    url = normalize_url(raw)
    if url is None:
        scheme = url_scheme(raw)
        if scheme in NON_WEB_SCHEMES:
            return SkippedRow(row, f"not a web page ({scheme}: link)")
        return RowError(row, f"{raw[:200]!r} is not a web address")
    name = clean(title) or raw
    return ImportRecord(
        kind=kind,
        title=name,
        row=row,
        source_key=url,
        description=clean(description) if isinstance(description, str) else None,
        identifiers={"url": url},
        creators=[Creator(person) for person in creators],
        subjects=tag_subjects(tags) + tag_subjects(collections, "collection"),
        events=list(events),
    )


def status_events(
    *,
    finished: bool,
    liked: bool = False,
    started: bool = False,
    added_at: str | None = None,
    finished_at: str | None = None,
    liked_at: str | None = None,
) -> list[RecordEvent]:
    """A read-later item's events: finished, or started, or else wishlist; plus liked."""
    events: list[RecordEvent] = []
    if finished:
        events.append(RecordEvent("finished", at=finished_at))
    elif started:
        events.append(RecordEvent("started", at=added_at))
    else:
        events.append(RecordEvent("wishlist", at=added_at))
    if liked:
        events.append(RecordEvent("liked", at=liked_at or finished_at or added_at))
    return events


def bookmark_events(to_read: bool, added_at: str | None) -> list[RecordEvent]:
    """A browser-style bookmark (a "star"): liked when saved, or wishlist if marked to read."""
    return [RecordEvent("wishlist" if to_read else "liked", at=added_at)]



def json_entries(
    source: Source, format_label: str, required: str, list_key: str | None = None
) -> list[tuple[int | None, Any]]:
    """(line, entry) for each entry of a JSON list export; the whole file is checked first.

    ``required`` is the field every entry of this format has (its URL field): when no entry
    has it, the file is not this format and ImportFormatError names the field.
    """
    data, text = load_json(source, format_label)
    items = json_list(data, source, format_label, key=list_key)
    require_key(items, required, source, format_label)
    lines: list[int | None] = []
    if list_key is None:
        lines += array_lines(text)
    else:
        match = re.search(rf'"{re.escape(list_key)}"\s*:\s*\[', text)
        if match:
            before = text.count("\n", 0, match.end())
            lines += [before + line for line in array_lines(text[match.end() - 1:])]
    lines += [None] * (len(items) - len(lines))
    return list(zip(lines, items, strict=False))


def not_an_object(row: int | None) -> RowError:
    return RowError(row, "entry is not a JSON object")


class JsonEntriesImporter(Importer):
    """A read-later or bookmark service whose export is a JSON list of objects.

    A format declares ``format_label``, the ``url_key`` every entry has (and ``list_key`` when
    the list sits under a key) and turns one entry into a record in ``entry``; the loop, line
    numbers and non-object entries are handled here once.
    """

    format_label: ClassVar[str]
    url_key: ClassVar[str] = "url"
    list_key: ClassVar[str | None] = None

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for row, item in json_entries(source, self.format_label, self.url_key, self.list_key):
            yield self.entry(item, row) if isinstance(item, dict) else not_an_object(row)

    @abstractmethod
    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        """The record (or error / skipped row) for one entry."""

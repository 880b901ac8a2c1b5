"""Any JSON list of objects with a title-like key: ``[{...}, ...]`` or ``{"items": [{...}]}``.

Keys are guessed and can be overridden exactly like the generic CSV's columns (see
``_generic_common``); values may be strings, numbers, lists ("authors": ["A", "B"]) or objects
with a "name". ``row`` is the 1-based position of the object in the list. Detection stays low
(0.15) so specific JSON formats win.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._generic_common import (
    build_record,
    guess_columns,
    max_rating,
    scale_for,
)
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source, decode_bytes, looks_binary

DETECT_SCORE = 0.15
_LIST_KEYS = ("items", "books", "movies", "films", "entries", "data", "results", "records",
              "library", "list")
MAX_DETECT_BYTES = 8 * 1024 * 1024  # larger files are judged from their first bytes only
_TITLE_KEY = re.compile(r'"(?:title|name)"\s*:', re.IGNORECASE)
_KEY_SAMPLE = 200  # objects looked at to learn the keys


class GenericJsonImporter(Importer):
    name = "generic_json"
    label = "Any JSON list of objects with a title"

    def detect(self, source: Source) -> float:
        if source.is_dir:
            return 0.0
        head = source.head()
        text = decode_bytes(head)[0].lstrip("\ufeff \t\r\n")
        if not text.startswith(("[", "{")) or looks_binary(head):
            return 0.0
        if source.member is None and source.path.stat().st_size > MAX_DETECT_BYTES:
            return DETECT_SCORE if _TITLE_KEY.search(text) else 0.0
        try:
            items = _items(json.loads(source.text()), source.name)
            guess_columns(_keys(items), {}, source.name)
        except (ValueError, ImportFormatError, OSError):
            return 0.0
        return DETECT_SCORE

    def parse(self, source: Source) -> Iterator[ParseResult]:
        items = _items(_load(source), source.name)
        columns = guess_columns(_keys(items), self.options, source.name)
        scale = columns.rating_scale
        if scale is None and columns.rating:
            highest = max_rating(i.get(str(columns.rating)) for i in items if isinstance(i, dict))
            scale = scale_for(highest) if highest > 0 else None
        prefix = f"json:{source.name}"
        for position, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                yield RowError(position, f"item {position} is not an object")
                continue
            try:
                yield build_record(columns, item, position, prefix, scale)
            except ValueError as exc:
                yield RowError(position, str(exc))


def _load(source: Source) -> Any:
    head = source.head()
    if looks_binary(head):
        raise ImportFormatError(f"{source.name}: this is a binary file, not JSON")
    text = decode_bytes(source.read_bytes())[0].lstrip("\ufeff")
    if not text.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{source.name}: not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from exc
    except RecursionError as exc:
        raise ImportFormatError(f"{source.name}: JSON nested too deeply") from exc


def _items(data: Any, label: str) -> list[Any]:
    """The list of objects: the document itself, or its "items" (or similar) list."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return list(data[key])
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return list(lists[0])
    raise ImportFormatError(f"{label}: expected a JSON list of objects or {{\"items\": [...]}}")


def _keys(items: list[Any]) -> list[str]:
    keys: dict[str, None] = {}
    for item in items[:_KEY_SAMPLE]:
        if isinstance(item, dict):
            keys.update((str(key), None) for key in item)
    return list(keys)

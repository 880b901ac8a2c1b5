"""Shelfwise's own export (``shelfwise export``), also the format of the bundled sample library."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.records import (
    ITEM_KINDS,
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    RowError,
    Subject,
)
from engine.importers.source import Source

EXPORT_FORMAT = "shelfwise-export"
EXPORT_VERSION = 1


class ShelfwiseExportImporter(Importer):
    name = "shelfwise"
    label = "Shelfwise export (JSON)"

    def detect(self, source: Source) -> float:
        if source.is_dir:
            return 0.0
        head = source.head_text(4096)
        return 0.99 if f'"{EXPORT_FORMAT}"' in head and '"format"' in head else 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        text = source.sniff_text()
        if text is None or not text.strip():
            what = "the file is empty" if not source.head().strip() else "this is a binary file"
            raise ImportFormatError(f"{source.name}: {what}, not a Shelfwise export")
        try:
            data = json.loads(source.text())
        except json.JSONDecodeError as exc:
            raise ImportFormatError(
                f"{source.name}: not valid JSON (line {exc.lineno}: {exc.msg})"
            ) from exc
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise ImportFormatError(f"{source.name}: not a Shelfwise export")
        version = data.get("version")
        if not isinstance(version, int) or version > EXPORT_VERSION:
            raise ImportFormatError(
                f"{source.name}: export version {version!r} is newer than this Shelfwise reads"
            )
        events: dict[str, list[RecordEvent]] = {}
        for event in data.get("events", []):
            if isinstance(event, dict) and isinstance(event.get("item"), str):
                events.setdefault(event["item"], []).append(RecordEvent(
                    type=str(event.get("type")), value=_float(event.get("value")),
                    at=event.get("at"), profile=event.get("profile"),
                ))
        for position, entry in enumerate(data.get("items", []), start=1):
            try:
                yield _record(entry, position, events)
            except (KeyError, TypeError, ValueError) as exc:
                yield RowError(position, f"item {position}: {exc}")


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _record(entry: dict[str, Any], position: int, events: dict[str, list[RecordEvent]]) -> ImportRecord:
    kind = entry["kind"]
    if kind not in ITEM_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    title = str(entry["title"]).strip()
    if not title:
        raise ValueError("empty title")
    key = str(entry.get("key") or f"#{position}")
    return ImportRecord(
        kind=kind, title=title, row=position, source_key=key,
        original_title=entry.get("original_title"), alt_titles=list(entry.get("alt_titles") or []),
        year=entry.get("year"), description=entry.get("description"),
        language=entry.get("language"), runtime_minutes=entry.get("runtime_minutes"),
        pages=entry.get("pages"), word_count=entry.get("word_count"),
        cover_path=entry.get("cover_path"), body_text=entry.get("body_text"),
        identifiers={str(k): str(v) for k, v in (entry.get("identifiers") or {}).items()},
        creators=[Creator(c["name"], c.get("role", "author")) for c in entry.get("creators") or []],
        subjects=[Subject(s["name"], s.get("kind", "tag")) for s in entry.get("subjects") or []],
        events=events.get(key, []),
    )

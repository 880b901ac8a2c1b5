"""Instapaper CSV export: ``URL,Title,Selection,Folder`` (newer exports add Timestamp, Tags).

Folder "Archive" → finished, "Unread" → wishlist, "Starred" → liked; any other folder is one
the person made: a subject of kind "collection" (its items are not archived: wishlist).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._articles_common import any_date, link_record, split_tags
from engine.importers.normalize import csv_rows
from engine.importers.records import ParseResult, RecordEvent
from engine.importers.source import Source

LABEL = "Instapaper CSV"


class InstapaperImporter(Importer):
    name = "instapaper"
    label = "Instapaper export (CSV)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
        columns = [column.strip().strip('"') for column in first.split(",")]
        if columns[:4] == ["URL", "Title", "Selection", "Folder"]:
            return 0.95
        if {"URL", "Title", "Folder"} <= set(columns):
            return 0.7
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for line, row in csv_rows(source, required=("URL", "Title"), format_label=LABEL):
            folder = (row.get("Folder") or "").strip()
            at = any_date(row.get("Timestamp"))
            events: list[RecordEvent] = []
            collections: list[str] = []
            if folder.lower() == "archive":
                events.append(RecordEvent("finished"))
            elif folder.lower() == "starred":
                events.append(RecordEvent("liked", at=at))
            else:  # Unread, or a folder of the person's: saved and not archived yet
                events.append(RecordEvent("wishlist", at=at))
                if folder.lower() not in ("unread", ""):
                    collections.append(folder)
            yield link_record(
                row.get("URL"),
                row.get("Title"),
                line,
                description=row.get("Selection"),
                tags=_tags(row.get("Tags")),
                collections=collections,
                events=events,
            )


def _tags(raw: str | None) -> list[str]:
    """Instapaper writes tags as a JSON list ('["a","b"]'); accept a plain list too."""
    text = (raw or "").strip()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            value = None
        if isinstance(value, list):
            return split_tags([str(item.get("name", "")) if isinstance(item, dict) else item
                               for item in value])
    return split_tags(text, ",")

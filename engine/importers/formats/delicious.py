"""Delicious JSON export: ``title, url, tags [list], description, created (Unix time)``.

Each bookmark is "liked" at the time it was saved (Delicious' HTML export is read by the
Netscape bookmarks format).
"""

from __future__ import annotations

from typing import Any

from engine.importers.formats._articles_common import (
    JsonEntriesImporter,
    any_date,
    bookmark_events,
    keys_score,
    link_record,
    split_tags,
    truthy,
)
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "Delicious JSON export"


class DeliciousImporter(JsonEntriesImporter):
    name = "delicious"
    label = "Delicious export (JSON)"
    format_label = LABEL

    def detect(self, source: Source) -> float:
        return keys_score(source, {"url", "title", "created"}, {"tags", "others", "owner", "private"})

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        return link_record(
            item.get("url"),
            item.get("title"),
            row,
            description=item.get("description"),
            tags=split_tags(item.get("tags"), ","),
            events=bookmark_events(truthy(item.get("toread")), any_date(item.get("created"))),
        )

"""Pinboard JSON export (``https://api.pinboard.in/v1/posts/all?format=json`` or the
settings → backup page): ``href, description (the title), extended, time, toread, tags``.

A bookmark is "liked" at the time it was saved, or on the wishlist when marked "toread".
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

LABEL = "Pinboard JSON export"


class PinboardImporter(JsonEntriesImporter):
    name = "pinboard"
    label = "Pinboard export (JSON)"
    format_label = LABEL
    url_key = "href"

    def detect(self, source: Source) -> float:
        return keys_score(source, {"href", "description"}, {"extended", "hash", "toread", "shared"})

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        tags = item.get("tags")
        return link_record(
            item.get("href"),
            item.get("description"),
            row,
            description=item.get("extended"),
            tags=split_tags(tags, " ") if isinstance(tags, str) else split_tags(tags),
            events=bookmark_events(truthy(item.get("toread")), any_date(item.get("time"))),
        )

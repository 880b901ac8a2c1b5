"""elCurator JSON export: ``created_at, title, url, description, tags, is_saved``.

Every shared link is saved for later reading (wishlist, at ``created_at``); ``is_saved``
(the person's own bookmark/star in elCurator) adds "liked".
"""

from __future__ import annotations

from typing import Any

from engine.importers.formats._articles_common import (
    JsonEntriesImporter,
    any_date,
    keys_score,
    link_record,
    split_tags,
    status_events,
    truthy,
)
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "elCurator JSON export"


class ElcuratorImporter(JsonEntriesImporter):
    name = "elcurator"
    label = "elCurator export (JSON)"
    format_label = LABEL

    def detect(self, source: Source) -> float:
        return keys_score(source, {"url", "title", "is_saved"}, {"created_at", "tags", "description"})

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        added = any_date(item.get("created_at"))
        return link_record(
            item.get("url"),
            item.get("title"),
            row,
            description=item.get("description"),
            tags=split_tags(item.get("tags"), ","),
            events=status_events(
                finished=False, liked=truthy(item.get("is_saved")), added_at=added
            ),
        )

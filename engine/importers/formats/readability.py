"""Readability JSON export: ``{"bookmarks": [{article__title, article__url, article__excerpt,
date_added, archive, favorite, date_archived, date_favorited}], "recommendations": []}``.

Archived → finished (at ``date_archived``), otherwise wishlist (at ``date_added``);
favourite → liked.
"""

from __future__ import annotations

from typing import Any

from engine.importers.formats._articles_common import (
    JsonEntriesImporter,
    any_date,
    keys_score,
    link_record,
    status_events,
    truthy,
)
from engine.importers.html_text import strip_tags
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "Readability JSON export"


class ReadabilityImporter(JsonEntriesImporter):
    name = "readability"
    label = "Readability export (JSON)"
    format_label = LABEL
    url_key = "article__url"
    list_key = "bookmarks"

    def detect(self, source: Source) -> float:
        return keys_score(
            source, {"bookmarks", "article__url"}, {"article__title", "date_added"}, first="{"
        )

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        excerpt = item.get("article__excerpt")
        return link_record(
            item.get("article__url"),
            item.get("article__title"),
            row,
            description=strip_tags(excerpt) if isinstance(excerpt, str) else None,
            events=status_events(
                finished=truthy(item.get("archive")),
                liked=truthy(item.get("favorite")),
                added_at=any_date(item.get("date_added")),
                finished_at=any_date(item.get("date_archived")),
                liked_at=any_date(item.get("date_favorited")),
            ),
        )

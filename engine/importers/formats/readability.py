"""Readability JSON export: ``{"bookmarks": [{article__title, article__url, article__excerpt,
date_added, archive, favorite, date_archived, date_favorited}], "recommendations": []}``.

Archived → finished (at ``date_archived``), otherwise wishlist (at ``date_added``);
favourite → liked.
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._articles_common import (
    any_date,
    json_entries,
    keys_score,
    link_record,
    not_an_object,
    status_events,
    truthy,
)
from engine.importers.formats._articles_markup import strip_tags
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "Readability JSON export"


class ReadabilityImporter(Importer):
    name = "readability"
    label = "Readability export (JSON)"

    def detect(self, source: Source) -> float:
        return keys_score(
            source, {"bookmarks", "article__url"}, {"article__title", "date_added"}, first="{"
        )

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for row, item in json_entries(source, LABEL, "article__url", list_key="bookmarks"):
            if not isinstance(item, dict):
                yield not_an_object(row)
                continue
            excerpt = item.get("article__excerpt")
            yield link_record(
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

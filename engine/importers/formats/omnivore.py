"""Omnivore export (``metadata_*.json``): ``id, slug, title, description, author, url, state,
readingProgress, labels, savedAt, updatedAt, publishedAt``.

State "Archived" (or reading progress at 100 %) → finished; some progress → started;
otherwise wishlist at ``savedAt``. Labels become tags, the author a creator.
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
)
from engine.importers.normalize import parse_int, parse_year, split_list
from engine.importers.records import ImportRecord, ParseResult
from engine.importers.source import Source

LABEL = "Omnivore JSON export"


class OmnivoreImporter(JsonEntriesImporter):
    name = "omnivore"
    label = "Omnivore export (JSON)"
    format_label = LABEL

    def detect(self, source: Source) -> float:
        return keys_score(source, {"url", "slug", "savedAt"}, {"state", "labels", "readingProgress"})

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        return _record(item, row)

def _record(item: dict[str, Any], row: int | None) -> ParseResult:
    state = str(item.get("state") or "").lower()
    progress = parse_int(item.get("readingProgress")) or 0
    finished = state == "archived" or progress >= 100
    author = item.get("author")
    result = link_record(
        item.get("url"),
        item.get("title"),
        row,
        description=item.get("description"),
        tags=split_tags(item.get("labels"), ","),
        creators=split_list(author, ",;") if isinstance(author, str) else [],
        events=status_events(
            finished=finished,
            started=progress > 0,
            added_at=any_date(item.get("savedAt")),
            finished_at=any_date(item.get("updatedAt")) if finished else None,
        ),
    )
    if isinstance(result, ImportRecord):
        result.year = parse_year(item.get("publishedAt"))
    return result

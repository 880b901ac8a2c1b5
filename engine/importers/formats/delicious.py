"""Delicious JSON export: ``title, url, tags [list], description, created (Unix time)``.

Each bookmark is "liked" at the time it was saved (Delicious' HTML export is read by the
Netscape bookmarks format).
"""

from __future__ import annotations

from collections.abc import Iterator

from engine.importers.base import Importer
from engine.importers.formats._articles_common import (
    any_date,
    bookmark_events,
    json_entries,
    keys_score,
    link_record,
    not_an_object,
    split_tags,
    truthy,
)
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "Delicious JSON export"


class DeliciousImporter(Importer):
    name = "delicious"
    label = "Delicious export (JSON)"

    def detect(self, source: Source) -> float:
        return keys_score(source, {"url", "title", "created"}, {"tags", "others", "owner", "private"})

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for row, item in json_entries(source, LABEL, "url"):
            if not isinstance(item, dict):
                yield not_an_object(row)
                continue
            yield link_record(
                item.get("url"),
                item.get("title"),
                row,
                description=item.get("description"),
                tags=split_tags(item.get("tags"), ","),
                events=bookmark_events(truthy(item.get("toread")), any_date(item.get("created"))),
            )

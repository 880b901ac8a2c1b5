"""Pinboard JSON export (``https://api.pinboard.in/v1/posts/all?format=json`` or the
settings → backup page): ``href, description (the title), extended, time, toread, tags``.

A bookmark is "liked" at the time it was saved, or on the wishlist when marked "toread".
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

LABEL = "Pinboard JSON export"


class PinboardImporter(Importer):
    name = "pinboard"
    label = "Pinboard export (JSON)"

    def detect(self, source: Source) -> float:
        return keys_score(source, {"href", "description"}, {"extended", "hash", "toread", "shared"})

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for row, item in json_entries(source, LABEL, "href"):
            if not isinstance(item, dict):
                yield not_an_object(row)
                continue
            tags = item.get("tags")
            yield link_record(
                item.get("href"),
                item.get("description"),
                row,
                description=item.get("extended"),
                tags=split_tags(tags, " ") if isinstance(tags, str) else split_tags(tags),
                events=bookmark_events(truthy(item.get("toread")), any_date(item.get("time"))),
            )

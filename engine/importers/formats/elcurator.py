"""elCurator JSON export: ``created_at, title, url, description, tags, is_saved``.

Every shared link is saved for later reading (wishlist, at ``created_at``); ``is_saved``
(the person's own bookmark/star in elCurator) adds "liked".
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
    split_tags,
    status_events,
    truthy,
)
from engine.importers.records import ParseResult
from engine.importers.source import Source

LABEL = "elCurator JSON export"


class ElcuratorImporter(Importer):
    name = "elcurator"
    label = "elCurator export (JSON)"

    def detect(self, source: Source) -> float:
        return keys_score(source, {"url", "title", "is_saved"}, {"created_at", "tags", "description"})

    def parse(self, source: Source) -> Iterator[ParseResult]:
        for row, item in json_entries(source, LABEL, "url"):
            if not isinstance(item, dict):
                yield not_an_object(row)
                continue
            added = any_date(item.get("created_at"))
            yield link_record(
                item.get("url"),
                item.get("title"),
                row,
                description=item.get("description"),
                tags=split_tags(item.get("tags"), ","),
                events=status_events(
                    finished=False, liked=truthy(item.get("is_saved")), added_at=added
                ),
            )

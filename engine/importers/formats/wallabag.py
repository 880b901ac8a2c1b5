"""wallabag exports (JSON), v1 (``is_read, is_fav, content, tags "a,b"``) and v2
(``is_archived, is_starred, content, language, tags [..], published_by, reading_time``).

``content`` is the whole article as HTML: it is reduced to plain text (scripts and styles
dropped) and kept in ``body_text`` with its word count. Archived/read → finished, starred →
liked, anything else → wishlist at ``created_at``.
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
    word_count,
)
from engine.importers.html_text import html_to_text
from engine.importers.languages import language_code
from engine.importers.normalize import MAX_BODY_CHARS, cap_text, parse_year
from engine.importers.records import ImportRecord, ParseResult
from engine.importers.source import Source

LABEL = "wallabag JSON export"


class WallabagImporter(JsonEntriesImporter):
    name = "wallabag"
    label = "wallabag export (JSON, v1 or v2)"
    format_label = LABEL

    def detect(self, source: Source) -> float:
        return max(
            keys_score(source, {"url", "is_archived", "is_starred"},
                       {"content", "reading_time", "domain_name", "created_at"}),
            keys_score(source, {"url", "is_read", "is_fav"}, {"content", "title", "user_id"}),
        )

    def entry(self, item: dict[str, Any], row: int | None) -> ParseResult:
        return _record(item, row)

def _record(item: dict[str, Any], row: int | None) -> ParseResult:
    finished = truthy(item.get("is_archived", item.get("is_read")))
    authors = item.get("published_by")
    result = link_record(
        item.get("url"),
        item.get("title"),
        row,
        tags=_tags(item.get("tags")),
        creators=[str(a) for a in authors if a] if isinstance(authors, list) else [],
        events=status_events(
            finished=finished,
            liked=truthy(item.get("is_starred", item.get("is_fav"))),
            added_at=any_date(item.get("created_at")),
            finished_at=any_date(item.get("archived_at")) if finished else None,
            liked_at=any_date(item.get("starred_at")),
        ),
    )
    if isinstance(result, ImportRecord):
        content = item.get("content")
        text = html_to_text(content) if isinstance(content, str) else ""
        result.body_text = cap_text(text, MAX_BODY_CHARS)
        result.word_count = word_count(text)
        result.language = language_code(item.get("language"))
        result.year = parse_year(item.get("published_at"))
    return result


def _tags(raw: object) -> list[str]:
    if isinstance(raw, list):  # v2: ["a", "b"] or [{"label": "a"}, ...]
        return split_tags([tag.get("label", "") if isinstance(tag, dict) else tag for tag in raw])
    return split_tags(raw, ",")

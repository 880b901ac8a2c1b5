"""Pocket exports: the classic "Read It Later" HTML page and the 2024+ CSV.

HTML: ``<h1>Unread</h1><ul><li><a href time_added tags>Title</a>…`` then ``<h1>Read Archive</h1>``.
CSV: ``title,url,time_added,tags,status`` (status unread / archive, tags joined with "|").
Archived items are finished, unread ones are on the wishlist.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_common import (
    any_date,
    link_record,
    split_tags,
    status_events,
)
from engine.importers.normalize import clean, csv_rows
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source, looks_binary

LABEL = "Pocket export"
CSV_COLUMNS = ("title", "url", "time_added", "tags", "status")


class _PocketPage(HTMLParser):
    """Collects (line, href, time_added, tags, title, archived) for each link of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, dict[str, str], str, bool]] = []
        self.archived = False
        self._heading: list[str] | None = None
        self._link: tuple[int, dict[str, str]] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2"):
            self._heading = []
        elif tag == "a":
            self._close_link()
            self._link = (self.getpos()[0], {k.lower(): v or "" for k, v in attrs})
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2") and self._heading is not None:
            heading = " ".join("".join(self._heading).split()).lower()
            self.archived = "archive" in heading or heading == "read"
            self._heading = None
        elif tag in ("a", "li", "ul"):
            self._close_link()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        elif self._link is not None:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._close_link()

    def _close_link(self) -> None:
        if self._link is not None:
            line, attrs = self._link
            self.links.append((line, attrs, "".join(self._text), self.archived))
            self._link = None


class PocketImporter(Importer):
    name = "pocket"
    label = "Pocket export (HTML or CSV)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        first = text.lstrip("\ufeff").split("\n", 1)[0].strip().lower()
        if [c.strip() for c in first.split(",")][:3] == list(CSV_COLUMNS[:3]):
            return 0.95
        lower = text.lower()
        if "<title>pocket export</title>" in lower or (
            "time_added=" in lower and "read archive" in lower
        ):
            return 0.95
        return 0.4 if "time_added=" in lower and "<a " in lower else 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        head = source.head()
        if looks_binary(head):
            raise ImportFormatError(f"{source.name}: this is a binary file, not a {LABEL}")
        if source.head_text(4096).lstrip("\ufeff \t\r\n").startswith("<"):
            yield from _parse_html(source)
        else:
            yield from _parse_csv(source)


def _parse_html(source: Source) -> Iterator[ParseResult]:
    text = source.text()
    if not text.strip():
        raise ImportFormatError(f"{source.name}: the file is empty")
    page = _PocketPage()
    page.feed(text)
    page.close()
    for line, attrs, title, archived in page.links:
        added = any_date(attrs.get("time_added"))
        yield link_record(
            attrs.get("href"),
            clean(title),
            line,
            tags=split_tags(attrs.get("tags"), ","),
            events=status_events(finished=archived, added_at=added),
        )


def _parse_csv(source: Source) -> Iterator[ParseResult]:
    for line, row in csv_rows(source, required=("title", "url"), format_label="Pocket CSV"):
        status = (row.get("status") or "").strip().lower()
        raw_time = row.get("time_added")
        added = any_date(raw_time)
        if raw_time and raw_time.strip() and added is None:
            yield RowError(line, f"time_added {raw_time.strip()[:40]!r} is not a timestamp")
            continue
        yield link_record(
            row.get("url"),
            row.get("title"),
            line,
            tags=split_tags(row.get("tags"), "|"),
            events=status_events(finished=status in ("archive", "archived", "read"), added_at=added),
        )

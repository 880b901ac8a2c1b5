"""Netscape bookmark HTML: the export format of Chrome, Firefox, Edge, Safari, Pinboard,
Shaarli, Delicious, linkding…

``<DL><DT><H3>Folder</H3><DL><DT><A HREF ADD_DATE TAGS TOREAD>Title</A><DD>Description``.
Folders become subjects of kind "collection" (browsers' own toolbar/menu folders excepted),
TAGS become tags. A bookmark is "liked" (the browser's star) when it was added, or on the
wishlist when marked TOREAD. The page is read with the tolerant stdlib ``html.parser``: a
broken page still gives every link that can be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_common import (
    any_date,
    bookmark_events,
    link_record,
    split_tags,
    truthy,
)
from engine.importers.normalize import clean
from engine.importers.records import ParseResult
from engine.importers.source import Source, looks_binary

LABEL = "Netscape bookmark file"
SYSTEM_FOLDER_ATTRS = ("personal_toolbar_folder", "unfiled_bookmarks_folder")


@dataclass
class _Link:
    line: int
    attrs: dict[str, str]
    folders: list[str]
    title: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)


class _BookmarkPage(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[_Link] = []
        self._folders: list[str | None] = []
        self._pending_folder: str | None = None
        self._heading: list[str] | None = None
        self._heading_is_system = False
        self._open: _Link | None = None  # inside <A>…</A>
        self._describing: _Link | None = None  # inside <DD>
        self._last: _Link | None = None  # the link a following <DD> describes

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): value or "" for key, value in attrs}
        if tag in ("a", "dt", "dl", "h3", "dd"):
            self._open = None
            self._describing = None
        if tag == "h3":
            self._last = None  # a <DD> after a folder describes the folder
            self._heading = []
            self._heading_is_system = any(truthy(values.get(a)) for a in SYSTEM_FOLDER_ATTRS)
        elif tag == "dl":
            self._folders.append(self._pending_folder)
            self._pending_folder = None
        elif tag == "a":
            folders = [name for name in self._folders if name]
            self._open = _Link(self.getpos()[0], values, folders)
            self.links.append(self._open)
            self._last = self._open
        elif tag == "dd":
            self._describing, self._last = self._last, None

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._heading is not None:
            name = clean("".join(self._heading))
            self._pending_folder = None if self._heading_is_system else name
            self._heading = None
        elif tag == "a":
            self._open = None
        elif tag == "dl":
            self._open = self._describing = None
            if self._folders:
                self._folders.pop()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        elif self._open is not None:
            self._open.title.append(data)
        elif self._describing is not None:
            self._describing.description.append(data)


class NetscapeBookmarksImporter(Importer):
    name = "netscape_bookmarks"
    label = "Bookmarks HTML (Chrome, Firefox, Safari, Pinboard, Shaarli…)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        if re.search(r"<!DOCTYPE\s+NETSCAPE-Bookmark-file", text, re.IGNORECASE):
            return 0.95
        if re.search(r"<DT>\s*<A\s[^>]*HREF=", text, re.IGNORECASE) and re.search(
            r"<DL", text, re.IGNORECASE
        ):
            return 0.6
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        if looks_binary(source.head()):
            raise ImportFormatError(f"{source.name}: this is a binary file, not a {LABEL}")
        text = source.text()
        if not text.strip():
            raise ImportFormatError(f"{source.name}: the file is empty")
        page = _BookmarkPage()
        page.feed(text)
        page.close()
        if not page.links:
            raise ImportFormatError(
                f"{source.name}: no bookmark links (<A HREF=…>) found — expected a {LABEL}"
            )
        for link in page.links:
            attrs = link.attrs
            added = any_date(attrs.get("add_date"))
            yield link_record(
                attrs.get("href"),
                clean("".join(link.title)),
                link.line,
                description=clean("".join(link.description)),
                tags=split_tags(attrs.get("tags"), ","),
                collections=link.folders,
                events=bookmark_events(truthy(attrs.get("toread")), added),
            )

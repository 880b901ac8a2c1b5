"""Browser bookmark files in JSON: Chrome/Chromium/Edge/Brave ``Bookmarks`` and Firefox's
bookmark backups (``bookmarks-*.json``, the places tree).

Folders made by the person become subjects of kind "collection" (the browser's own roots —
bookmark bar, toolbar, menu, other — do not). A bookmark is "liked" (the browser's star) at
the date it was added; Firefox tags become tags. Smart folders ("place:" queries) and
bookmarklets are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_common import (
    LineFinder,
    any_date,
    bookmark_events,
    head_keys,
    link_record,
    load_json,
    split_tags,
    webkit_date,
)
from engine.importers.normalize import clean
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source

LABEL = "Chrome or Firefox bookmarks JSON"
FIREFOX_PLACE = "text/x-moz-place"
FIREFOX_FOLDER = "text/x-moz-place-container"
FIREFOX_DESCRIPTION = "bookmarkProperties/description"


class BrowserBookmarksImporter(Importer):
    name = "browser_bookmarks"
    label = "Browser bookmarks JSON (Chrome, Edge, Brave, Firefox backup)"

    def detect(self, source: Source) -> float:
        start, keys = head_keys(source)
        if start != "{":
            return 0.0
        if {"roots", "bookmark_bar"} <= keys:
            return 0.95
        text = source.head_text()
        if FIREFOX_FOLDER in text and ("placesRoot" in text or "guid" in keys):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        data, text = load_json(source, LABEL)
        finder = LineFinder(text)
        if isinstance(data, dict) and isinstance(data.get("roots"), dict):
            results = list(_chrome(data["roots"], finder))
        elif isinstance(data, dict) and _is_firefox_folder(data):
            results = list(_firefox(data, [], finder, root=True))
        else:
            raise ImportFormatError(
                f"{source.name}: no 'roots' (Chrome) or places tree (Firefox) — "
                f"expected a {LABEL} file"
            )
        yield from results


# --------------------------------------------------------------------------- Chrome


def _chrome(roots: dict[str, Any], finder: LineFinder) -> Iterator[ParseResult]:
    for root in roots.values():
        if isinstance(root, dict):
            yield from _chrome_node(root, [], finder, root=True)


def _chrome_node(
    node: dict[str, Any], folders: list[str], finder: LineFinder, *, root: bool = False
) -> Iterator[ParseResult]:
    kind = node.get("type")
    if kind == "folder" or "children" in node:
        name = clean(node.get("name"))
        inner = folders if root or not name else [*folders, name]
        for child in node.get("children") or []:
            if isinstance(child, dict):
                yield from _chrome_node(child, inner, finder)
            else:
                yield RowError(None, "bookmark entry is not a JSON object")
    elif kind == "url" or "url" in node:
        row = finder.find(node.get("url"))
        yield link_record(
            node.get("url"),
            node.get("name"),
            row,
            collections=folders,
            events=bookmark_events(False, webkit_date(node.get("date_added"))),
        )


# --------------------------------------------------------------------------- Firefox


def _is_firefox_folder(node: dict[str, Any]) -> bool:
    return node.get("type") == FIREFOX_FOLDER or node.get("typeCode") == 2


def _firefox(
    node: dict[str, Any], folders: list[str], finder: LineFinder, *, root: bool = False
) -> Iterator[ParseResult]:
    if _is_firefox_folder(node):
        name = clean(node.get("title"))
        system = root or bool(node.get("root"))
        inner = folders if system or not name else [*folders, name]
        for child in node.get("children") or []:
            if isinstance(child, dict):
                yield from _firefox(child, inner, finder)
            else:
                yield RowError(None, "bookmark entry is not a JSON object")
    elif node.get("type") == FIREFOX_PLACE or node.get("typeCode") == 1:
        row = finder.find(node.get("uri"))
        yield link_record(
            node.get("uri"),
            node.get("title"),
            row,
            description=_description(node),
            tags=split_tags(node.get("tags"), ","),
            collections=folders,
            events=bookmark_events(False, any_date(node.get("dateAdded"))),
        )


def _description(node: dict[str, Any]) -> str | None:
    for anno in node.get("annos") or []:
        if isinstance(anno, dict) and anno.get("name") == FIREFOX_DESCRIPTION:
            value = anno.get("value")
            return value if isinstance(value, str) else None
    return None

"""OPML feed lists (RSS readers' subscriptions export): ``<outline xmlUrl=…>``.

Each feed is a work of kind "other" with identifier "url" (the feed address; the
non-standard ``url`` attribute some readers write is accepted too) and no events. Folder
outlines become subjects of kind "collection".
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_common import link_record
from engine.importers.formats._articles_markup import line_of, local_name, parse_xml
from engine.importers.normalize import clean
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source

LABEL = "OPML feed list"
FEED_TYPES = ("rss", "atom", "feed", "rdf")


class OpmlImporter(Importer):
    name = "opml"
    label = "OPML feed list (RSS reader subscriptions)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        text = text.lower()
        if "<opml" not in text:
            return 0.0
        return 0.95 if "<outline" in text or "<body" in text else 0.6

    def parse(self, source: Source) -> Iterator[ParseResult]:
        root = parse_xml(source, LABEL)
        if local_name(root.tag).lower() != "opml":
            raise ImportFormatError(
                f"{source.name}: the XML root is <{local_name(root.tag)}>, not <opml> — "
                f"expected an {LABEL}"
            )
        body = next((child for child in root if local_name(child.tag) == "body"), None)
        if body is None:
            raise ImportFormatError(f"{source.name}: the OPML has no <body> with feeds")
        yield from _outlines(body, [])


def _outlines(parent: Element, folders: list[str]) -> Iterator[ParseResult]:
    for outline in parent:
        if local_name(outline.tag) != "outline":
            continue
        url = outline.get("xmlUrl") or outline.get("xmlurl") or outline.get("url")
        name = clean(outline.get("title")) or clean(outline.get("text"))
        if url:
            yield link_record(
                url,
                name,
                line_of(outline),
                description=outline.get("description"),
                collections=folders,
                kind="other",
            )
        elif (outline.get("type") or "").lower() in FEED_TYPES:
            yield RowError(line_of(outline), f"feed {name or '(no name)'!r} has no xmlUrl")
        yield from _outlines(outline, [*folders, name] if name and not url else folders)

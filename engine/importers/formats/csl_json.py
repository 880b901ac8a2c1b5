"""CSL-JSON (Zotero, Mendeley, Better BibTeX "CSL JSON" export): a list of citation items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from engine.importers.base import Importer
from engine.importers.formats._articles_biblio import (
    add_creator,
    add_identifiers,
    fallback_key,
    keyword_subjects,
    page_count,
    person,
)
from engine.importers.formats._articles_common import (
    array_lines,
    head_keys,
    json_list,
    load_json,
    split_tags,
)
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_int, parse_year
from engine.importers.records import ImportRecord, ParseResult, RowError
from engine.importers.source import Source

LABEL = "CSL-JSON"
BOOK_TYPES = frozenset({"book"})
ROLES = {
    "author": "author", "editor": "editor", "translator": "translator",
    "contributor": "contributor", "container-author": "author", "director": "director",
    "collection-editor": "editor", "illustrator": "illustrator", "composer": "composer",
}
CSL_KEYS = {"issued", "container-title", "author", "DOI", "ISBN", "URL", "page", "publisher"}
CSL_TYPES = frozenset(
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
        "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
        "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
        "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
        "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review",
        "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    }
)


class CslJsonImporter(Importer):
    name = "csl_json"
    label = "CSL-JSON bibliography (Zotero, Mendeley…)"

    def detect(self, source: Source) -> float:
        start, keys = head_keys(source)
        if start not in "[{" or not {"id", "type", "title"} <= keys:
            return 0.0
        types = set(re.findall(r'"type"\s*:\s*"([a-z_-]+)"', source.head_text()))
        if types and types <= CSL_TYPES:
            return 0.95 if start == "[" or keys & CSL_KEYS else 0.6
        return 0.1

    def parse(self, source: Source) -> Iterator[ParseResult]:
        data, text = load_json(source, LABEL)
        if isinstance(data, dict) and "items" in data:
            items = json_list(data, source, LABEL, key="items")
            lines: list[int] = []
        else:
            items = json_list([data] if isinstance(data, dict) else data, source, LABEL)
            lines = array_lines(text) if isinstance(data, list) else [1]
        for index, item in enumerate(items):
            row = lines[index] if index < len(lines) else None
            yield _item(item, row)


def _item(item: Any, row: int | None) -> ParseResult:
    if not isinstance(item, dict):
        return RowError(row, "entry is not a JSON object")
    title = clean(item.get("title")) or clean(item.get("title-short"))
    if not title:
        return RowError(row, "item has no title")
    year = _year(item.get("issued"))
    record = ImportRecord(
        kind="book" if str(item.get("type", "")).lower() in BOOK_TYPES else "article",
        title=title,
        row=row,
        year=year,
        description=clean(item.get("abstract")),
        language=language_code(item.get("language")),
        pages=parse_int(item.get("number-of-pages")) or page_count(item.get("page")),
    )
    add_identifiers(
        record.identifiers, doi_raw=item.get("DOI"), isbn_raw=item.get("ISBN"),
        url_raw=item.get("URL"),
    )
    item_id = clean(item.get("id"))
    if item_id and item_id.startswith(("http://zotero.org/", "https://zotero.org/")):
        record.identifiers["zotero"] = item_id.split("zotero.org/", 1)[1]
    for field, role in ROLES.items():
        for name in item.get(field) or []:
            if isinstance(name, dict):
                add_creator(
                    record.creators,
                    person(name.get("given"), name.get("family"), name.get("literal")),
                    role,
                )
    record.subjects, record.events = keyword_subjects(split_tags(item.get("keyword"), ",;"))
    record.source_key = item_id or fallback_key(record.identifiers, title, year)
    return record


def _year(issued: object) -> int | None:
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return parse_year(parts[0][0])
        return parse_year(issued.get("raw") or issued.get("literal"))
    return parse_year(issued) if isinstance(issued, (str, int)) else None

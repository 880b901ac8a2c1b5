"""Zotero RDF export (RDF/XML with the bib:, dc:, dcterms:, z: and foaf: vocabularies).

Only bibliographic items are imported: attachments, notes (bib:Memo), collections and the
journals/series items point to are not works. Collections become subjects of kind
"collection". The XML is parsed with defusedxml: entity declarations are refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._articles_biblio import (
    add_creator,
    add_identifiers,
    fallback_key,
    keyword_subjects,
    page_count,
    person,
)
from engine.importers.formats._articles_common import tag_subjects
from engine.importers.formats._articles_markup import line_of, local_name, parse_xml
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_int, parse_year
from engine.importers.records import ImportRecord, ParseResult, RowError
from engine.importers.source import Source

LABEL = "Zotero RDF"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
Z = "{http://www.zotero.org/namespaces/export#}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
BIB = "{http://purl.org/net/biblio#}"
FOAF = "{http://xmlns.com/foaf/0.1/}"
NOT_WORKS = frozenset({"attachment", "note"})
ROLES = {
    f"{BIB}authors": "author", f"{BIB}editors": "editor", f"{Z}translators": "translator",
    f"{BIB}contributors": "contributor", f"{Z}seriesEditors": "editor",
    f"{Z}directors": "director", f"{Z}scriptwriters": "writer",
}


class ZoteroRdfImporter(Importer):
    name = "zotero_rdf"
    label = "Zotero RDF export (.rdf)"

    def detect(self, source: Source) -> float:
        text = source.sniff_text()
        if text is None:
            return 0.0
        if "<rdf:RDF" not in text and "22-rdf-syntax-ns#" not in text:
            return 0.0
        if "http://www.zotero.org/namespaces/export#" in text:
            return 0.95
        return 0.6 if "http://purl.org/net/biblio#" in text else 0.1

    def parse(self, source: Source) -> Iterator[ParseResult]:
        root = parse_xml(source, LABEL)
        if local_name(root.tag) != "RDF":
            raise ImportFormatError(
                f"{source.name}: the XML root is <{local_name(root.tag)}>, not <rdf:RDF> — "
                f"expected a {LABEL} file"
            )
        collections = _collections(root)
        for element in root:
            item_type = clean(element.findtext(f"{Z}itemType"))
            if not item_type or item_type in NOT_WORKS or local_name(element.tag) == "Memo":
                continue
            yield _record(element, item_type, collections)


def _collections(root: Element) -> dict[str, list[str]]:
    """rdf:about of each item → names of the Zotero collections holding it."""
    found: dict[str, list[str]] = {}
    for collection in root.iter(f"{Z}Collection"):
        name = clean(collection.findtext(f"{DC}title"))
        if not name:
            continue
        for part in collection.iter(f"{DCTERMS}hasPart"):
            ref = part.get(f"{RDF}resource")
            if ref:
                found.setdefault(ref, []).append(name)
    return found


def _values(element: Element, tag: str) -> list[str]:
    """Text of each ``tag`` child, or of the rdf:value inside it (tags, URIs, LCC...)."""
    values: list[str] = []
    for child in element.findall(tag):
        text = clean(child.text) or clean(child.findtext(f".//{RDF}value"))
        if text:
            values.append(text)
    return values


def _people(element: Element, record: ImportRecord) -> None:
    for container, role in ROLES.items():
        for group in element.findall(container):
            for who in group.iter():
                if local_name(who.tag) not in ("Person", "Organization"):
                    continue
                name = person(
                    who.findtext(f"{FOAF}givenName"),
                    who.findtext(f"{FOAF}surname"),
                    who.findtext(f"{FOAF}name") if local_name(who.tag) == "Organization" else None,
                )
                add_creator(record.creators, name, role)


def _identifiers(element: Element, record: ImportRecord) -> None:
    about = element.get(f"{RDF}about") or ""
    values = _values(element, f"{DC}identifier")
    for value in values:
        upper = value.upper()
        if upper.startswith("ISBN"):
            add_identifiers(record.identifiers, isbn_raw=value[4:])
        elif upper.startswith("DOI"):
            add_identifiers(record.identifiers, doi_raw=value[3:])
        elif value.startswith(("http://", "https://")):
            add_identifiers(record.identifiers, url_raw=value)
    if about.startswith("urn:isbn:"):
        add_identifiers(record.identifiers, isbn_raw=about[9:])
    elif about.startswith(("http://", "https://")) and "url" not in record.identifiers:
        add_identifiers(record.identifiers, url_raw=about)


def _record(element: Element, item_type: str, collections: dict[str, list[str]]) -> ParseResult:
    row = line_of(element)
    title = clean(element.findtext(f"{DC}title"))
    if not title:
        return RowError(row, f"{item_type} item has no title")
    year = parse_year(element.findtext(f"{DC}date"))
    record = ImportRecord(
        kind="book" if item_type == "book" else "article",
        title=title,
        row=row,
        year=year,
        description=clean(element.findtext(f"{DCTERMS}abstract")),
        language=language_code(element.findtext(f"{Z}language")),
        pages=parse_int(element.findtext(f"{Z}numPages"))
        or page_count(element.findtext(f"{BIB}pages")),
    )
    _identifiers(element, record)
    _people(element, record)
    record.subjects, record.events = keyword_subjects(_values(element, f"{DC}subject"))
    about = element.get(f"{RDF}about")
    record.subjects += tag_subjects(collections.get(about or "", []), "collection")
    record.source_key = about or fallback_key(record.identifiers, title, year)
    return record

"""Zotero RDF parser: the real ArmEnBib library, Zotero's toy file, collections, XML hazards."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.zotero_rdf import ZoteroRdfImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

HEADER = """<rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:bib="http://purl.org/net/biblio#"
 xmlns:foaf="http://xmlns.com/foaf/0.1/">
"""
SAMPLE = HEADER + """    <bib:Article rdf:about="https://doi.org/10.1000/XYZ">
        <z:itemType>journalArticle</z:itemType>
        <bib:authors><rdf:Seq><rdf:li><foaf:Person>
            <foaf:surname>Åström</foaf:surname><foaf:givenName>Karl</foaf:givenName>
        </foaf:Person></rdf:li></rdf:Seq></bib:authors>
        <dc:title>Régulation adaptative</dc:title>
        <dcterms:abstract>About control.</dcterms:abstract>
        <dc:subject>control</dc:subject>
        <dc:subject><z:AutomaticTag><rdf:value>auto tag</rdf:value></z:AutomaticTag></dc:subject>
        <dc:date>1995-03</dc:date>
        <z:language>French</z:language>
        <bib:pages>1-10</bib:pages>
    </bib:Article>
    <bib:Memo rdf:about="#item_9"><rdf:value>a note</rdf:value></bib:Memo>
    <z:Attachment rdf:about="#item_10"><z:itemType>attachment</z:itemType>
        <dc:title>Full text.pdf</dc:title></z:Attachment>
    <bib:Book rdf:about="#item_11">
        <z:itemType>book</z:itemType>
        <dc:date>2001</dc:date>
    </bib:Book>
    <z:Collection rdf:about="#collection_1">
        <dc:title>Control theory</dc:title>
        <dcterms:hasPart rdf:resource="https://doi.org/10.1000/XYZ"/>
    </z:Collection>
</rdf:RDF>
"""
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
""" + HEADER + "<bib:Book><z:itemType>book</z:itemType><dc:title>&lol4;</dc:title></bib:Book></rdf:RDF>"


def run(path: Path) -> Split:
    return parse_split(ZoteroRdfImporter(), path)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "library.rdf"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_armenbib_library(shared_data: Path) -> None:
    # The file has 277 top-level elements: 274 items with a z:itemType (232 books, 23 journal
    # articles, 18 book sections, 1 thesis), 1 PDF attachment and 2 journals that articles
    # point to. Only the 274 items are works (the data README's "275" counts the attachment).
    records, errors, skipped = run(shared_data / "exports/zotero/ArmEnBib/Exported Items.rdf")
    assert (len(records), len(errors), len(skipped)) == (274, 0, 0)
    assert Counter(r.kind for r in records) == {"book": 232, "article": 42}
    assert sum(len(r.events) for r in records) == 0
    first = records[0]
    assert first.title == "Քննություն Մովսես Կաղանկատվացու [Study of Movses Kałankatvacʿi]"
    assert (first.row, first.year, first.language, first.pages) == (11, 2006, "hy", 124)
    assert first.creators[0].name == "Նիկողայոս [Nikołayos] Ադոնց [Adoncʿ]"
    assert [s.name for s in first.subjects][:2] == ["Armenian History", "Caucasian Albania"]
    assert len(first.subjects) == 10
    assert sum(len(r.subjects) for r in records) == 5710
    assert sum("isbn13" in r.identifiers for r in records) == 22
    prayers = next(r for r in records if r.identifiers.get("isbn10") == "5808407753")
    assert prayers.title.startswith("Հայ հմայական") and prayers.row == 4681
    assert Counter(r.language for r in records) == {"hy": 272, "en": 1, "ru": 1}
    assert len({r.source_key for r in records}) == 274


@pytest.mark.realdata
def test_real_zotero_toy(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/zotero/zotero-tests/zotero_rdf.xml")
    assert (len(records), len(errors), len(skipped)) == (2, 0, 0)
    book, page = records
    assert (book.kind, book.title, book.row) == ("book", "A", 7)
    assert book.identifiers == {"isbn10": "1421402831", "isbn13": "9781421402833"}
    assert (page.kind, page.title, page.identifiers) == ("article", "B", {"url": "http://example.com/"})


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = ZoteroRdfImporter()
    assert importer.detect(Source(shared_data / "exports/zotero/ArmEnBib/Exported Items.rdf")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/zotero/zotero-tests/zotero_rdf.xml")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/opml/zotero-tests/feeds.opml")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/zotero/ArmEnBib/Exported Items.json")) <= 0.2
    text = tmp_path / "plain.txt"
    text.write_text("nothing to see\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields_collections_and_skipped_parts(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, SAMPLE))
    assert [r.title for r in records] == ["Régulation adaptative"]
    article = records[0]
    assert (article.row, article.year, article.language, article.pages) == (8, 1995, "fr", 10)
    assert article.creators[0].name == "Karl Åström"
    assert article.description == "About control."
    assert [(s.name, s.kind) for s in article.subjects] == [
        ("control", "tag"), ("auto tag", "tag"), ("Control theory", "collection")
    ]
    assert article.identifiers == {"url": "https://doi.org/10.1000/XYZ", "doi": "10.1000/xyz"}
    assert [(e.row, e.message) for e in errors] == [(24, "book item has no title")]


def test_entity_expansion_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="entit"):
        run(write(tmp_path, BILLION_LAUGHS))


def test_truncated_xml(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="not well-formed"):
        run(write(tmp_path, SAMPLE[: len(SAMPLE) // 2]))


def test_wrong_root(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="rdf:RDF"):
        run(write(tmp_path, "<opml><body/></opml>"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = SAMPLE
    if encoding == "latin-1":
        text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + text
    records, errors, _ = run(write(tmp_path, text, encoding))
    assert records[0].title == "Régulation adaptative"
    assert records[0].creators[0].name == "Karl Åström"
    assert len(errors) == 1


"""Documents folder parser: Markdown, text, HTML, PDF and EPUB files, single files, bad files."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from ebooklib import epub
from pypdf import PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from engine.errors import ImportFormatError
from engine.importers.formats.documents import DocumentsImporter
from engine.importers.normalize import MAX_BODY_CHARS
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

MARKDOWN = """---
title: "Notes sur Gödel"
authors:
  - Ada Lovelace
  - Alan Turing
date: 2021-03-04
tags: [logique, maths]
lang: fr
description: Un résumé
---
# A heading that is not the title

Some **bold** words, a [link](https://example.org) and <script>alert("x")</script> the end.
"""
HTML = """<!DOCTYPE html>
<html lang="de"><head><title>Über Bücher</title>
<meta name="author" content="Hans Müller">
<meta name="description" content="Eine Seite">
<meta name="keywords" content="lesen, bücher">
<meta name="citation_doi" content="10.5555/ABC">
<script>var tracking = "SECRET";</script><style>body { color: red }</style>
</head><body><h1>Kapitel</h1><p>Ein <em>kurzer</em> Text.</p>
<script type="text/javascript">document.write("SECRET")</script><noscript>SECRET</noscript>
</body></html>
"""


def run(path: Path) -> Split:
    return parse_split(DocumentsImporter(), path)


def make_pdf(path: Path, text: str = "Bonjour le monde PDF") -> Path:
    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=300)
    content = ContentStream(None, writer)
    content.set_data(f"BT /F1 12 Tf 20 200 Td ({text}) Tj ET".encode("latin-1"))
    page.replace_contents(content)
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    })
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    writer.add_blank_page(width=300, height=300)
    writer.add_metadata({
        "/Title": "Un rapport", "/Author": "Ada Lovelace; Alan Turing",
        "/CreationDate": "D:20190304120000Z", "/Keywords": "math, engines", "/Subject": "Résumé",
    })
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def make_epub(path: Path) -> Path:
    book = epub.EpubBook()
    book.set_identifier("urn:isbn:9782070360024")
    book.set_title("Le Petit Livre")
    book.set_language("fr")
    book.add_author("Jeanne Écrivain")
    book.add_metadata("DC", "date", "2018-05-01")
    book.add_metadata("DC", "subject", "Conte")
    chapter = epub.EpubHtml(title="Un", file_name="c1.xhtml", lang="fr")
    chapter.content = (
        "<html><body><h1>Chapitre un</h1><p>Il était une fois un livre.</p>"
        "<script>stealCookies()</script></body></html>"
    )
    book.add_item(chapter)
    book.toc = [chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [chapter]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        epub.write_epub(str(path), book)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "godel.md").write_text(MARKDOWN, encoding="utf-8")
    (root / "page.html").write_text(HTML, encoding="utf-8")
    (root / "sub" / "note.txt").write_text("Grocery list\n\neggs, milk\n", encoding="utf-8")
    make_pdf(root / "report.pdf")
    make_epub(root / "sub" / "book.epub")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (root / "broken.epub").write_bytes(b"PK\x03\x04 truncated zip")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / ".hidden" / "secret.md").write_text("# Hidden\n")
    return root


def test_folder_of_documents(folder: Path) -> None:
    records, errors, skipped = run(folder)
    by_key = {r.source_key: r for r in records}
    assert sorted(by_key) == ["godel.md", "page.html", "report.pdf", "sub/book.epub", "sub/note.txt"]
    assert sorted((e.row, e.message.split(":")[0]) for e in errors) == [
        (None, "broken.epub"), (None, "broken.pdf")
    ]
    assert [s.reason for s in skipped] == ["photo.png: not a document type Shelfwise reads"]
    assert all(r.events == [] for r in records)

    md = by_key["godel.md"]
    assert (md.kind, md.title, md.year, md.language, md.description) == (
        "article", "Notes sur Gödel", 2021, "fr", "Un résumé"
    )
    assert [c.name for c in md.creators] == ["Ada Lovelace", "Alan Turing"]
    assert [s.name for s in md.subjects] == ["logique", "maths"]
    assert md.body_text is not None and "alert" not in md.body_text and "script" not in md.body_text
    assert md.body_text.startswith("A heading that is not the title\n\nSome bold words, a link and")

    page = by_key["page.html"]
    assert (page.title, page.language, page.description) == ("Über Bücher", "de", "Eine Seite")
    assert page.body_text == "Kapitel\nEin kurzer Text." and page.word_count == 4
    assert page.identifiers == {"doi": "10.5555/abc"}
    assert [c.name for c in page.creators] == ["Hans Müller"]

    pdf = by_key["report.pdf"]
    assert (pdf.title, pdf.year, pdf.pages, pdf.description) == ("Un rapport", 2019, 2, "Résumé")
    assert [c.name for c in pdf.creators] == ["Ada Lovelace", "Alan Turing"]
    assert pdf.body_text == "Bonjour le monde PDF" and pdf.word_count == 4
    assert [s.name for s in pdf.subjects] == ["math", "engines"]

    book = by_key["sub/book.epub"]
    assert (book.kind, book.title, book.year, book.language) == ("book", "Le Petit Livre", 2018, "fr")
    assert [c.name for c in book.creators] == ["Jeanne Écrivain"]
    assert book.identifiers == {"isbn13": "9782070360024"}
    assert book.body_text == "Chapitre un\nIl était une fois un livre."
    assert [s.name for s in book.subjects] == ["Conte"]

    note = by_key["sub/note.txt"]
    assert (note.title, note.body_text, note.word_count) == (
        "Grocery list", "Grocery list\n\neggs, milk", 4
    )


@pytest.mark.realdata
def test_folder_of_real_texts(shared_data: Path, tmp_path: Path) -> None:
    wos = shared_data / "articles/webofscience-abstracts-azure-sample/extracted"
    cmu = shared_data / "plots/cmu-movie-summary-azure-sample/extracted"
    abstracts = sorted(wos.glob("*.txt"))[:3]
    plots = sorted(cmu.glob("*.txt"))[:3]
    target = tmp_path / "texts"
    target.mkdir()
    for path in abstracts + plots:
        shutil.copy(path, target / path.name)
    records, errors, skipped = run(target)
    assert (len(records), len(errors), len(skipped)) == (6, 0, 0)
    by_key = {r.source_key: r for r in records}
    first_plot = by_key[plots[0].name]
    # One long paragraph: the title comes from the file name, the text is kept whole.
    assert first_plot.title == plots[0].stem.replace("_", " ")
    assert first_plot.body_text == plots[0].read_text(encoding="utf-8").strip().replace("  ", " ")
    assert first_plot.word_count == len(plots[0].read_text(encoding="utf-8").split())
    assert by_key[abstracts[0].name].title == abstracts[0].stem
    assert all(r.kind == "article" and r.word_count and r.word_count > 20 for r in records)
    assert DocumentsImporter().detect(Source(target)) >= 0.9


def test_single_files(tmp_path: Path) -> None:
    records, errors, _ = run(make_pdf(tmp_path / "alone.pdf"))
    assert not errors and records[0].title == "Un rapport" and records[0].source_key == "alone.pdf"
    md = tmp_path / "one.md"
    md.write_text("# Just a heading\n\nAnd text.\n", encoding="utf-8")
    records, _, _ = run(md)
    assert records[0].title == "Just a heading" and records[0].word_count == 5


def test_single_corrupt_or_unknown_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    with pytest.raises(ImportFormatError, match=r"broken\.pdf: not a readable PDF"):
        run(broken)
    other = tmp_path / "data.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(ImportFormatError, match="not a document"):
        run(other)


def test_detect(folder: Path, tmp_path: Path) -> None:
    importer = DocumentsImporter()
    assert importer.detect(Source(folder)) >= 0.9
    assert importer.detect(Source(folder / "report.pdf")) >= 0.9
    assert importer.detect(Source(folder / "sub" / "book.epub")) >= 0.9
    csv = tmp_path / "ratings.csv"
    csv.write_text("Const,Your Rating\ntt1,5\n")
    assert importer.detect(Source(csv)) <= 0.2
    assert importer.detect(Source(folder / "photo.png")) <= 0.2
    images = tmp_path / "images"
    images.mkdir()
    (images / "a.jpg").write_bytes(b"\xff\xd8\xff")
    assert importer.detect(Source(images)) <= 0.2


@pytest.mark.realdata
def test_detect_low_on_other_groups(shared_data: Path) -> None:
    importer = DocumentsImporter()
    exports = shared_data / "exports"
    assert importer.detect(Source(exports / "netscape-bookmarks/wallabag/shaarli-bookmarks.html")) <= 0.2
    assert importer.detect(Source(exports / "pocket/wallabag/ril_export.html")) <= 0.2
    assert importer.detect(Source(exports / "goodreads/bookwyrm/goodreads.csv")) <= 0.2
    assert importer.detect(Source(exports / "calibre/mikespub-cops/BaseWithSomeBooks")) <= 0.2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    root = tmp_path / "enc"
    root.mkdir()
    (root / "café.txt").write_bytes("Crème brûlée\n\nRecette française.\n".encode(encoding))
    (root / "thé.md").write_bytes("---\ntitle: Thé vert\n---\nInfusé à 80 °C.\n".encode(encoding))
    records, errors, _ = run(root)
    assert not errors
    assert {r.title for r in records} == {"Crème brûlée", "Thé vert"}
    assert any(r.body_text == "Infusé à 80 °C." for r in records)


def test_binary_and_empty_documents(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    root.mkdir()
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.md").write_text("")
    (root / "good.txt").write_text("Title line\nbody\n")
    records, errors, _ = run(root)
    assert [r.title for r in records] == ["Title line"]
    assert sorted(e.message for e in errors) == [
        "binary.txt: binary content in a text document", "empty.md: the file is empty"
    ]
    with pytest.raises(ImportFormatError, match="binary"):
        run(root / "binary.txt")
    with pytest.raises(ImportFormatError, match="empty"):
        run(root / "empty.md")


def test_empty_folder_or_no_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFormatError, match="no files"):
        run(empty)
    (empty / "data.csv").write_text("a,b\n")
    with pytest.raises(ImportFormatError, match=r"no documents.*\.pdf"):
        run(empty)


def test_long_text_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long\n" + "word " * 60_000, encoding="utf-8")
    records, _, _ = run(path)
    assert records[0].word_count == 60_001
    assert records[0].body_text is not None and len(records[0].body_text) <= MAX_BODY_CHARS

"""RIS parser: Zotero's toy export, a multi-record file, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.ris import RisImporter
from engine.importers.source import Source
from tests.importers.support import Split, parse_split

SAMPLE = """TY  - JOUR
AU  - Ekström, Åsa
AU  - Núñez, José
TI  - Über Käse und
  Brot
PY  - 2019///
DO  - 10.1234/ABC
UR  - https://Journal.example.COM/a#x
AB  - A short abstract.
KW  - cheese
KW  - bread; baking
LA  - sv
SP  - 5
EP  - 14
ID  - ekstrom2019
ER  -

TY  - BOOK
A1  - Tolstoy, Leo
T1  - Война и мир
Y1  - 1869
SN  - 978-0-19-923276-5
SP  - 1392
ER  -
"""


def run(path: Path) -> Split:
    return parse_split(RisImporter(), path)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "refs.ris"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_zotero_toy(shared_data: Path) -> None:
    records, errors, skipped = run(shared_data / "exports/zotero/zotero-tests/book_and_child_note.ris")
    assert (len(records), len(errors), len(skipped)) == (1, 0, 0)
    book = records[0]
    assert (book.kind, book.title, book.row, book.year) == ("book", "Parent", 1, None)
    assert book.events == [] and book.source_key == "title:parent|"


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = RisImporter()
    assert importer.detect(Source(shared_data / "exports/zotero/zotero-tests/book_and_child_note.ris")) >= 0.9
    assert importer.detect(Source(write(tmp_path, SAMPLE))) >= 0.9
    bib = shared_data / "exports/zotero/Levensonbadio-Working_paper/Exported Items.bib"
    assert importer.detect(Source(bib)) <= 0.2
    assert importer.detect(Source(shared_data / "exports/pocket/wallabag/pocket.csv")) <= 0.2
    text = tmp_path / "plain.txt"
    text.write_text("Hello\nworld\n")
    assert importer.detect(Source(text)) <= 0.2


def test_fields(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, SAMPLE))
    assert not errors
    article, book = records
    assert (article.kind, article.title, article.row, article.year) == (
        "article", "Über Käse und Brot", 1, 2019
    )
    assert [c.name for c in article.creators] == ["Åsa Ekström", "José Núñez"]
    assert article.identifiers == {"doi": "10.1234/abc", "url": "https://journal.example.com/a"}
    assert [s.name for s in article.subjects] == ["cheese", "bread", "baking"]
    assert (article.pages, article.language, article.source_key) == (10, "sv", "ekstrom2019")
    assert article.description == "A short abstract."
    assert (book.kind, book.title, book.year, book.row, book.pages) == (
        "book", "Война и мир", 1869, 18, 1392
    )
    assert book.identifiers == {"isbn13": "9780199232765"}
    assert book.creators[0].name == "Leo Tolstoy"


def test_garbage_lines(tmp_path: Path) -> None:
    text = (
        "TY  - JOUR\nTI  - First\nER  - \n"
        "AU  - Stray, Author\n"  # line 4: outside a record
        "TY  - JOUR\nAU  - Nobody, A\nER  - \n"  # line 5: no title
        "ER  - \n"  # line 8: end without start
        "TY  - BOOK\nTI  - Last\nER  - \n"
    )
    records, errors, _ = run(write(tmp_path, text))
    assert [r.title for r in records] == ["First", "Last"]
    assert [e.row for e in errors] == [4, 5, 8]
    assert "no title" in errors[1].message


def test_record_without_end_line(tmp_path: Path) -> None:
    records, errors, _ = run(write(tmp_path, "TY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\n"))
    assert [r.title for r in records] == ["One", "Two"]
    assert [e.row for e in errors] == [1]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    records, errors, _ = run(write(tmp_path, "TY  - BOOK\r\nTI  - Crème brûlée\r\nER  - \r\n", encoding))
    assert not errors and records[0].title == "Crème brûlée"


def test_not_ris(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="TY"):
        run(write(tmp_path, "title,author\nA,B\n"))


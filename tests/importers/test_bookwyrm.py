"""BookWyrm CSV export."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.bookwyrm import BookWyrmImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER = (
    "title,author_text,remote_id,openlibrary_key,inventaire_id,librarything_key,goodreads_key,"
    "bnf_id,viaf,wikidata,asin,aasin,isfdb,isbn_10,isbn_13,oclc_number,start_date,finish_date,"
    "stopped_date,rating,review_name,review_cw,review_content,review_published,shelf,shelf_name,"
    "shelf_date"
)
ROW = (
    "L'Écume des jours,Boris Vian,https://books.example/book/9,OL9M,,,77,,,,,,,,9780306406157,,"
    "2023-01-02,,2023-02-01,2,,,,,stopped-reading,Stopped Reading,2023-02-01"
)


def _parse(path: Path) -> list[ParseResult]:
    return list(BookWyrmImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "bw.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_export(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/bookwyrm/bookwyrm/bookwyrm.csv")
    records = records_only(results)
    assert len(results) == 3 and len(records) == 3
    assert Counter(e.type for r in records for e in r.events) == {
        "wishlist": 1, "finished": 2, "rated": 2
    }
    chinese, ottolenghi, bedspread = records
    assert chinese.title == "我穿我自己" and [c.name for c in chinese.creators] == ["琅俨"]
    assert chinese.events[0].at == "2024-08-10"
    assert chinese.source_key == "bookwyrm:https://example.com/book/2010"
    assert [(e.type, e.at, e.value) for e in ottolenghi.events] == [
        ("finished", "2022-10-10", None), ("rated", "2022-11-10", 4.0)
    ]
    assert [(s.name, s.kind) for s in ottolenghi.subjects] == [("Cooking", "shelf")]
    assert ottolenghi.identifiers["isbn13"] == "9780449017036"
    assert bedspread.identifiers["openlibrary"] == "OL7425890M"
    assert bedspread.events[-1].value == 5.0


@pytest.mark.realdata
def test_detect(shared_data: Path) -> None:
    importer = BookWyrmImporter()
    assert importer.detect(Source(shared_data / "exports/bookwyrm/bookwyrm/bookwyrm.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/generic-csv/bookwyrm/generic.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/storygraph/bookwyrm/storygraph.csv")) <= 0.2


def test_stopped_reading(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\n{ROW}\n")))[0]
    assert [(e.type, e.at) for e in record.events] == [
        ("abandoned", "2023-02-01"), ("rated", "2023-02-01")
    ]
    assert record.identifiers == {
        "isbn13": "9780306406157", "openlibrary": "OL9M", "goodreads": "77",
        "url": "https://books.example/book/9",
    }


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'author_text'"):
        _parse(_write(tmp_path, HEADER.replace("author_text", "author") + "\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = ROW.replace(",2,,,,,stopped", ",two,,,,,stopped")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n", encoding)))[0]
    assert record.title == "L'Écume des jours"


"""Calibre CSV catalogue export."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.calibre_csv import CalibreCsvImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER = (
    "authors,author_sort,rating,library_name,timestamp,formats,size,isbn,identifiers,comments,"
    "tags,series,series_index,languages,title,cover,title_sort,publisher,pubdate,id,uuid"
)
ROW = (
    '"Émile Zola & Jean Dupont","Zola, Émile","4","Bücher","2021-01-19T22:41:16+01:00","epub",'
    '"1000","","isbn:9780306406157,goodreads:42","<p>Un <i>roman</i>.</p><p>Suite</p>",'
    '"Roman, Classique","Les Rougon-Macquart","2.0","fra","La Curée","","Curée, La","Charpentier",'
    '"1872-01-01T00:00:00+00:00","18","0f0e-uuid"'
)


def _parse(path: Path) -> list[ParseResult]:
    return list(CalibreCsvImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_catalogue(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/calibre/bookwyrm/calibre.csv")
    assert len(results) == 1
    (record,) = records_only(results)
    assert record.title == "That Ain't Witchcraft" and record.year == 2019
    assert [c.name for c in record.creators] == ["Seanan McGuire"]
    assert record.identifiers == {
        "goodreads": "39077187", "isbn13": "9780756411800",
        "calibre_uuid": "3051ed45-8943-4900-a22a-d2704e3583df",
    }
    assert [(e.type, e.value) for e in record.events] == [("rated", 5.0)]
    assert record.language == "en" and record.source_scale == 5
    assert [(s.name, s.kind) for s in record.subjects][:2] == [
        ("InCryptid", "collection"), ("Cryptids", "tag")
    ]


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = CalibreCsvImporter()
    assert importer.detect(Source(shared_data / "exports/calibre/bookwyrm/calibre.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")) <= 0.2
    assert importer.detect(Source(_write(tmp_path, "plain words\n", name="a.txt"))) == 0


def test_authors_html_comments_and_series(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\n{ROW}\n")))[0]
    assert [c.name for c in record.creators] == ["Émile Zola", "Jean Dupont"]
    assert record.description == "Un roman.\n\nSuite"
    assert record.year == 1872 and record.language == "fr"
    assert record.events[0].value == 4.0 and record.events[0].at == "2021-01-19T22:41:16+01:00"
    assert record.source_key == "calibre:0f0e-uuid"


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'authors'"):
        _parse(_write(tmp_path, HEADER.replace("authors,", "writers,", 1) + "\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = ROW.replace('"4","Bücher"', '"many","Bücher"')
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n", encoding)))[0]
    assert record.title == "La Curée" and record.creators[0].name == "Émile Zola"


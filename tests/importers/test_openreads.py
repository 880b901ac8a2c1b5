"""Openreads CSV export."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.openreads import OpenreadsImporter
from engine.importers.normalize import MAX_FIELD_CHARS
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER = (
    "title,subtitle,author,description,status,favourite,deleted,rating,pages,publication_year,"
    "isbn,olid,tags,my_review,notes,book_format,readings,date_added,date_modified"
)
ROW = (
    'Les Misérables,Tome I,"Hugo, Victor",Fantine.,finished,true,false,3.5,500,1862,'
    "9780306406157,OL1M,classique|||||roman,,,paperback,"
    "2020-01-01T00:00:00.000|2020-02-01T00:00:00.000|;2022-05-01T00:00:00.000||,"
    "2019-12-01T10:00:00.000,2019-12-01T10:00:00.000"
)


def _parse(path: Path) -> list[ParseResult]:
    return list(OpenreadsImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "or.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_example(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/openreads/bookwyrm/openreads-csv-example.csv")
    records = records_only(results)
    assert len(results) == 4 and len(records) == 4
    assert Counter(e.type for r in records for e in r.events) == {
        "finished": 3, "rated": 3, "wishlist": 1, "liked": 1
    }
    flowers, record, divide, winter = records
    assert [r.row for r in records] == [2, 3, 8, 9]  # the long description spans lines 3-7
    assert [s.name for s in flowers.subjects] == ["1", "Solarpunk"]
    assert flowers.events[0].type == "wishlist" and flowers.year == 2023
    assert record.title == "Permanent Record" and record.identifiers["openlibrary"] == "OL27260330M"
    assert record.description and "\n\nIn 2013" in record.description
    assert [(e.type, e.at) for e in record.events][:2] == [
        ("finished", "2023-11-28"), ("liked", "2024-03-01T13:01:12.938000")
    ]
    assert divide.events[-1].value == 4.5 and divide.pages == 347
    assert winter.creators[0].name == "Mark Smith"


@pytest.mark.realdata
def test_detect(shared_data: Path) -> None:
    importer = OpenreadsImporter()
    path = shared_data / "exports/openreads/bookwyrm/openreads-csv-example.csv"
    assert importer.detect(Source(path)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/bookwyrm/bookwyrm/bookwyrm.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/generic-csv/bookwyrm/generic.csv")) <= 0.2


def test_readings_subtitle_and_deleted(tmp_path: Path) -> None:
    deleted = ROW.replace("true,false", "false,true")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{deleted}\n"))
    record = results[0]
    assert isinstance(record, ImportRecord)
    assert record.alt_titles == ["Les Misérables: Tome I"] and record.creators[0].name == "Victor Hugo"
    assert [(e.type, e.at, e.value) for e in record.events] == [
        ("finished", "2020-02-01", None), ("liked", "2019-12-01T10:00:00", None),
        ("rated", "2020-02-01", 3.5),
    ]
    assert isinstance(results[1], SkippedRow) and "deleted" in results[1].reason


def test_huge_description(tmp_path: Path) -> None:
    row = ROW.replace("Fantine.", '"' + "Fantine " * 150_000 + '"')
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\n{row}\n")))[0]
    assert record.description and len(record.description) <= MAX_FIELD_CHARS


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'status'"):
        _parse(_write(tmp_path, HEADER.replace("status", "state") + "\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = ROW.replace(",3.5,", ",9,")
    results = _parse(_write(tmp_path, f"{HEADER}\n{ROW}\n{bad}\n{ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n", encoding)))[0]
    assert record.title == "Les Misérables"


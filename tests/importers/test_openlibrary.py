"""Open Library reading log CSV: the id-only export is skipped, the full export imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.openlibrary import OpenLibraryImporter
from engine.importers.records import ParseResult, RowError, SkippedRow
from engine.importers.source import Source
from tests.importers.support import records_only

FULL_HEADER = (
    "Work ID,Title,Authors,First Publish Year,Edition Id,Edition Count,ISBN 10,ISBN 13,"
    "Bookshelf,My Ratings,Ratings Average,Ratings Count,Has Ebook,Subjects"
)
FULL_ROW = (
    'OL45883W,Le Petit Prince,Antoine de Saint-Exupéry,1943,OL7353617M,300,,9780306406157,'
    'Already Read,5,4.3,1000,true,"Fables, Princes"'
)


def _parse(path: Path) -> list[ParseResult]:
    return list(OpenLibraryImporter().parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "ol.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_id_only_export_is_skipped(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/openlibrary/bookwyrm/openlibrary.csv")
    assert len(results) == 4 and all(isinstance(r, SkippedRow) for r in results)
    assert [r.row for r in results] == [2, 3, 4, 5]
    assert "OL102749W" in results[0].reason and "no title" in results[0].reason  # type: ignore[union-attr]


@pytest.mark.realdata
def test_detect(shared_data: Path) -> None:
    importer = OpenLibraryImporter()
    assert importer.detect(Source(shared_data / "exports/openlibrary/bookwyrm/openlibrary.csv")) >= 0.9
    assert importer.detect(Source(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")) <= 0.2
    openreads = shared_data / "exports/openreads/bookwyrm/openreads-csv-example.csv"
    assert importer.detect(Source(openreads)) <= 0.2


def test_full_export_is_imported(tmp_path: Path) -> None:
    wish = FULL_ROW.replace("OL45883W", "OL1W").replace("Already Read,5", "Want to Read,")
    (read, wanted) = records_only(_parse(_write(tmp_path, f"{FULL_HEADER}\n{FULL_ROW}\n{wish}\n")))
    assert read.title == "Le Petit Prince" and read.year == 1943
    assert read.identifiers == {"isbn13": "9780306406157", "openlibrary": "OL45883W"}
    assert read.creators[0].name == "Antoine de Saint-Exupéry"
    assert [(e.type, e.value) for e in read.events] == [("finished", None), ("rated", 5.0)]
    assert [s.name for s in read.subjects] == ["Fables", "Princes"]
    assert [e.type for e in wanted.events] == ["wishlist"] and wanted.source_key == "openlibrary:OL1W"


def test_missing_required_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Bookshelf'"):
        _parse(_write(tmp_path, "Work Id,Edition Id,Shelf\nOL1W,,Already Read\n"))


def test_garbage_row(tmp_path: Path) -> None:
    bad = FULL_ROW.replace("Already Read,5", "Already Read,lots")
    results = _parse(_write(tmp_path, f"{FULL_HEADER}\n{FULL_ROW}\n{bad}\n{FULL_ROW}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert isinstance(results[1], RowError) and results[1].row == 3


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, f"{FULL_HEADER}\r\n{FULL_ROW}\r\n", encoding)))[0]
    assert record.creators[0].name == "Antoine de Saint-Exupéry"


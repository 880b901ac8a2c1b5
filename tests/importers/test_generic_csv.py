"""Generic CSV/TSV: column guessing, the person's overrides, rating scale guess, bad files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.generic_csv import GenericCsvImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

MIXED = (
    "Name;Director;Year;Type;Genres;My Rating;Status;Date Watched;IMDb ID\n"
    "Amélie;Jean-Pierre Jeunet;2001;movie;Comedy|Romance;9;watched;2020-05-01;tt0211915\n"
    "Twin Peaks;David Lynch;1990;TV Series;Mystery;10;watching;;\n"
    "Stalker;Andrei Tarkovsky;1979;film;;;watchlist;;0079944\n"
)


def _parse(path: Path, options: dict[str, str] | None = None) -> list[ParseResult]:
    return list(GenericCsvImporter(options).parse(Source(path)))


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.realdata
def test_real_bookwyrm_generic(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/generic-csv/bookwyrm/generic.csv")
    records = records_only(results)
    assert len(results) == 4 and len(records) == 4
    assert Counter(e.type for r in records for e in r.events) == {"finished": 4, "rated": 2}
    gideon, harrow, _sub, patisserie = records
    assert gideon.kind == "book" and gideon.identifiers == {"isbn13": "9781250313195"}
    assert gideon.events[0].at == "2021-11-11" and gideon.source_key == "csv:generic.csv:38"
    assert harrow.source_scale == 5 and [(e.type, e.value) for e in harrow.events] == [
        ("finished", None), ("rated", 3.0)  # the row is one cell short: still read
    ]
    assert patisserie.creators[0].name == "Mélanie Dupuis"


@pytest.mark.realdata
def test_detect_is_low_but_positive(shared_data: Path, tmp_path: Path) -> None:
    importer = GenericCsvImporter()
    score = importer.detect(Source(shared_data / "exports/generic-csv/bookwyrm/generic.csv"))
    assert 0 < score <= 0.2
    for other in ("goodreads/bookwyrm/goodreads.csv", "storygraph/yamtrack/minimal.csv"):
        assert importer.detect(Source(shared_data / "exports" / other)) <= 0.2
    assert importer.detect(Source(shared_data / "exports/openlibrary/bookwyrm/openlibrary.csv")) == 0
    assert importer.detect(Source(_write(tmp_path, "Some prose.\nMore prose.\n", name="a.txt"))) == 0


def test_guessed_columns_kinds_statuses_and_scale(tmp_path: Path) -> None:
    amelie, peaks, stalker = records_only(_parse(_write(tmp_path, MIXED)))
    assert (amelie.kind, peaks.kind, stalker.kind) == ("film", "series", "film")
    assert amelie.creators[0].name == "Jean-Pierre Jeunet" and amelie.creators[0].role == "director"
    assert amelie.year == 2001 and amelie.identifiers == {"imdb": "tt0211915"}
    assert [(s.name, s.kind) for s in amelie.subjects] == [("Comedy", "genre"), ("Romance", "genre")]
    assert amelie.source_scale == 10  # highest rating 10 → a 10-point scale
    assert [(e.type, e.at, e.value) for e in amelie.events] == [
        ("finished", "2020-05-01", None), ("rated", "2020-05-01", 4.5)
    ]
    assert [e.type for e in peaks.events] == ["started", "rated"]
    assert [e.type for e in stalker.events] == ["wishlist"]
    assert stalker.identifiers == {"imdb": "tt0079944"}


def test_overrides(tmp_path: Path) -> None:
    text = "Work,Writer,Stars,Blurb,What\nDune,\"Herbert, Frank\",80,Sand.,x\n"
    options = {"title": "Work", "creators": "Writer", "rating": "Stars", "rating_scale": "100",
               "description": "Blurb", "kind": "book"}
    record = records_only(_parse(_write(tmp_path, text), options))[0]
    assert record.title == "Dune" and record.creators[0].name == "Frank Herbert"
    assert record.kind == "book" and record.description == "Sand."
    assert record.events[0].value == 4.0 and record.source_scale == 100


def test_override_naming_an_absent_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Nope'"):
        _parse(_write(tmp_path, "title\nDune\n"), {"creators": "Nope"})


def test_no_title_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'title'"):
        _parse(_write(tmp_path, "author,year\nFrank Herbert,1965\n"))


def test_garbage_row(tmp_path: Path) -> None:
    text = "title,rating\nA,4\nB,lots\n,3\nC,5\n"
    results = _parse(_write(tmp_path, text))
    assert [type(r).__name__ for r in results] == [
        "ImportRecord", "RowError", "RowError", "ImportRecord"
    ]
    assert [r.row for r in results if isinstance(r, RowError)] == [3, 4]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    record = records_only(_parse(_write(tmp_path, MIXED.replace("\n", "\r\n"), encoding)))[0]
    assert record.title == "Amélie"


def test_tsv(tmp_path: Path) -> None:
    record = records_only(_parse(_write(tmp_path, "title\tauthor\nÉmile\tZola\n", name="x.tsv")))[0]
    assert record.title == "Émile" and record.kind == "book"


def test_huge_field(tmp_path: Path) -> None:
    text = 'title,description\nBig,"' + "word " * 250_000 + '"\n'
    record = records_only(_parse(_write(tmp_path, text)))[0]
    assert record.description is not None and len(record.description) <= 1_000_000

"""TMDB CSV exports: ratings and watchlist."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.tmdb import TmdbImporter
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source

REAL = Path("exports/tmdb/yamtrack")
HEADER = ("TMDb ID,IMDb ID,Type,Name,Release Date,Season Number,Episode Number,Rating,Your Rating,"
          "Date Rated\n")


def parse(source: Source) -> list[ParseResult]:
    return list(TmdbImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Source:
    path = tmp_path / "tmdb-ratings.csv"
    path.write_bytes(text.encode(encoding))
    return Source(path)


@pytest.mark.realdata
def test_real_ratings(shared_data: Path) -> None:
    results = parse(Source(shared_data / REAL / "import_tmdb_ratings.csv"))
    recs = records(results)
    assert len(recs) == 3
    (skipped,) = [r for r in results if isinstance(r, SkippedRow)]
    assert skipped.row == 2 and "Friends S1E1" in skipped.reason
    assert not [r for r in results if isinstance(r, RowError)]
    assert Counter(e.type for r in recs for e in r.events) == {"rated": 3}
    train = recs[0]
    assert (train.title, train.kind, train.year, train.row) == ("부산행", "film", 2016, 3)
    assert train.source_key == "tmdb:movie:396535"
    assert train.identifiers == {"tmdb": "396535", "imdb": "tt5700672"}
    assert (train.events[0].value, train.events[0].at) == (3.5, "2023-05-02T09:29:50+00:00")
    assert train.source_scale == 10
    chernobyl = recs[1]
    assert (chernobyl.kind, chernobyl.source_key, chernobyl.events[0].value) == (
        "series", "tmdb:tv:87108", 4.0)


@pytest.mark.realdata
def test_real_watchlist(shared_data: Path) -> None:
    results = parse(Source(shared_data / REAL / "import_tmdb_watchlist.csv"))
    recs = records(results)
    assert len(results) == len(recs) == 2
    assert Counter(e.type for r in recs for e in r.events) == {"wishlist": 2}
    assert [(r.title, r.kind, r.year) for r in recs] == [
        ("Breaking Bad", "series", 2008), ("South Park", "series", 1997)]
    assert recs[1].identifiers == {"tmdb": "2190", "imdb": "tt0121955"}
    assert recs[0].events[0].value is None and recs[0].source_scale is None


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = TmdbImporter()
    for name in ("import_tmdb_ratings.csv", "import_tmdb_watchlist.csv"):
        assert importer.detect(Source(shared_data / REAL / name)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/imdb/yamtrack/import_imdb.csv")) <= 0.2
    assert importer.detect(write(tmp_path, "hello world\n")) <= 0.2


def test_garbage_rating(tmp_path: Path) -> None:
    text = HEADER + (
        "680,tt0110912,movie,Pulp Fiction,1994-09-10,,,8.49,8,2023-05-02T09:40:27Z\n"
        "603,tt0133093,movie,The Matrix,1999-03-30,,,8.2,abc,2023-05-02T09:40:27Z\n"
        "1396,tt0903747,tv,Breaking Bad,2008-01-20,,,8.9,10,2023-05-02T09:40:27Z\n"
        "x,,movie,No Id,,,,,5,\n"
        "1,,book,Wrong Type,,,,,5,\n"
    )
    results = parse(write(tmp_path, text))
    errors = [r for r in results if isinstance(r, RowError)]
    assert [e.row for e in errors] == [3, 5, 6]
    assert "'abc'" in errors[0].message
    assert [r.events[0].value for r in records(results)] == [4.0, 5.0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = HEADER + "194,tt0211915,movie,Amélie,2001-04-25,,,7.9,9,2023-05-02T09:40:27Z\n"
    (record,) = parse(write(tmp_path, text, encoding))
    assert isinstance(record, ImportRecord) and record.title == "Amélie"


def test_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'Type'"):
        parse(write(tmp_path, "TMDb ID,Name,Your Rating\n680,Pulp Fiction,8\n"))


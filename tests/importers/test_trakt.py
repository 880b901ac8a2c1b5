"""Trakt JSON exports: ratings, watched, history and watchlist."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.trakt import TraktImporter
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source

REAL = Path("exports/trakt/yamtrack")
PULP = {"title": "Pulp Fiction", "year": 1994,
        "ids": {"trakt": 554, "slug": "pulp-fiction-1994", "imdb": "tt0110912", "tmdb": 680}}
SHOW = {"title": "Dark", "year": 2017,
        "ids": {"trakt": 123, "slug": "dark", "imdb": "tt5753856", "tmdb": 70523, "tvdb": 334824}}


def parse(source: Source) -> list[ParseResult]:
    return list(TraktImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def write_json(tmp_path: Path, data: Any, name: str = "ratings-movies.json",
               encoding: str = "utf-8") -> Source:
    path = tmp_path / name
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode(encoding))
    return Source(path)


@pytest.mark.realdata
def test_real_ratings(shared_data: Path) -> None:
    results = parse(Source(shared_data / REAL / "import_trakt_ratings.json"))
    (record,) = results
    assert isinstance(record, ImportRecord)
    assert (record.kind, record.title, record.year, record.row) == ("film", "Pulp Fiction", 1994, 1)
    assert record.source_key == "trakt:movie:554"
    assert record.identifiers == {"trakt": "554", "tmdb": "680", "imdb": "tt0110912"}
    assert [(e.type, e.value, e.at) for e in record.events] == [
        ("rated", 4.0, "2024-03-07T19:37:27+00:00")]
    assert record.source_scale == 10


@pytest.mark.realdata
def test_real_watched_show_rolls_up(shared_data: Path) -> None:
    results = parse(Source(shared_data / REAL / "import_trakt_watched.json"))
    (record,) = results
    assert isinstance(record, ImportRecord)
    assert (record.kind, record.title, record.year) == ("series", "South Park", 1997)
    assert record.source_key == "trakt:show:2177"
    assert record.identifiers == {"trakt": "2177", "tmdb": "2190", "tvdb": "75897",
                                  "imdb": "tt0121955"}
    assert Counter(e.type for e in record.events) == {"started": 1, "seen": 1}
    assert all(e.at == "2024-09-10T13:52:56+00:00" for e in record.events)


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = TraktImporter()
    for name in ("import_trakt_ratings.json", "import_trakt_watched.json"):
        assert importer.detect(Source(shared_data / REAL / name)) >= 0.9
    assert importer.detect(Source(shared_data / "exports/pinboard/wallabag/pinboard_export")) <= 0.2
    tmdb = shared_data / "exports/tmdb/yamtrack/import_tmdb_ratings.csv"
    assert importer.detect(Source(tmdb)) <= 0.2
    plain = tmp_path / "notes.txt"
    plain.write_text("[just text]\n")
    assert importer.detect(Source(plain)) <= 0.2


def test_history_episodes_roll_up_into_one_show(tmp_path: Path) -> None:
    history = [
        {"id": 1, "watched_at": "2024-01-03T20:00:00.000Z", "action": "watch", "type": "episode",
         "episode": {"season": 1, "number": 2, "title": "Lies", "ids": {"trakt": 9002}},
         "show": SHOW},
        {"id": 2, "watched_at": "2024-01-05T20:00:00.000Z", "action": "scrobble", "type": "movie",
         "movie": PULP},
        {"id": 3, "watched_at": "2024-01-01T20:00:00.000Z", "action": "watch", "type": "episode",
         "episode": {"season": 1, "number": 1, "title": "Secrets", "ids": {"trakt": 9001}},
         "show": SHOW},
    ]
    results = parse(write_json(tmp_path, history, "history.json"))
    movie, show = records(results)
    assert len(results) == 2
    assert movie.kind == "film" and [e.type for e in movie.events] == ["finished"]
    assert show.kind == "series" and show.row == 1 and show.source_key == "trakt:show:123"
    assert [(e.type, e.at) for e in show.events] == [
        ("started", "2024-01-01T20:00:00+00:00"), ("seen", "2024-01-03T20:00:00+00:00")]


def test_watchlist_and_skipped_entries(tmp_path: Path) -> None:
    items = [
        {"rank": 1, "listed_at": "2024-02-01T10:00:00.000Z", "type": "show", "show": SHOW},
        {"rated_at": "2024-02-02T10:00:00.000Z", "rating": 9, "type": "episode",
         "episode": {"season": 1, "number": 1, "ids": {"trakt": 9001}}, "show": SHOW},
        {"collected_at": "2024-02-03T10:00:00.000Z", "type": "movie", "movie": PULP},
    ]
    results = parse(write_json(tmp_path, items, "watchlist.json"))
    (record,) = records(results)
    assert record.events[0].type == "wishlist" and record.kind == "series"
    assert [type(r) for r in results[1:]] == [SkippedRow, SkippedRow]


def test_same_movie_same_key_across_files(tmp_path: Path) -> None:
    rated = records(parse(write_json(tmp_path, [
        {"rated_at": "2024-01-01T00:00:00Z", "rating": 10, "type": "movie", "movie": PULP}])))
    watched = records(parse(write_json(tmp_path, [
        {"plays": 2, "last_watched_at": "2024-01-01T00:00:00Z", "movie": PULP}], "watched.json")))
    assert rated[0].source_key == watched[0].source_key == "trakt:movie:554"
    assert watched[0].events[0].type == "finished"


def test_garbage_rating_is_a_row_error(tmp_path: Path) -> None:
    items = [
        {"rated_at": "2024-01-01T00:00:00Z", "rating": 8, "type": "movie", "movie": PULP},
        {"rated_at": "2024-01-01T00:00:00Z", "rating": "abc", "type": "show", "show": SHOW},
        {"rated_at": "2024-01-01T00:00:00Z", "rating": 6, "type": "show", "show": SHOW},
        {"rated_at": "2024-01-01T00:00:00Z", "rating": 7, "type": "person", "person": {}},
        "not an object",
    ]
    results = parse(write_json(tmp_path, items))
    errors = [r for r in results if isinstance(r, RowError)]
    assert [e.row for e in errors] == [2, 4, 5]
    assert "'abc'" in errors[0].message
    assert [r.events[0].value for r in records(results)] == [4.0, 3.0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    movie = {"title": "Amélie", "year": 2001, "ids": {"trakt": 194}}
    source = write_json(tmp_path, [{"listed_at": "2024-01-01T00:00:00Z", "movie": movie}],
                        encoding=encoding)
    assert TraktImporter().detect(source) >= 0.9
    (record,) = parse(source)
    assert isinstance(record, ImportRecord) and record.title == "Amélie"


def test_not_an_array_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="JSON array"):
        parse(write_json(tmp_path, {"movies": []}))


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "ratings.json"
    path.write_text('[{"rating": 8, "movie": {"title": "x"')
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        parse(Source(path))


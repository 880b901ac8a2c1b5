"""Letterboxd export: each CSV member of the export ZIP, parsed on its own."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.letterboxd import LetterboxdImporter, film_uri
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source, zip_members

REAL = Path("exports/letterboxd/yamtrack")
DIARY_HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
WATCH_HEADER = "Date,Name,Year,Letterboxd URI\n"


def parse(source: Source) -> list[ParseResult]:
    return list(LetterboxdImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def events(results: list[ParseResult]) -> Counter[str]:
    return Counter(e.type for r in records(results) for e in r.events)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Source:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return Source(path)


# --- real files --------------------------------------------------------------------------------


@pytest.mark.realdata
def test_real_diary(shared_data: Path) -> None:
    results = parse(Source(shared_data / REAL / "diary.csv"))
    assert len(records(results)) == 12
    assert not [r for r in results if not isinstance(r, ImportRecord)]
    assert events(results) == {"finished": 12, "rated": 8}
    by_row = {r.row: r for r in records(results)}
    filipinana = by_row[11]
    assert filipinana.title == "Filipiñana"
    assert filipinana.year == 2026
    assert filipinana.source_key == "letterboxd:filipiñana:2026"
    assert [(e.type, e.value, e.at) for e in filipinana.events] == [
        ("finished", None, "2026-08-18"), ("rated", 2.0, "2026-08-18")]
    assert filipinana.source_scale == 5
    godfather_2 = by_row[2]  # a rewatch, watched long before it was logged
    assert godfather_2.events[0].at == "2025-02-24"
    assert by_row[4].events[1].value == 3.5  # half stars kept
    # a diary short link names the entry, not the film: not an identifier
    assert all("letterboxd" not in r.identifiers for r in records(results))


@pytest.mark.realdata
def test_real_ratings_watched_reviews(shared_data: Path) -> None:
    ratings = parse(Source(shared_data / REAL / "ratings.csv"))
    assert len(ratings) == len(records(ratings)) == 7
    assert events(ratings) == {"rated": 7}
    godfather = records(ratings)[0]
    assert (godfather.title, godfather.year) == ("The Godfather", 1972)
    assert godfather.events[0].value == 5
    assert godfather.identifiers == {"letterboxd": "https://boxd.it/2aNK"}

    watched = parse(Source(shared_data / REAL / "watched.csv"))
    assert len(watched) == len(records(watched)) == 11
    assert events(watched) == {"finished": 11}
    assert records(watched)[3].title == "The Odyssey"

    reviews = parse(Source(shared_data / REAL / "reviews.csv"))
    assert len(reviews) == len(records(reviews)) == 4
    assert events(reviews) == {"finished": 4, "rated": 2}


@pytest.mark.realdata
def test_same_film_same_key_across_files(shared_data: Path) -> None:
    keys = {
        name: {r.title: r.source_key for r in records(parse(Source(shared_data / REAL / name)))}
        for name in ("diary.csv", "ratings.csv", "watched.csv", "reviews.csv")
    }
    assert keys["diary.csv"]["The Godfather"] == keys["ratings.csv"]["The Godfather"]
    assert keys["watched.csv"]["The Godfather"] == "letterboxd:the-godfather:1972"
    assert keys["reviews.csv"]["Boiling Point"] == keys["watched.csv"]["Boiling Point"]
    assert keys["diary.csv"]["Filipiñana"] == keys["ratings.csv"]["Filipiñana"]


@pytest.mark.realdata
def test_detect_real_files(shared_data: Path) -> None:
    for name in ("diary.csv", "ratings.csv", "watched.csv", "reviews.csv"):
        assert LetterboxdImporter().detect(Source(shared_data / REAL / name)) >= 0.9
    other = shared_data / "exports/imdb/yamtrack/import_imdb.csv"
    assert LetterboxdImporter().detect(Source(other)) <= 0.2
    assert LetterboxdImporter().detect(Source(shared_data / "movielens-small/movies.csv")) <= 0.2


def test_detect_plain_text(tmp_path: Path) -> None:
    assert LetterboxdImporter().detect(write(tmp_path, "notes.txt", "hello\nworld\n")) == 0.0


@pytest.mark.realdata
def test_export_zip_members(shared_data: Path, tmp_path: Path) -> None:
    archive = tmp_path / "letterboxd-user-2026.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("diary.csv", "ratings.csv", "watched.csv", "reviews.csv"):
            zf.write(shared_data / REAL / name, name)
        zf.writestr("watchlist.csv", WATCH_HEADER + "2026-01-02,Perfect Days,2023,https://boxd.it/xyz1\n")
        zf.writestr("likes/films.csv", WATCH_HEADER + "2026-01-03,The Godfather,1972,https://boxd.it/2aNK\n")
        zf.writestr("deleted/diary.csv", DIARY_HEADER + "2026-01-01,Cats,2019,https://boxd.it/a,,,,\n")
        zf.writestr("profile.csv", "Date Joined,Username,Given Name\n2020-01-01,me,Me\n")
    importer = LetterboxdImporter()
    members = list(zip_members(archive))
    accepted = [m for m in members if importer.detect(m) >= 0.9]
    assert {m.member for m in accepted} == {
        "diary.csv", "ratings.csv", "watched.csv", "reviews.csv", "watchlist.csv",
        "likes/films.csv", "deleted/diary.csv"}
    results = [r for m in accepted for r in parse(m)]
    assert len(records(results)) == 12 + 7 + 11 + 4 + 1 + 1
    assert events(results) == {"finished": 27, "rated": 17, "wishlist": 1, "liked": 1}
    skipped = [r for r in results if isinstance(r, SkippedRow)]
    assert len(skipped) == 1 and "deleted" in skipped[0].reason
    liked = next(r for r in records(results) if r.events[0].type == "liked")
    assert liked.source_key == "letterboxd:the-godfather:1972"


def test_zip_with_path_traversal_member_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("diary.csv", DIARY_HEADER)
        zf.writestr("../evil.csv", WATCH_HEADER + "2026-01-01,Evil,2000,https://boxd.it/e\n")
    with pytest.raises(ImportFormatError, match="outside the archive"):
        list(zip_members(archive))


# --- URIs, tags, layouts -----------------------------------------------------------------------


def test_long_uris_are_normalised_to_the_film() -> None:
    assert film_uri("https://letterboxd.com/someone/film/the-godfather/1/", "diary") == (
        "https://letterboxd.com/film/the-godfather/")
    assert film_uri("https://letterboxd.com/film/the-godfather/", "watched") == (
        "https://letterboxd.com/film/the-godfather/")
    assert film_uri("https://boxd.it/fTOHCx", "diary") is None
    assert film_uri("https://boxd.it/2aNK", "ratings") == "https://boxd.it/2aNK"


def test_diary_tags_and_missing_watched_date(tmp_path: Path) -> None:
    source = write(tmp_path, "diary.csv", DIARY_HEADER
                   + '2024-05-01,Perfect Days,2023,https://letterboxd.com/me/film/perfect-days/,'
                   '4.5,,"tokyo, slow cinema",\n')
    (record,) = parse(source)
    assert isinstance(record, ImportRecord)
    assert [(s.name, s.kind) for s in record.subjects] == [("tokyo", "tag"), ("slow cinema", "tag")]
    assert record.events[0].at == "2024-05-01"  # falls back to the logged date
    assert record.events[1].value == 4.5
    assert record.identifiers["letterboxd"] == "https://letterboxd.com/film/perfect-days/"


# --- bad input ---------------------------------------------------------------------------------


def test_missing_column(tmp_path: Path) -> None:
    text = "Date,Year,Letterboxd URI,Rating\n2024-01-01,2000,x,3\n"
    source = write(tmp_path, "ratings.csv", text)
    with pytest.raises(ImportFormatError, match="'Name'"):
        parse(source)


def test_garbage_rating_is_a_row_error(tmp_path: Path) -> None:
    source = write(tmp_path, "ratings.csv", "Date,Name,Year,Letterboxd URI,Rating\n"
                   "2024-01-01,Alien,1979,https://boxd.it/a1,4\n"
                   "2024-01-02,Aliens,1986,https://boxd.it/a2,abc\n"
                   "2024-01-03,Alien 3,1992,https://boxd.it/a3,7\n"
                   "2024-01-04,Prometheus,2012,https://boxd.it/a4,2.5\n")
    results = parse(source)
    errors = [r for r in results if isinstance(r, RowError)]
    assert [(e.row, "abc" in e.message) for e in errors[:1]] == [(3, True)]
    assert errors[1].row == 4 and "above" in errors[1].message
    assert [r.title for r in records(results)] == ["Alien", "Prometheus"]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = WATCH_HEADER + "2024-01-01,Amélie,2001,https://boxd.it/am\n"
    (record,) = parse(write(tmp_path, "watched.csv", text, encoding))
    assert isinstance(record, ImportRecord)
    assert record.title == "Amélie" and record.events[0].type == "finished"



# --- viewings ----------------------------------------------------------------------------------


def test_watched_adds_a_viewing_only_to_films_without_one(tmp_path: Path) -> None:
    """watched.csv says a film was seen (dated the day it was logged); the diary's entries are the
    viewings. A film in both keeps its diary viewings only; a film only in watched.csv gets one."""
    from engine import open_library

    archive = tmp_path / "letterboxd-export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("diary.csv", DIARY_HEADER
                    + "2024-03-02,Perfect Days,2023,https://boxd.it/e1,4.5,,,2024-03-01\n"
                    + "2024-06-10,Perfect Days,2023,https://boxd.it/e2,5,Yes,,2024-06-09\n")
        zf.writestr("watched.csv", WATCH_HEADER
                    + "2024-03-02,Perfect Days,2023,https://boxd.it/pd\n"
                    + "2024-04-20,Past Lives,2023,https://boxd.it/pl\n")
    with open_library(tmp_path / "home") as lib:
        lib.import_path(archive)
        lib.import_path(archive)  # again: nothing doubles
        titles = {item.id: item.title for item in lib.items()}
        finished = sorted((titles[e.item_id], e.at) for e in lib.store.events.all() if e.type == "finished")
    assert finished == [("Past Lives", "2024-04-20"), ("Perfect Days", "2024-03-01"),
                        ("Perfect Days", "2024-06-09")]

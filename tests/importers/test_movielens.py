"""MovieLens catalogues: ml-latest movies.csv (+ links.csv, tags.csv) and ml-100k u.item."""

from __future__ import annotations

import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.movielens import MovieLensImporter, split_title
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source, zip_members

MOVIES = Path("movielens-small/movies.csv")
UITEM = Path("ml-100k/u.item")
FLAGS = "|".join(["0"] * 19)


def parse(source: Source) -> list[ParseResult]:
    return list(MovieLensImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def write(path: Path, text: str, encoding: str = "utf-8") -> Source:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return Source(path)


# --- real files --------------------------------------------------------------------------------


@pytest.mark.realdata
def test_real_movies_with_links_and_tags(shared_data: Path) -> None:
    start = time.perf_counter()
    results = parse(Source(shared_data / MOVIES))
    rate = len(results) / (time.perf_counter() - start)
    print(f"movies.csv + links.csv + tags.csv: {rate:,.0f} rows/s")
    assert rate >= 5000
    recs = records(results)
    assert len(results) == len(recs) == 9742
    assert all(not r.events for r in recs)  # a catalogue
    assert sum(1 for r in recs if not any(s.kind == "genre" for s in r.subjects)) == 34
    assert sum(1 for r in recs if r.year is None) == 12
    assert sum(1 for r in recs if "tmdb" not in r.identifiers) == 8
    tagged = [r for r in recs if any(s.kind == "tag" for s in r.subjects)]
    assert len(tagged) == 1572
    assert sum(1 for r in recs for s in r.subjects if s.kind == "tag") == 3574
    time_travel = {r.identifiers["movielens"] for r in recs
                   if any(s.name == "time travel" and s.kind == "tag" for s in r.subjects)}
    assert len(time_travel) == 13 and {"32", "2011", "7254"} <= time_travel

    by_id = {r.identifiers["movielens"]: r for r in recs}
    matrix = by_id["2571"]
    assert (matrix.title, matrix.year, matrix.row) == ("The Matrix", 1999, 1941)
    assert matrix.source_key == "movielens:2571"
    assert matrix.identifiers == {"movielens": "2571", "imdb": "tt0133093", "tmdb": "603"}
    assert [s.name for s in matrix.subjects if s.kind == "genre"] == [
        "action", "science fiction", "thriller"]
    assert {"philosophy", "alternate universe"} <= {s.name for s in matrix.subjects}
    city = by_id["29"]
    assert city.title == "The City of Lost Children"
    assert city.alt_titles == ["La Cité des enfants perdus"]
    assert by_id["47"].alt_titles == ["Se7en"]
    assert by_id["1"].identifiers["imdb"] == "tt0114709"
    assert [s.name for s in by_id["1"].subjects if s.kind == "genre"] == [
        "adventure", "animation", "family", "comedy", "fantasy"]


@pytest.mark.realdata
def test_real_u_item(shared_data: Path) -> None:
    results = parse(Source(shared_data / UITEM))
    recs = records(results)
    assert len(recs) == 1681
    (skipped,) = [r for r in results if isinstance(r, SkippedRow)]
    assert skipped.row == 267
    assert not [r for r in results if isinstance(r, RowError)]
    by_key = {r.source_key: r for r in recs}
    # Latin-1 bytes after the first 64 KiB are decoded correctly
    assert by_key["ml-100k:543"].title == "Les Misérables"
    assert by_key["ml-100k:1633"].title == "Á köldum klaka"
    assert by_key["ml-100k:1633"].alt_titles == ["Cold Fever"]
    assert by_key["ml-100k:1005"].title == "La Double vie de Véronique"
    goldeneye = by_key["ml-100k:2"]
    assert (goldeneye.title, goldeneye.year) == ("GoldenEye", 1995)
    assert [s.name for s in goldeneye.subjects] == ["action", "adventure", "thriller"]
    assert "movielens" not in goldeneye.identifiers  # ml-100k ids are not ml-latest ids
    assert all(not r.events for r in recs)
    genres = Counter(s.name for r in recs for s in r.subjects)
    assert genres["drama"] == 725 and genres["family"] == 122


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = MovieLensImporter()
    assert importer.detect(Source(shared_data / MOVIES)) >= 0.9
    assert importer.detect(Source(shared_data / UITEM)) >= 0.9
    assert importer.detect(Source(shared_data / "movielens-small/links.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "ml-100k/u.genre")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/imdb/yamtrack/import_imdb.csv")) <= 0.2
    assert importer.detect(write(tmp_path / "a.txt", "plain text\n")) <= 0.2


# --- titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("Toy Story (1995)", ("Toy Story", [], 1995)),
    ("Matrix, The (1999)", ("The Matrix", [], 1999)),
    ("City of Lost Children, The (Cité des enfants perdus, La) (1995)",
     ("The City of Lost Children", ["La Cité des enfants perdus"], 1995)),
    ("Léon: The Professional (a.k.a. The Professional) (Léon) (1994)",
     ("Léon: The Professional", ["The Professional", "Léon"], 1994)),
    ("(500) Days of Summer (2009)", ("(500) Days of Summer", [], 2009)),
    ("Avventura, L' (1960)", ("L'Avventura", [], 1960)),
    ("Death Note: Desu nôto (2006–2007)", ("Death Note: Desu nôto", [], 2006)),
    ("Babylon 5", ("Babylon 5", [], None)),
])
def test_split_title(raw: str, expected: tuple[str, list[str], int | None]) -> None:
    assert split_title(raw) == expected


# --- folders, ZIPs, bad input ------------------------------------------------------------------


def test_links_and_tags_inside_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "ml-latest-small.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ml-latest-small/movies.csv",
                    "movieId,title,genres\n1,Toy Story (1995),Animation|Children\n")
        zf.writestr("ml-latest-small/links.csv", "movieId,imdbId,tmdbId\n1,0114709,862\n")
        zf.writestr("ml-latest-small/tags.csv", "userId,movieId,tag,timestamp\n"
                    "1,1,Pixar,1\n2,1,pixar,2\n3,1,Time Travel,3\n")
    (movies,) = [m for m in zip_members(archive) if MovieLensImporter().detect(m) >= 0.9]
    (record,) = parse(movies)
    assert isinstance(record, ImportRecord)
    assert record.identifiers == {"movielens": "1", "imdb": "tt0114709", "tmdb": "862"}
    assert [(s.name, s.kind) for s in record.subjects] == [
        ("animation", "genre"), ("family", "genre"), ("pixar", "tag"), ("time travel", "tag")]


def test_broken_links_file_is_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path / "links.csv", "id,imdb\n1,0114709\n")
    source = write(tmp_path / "movies.csv", "movieId,title,genres\n1,Toy Story (1995),Comedy\n")
    results = parse(source)
    assert isinstance(results[0], RowError) and "links.csv" in results[0].message
    assert isinstance(results[1], ImportRecord)


def test_garbage_rows(tmp_path: Path) -> None:
    source = write(tmp_path / "movies.csv", "movieId,title,genres\n1,Toy Story (1995),Comedy\n"
                   "abc,Broken (1999),Drama\n3,,Drama\n4,Heat (1995),Action|Crime|Thriller\n")
    results = parse(source)
    assert [(r.row, type(r)) for r in results if isinstance(r, RowError)] == [
        (3, RowError), (4, RowError)]
    assert [r.title for r in records(results)] == ["Toy Story", "Heat"]


def test_u_item_without_u_genre_and_bad_line(tmp_path: Path) -> None:
    flags_drama = "|".join("1" if i == 8 else "0" for i in range(19))
    text = (f"1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy|{FLAGS}\n"
            f"2|Mis\xe9rables, Les (1995)|01-Jan-1995||http://x|{flags_drama}\n"
            "3|Too short|01-Jan-1995\n")
    results = parse(write(tmp_path / "u.item", text, "latin-1"))
    _first, second, error = results
    assert isinstance(second, ImportRecord) and second.title == "Les Misérables"
    assert [s.name for s in second.subjects] == ["drama"]
    assert isinstance(error, RowError) and error.row == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    source = write(tmp_path / "movies.csv", "movieId,title,genres\n1,Amélie (2001),Comedy\n",
                   encoding)
    assert MovieLensImporter().detect(source) >= 0.9
    (record,) = parse(source)
    assert isinstance(record, ImportRecord) and record.title == "Amélie"


def test_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="'genres'"):
        parse(write(tmp_path / "movies.csv", "movieId,title\n1,Toy Story (1995)\n"))


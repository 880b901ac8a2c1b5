"""IMDb ratings and list exports, in English and localized (Italian) accounts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats._film_common import genre_name
from engine.importers.formats.imdb import ImdbImporter, classify_title_type
from engine.importers.records import ImportRecord, ParseResult, RowError, SkippedRow
from engine.importers.source import Source

RATINGS = Path("exports/imdb/aureliome-imdb-ratings-ai/ratings.csv")
LIST = Path("exports/imdb/yamtrack/import_imdb.csv")
HEADER = ("Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,"
          "Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n")
ENGLISH = {
    "action", "adventure", "animation", "biography", "comedy", "crime", "documentary", "drama",
    "family", "fantasy", "film noir", "history", "horror", "music", "musical", "mystery",
    "romance", "science fiction", "short", "sport", "thriller", "war", "western",
}


def parse(source: Source) -> list[ParseResult]:
    return list(ImdbImporter().parse(source))


def records(results: list[ParseResult]) -> list[ImportRecord]:
    return [r for r in results if isinstance(r, ImportRecord)]


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "ratings.csv") -> Source:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return Source(path)


def row(const: str = "tt0133093", rating: str = "9", title: str = "Matrix",
        original: str = "The Matrix", kind: str = "Film", genres: str = "Azione, Fantascienza",
        directors: str = "Lana Wachowski, Lilly Wachowski") -> str:
    return (f'{const},{rating},2024-03-01,"{title}","{original}",https://www.imdb.com/title/{const},'
            f'{kind},8.7,136,1999,"{genres}",2000000,1999-03-31,"{directors}"\n')


# --- real files --------------------------------------------------------------------------------


@pytest.mark.realdata
def test_real_italian_ratings(shared_data: Path) -> None:
    results = parse(Source(shared_data / RATINGS))
    recs = records(results)
    assert len(results) == 836
    assert len(recs) == 835
    assert not [r for r in results if isinstance(r, RowError)]
    (skipped,) = [r for r in results if isinstance(r, SkippedRow)]
    assert skipped.row == 236 and "episode" in skipped.reason  # Sherlock, "Episodio TV"
    assert Counter(e.type for r in recs for e in r.events) == {"rated": 835}
    assert Counter(r.kind for r in recs) == {"film": 783, "series": 52}
    assert Counter(r.events[0].value for r in recs) == {
        3.0: 290, 3.5: 261, 2.5: 124, 4.0: 97, 2.0: 30, 4.5: 24, 1.5: 7, 5.0: 2}
    assert len({r.source_key for r in recs}) == 835
    assert sum(1 for r in recs if r.alt_titles) == 432
    # every Italian genre is translated
    genres = Counter(s.name for r in recs for s in r.subjects if s.kind == "genre")
    assert set(genres) <= ENGLISH
    assert genres["science fiction"] == 107 and genres["mystery"] == 148 and genres["drama"] == 574

    by_key = {r.source_key: r for r in recs}
    spirited = by_key["imdb:tt0245429"]
    assert spirited.title == "Sen to Chihiro no kamikakushi"
    assert spirited.alt_titles == ["La città incantata"]
    assert spirited.year == 2001 and spirited.runtime_minutes == 124
    assert [(c.name, c.role) for c in spirited.creators] == [("Hayao Miyazaki", "director")]
    assert [s.name for s in spirited.subjects] == ["animation", "family", "adventure", "fantasy"]
    assert spirited.events[0].value == 3.0 and spirited.events[0].at == "2022-06-26"
    assert spirited.source_scale == 10
    bond = by_key["imdb:tt0064757"]
    assert bond.title == "On Her Majesty's Secret Service"
    assert bond.alt_titles == ["Agente 007 - Al servizio segreto di Sua Maestà"]
    assert by_key["imdb:tt3647998"].kind == "series"  # "Serie TV"
    assert by_key["imdb:tt0009611"].kind == "film"  # "Corto"
    assert by_key["imdb:tt20221436"].title == "Emilia Pérez"
    assert recs[-1].row == 837


@pytest.mark.realdata
def test_real_list_export(shared_data: Path) -> None:
    results = parse(Source(shared_data / LIST))
    recs = records(results)
    assert len(recs) == 10
    skipped = [r for r in results if isinstance(r, SkippedRow)]
    assert [s.row for s in skipped] == [3, 7, 8, 13, 16, 17]
    assert "duplicate of row 2" in skipped[0].reason
    assert not [r for r in results if isinstance(r, RowError)]
    assert Counter(e.type for r in recs for e in r.events) == {"rated": 2, "wishlist": 8}
    keys = [r.source_key for r in recs]
    assert keys.count("imdb:tt0468569") == 1  # the duplicate row is not a second work
    henry = next(r for r in recs if r.title == "The Wonderful Story of Henry Sugar")
    assert henry.identifiers == {"imdb": "tt16968450"}  # Const "16968450" normalised
    assert henry.events[0].type == "wishlist" and henry.events[0].at == "2023-07-13"
    knight = recs[0]
    assert knight.events[0].value == 4.0 and knight.events[0].at == "2025-02-02"
    kinds = {r.title: r.kind for r in recs}
    assert kinds["Game of Thrones"] == "series" and kinds["Chernobyl"] == "series"
    assert kinds["Michael Jackson: Thriller"] == "other"
    assert kinds["The Lion King II: Simba's Pride"] == "film"


@pytest.mark.realdata
def test_detect(shared_data: Path, tmp_path: Path) -> None:
    importer = ImdbImporter()
    assert importer.detect(Source(shared_data / RATINGS)) >= 0.9
    assert importer.detect(Source(shared_data / LIST)) >= 0.9
    tmdb = shared_data / "exports/tmdb/yamtrack/import_tmdb_ratings.csv"
    assert importer.detect(Source(tmdb)) <= 0.2
    assert importer.detect(Source(shared_data / "exports/letterboxd/yamtrack/diary.csv")) <= 0.2
    assert importer.detect(write(tmp_path, "just some text\n", name="notes.txt")) <= 0.2


# --- localisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(("title_type", "kind"), [
    ("Movie", "film"), ("Film", "film"), ("Serie TV", "series"), ("Mini serie TV", "series"),
    ("Corto", "film"), ("Speciale TV", "film"), ("Video", "film"), ("TV Mini Series", "series"),
    ("Série TV", "series"), ("Court métrage", "film"), ("Téléfilm", "film"),
    ("Fernsehserie", "series"), ("TV-Miniserie", "series"), ("Kurzfilm", "film"),
    ("Película", "film"), ("Serie de TV", "series"), ("Cortometraje", "film"),
    ("Filme", "film"), ("Minissérie", "series"), ("Curta-metragem", "film"),
    ("tvSeries", "series"), ("Music Video", "other"), ("Video musicale", "other"),
])
def test_title_types(title_type: str, kind: str) -> None:
    assert classify_title_type(title_type) == (kind, None)


@pytest.mark.parametrize("title_type", [
    "Episodio TV", "TV Episode", "Épisode TV", "Folge", "Episodio de TV", "Episódio de TV",
    "Videogioco", "Video Game", "Jeu vidéo", "Videospiel", "Videojuego",
    "Podcast", "Podcast Series", "Serie podcast", "Episodio podcast",
])
def test_skipped_title_types(title_type: str) -> None:
    kind, reason = classify_title_type(title_type)
    assert kind is None and reason


@pytest.mark.parametrize(("raw", "english"), [
    ("Azione", "action"), ("Fantascienza", "science fiction"), ("Commedia", "comedy"),
    ("Giallo", "mystery"), ("Poliziesco", "crime"), ("Sci-Fi", "science fiction"),
    ("Science-fiction", "science fiction"), ("Comédie", "comedy"), ("Krimi", "crime"),
    ("Komödie", "comedy"), ("Ciencia ficción", "science fiction"), ("Acción", "action"),
    ("Ficção científica", "science fiction"), ("Ação", "action"), ("Film-Noir", "film noir"),
])
def test_genre_translation(raw: str, english: str) -> None:
    assert genre_name(raw) == english


def test_localized_row(tmp_path: Path) -> None:
    (record,) = parse(write(tmp_path, HEADER + row()))
    assert isinstance(record, ImportRecord)
    assert record.title == "The Matrix" and record.alt_titles == ["Matrix"]
    assert record.original_title == "The Matrix"
    assert [s.name for s in record.subjects] == ["action", "science fiction"]
    assert [c.name for c in record.creators] == ["Lana Wachowski", "Lilly Wachowski"]
    assert record.events[0].value == 4.5 and record.runtime_minutes == 136


def test_old_layout_without_original_title(tmp_path: Path) -> None:
    text = ("Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,"
            "Genres,Num Votes,Release Date,Directors\n"
            "tt0133093,10,2019-01-01,The Matrix,https://www.imdb.com/title/tt0133093/,movie,8.7,"
            "136,1999,\"Action, Sci-Fi\",2000000,1999-03-31,Lana Wachowski\n")
    (record,) = parse(write(tmp_path, text))
    assert isinstance(record, ImportRecord)
    assert record.title == "The Matrix" and record.alt_titles == []
    assert record.original_title is None
    assert record.events[0].value == 5.0


# --- bad input ---------------------------------------------------------------------------------


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = HEADER + row(title="Il favoloso mondo di Amélie", original="Le fabuleux destin d'Amélie "
                        "Poulain", genres="Commedia, Sentimentale", directors="Jean-Pierre Jeunet")
    source = write(tmp_path, text, encoding="utf-16")
    assert source.path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert ImdbImporter().detect(source) >= 0.9
    (record,) = parse(source)
    assert isinstance(record, ImportRecord)
    assert record.title == "Le fabuleux destin d'Amélie Poulain"
    assert record.alt_titles == ["Il favoloso mondo di Amélie"]
    assert [s.name for s in record.subjects] == ["comedy", "romance"]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8-sig"])
def test_latin1_and_utf8_bom(tmp_path: Path, encoding: str) -> None:
    source = write(tmp_path, HEADER + row(title="Amélie", original="Amélie"), encoding=encoding)
    (record,) = parse(source)
    assert isinstance(record, ImportRecord) and record.title == "Amélie"


def test_garbage_rating(tmp_path: Path) -> None:
    text = HEADER + row() + row(const="tt0234215", rating="abc")
    text += row(const="tt0242653", rating="7")
    results = parse(write(tmp_path, text))
    (error,) = [r for r in results if isinstance(r, RowError)]
    assert error.row == 3 and "'abc'" in error.message
    assert [r.source_key for r in records(results)] == ["imdb:tt0133093", "imdb:tt0242653"]


def test_row_without_id(tmp_path: Path) -> None:
    text = HEADER + row(const="nope").replace("https://www.imdb.com/title/nope", "") + row()
    results = parse(write(tmp_path, text))
    assert isinstance(results[0], RowError) and results[0].row == 2
    assert isinstance(results[1], ImportRecord)


def test_duplicate_with_new_rating_keeps_the_key(tmp_path: Path) -> None:
    list_header = ("Position,Const,Created,Modified,Description,Title,Original Title,URL,"
                   "Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,"
                   "Directors,Your Rating,Date Rated\n")
    text = list_header + (
        "1,tt0111161,2023-07-11,,,Shawshank,Shawshank,,Movie,9.3,142,1994,Drama,1,,,,\n"
        "2,tt0111161,2023-07-12,,,Shawshank,Shawshank,,Movie,9.3,142,1994,Drama,1,,,9,2024-01-01\n"
        "3,tt0111161,2023-07-13,,,Shawshank,Shawshank,,Movie,9.3,142,1994,Drama,1,,,,\n")
    results = parse(write(tmp_path, text))
    recs = records(results)
    assert [r.source_key for r in recs] == ["imdb:tt0111161", "imdb:tt0111161"]
    assert [r.events[0].type for r in recs] == ["wishlist", "rated"]
    assert isinstance(results[2], SkippedRow)


def test_missing_column(tmp_path: Path) -> None:
    source = write(tmp_path, HEADER.replace("Const,", "Id,") + row())
    with pytest.raises(ImportFormatError, match="'Const'"):
        parse(source)


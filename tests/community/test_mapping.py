"""Pack items find their library items by MovieLens id, links.csv, titles, source keys, ISBN, DOI, IMDb."""

from __future__ import annotations

from pathlib import Path

from engine import Library
from engine.community.mapping import map_items
from engine.community.reader import read_ratings
from engine.importers.normalize import isbn10_to_13
from engine.library.models import ItemDraft
from tests.community.support import library_id, write_ratings

DUNE_ISBN10 = "0441172717"


def _create(lib: Library, kind: str, title: str, year: int | None = None, **identifiers: str) -> int:
    return lib.store.items.create(ItemDraft(kind=kind, title=title, year=year, identifiers=identifiers))


def _mapped(lib: Library, ratings_path: Path, format: str = "auto") -> tuple[dict[str, int], dict[str, int], int]:
    ratings = read_ratings(ratings_path, format)
    mapping = map_items(lib.store, ratings)
    keys = ratings.interactions.item_ids
    found = {key: int(mapping.library_ids[i]) for i, key in enumerate(keys)}
    return found, mapping.routes, mapping.ambiguous


def test_movielens_routes_identifier_links_and_title(film_lib: Library, tmp_path: Path) -> None:
    by_imdb = _create(film_lib, "film", "Linked By Imdb", 1990, imdb="tt0000101")
    by_tmdb = _create(film_lib, "film", "Linked By Tmdb", 1991, tmdb="7002")
    by_title = _create(film_lib, "film", "The Titled Film", 1999)
    _create(film_lib, "film", "Year Apart", 1980)
    _create(film_lib, "film", "Twin", 2000)
    _create(film_lib, "film", "Twin", 2000)
    _create(film_lib, "book", "Only A Book", 2005)
    folder = tmp_path / "ml"
    (folder).mkdir()
    (folder / "links.csv").write_text("movieId,imdbId,tmdbId\n101,0000101,\n102,,7002\n", encoding="utf-8")
    (folder / "movies.csv").write_text(
        "movieId,title,genres\n103,\"Titled Film, The (1999)\",Drama\n104,Year Apart (1990),Drama\n"
        "105,Twin (2000),Drama\n106,Nothing Like It (2010),Drama\n107,Only A Book (2005),Drama\n",
        encoding="utf-8",
    )
    rows = [(u, m, 4.0, 10 * m) for u in (1, 2) for m in (1, 2, 101, 102, 103, 104, 105, 106, 107)]
    found, routes, ambiguous = _mapped(film_lib, write_ratings(folder / "ratings.csv", rows))
    assert found["1"] == library_id(film_lib, 1) and found["2"] == library_id(film_lib, 2)
    assert found["101"] == by_imdb and found["102"] == by_tmdb and found["103"] == by_title
    assert found["104"] == -1  # ten years apart
    assert found["105"] == -1 and ambiguous == 1  # two library films of that title and year
    assert found["106"] == -1
    assert found["107"] == -1  # MovieLens items only match films and series
    assert routes == {"movielens": 2, "imdb": 1, "tmdb": 1, "title": 1}


def test_ml100k_ids_go_by_source_key_then_title(tmp_path: Path, film_lib: Library) -> None:
    folder = tmp_path / "ml-100k"
    folder.mkdir()
    flags = "|".join(["0"] * 18 + ["1"])
    (folder / "u.item").write_text(
        f"1|Source Film (1995)|01-Jan-1995||http://x|{flags}\n"
        f"2|Planted Film 03 (2003)|01-Jan-2003||http://x|{flags}\n",
        encoding="latin-1",
    )
    run = film_lib.import_path(folder / "u.item")  # records the source keys ml-100k:1 and ml-100k:2
    assert run.report()["created"] == 1  # film 2 merged into Planted Film 03 by title
    film_lib.store.db.execute("DELETE FROM item_sources WHERE source_key = 'ml-100k:2'")
    (folder / "u.data").write_text("1\t1\t4\t881250949\n1\t2\t3\t881250950\n2\t2\t5\t881250951\n",
                                   encoding="utf-8")
    found, routes, _ = _mapped(film_lib, folder / "u.data")
    assert found["1"] == film_lib.store.items.find_by_title("Source Film")[0]
    assert found["2"] == library_id(film_lib, 3)
    assert routes == {"source": 1, "title": 1}


def test_generic_csv_item_column_holds_ids_or_titles(film_lib: Library, tmp_path: Path) -> None:
    film = _create(film_lib, "film", "A Film With Imdb", 1999, imdb="tt0133093")
    book = _create(film_lib, "book", "Dune", 1965, isbn13=isbn10_to_13(DUNE_ISBN10))
    article = _create(film_lib, "article", "A Paper", 2020, doi="10.1000/xyz123")
    titled = _create(film_lib, "book", "The Left Hand of Darkness", 1969)
    items = ["tt0133093", DUNE_ISBN10, "https://doi.org/10.1000/XYZ123", "Left Hand of Darkness, The (1969)",
             "unknown-id-77"]
    rows = [(u, item, 4, "") for u in ("ann", "bob") for item in items]
    path = write_ratings(tmp_path / "generic" / "likes.csv", rows, header="user,item,rating,time")
    found, routes, _ = _mapped(film_lib, path)
    assert found["tt0133093"] == film and found[DUNE_ISBN10] == book
    assert found["https://doi.org/10.1000/XYZ123"] == article
    assert found["Left Hand of Darkness, The (1969)"] == titled
    assert found["unknown-id-77"] == -1
    assert routes == {"imdb": 1, "isbn": 1, "doi": 1, "title": 1}


def test_generic_csv_with_title_and_year_columns(film_lib: Library, tmp_path: Path) -> None:
    rows = [("u1", "b1", "Planted Film 05", 2005, 8), ("u2", "b1", "Planted Film 05", 2005, 10),
            ("u1", "b2", "Planted Film 06", 1950, 6)]
    path = write_ratings(tmp_path / "generic" / "books.csv", rows, header="user_id,book_id,title,year,rating")
    ratings = read_ratings(path)
    assert ratings.format == "csv" and ratings.rating_scale == 0.5  # a 10-point scale
    assert sorted(ratings.interactions.ratings.tolist()) == [3.0, 4.0, 5.0]
    found, routes, _ = _mapped(film_lib, path)
    assert found == {"b1": library_id(film_lib, 5), "b2": -1} and routes == {"title": 1}

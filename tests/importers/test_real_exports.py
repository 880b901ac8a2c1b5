"""Every real export file under ../shared/data goes through the whole pipeline.

``open_library().import_path(path)`` with format "auto": detection, parsing and storing, checked
against an explicit table. Every number in the table was checked by hand against the file's
content (rows, shelves, statuses, ratings), not copied from a run. The notes beside an entry say
why a count differs from the file's row count.

Cases whose correct number the engine does not reach yet are marked ``xfail(strict=True)`` with
the bug: the table keeps the right number, and the mark has to go once the bug is fixed.
"""

from __future__ import annotations

import csv
import os
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from engine import Library, open_library
from engine.errors import ImportFormatError
from engine.library.models import ImportRun

pytestmark = pytest.mark.realdata


@dataclass(frozen=True)
class Expected:
    """What importing one file into an empty library must give.

    ``format`` None means the file is not a supported format and must be refused.
    ``skipped`` counts rows the importer skips on purpose plus rows that add nothing new.
    """

    format: str | None
    created: int = 0
    events: dict[str, int] = field(default_factory=dict)
    updated: int = 0
    skipped: int = 0
    unmatched: int = 0
    errors: int = 0
    bug: str | None = None  # a known engine bug keeps the engine from this (correct) outcome


# Paths are relative to ../shared/data. A Calibre library is imported as its folder.
EXPECTED: dict[str, Expected] = {
    # 3 rows: to-read (wishlist); 2 read with finish dates and ratings 4 and 5.
    "exports/bookwyrm/bookwyrm/bookwyrm.csv": Expected(
        "bookwyrm", 3, {"finished": 2, "rated": 2, "wishlist": 1}),
    # 1 book, rating 5, no read flag.
    "exports/calibre/bookwyrm/calibre.csv": Expected("calibre_csv", 1, {"rated": 1}),
    # metadata.db: 22 books, 12 with the custom bool column "Read" = 1, no ratings.
    "exports/calibre/cops/BaseWithCustomColumns": Expected("calibre_library", 22, {"finished": 12}),
    "exports/calibre/cops/BaseWithOneBook": Expected("calibre_library", 1),
    # 15 books, 6 linked to a non-zero rating (10, 10, 10, 10, 8, 4).
    "exports/calibre/cops/BaseWithSomeBooks": Expected("calibre_library", 15, {"rated": 6}),
    "exports/calibre/mikespub-cops/BaseWithCustomColumns": Expected(
        "calibre_library", 22, {"finished": 12}),
    "exports/calibre/mikespub-cops/BaseWithOneBook": Expected("calibre_library", 1),
    # 16 books, 7 non-zero ratings.
    "exports/calibre/mikespub-cops/BaseWithSomeBooks": Expected("calibre_library", 16, {"rated": 7}),
    # One url node in the bookmark bar; two empty folders.
    "exports/chrome-bookmarks/wallabag/chrome-bookmarks": Expected(
        "browser_bookmarks", 1, {"liked": 1}),
    "exports/delicious/wallabag/delicious_export.2021.02.06_21.10.json": Expected(
        "delicious", 3, {"liked": 3}),
    # 1 shared link (wishlist) that the person also saved (is_saved → liked).
    "exports/elcurator/wallabag/elcurator.json": Expected(
        "elcurator", 1, {"liked": 1, "wishlist": 1}),
    "exports/firefox-bookmarks/wallabag/firefox-bookmarks.json": Expected(
        "browser_bookmarks", 2, {"liked": 2}),
    # 4 rows, all shelf "read"; ratings 3 and 2.
    "exports/generic-csv/bookwyrm/generic.csv": Expected(
        "generic_csv", 4, {"finished": 4, "rated": 2}),
    # 69 rows (69 distinct Book Ids): 64 read, 5 to-read; 10 ratings (5 × 4, 5 × 5).
    "exports/goodreads/Egor-K-git-books_PREFIX/goodreads_library_export.csv": Expected(
        "goodreads", 69, {"finished": 64, "rated": 10, "wishlist": 5}),
    # 3 rows, all read; ratings 3 and 2 (0 means unrated).
    "exports/goodreads/bookwyrm/goodreads.csv": Expected("goodreads", 3, {"finished": 3, "rated": 2}),
    # to-read; read rated 5; currently-reading rated 3.
    "exports/goodreads/yamtrack/import_goodreads.csv": Expected(
        "goodreads", 3, {"finished": 1, "rated": 2, "started": 1, "wishlist": 1}),
    # 836 rows, 836 distinct Const; the one "Episodio TV" row is skipped.
    "exports/imdb/aureliome-imdb-ratings-ai/ratings.csv": Expected(
        "imdb", 835, {"rated": 835}, skipped=1),
    # 16 rows: skipped are the duplicate tt0468569, 2 TV episodes, a video game, 2 podcasts.
    # Of the 10 titles, 2 have a rating (rated), 8 do not (wishlist).
    "exports/imdb/yamtrack/import_imdb.csv": Expected(
        "imdb", 10, {"rated": 2, "wishlist": 8}, skipped=6),
    # Folders Unread (wishlist), Archive (finished), Starred (liked), test_tag (wishlist).
    "exports/instapaper/wallabag/instapaper-export.csv": Expected(
        "instapaper", 4, {"finished": 1, "liked": 1, "wishlist": 2}),
    # 12 diary entries of 10 distinct films (Godfather III and End of Oak Street twice, on
    # different days); 8 entries have a rating.
    "exports/letterboxd/yamtrack/diary.csv": Expected(
        "letterboxd", 10, {"finished": 12, "rated": 8}, updated=2),
    "exports/letterboxd/yamtrack/ratings.csv": Expected("letterboxd", 7, {"rated": 7}),
    "exports/letterboxd/yamtrack/reviews.csv": Expected(
        "letterboxd", 4, {"finished": 4, "rated": 2}),
    "exports/letterboxd/yamtrack/watched.csv": Expected("letterboxd", 11, {"finished": 11}),
    # 3 books; Marelle has a Date Read; ratings 4.5 and 5.
    "exports/librarything/bookwyrm/librarything.tsv": Expected(
        "librarything", 3, {"finished": 1, "rated": 2}),
    # 11 rows: " : Episode 7" and the dummy row are skipped; White Collar's 3 rows make one
    # series. 7 titles (4 series, 3 films), each "seen"; series also "started".
    "exports/netflix/yamtrack/import_netflix.csv": Expected(
        "netflix", 7, {"seen": 7, "started": 4}, skipped=2),
    "exports/netscape-bookmarks/linkding/simple_valid_import_file.html": Expected(
        "netscape_bookmarks", 3, {"liked": 3}),
    "exports/netscape-bookmarks/wallabag/shaarli-bookmarks.html": Expected(
        "netscape_bookmarks", 2, {"liked": 2}),
    # 20 items: 19 Active, 1 Archived.
    "exports/omnivore/wallabag/omnivore.json": Expected(
        "omnivore", 20, {"finished": 1, "wishlist": 19}),
    # Work/Edition ids only, no titles: nothing can be stored offline, all 4 rows skipped.
    "exports/openlibrary/bookwyrm/openlibrary.csv": Expected("openlibrary", 0, skipped=4),
    # planned (wishlist); 3 finished with ratings; 1 favourite (liked).
    "exports/openreads/bookwyrm/openreads-csv-example.csv": Expected(
        "openreads", 4, {"finished": 3, "liked": 1, "rated": 3, "wishlist": 1}),
    # 4 feeds (2 with xmlUrl, 2 with the non-standard url).
    "exports/opml/zotero-tests/feeds.opml": Expected("opml", 4),
    "exports/pinboard/wallabag/pinboard_export": Expected("pinboard", 3, {"liked": 3}),
    # 7 rows: 5 unread, 2 archive.
    "exports/pocket/wallabag/pocket.csv": Expected("pocket", 7, {"finished": 2, "wishlist": 5}),
    # 2 links under Unread, none under Read Archive.
    "exports/pocket/wallabag/ril_export.html": Expected("pocket", 2, {"wishlist": 2}),
    # 3 bookmarks, none archived, 1 favourite.
    "exports/readability/wallabag/readability.json": Expected(
        "readability", 3, {"liked": 1, "wishlist": 3}),
    "exports/storygraph/bookwyrm/storygraph.csv": Expected(
        "storygraph", 2, {"finished": 1, "rated": 1, "wishlist": 1}),
    # read (2 dated readings, 4.5), currently-reading, to-read, paused (started),
    # did-not-finish (abandoned, rated 2).
    "exports/storygraph/yamtrack/minimal.csv": Expected(
        "storygraph", 5, {"abandoned": 1, "finished": 2, "rated": 2, "started": 2, "wishlist": 1}),
    # 4 rows: the episode "Friends S1E1" is skipped.
    "exports/tmdb/yamtrack/import_tmdb_ratings.csv": Expected("tmdb", 3, {"rated": 3}, skipped=1),
    "exports/tmdb/yamtrack/import_tmdb_watchlist.csv": Expected("tmdb", 2, {"wishlist": 2}),
    "exports/trakt/yamtrack/import_trakt_ratings.json": Expected("trakt", 1, {"rated": 1}),
    # 1 show with 13 watched episodes.
    "exports/trakt/yamtrack/import_trakt_watched.json": Expected(
        "trakt", 1, {"seen": 1, "started": 1}),
    # is_read 0 and 1.
    "exports/wallabag/wallabag/wallabag-v1.json": Expected(
        "wallabag", 2, {"finished": 1, "wishlist": 1}),
    "exports/wallabag/wallabag/wallabag-v2-read.json": Expected(
        "wallabag", 2, {"finished": 1, "wishlist": 1}),
    # 6 articles, none archived, 2 starred.
    "exports/wallabag/wallabag/wallabag-v2.json": Expected("wallabag", 6, {"liked": 2, "wishlist": 6}),
    # 250 items with 250 distinct Zotero ids; same-title entries are different volumes.
    "exports/zotero/ArmEnBib/Exported Items.json": Expected("csl_json", 250),
    # 232 books, 23 articles, 18 book sections, 1 thesis (274 distinct rdf:about); the README's
    # 275 also counts the one attachment; the 2 bib:Journal nodes are containers.
    "exports/zotero/ArmEnBib/Exported Items.rdf": Expected("zotero_rdf", 274),
    "exports/zotero/Levensonbadio-Working_paper/Exported Items.bib": Expected("bibtex", 1),
    # keywords = {/unread}: Zotero's to-read tag.
    "exports/zotero/Tonanguyxiro-HKUST-GZ_RBM_Research_Proposal/Exported Items.bib": Expected(
        "bibtex", 1, {"wishlist": 1}),
    "exports/zotero/zotero-tests/book_and_child_note.ris": Expected("ris", 1),
    "exports/zotero/zotero-tests/csl_json.json": Expected("csl_json", 2),
    # a book and a webpage.
    "exports/zotero/zotero-tests/zotero_rdf.xml": Expected("zotero_rdf", 2),
}


def _param(path: str, *, known_bugs: bool = True) -> object:
    expected = EXPECTED[path]
    marks = []
    if known_bugs and expected.bug:
        marks.append(pytest.mark.xfail(strict=True, reason=expected.bug))
    return pytest.param(path, expected, id=path.removeprefix("exports/"), marks=marks)


def export_cases(shared_data: Path) -> list[str]:
    """Every file under exports/, but a Calibre library (a folder with metadata.db) as one case."""
    cases = []
    for folder, dirnames, filenames in os.walk(shared_data / "exports"):
        here = Path(folder)
        if "metadata.db" in filenames:
            cases.append(here)
            dirnames.clear()  # metadata.opf sidecars and .calnotes/ belong to the library
            continue
        cases += [here / name for name in filenames]
    return sorted(path.relative_to(shared_data).as_posix() for path in cases)


def calibre_library_members(shared_data: Path) -> list[Path]:
    """The files inside Calibre library folders other than metadata.db."""
    members = []
    for db in sorted((shared_data / "exports").rglob("metadata.db")):
        members += [p for p in sorted(db.parent.rglob("*")) if p.is_file() and p != db]
    return members


def event_counts(library: Library) -> dict[str, int]:
    return dict(Counter(event.type for event in library.store.events.all()))


def outcome(run: ImportRun, library: Library) -> dict[str, object]:
    return {
        "format": run.format, "status": run.status, "created": run.created,
        "updated": run.updated, "skipped": run.skipped, "unmatched": run.unmatched,
        "errors": len(run.errors), "events": event_counts(library), "items": library.count_items(),
    }


# --- every export file ---------------------------------------------------------------------------


def test_table_covers_every_export_file(shared_data: Path) -> None:
    assert export_cases(shared_data) == sorted(EXPECTED)


@pytest.mark.parametrize(("path", "expected"), [_param(p) for p in EXPECTED])
def test_real_export_imports_with_expected_outcome(
    shared_data: Path, path: str, expected: Expected
) -> None:
    library = open_library()
    if expected.format is None:
        with pytest.raises(ImportFormatError, match="unsupported"):
            library.import_path(shared_data / path)
        assert library.count_items() == 0
        return
    run = library.import_path(shared_data / path)
    assert outcome(run, library) == {
        "format": expected.format, "status": "completed", "created": expected.created,
        "updated": expected.updated, "skipped": expected.skipped, "unmatched": expected.unmatched,
        "errors": expected.errors, "events": expected.events,
        "items": expected.created,
    }, run.report()


@pytest.mark.parametrize(("path", "expected"), [_param(p, known_bugs=False) for p in EXPECTED])
def test_real_export_reimport_adds_nothing(shared_data: Path, path: str, expected: Expected) -> None:
    library = open_library()
    if expected.format is None:
        pytest.skip("refused format: nothing to import twice")
    first = library.import_path(shared_data / path)
    items, events = library.count_items(), event_counts(library)
    second = library.import_path(shared_data / path)
    assert (second.status, second.format, second.created) == ("completed", first.format, 0), second.report()
    assert second.unmatched == first.unmatched
    assert library.count_items() == items
    assert event_counts(library) == events
    assert len(second.errors) == len(first.errors)


def test_calibre_library_members_alone_are_refused(shared_data: Path) -> None:
    """metadata.opf sidecars and .calnotes/notes.db are imported with their library, not alone."""
    members = calibre_library_members(shared_data)
    names = sorted({p.name for p in members})
    assert names == ["metadata.opf", "notes.db"], names
    library = open_library()
    for member in members:
        with pytest.raises(ImportFormatError, match="unsupported"):
            library.import_path(member)
        assert library.count_items() == 0


# --- the same books from two services ------------------------------------------------------------

GIDEON_ISBN13 = "9781250313195"


def test_real_goodreads_and_generic_csv_overlap_merges(shared_data: Path) -> None:
    """The real files that share books: bookwyrm's Goodreads fixture (3 rows), its generic CSV
    (4 rows) and the Egor-K Goodreads export (69 rows).

    Shared, checked by hand: Gideon the Ninth (ISBN13 9781250313195 in all three), Patisserie at
    Home (ISBN13 9780062445315 in two) and Subcutanean (no ISBN: title + author only).
    Distinct works: 3 + (4 - 3) + (69 - 1) = 72.
    """
    exports = shared_data / "exports"
    library = open_library()
    runs = [library.import_path(exports / p) for p in (
        "goodreads/bookwyrm/goodreads.csv",
        "generic-csv/bookwyrm/generic.csv",
        "goodreads/Egor-K-git-books_PREFIX/goodreads_library_export.csv",
    )]
    assert [(r.format, r.created, r.unmatched) for r in runs] == [
        ("goodreads", 3, 0), ("generic_csv", 1, 0), ("goodreads", 68, 0)]
    assert library.count_items() == 72
    for title, sources in (
        ("Gideon the Ninth", {"goodreads", "generic_csv"}),
        ("Patisserie at Home", {"goodreads", "generic_csv"}),
        ("Subcutanean", {"goodreads", "generic_csv"}),
        ("Harrow the Ninth", {"generic_csv"}),
    ):
        (item,) = library.items(search=title)
        assert {e.source for e in library.store.events.for_item(item.id)} == sources, title
    (gideon,) = library.items(search="Gideon the Ninth")
    assert gideon.identifiers.get("isbn13") == GIDEON_ISBN13


def _write_rows(path: Path, header_from: Path, rows: list[dict[str, str]]) -> Path:
    """A CSV with exactly the real file's column names, holding ``rows``."""
    with header_from.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert all(set(row) <= set(header) for row in rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_goodreads_then_storygraph_same_books_merge(shared_data: Path, tmp_path: Path) -> None:
    """No book of exports/goodreads/yamtrack is in another real export (checked: only their
    authors recur), so the overlap is written here, with the real files' headers.

    Three books: one with the same ISBN in both files (titles differ by Goodreads' series
    suffix), one without any ISBN (title + author only), one spelt "Amélie" in Goodreads and
    "Amelie" in StoryGraph.
    """
    exports = shared_data / "exports"
    goodreads = _write_rows(tmp_path / "goodreads_library_export.csv",
                            exports / "goodreads/yamtrack/import_goodreads.csv", [
        {"Book Id": "900001", "Title": "The Left Hand of Darkness (Hainish Cycle, #4)",
         "Author": "Ursula K. Le Guin", "Author l-f": "Le Guin, Ursula K.",
         "ISBN": '="0441478123"', "ISBN13": '="9780441478125"', "My Rating": "5",
         "Original Publication Year": "1969", "Date Read": "2019/03/14", "Date Added": "2019/01/02",
         "Exclusive Shelf": "read", "Read Count": "1"},
        {"Book Id": "900002", "Title": "Piranesi", "Author": "Susanna Clarke",
         "Author l-f": "Clarke, Susanna", "ISBN": '=""', "ISBN13": '=""', "My Rating": "4",
         "Original Publication Year": "2020", "Date Read": "2021/06/20", "Date Added": "2021/05/01",
         "Exclusive Shelf": "read", "Read Count": "1"},
        {"Book Id": "900003", "Title": "Le Fabuleux Destin d'Amélie Poulain",
         "Author": "Guillaume Laurant", "Author l-f": "Laurant, Guillaume", "ISBN": '=""',
         "ISBN13": '=""', "My Rating": "0", "Original Publication Year": "2001",
         "Date Added": "2022/05/01", "Bookshelves": "to-read",
         "Bookshelves with positions": "to-read (#1)", "Exclusive Shelf": "to-read",
         "Read Count": "0"},
    ])
    storygraph = _write_rows(tmp_path / "storygraph.csv",
                             exports / "storygraph/yamtrack/minimal.csv", [
        {"Title": "The Left Hand of Darkness", "Authors": "Ursula K. Le Guin",
         "ISBN/UID": "9780441478125", "Format": "Paperback", "Read Status": "read",
         "Date Added": "2024/01/20", "Last Date Read": "2024/02/10",
         "Dates Read": "2024/02/01-2024/02/10", "Read Count": "1", "Star Rating": "4.5",
         "Owned?": "No"},
        {"Title": "Piranesi", "Authors": "Susanna Clarke", "Format": "Hardcover",
         "Read Status": "currently-reading", "Date Added": "2025/03/01", "Read Count": "0",
         "Owned?": "Yes"},
        {"Title": "Le fabuleux destin d'Amelie Poulain", "Authors": "Guillaume Laurant",
         "Format": "Paperback", "Read Status": "read", "Date Added": "2023/07/01",
         "Last Date Read": "2023/07/14", "Dates Read": "2023/07/14", "Read Count": "1",
         "Star Rating": "4.0", "Owned?": "No"},
    ])

    library = open_library()
    real = library.import_path(exports / "goodreads/yamtrack/import_goodreads.csv")
    first = library.import_path(goodreads)
    second = library.import_path(storygraph)

    assert (real.format, real.created, first.format, first.created) == ("goodreads", 3, "goodreads", 3)
    assert (second.format, second.status, second.created, second.unmatched, second.errors) == (
        "storygraph", "completed", 0, 0, []), second.report()
    assert library.count_items() == 3 + 3
    expected_events = {
        "The Left Hand of Darkness": {
            ("goodreads", "finished"), ("goodreads", "rated"),
            ("storygraph", "finished"), ("storygraph", "rated")},
        "Piranesi": {("goodreads", "finished"), ("goodreads", "rated"), ("storygraph", "started")},
        "Amélie Poulain": {("goodreads", "wishlist"), ("storygraph", "finished"),
                           ("storygraph", "rated")},
    }
    for search, events in expected_events.items():
        (item,) = library.items(search=search)
        assert {(e.source, e.type) for e in library.store.events.for_item(item.id)} == events, search


# --- Letterboxd export ZIP -----------------------------------------------------------------------

LETTERBOXD_MEMBERS = ("diary.csv", "ratings.csv", "watched.csv", "reviews.csv")


def _letterboxd_zip(shared_data: Path, tmp_path: Path) -> Path:
    folder = shared_data / "exports/letterboxd/yamtrack"
    archive = tmp_path / "letterboxd-user-2026-08-19-utc.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in LETTERBOXD_MEMBERS:
            zf.write(folder / name, name)  # at the root, like Letterboxd's export
    return archive


def _letterboxd_rows(shared_data: Path) -> dict[str, list[dict[str, str]]]:
    folder = shared_data / "exports/letterboxd/yamtrack"
    rows = {}
    for name in LETTERBOXD_MEMBERS:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            rows[name] = list(csv.DictReader(handle))
    return rows


def test_letterboxd_zip_one_item_per_film_and_no_duplicate_events(
    shared_data: Path, tmp_path: Path
) -> None:
    rows = _letterboxd_rows(shared_data)
    films = {(r["Name"], int(r["Year"])) for member in rows.values() for r in member}
    assert len(films) == 11  # the 10 films of the diary plus The Odyssey (watched.csv only)

    library = open_library()
    run = library.import_path(_letterboxd_zip(shared_data, tmp_path))

    assert (run.format, run.status, run.errors, run.unmatched) == ("letterboxd", "completed", [], 0)
    assert run.created == library.count_items() == len(films)
    assert {(item.title, item.year) for item in library.items()} == films
    # Every row is accounted for: 34 rows → 11 created, the rest merged into them.
    assert run.created + run.updated + run.skipped == sum(len(member) for member in rows.values())
    # The diary and reviews.csv repeat the same entries: each stored once.
    events = library.store.events.all()
    repeated = Counter((e.item_id, e.profile_id, e.type, e.value, e.at) for e in events)
    assert [key for key, n in repeated.items() if n > 1] == []
    finished = Counter(e.item_id for e in events if e.type == "finished")
    assert set(finished) == {item.id for item in library.items()}

    again = library.import_path(_letterboxd_zip(shared_data, tmp_path))
    assert (again.created, len(library.store.events.all())) == (0, len(events))


def test_letterboxd_zip_one_finished_event_per_viewing(shared_data: Path, tmp_path: Path) -> None:
    """A viewing is a diary entry (reviews.csv repeats some); watched.csv only says a film was
    seen, so it adds a viewing only for a film without any diary entry."""
    rows = _letterboxd_rows(shared_data)
    viewings: Counter[tuple[str, int]] = Counter()
    dated = {(r["Name"], int(r["Year"]), r["Watched Date"] or r["Date"])
             for r in rows["diary.csv"] + rows["reviews.csv"]}
    viewings.update((name, year) for name, year, _ in dated)
    for r in rows["watched.csv"]:
        viewings[(r["Name"], int(r["Year"]))] = viewings[(r["Name"], int(r["Year"]))] or 1
    assert sum(viewings.values()) == 13  # 12 diary entries + The Odyssey

    library = open_library()
    library.import_path(_letterboxd_zip(shared_data, tmp_path))
    titles = {item.id: (item.title, item.year) for item in library.items()}
    finished = Counter(titles[e.item_id] for e in library.store.events.all() if e.type == "finished")
    assert finished == viewings


# --- catalogues ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("path", "fmt", "items"), [
    # 9,742 rows and 9,742 distinct movieIds (5 titles appear twice with different ids).
    # movieIds 6003 and 144606 share a tmdb id but not their imdb ids: two films.
    pytest.param("movielens-small/movies.csv", "movielens", 9742, id="movielens-small"),
    # 10,000 rows, 10,000 distinct goodreads_book_id / work_id.
    pytest.param("goodbooks-10k/books.csv", "goodbooks", 10000, id="goodbooks-10k"),
    # 1,682 rows; movie 267 is the placeholder "unknown" (skipped). The 18 titles listed twice
    # under two ids stay two items, as MovieLens keeps them.
    pytest.param("ml-100k/u.item", "movielens", 1681, id="ml-100k"),
])
def test_real_catalogue_imports_every_entry_without_events(
    shared_data: Path, path: str, fmt: str, items: int
) -> None:
    library = open_library()
    run = library.import_path(shared_data / path)
    assert (run.format, run.status, run.created, run.updated, run.unmatched, run.errors) == (
        fmt, "completed", items, 0, 0, []), run.report()
    assert library.count_items() == items
    assert library.store.events.count() == 0

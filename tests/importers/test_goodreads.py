"""Goodreads library export CSV: real files, column variants, encodings and broken files."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.goodreads import GoodreadsImporter
from engine.importers.records import ImportRecord, ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

HEADER_2023 = (
    "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,"
    "Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
    "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
    "Private Notes,Read Count,Owned Copies"
)
ROW_READ = (
    '1,Patisserie at Home,Mélanie Dupuis,"Dupuis, Mélanie",Anne Cazor,"=""0062445316""",'
    '"=""9780062445315""",4,4.60,Harper,Hardcover,288,2016,2015,2019/07/10,2019/07/08,'
    '"baking, favourites","baking (#1), favourites (#2)",read,,,,1,0'
)
ROW_DNF = (
    "2,Dull Book,Jane Roe,\"Roe, Jane\",,\"=\"\"\"\"\",\"=\"\"\"\"\",0,3.0,,,100,2001,,,"
    "2020/01/01,did-not-finish,did-not-finish (#1),did-not-finish,,,,0,0"
)


def _parse(path: Path) -> list[ParseResult]:
    return list(GoodreadsImporter().parse(Source(path)))


def _events(results: list[ParseResult]) -> Counter[str]:
    return Counter(e.type for r in records_only(results) for e in r.events)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- real files -----------------------------------------------------------------------------


@pytest.mark.realdata
def test_real_prefix_export(shared_data: Path) -> None:
    path = shared_data / "exports/goodreads/Egor-K-git-books_PREFIX/goodreads_library_export.csv"
    results = _parse(path)
    records = records_only(results)
    assert len(records) == 69 and len(results) == 69  # truncated at a row boundary: no errors
    assert _events(results) == {"finished": 64, "wishlist": 5, "rated": 10}
    by_title = {r.title: r for r in records}
    discworld = by_title["The Science of Discworld"]
    assert discworld.year == 1999  # Original Publication Year wins over Year Published (2002)
    assert discworld.row == 12 and discworld.source_key == "goodreads:233674"
    assert [(s.name, s.kind) for s in discworld.subjects] == [("The Science of Discworld", "collection")]
    assert [c.name for c in discworld.creators] == ["Terry Pratchett", "Ian Stewart", "Jack Cohen"]
    assert by_title["The Cat Who Saved Books"].creators[0].name == "Sōsuke Natsukawa"
    assert by_title["Railsea"].creators[0].name == "China Miéville"
    whispers = by_title["Whispers from the Abyss"]
    assert whispers.identifiers == {"asin": "B00FU0M3ZU", "goodreads": "18712643"}
    assert by_title["Mindwalker"].identifiers == {"goodreads": "58795554"}  # 12-digit ISBN13 dropped
    snow = by_title["Snow Crash"]
    assert [(e.type, e.value) for e in snow.events] == [("finished", None), ("rated", 4.0)]
    assert snow.subjects[0].name == "in-far-long-future" and snow.subjects[0].kind == "shelf"
    assert by_title["A Psalm for the Wild-Built"].creators[0].name == "Becky Chambers"
    illuminations = records[0]
    assert illuminations.events[0].type == "wishlist" and illuminations.events[0].at == "2023-05-06"
    assert {s.name for s in illuminations.subjects} == {"bsfa-2023-young-reader"}  # no "to-read"


@pytest.mark.realdata
def test_real_old_31_column_layout(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/goodreads/bookwyrm/goodreads.csv")
    records = records_only(results)
    assert len(records) == 3 and len(results) == 3
    assert _events(results) == {"finished": 3, "rated": 2}
    gideon, subcutanean, patisserie = records
    assert gideon.title == "Gideon the Ninth" and gideon.year == 2019
    assert gideon.identifiers["isbn13"] == "9781250313195"
    assert [(e.type, e.value, e.at) for e in gideon.events] == [
        ("finished", None, "2020-10-25"), ("rated", 3.0, "2020-10-25")
    ]
    assert not [e for e in subcutanean.events if e.type == "rated"]  # My Rating 0 = unrated
    assert [(c.name, c.role) for c in patisserie.creators] == [
        ("Mélanie Dupuis", "author"), ("Anne Cazor", "contributor")
    ]
    assert patisserie.events[1].value == 2.0 and patisserie.source_scale == 5


@pytest.mark.realdata
def test_real_yamtrack_shelves(shared_data: Path) -> None:
    results = _parse(shared_data / "exports/goodreads/yamtrack/import_goodreads.csv")
    assert len(records_only(results)) == 3 and len(results) == 3
    assert _events(results) == {"wishlist": 1, "finished": 1, "started": 1, "rated": 2}
    ghosts = records_only(results)[0]
    assert ghosts.title == "Ghosts of the Tristan Basin"
    assert ghosts.creators[0].name == "Brian McClellan"  # double space tidied
    assert ghosts.alt_titles == ["Ghosts of the Tristan Basin (Powder Mage, #0.8)"]


@pytest.mark.realdata
def test_detect_real_files(shared_data: Path) -> None:
    importer = GoodreadsImporter()
    for path in sorted((shared_data / "exports/goodreads").rglob("*.csv")):
        assert importer.detect(Source(path)) >= 0.9, path
    assert importer.detect(Source(shared_data / "exports/storygraph/yamtrack/minimal.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/librarything/bookwyrm/librarything.tsv")) <= 0.2


@pytest.mark.realdata
def test_file_cut_mid_row(shared_data: Path, tmp_path: Path) -> None:
    data = (shared_data / "exports/goodreads/Egor-K-git-books_PREFIX/goodreads_library_export.csv")
    cut = _write(tmp_path, "", name="cut.csv")
    cut.write_bytes(data.read_bytes()[:3000])  # ends with "60147395,City of Last Chances,Ad"
    results = _parse(cut)
    assert len(records_only(results)) == 11
    assert isinstance(results[-1], RowError) and results[-1].row == 13
    assert "cut short" in results[-1].message


# --- variants and hazards -------------------------------------------------------------------


def test_statuses_shelves_and_dnf(tmp_path: Path) -> None:
    results = _parse(_write(tmp_path, f"{HEADER_2023}\n{ROW_READ}\n{ROW_DNF}\n"))
    read, dnf = records_only(results)
    assert read.year == 2015 and read.pages == 288
    assert [(e.type, e.value, e.at) for e in read.events] == [
        ("finished", None, "2019-07-10"), ("rated", 4.0, "2019-07-10")
    ]
    assert [(s.name, s.kind) for s in read.subjects] == [("baking", "shelf"), ("favourites", "shelf")]
    assert [e.type for e in dnf.events] == ["abandoned"]
    assert dnf.subjects == [] and dnf.identifiers == {"goodreads": "2"}


def test_shelves_with_positions_only(tmp_path: Path) -> None:
    header = HEADER_2023.replace("Bookshelves,", "")
    row = ROW_READ.replace('"baking, favourites",', "")
    record = records_only(_parse(_write(tmp_path, f"{header}\n{row}\n")))[0]
    assert [s.name for s in record.subjects] == ["baking", "favourites"]


def test_missing_required_column(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER_2023.replace("Title,", "Name,") + "\n")
    with pytest.raises(ImportFormatError, match="'Title'"):
        _parse(path)


def test_garbage_row_is_a_row_error(tmp_path: Path) -> None:
    garbage = ROW_DNF.replace(",0,3.0,", ",seven,3.0,").replace("2,Dull", "x,Dull")
    results = _parse(_write(tmp_path, f"{HEADER_2023}\n{ROW_READ}\n{garbage}\n{ROW_READ}\n"))
    assert [type(r).__name__ for r in results] == ["ImportRecord", "RowError", "ImportRecord"]
    assert results[1].row == 3 and "seven" in results[1].message  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = f"{HEADER_2023}\r\n{ROW_READ}\r\n"
    record = records_only(_parse(_write(tmp_path, text, encoding)))[0]
    assert record.creators[0].name == "Mélanie Dupuis" and record.title == "Patisserie at Home"


def test_latin1_after_a_long_ascii_start(tmp_path: Path) -> None:
    """A Latin-1 byte past the first 64 KiB still reads as the right letter, not U+FFFD."""
    plain = ROW_DNF.replace("Dull Book", "Plain")
    rows = [plain.replace("2,Plain", f"{i},Plain") for i in range(3, 700)]
    text = "\n".join([HEADER_2023, *rows, ROW_READ]) + "\n"
    path = _write(tmp_path, text, "latin-1")
    assert path.stat().st_size > 70_000
    last = records_only(_parse(path))[-1]
    assert last.creators[0].name == "Mélanie Dupuis"


def test_cut_inside_a_quoted_field(tmp_path: Path) -> None:
    text = f"{HEADER_2023}\n{ROW_READ}\n" + ROW_READ[: ROW_READ.index("favourites")]
    results = _parse(_write(tmp_path, text))
    assert isinstance(results[0], ImportRecord)
    assert isinstance(results[1], RowError) and results[1].row == 3


def test_huge_field(tmp_path: Path) -> None:
    review = "x" * 1_000_000
    row = ROW_READ.replace(",read,,,,1,0", f',read,"{review}",,,1,0')
    record = records_only(_parse(_write(tmp_path, f"{HEADER_2023}\n{row}\n")))[0]
    assert record.title == "Patisserie at Home" and record.description is None


def test_detect_plain_text_and_other_csv(tmp_path: Path) -> None:
    importer = GoodreadsImporter()
    assert importer.detect(Source(_write(tmp_path, "just some notes\nabout books\n", name="a.txt"))) == 0
    other = _write(tmp_path, "title,author,rating\nDune,Frank Herbert,5\n", name="b.csv")
    assert importer.detect(Source(other)) <= 0.2


def test_export_inside_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "goodreads.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("goodreads_library_export.csv", f"{HEADER_2023}\n{ROW_READ}\n".encode("latin-1"))
    source = Source(archive, "goodreads_library_export.csv")
    assert GoodreadsImporter().detect(source) >= 0.9
    record = records_only(list(GoodreadsImporter().parse(source)))[0]
    assert record.creators[0].name == "Mélanie Dupuis"

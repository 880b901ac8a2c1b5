"""Whole-pipeline refusals: a bad file is refused with a clear message and the library is untouched."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from engine import open_library
from engine.errors import ImportFormatError

GOODREADS_HEADER = (
    "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,"
    "Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
    "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
    "Private Notes,Read Count,Owned Copies\n"
)


def _refused(path: Path, match: str) -> None:
    with open_library() as lib:
        with pytest.raises(ImportFormatError, match=match):
            lib.import_path(path)
        assert lib.count_items() == 0 and lib.store.events.count() == 0


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "goodreads_library_export.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    _refused(path, "unsupported|binary")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"")
    _refused(path, "unsupported|empty")


def test_zip_with_path_traversal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "letterboxd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../evil.csv", "Date,Name,Year,Letterboxd URI,Rating\n")
    _refused(path, "outside the archive")


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ratings.csv", b"0" * (64 * 2**20))
    _refused(path, "zip bomb")


def test_garbage_rows_are_reported_by_line_and_the_rest_imported(tmp_path: Path) -> None:
    good = '1,Dune,Frank Herbert,"Herbert, Frank",,,,4,4.2,Ace,Paperback,600,1990,1965,2020/01/02,2019/05/05,,,read,,,,1,0\n'
    bad = '2,Solaris,Stanisław Lem,"Lem, Stanisław",,,,eleven,4.0,X,Paperback,200,1970,1961,,2019/05/05,,,read,,,,1,0\n'
    huge = '3,Big,Some One,"One, Some",,,,0,4.0,X,Paperback,' + "9" * 200 + ",1970,1961,,2019/05/05,,,to-read,,,,0,0\n"
    path = tmp_path / "goodreads_library_export.csv"
    path.write_text(GOODREADS_HEADER + good + bad + huge, encoding="utf-8")
    with open_library() as lib:
        run = lib.import_path(path)
        assert run.format == "goodreads" and run.status == "completed"
        assert run.created >= 1
        rows = {e["row"] for e in run.errors}
        assert 3 in rows  # the header is line 1, "eleven" stars is on line 3
        assert "Dune" in {i.title for i in lib.items()}


def test_latin1_and_utf16_files_import(tmp_path: Path) -> None:
    text = "title,author,year\nLes Misérables,Victor Hugo,1862\nAmélie,Jean-Pierre Jeunet,2001\n"
    for name, encoding in (("latin1.csv", "latin-1"), ("utf16.csv", "utf-16"), ("bom.csv", "utf-8-sig")):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        with open_library(tmp_path / f"home-{name}") as lib:
            run = lib.import_path(path)
            assert run.created == 2, (name, run.report())
            assert {i.title for i in lib.items()} == {"Les Misérables", "Amélie"}

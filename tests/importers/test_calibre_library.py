"""Calibre library (folder or metadata.db): old and new schemas, read-only access, bad databases."""

from __future__ import annotations

import shutil
import sqlite3
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from engine.errors import ImportFormatError
from engine.importers.formats.calibre_library import CalibreLibraryImporter
from engine.importers.records import ParseResult, RowError
from engine.importers.source import Source
from tests.importers.support import records_only

SCHEMA = """
CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, sort TEXT, timestamp TIMESTAMP,
    pubdate TIMESTAMP, series_index REAL, author_sort TEXT, path TEXT, uuid TEXT,
    has_cover BOOL, last_modified TIMESTAMP);
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT, sort TEXT, link TEXT);
CREATE TABLE books_authors_link (id INTEGER PRIMARY KEY, book INTEGER, author INTEGER);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE books_tags_link (id INTEGER PRIMARY KEY, book INTEGER, tag INTEGER);
CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE books_series_link (id INTEGER PRIMARY KEY, book INTEGER, series INTEGER);
CREATE TABLE comments (id INTEGER PRIMARY KEY, book INTEGER, text TEXT);
CREATE TABLE identifiers (id INTEGER PRIMARY KEY, book INTEGER, type TEXT, val TEXT);
CREATE TABLE ratings (id INTEGER PRIMARY KEY, rating INTEGER);
CREATE TABLE books_ratings_link (id INTEGER PRIMARY KEY, book INTEGER, rating INTEGER);
CREATE TABLE languages (id INTEGER PRIMARY KEY, lang_code TEXT);
CREATE TABLE books_languages_link (id INTEGER PRIMARY KEY, book INTEGER, lang_code INTEGER,
    item_order INTEGER);
CREATE TABLE custom_columns (id INTEGER PRIMARY KEY, label TEXT, name TEXT, datatype TEXT,
    normalized BOOL);
CREATE TABLE custom_column_1 (id INTEGER PRIMARY KEY, book INTEGER, value BOOL);
CREATE TABLE custom_column_2 (id INTEGER PRIMARY KEY, book INTEGER, value INTEGER);
INSERT INTO books VALUES
    (1, 'Le Petit Prince', '', '2020-01-02 10:00:00+00:00', '1943-04-06 00:00:00+00:00', 1, '',
     'Antoine de Saint-Exupery/Le Petit Prince (1)', 'uuid-1', 0, ''),
    (2, '', '', '2020-01-02 10:00:00+00:00', '0101-01-01 00:00:00+00:00', 1, '', 'x/y (2)',
     'uuid-2', 0, ''),
    (3, 'Sidecar Book', '', '2020-01-03 10:00:00+00:00', '0101-01-01 00:00:00+00:00', 1, '',
     'Jane Roe/Sidecar Book (3)', 'uuid-3', 0, '');
INSERT INTO authors VALUES (1, 'Antoine de Saint-Exupéry', '', ''), (2, 'Jane Roe', '', '');
INSERT INTO books_authors_link VALUES (1, 1, 1), (2, 3, 2);
INSERT INTO tags VALUES (1, 'Conte');
INSERT INTO books_tags_link VALUES (1, 1, 1);
INSERT INTO series VALUES (1, 'Gallimard Jeunesse');
INSERT INTO books_series_link VALUES (1, 1, 1);
INSERT INTO comments VALUES (1, 1, '<div><p>Un <b>conte</b> &amp; po&eacute;sie.</p><p>Deux</p></div>');
INSERT INTO identifiers VALUES (1, 1, 'isbn', '978-0-306-40615-7'), (2, 1, 'amazon', 'B000TEST01'),
    (3, 1, 'uri', 'https|//example.org/prince'), (4, 1, 'google', 'abc');
INSERT INTO ratings VALUES (1, 8);
INSERT INTO books_ratings_link VALUES (1, 1, 1);
INSERT INTO languages VALUES (1, 'fra'), (2, 'eng');
INSERT INTO books_languages_link VALUES (1, 1, 1, 0), (2, 1, 2, 1);
INSERT INTO custom_columns VALUES (1, 'read', 'Read', 'bool', 0), (2, 'pages', 'Page Count', 'int', 0);
INSERT INTO custom_column_1 VALUES (1, 1, 1), (2, 3, 0);
INSERT INTO custom_column_2 VALUES (1, 1, 96);
"""
OPF = """<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Sidecar Book</dc:title>
    <dc:creator opf:role="aut">Jane Roe</dc:creator>
    <dc:date>1999-05-01T00:00:00+00:00</dc:date>
    <dc:description>&lt;p&gt;From the &lt;i&gt;sidecar&lt;/i&gt;.&lt;/p&gt;</dc:description>
    <dc:identifier opf:scheme="GOODREADS">12345</dc:identifier>
    <dc:language>deu</dc:language>
    <dc:subject>Mystery</dc:subject>
  </metadata>
</package>
"""
LIBRARIES = {
    # folder: (books, events by type)
    "mikespub-cops/BaseWithSomeBooks": (16, {"rated": 7}),
    "mikespub-cops/BaseWithCustomColumns": (22, {"finished": 12}),
    "mikespub-cops/BaseWithOneBook": (1, {}),
    "cops/BaseWithSomeBooks": (15, {"rated": 6}),
    "cops/BaseWithCustomColumns": (22, {"finished": 12}),
    "cops/BaseWithOneBook": (1, {}),
}


def _make_library(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "metadata.db"
    connection = sqlite3.connect(database)
    connection.executescript(SCHEMA)
    connection.close()
    sidecar = folder / "Jane Roe" / "Sidecar Book (3)"
    sidecar.mkdir(parents=True)
    (sidecar / "metadata.opf").write_text(OPF, encoding="utf-8")
    return database


def _parse(source: Source) -> list[ParseResult]:
    return list(CalibreLibraryImporter().parse(source))


# --- real libraries -------------------------------------------------------------------------


@pytest.mark.realdata
@pytest.mark.parametrize("name", sorted(LIBRARIES))
def test_real_library_counts(shared_data: Path, name: str) -> None:
    books, events = LIBRARIES[name]
    folder = shared_data / "exports/calibre" / name
    for source in (Source(folder), Source(folder / "metadata.db")):
        results = _parse(source)
        assert len(results) == books and len(records_only(results)) == books
        assert Counter(e.type for r in records_only(results) for e in r.events) == events


@pytest.mark.realdata
def test_real_new_schema_values(shared_data: Path) -> None:
    records = {r.title: r for r in records_only(_parse(
        Source(shared_data / "exports/calibre/mikespub-cops/BaseWithSomeBooks")))}
    sunzi = records["孙子兵法"]
    assert [c.name for c in sunzi.creators] == ["孙武"]
    assert sunzi.language == "zh" and sunzi.identifiers["asin"] == "B00AA7KMKG"
    assert [(e.type, e.value) for e in sunzi.events] == [("rated", 4.0)]
    assert sunzi.source_scale == 10 and sunzi.row == 19
    assert sunzi.description and sunzi.description.startswith("“前孙子者")
    curee = records["La curée"]
    assert [c.name for c in curee.creators] == ["Émile Zola"]
    assert curee.language == "fr" and curee.year == 1872
    assert curee.identifiers["isbn13"] == "9782253003663"
    assert curee.identifiers["openlibrary"] == "OL118974W"
    assert curee.source_key == "calibre:08d43a34-fb89-446f-94ef-16bac6d8aa28"
    assert ("Série des Rougon-Macquart", "collection") in [(s.name, s.kind) for s in curee.subjects]
    assert curee.description and curee.description.startswith("La curée désigne")
    holmes = records["The Return of Sherlock Holmes"]
    assert holmes.identifiers["url"] == "http://www.feedbooks.com/book/63"
    assert holmes.events[0].value == 5.0
    assert all("<" not in (r.description or "") for r in records.values())


@pytest.mark.realdata
@pytest.mark.parametrize("name", ["cops/BaseWithCustomColumns", "mikespub-cops/BaseWithCustomColumns"])
def test_real_custom_columns(shared_data: Path, name: str) -> None:
    records = {r.title: r for r in records_only(_parse(Source(shared_data / "exports/calibre" / name)))}
    worm = records["Worm"]
    assert worm.pages == 6431 and worm.word_count == 1701086
    assert [e.type for e in worm.events] == ["finished"]  # the "Read" yes/no column
    assert records["Harry Potter and the Methods of Rationality"].year is None  # undefined date
    assert records["The Quantum Thief"].identifiers["isbn13"] == "9780765329493"
    assert records["Earth Afire"].identifiers["asin"] == "B00ANI6YG8"
    assert "asin" not in records["The Causal Angel"].identifiers  # a uuid is not an ASIN


@pytest.mark.realdata
def test_real_old_schema_has_no_chinese_book(shared_data: Path) -> None:
    titles = [r.title for r in records_only(_parse(
        Source(shared_data / "exports/calibre/cops/BaseWithSomeBooks/metadata.db")))]
    assert "La curée" in titles and "孙子兵法" not in titles


@pytest.mark.realdata
def test_detect_real(shared_data: Path) -> None:
    importer = CalibreLibraryImporter()
    for name in LIBRARIES:
        folder = shared_data / "exports/calibre" / name
        assert importer.detect(Source(folder)) >= 0.9
        assert importer.detect(Source(folder / "metadata.db")) >= 0.9
    notes = shared_data / "exports/calibre/mikespub-cops/BaseWithSomeBooks/.calnotes/notes.db"
    assert importer.detect(Source(notes)) <= 0.2  # SQLite, but not a calibre library
    assert importer.detect(Source(shared_data / "exports/calibre/bookwyrm/calibre.csv")) <= 0.2
    assert importer.detect(Source(shared_data / "exports/goodreads")) == 0.0


@pytest.mark.realdata
def test_real_database_is_not_modified(shared_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    shutil.copytree(shared_data / "exports/calibre/mikespub-cops/BaseWithSomeBooks", folder)
    database = folder / "metadata.db"
    folder.chmod(0o755)
    database.chmod(0o644)
    before, stat = database.read_bytes(), database.stat()
    assert len(_parse(Source(folder))) == 16
    assert database.read_bytes() == before and database.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["metadata.db"]


@pytest.mark.realdata
def test_truncated_real_database(shared_data: Path, tmp_path: Path) -> None:
    database = tmp_path / "metadata.db"
    data = (shared_data / "exports/calibre/mikespub-cops/BaseWithSomeBooks/metadata.db").read_bytes()
    database.write_bytes(data[:60_000])
    with pytest.raises(ImportFormatError, match="not a readable calibre database"):
        _parse(Source(database))


# --- made-up libraries ----------------------------------------------------------------------


def test_made_up_library(tmp_path: Path) -> None:
    _make_library(tmp_path / "lib")
    results = _parse(Source(tmp_path / "lib"))
    assert isinstance(results[1], RowError) and results[1].row == 2  # the book without a title
    prince, sidecar = records_only(results)
    assert [c.name for c in prince.creators] == ["Antoine de Saint-Exupéry"]
    assert prince.description == "Un conte & poésie.\n\nDeux"
    assert prince.identifiers == {
        "isbn13": "9780306406157", "asin": "B000TEST01", "url": "https://example.org/prince",
        "calibre_uuid": "uuid-1",
    }
    assert prince.language == "fr" and prince.year == 1943 and prince.pages == 96
    assert [(e.type, e.value) for e in prince.events] == [("finished", None), ("rated", 4.0)]
    assert [(s.name, s.kind) for s in prince.subjects] == [
        ("Gallimard Jeunesse", "collection"), ("Conte", "tag")
    ]
    # Sidecar fills what the database lacks; the database wins where it has a value.
    assert sidecar.description == "From the sidecar."
    assert sidecar.identifiers["goodreads"] == "12345"
    assert sidecar.language == "de" and sidecar.year == 1999
    assert [(s.name, s.kind) for s in sidecar.subjects] == [("Mystery", "tag")]
    assert sidecar.events == []  # Read = 0


def test_file_bytes_and_mtime_unchanged(tmp_path: Path) -> None:
    database = _make_library(tmp_path / "lib")
    before, mtime = database.read_bytes(), database.stat().st_mtime_ns
    _parse(Source(database))
    _parse(Source(tmp_path / "lib"))
    assert database.read_bytes() == before and database.stat().st_mtime_ns == mtime
    assert not list((tmp_path / "lib").glob("metadata.db-*"))  # no journal or WAL left behind


def test_corrupt_database(tmp_path: Path) -> None:
    database = tmp_path / "metadata.db"
    database.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFormatError, match="not an SQLite database"):
        _parse(Source(database))
    database.write_bytes(b"SQLite format 3\x00" + b"garbage" * 1000)
    with pytest.raises(ImportFormatError, match="not a readable calibre database"):
        _parse(Source(database))
    assert CalibreLibraryImporter().detect(Source(database)) == 0.0


def test_locked_database_is_refused_quickly(tmp_path: Path) -> None:
    database = _make_library(tmp_path / "lib")
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(ImportFormatError, match="locked"):
            _parse(Source(tmp_path / "lib"))
        assert time.monotonic() - started < 5
        assert CalibreLibraryImporter().detect(Source(database)) <= 0.6
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_sqlite_database_that_is_not_calibre(tmp_path: Path) -> None:
    database = tmp_path / "other.db"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    with pytest.raises(ImportFormatError, match="'books'"):
        _parse(Source(database))
    assert CalibreLibraryImporter().detect(Source(database)) == 0.0


def test_folder_without_database(tmp_path: Path) -> None:
    (tmp_path / "books").mkdir()
    assert CalibreLibraryImporter().detect(Source(tmp_path / "books")) == 0.0
    with pytest.raises(ImportFormatError, match=r"no metadata\.db"):
        _parse(Source(tmp_path / "books"))


def test_plain_text_is_not_detected(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Calibre is a nice program.\n", encoding="utf-8")
    assert CalibreLibraryImporter().detect(Source(tmp_path / "notes.txt")) == 0.0


def test_database_inside_a_zip(tmp_path: Path) -> None:
    database = _make_library(tmp_path / "lib")
    archive = tmp_path / "backup.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(database, "Calibre Library/metadata.db")
    source = Source(archive, "Calibre Library/metadata.db")
    assert CalibreLibraryImporter().detect(source) >= 0.5
    records = records_only(_parse(source))
    assert [r.title for r in records] == ["Le Petit Prince", "Sidecar Book"]
    assert records[1].description is None  # no sidecars inside an archive


def test_unopenable_wal_falls_back_to_immutable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WAL library in a read-only folder cannot be opened with mode=ro alone."""
    _make_library(tmp_path / "lib")
    real_connect = sqlite3.connect
    uris: list[str] = []

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        uris.append(database)
        if "immutable=1" not in database:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert len(records_only(_parse(Source(tmp_path / "lib")))) == 2
    assert all("mode=ro" in uri for uri in uris)


def test_odd_folder_name_and_odd_values(tmp_path: Path) -> None:
    folder = tmp_path / "Bibliothèque #1 ?50% off"
    database = _make_library(folder)
    connection = sqlite3.connect(database)
    connection.execute("UPDATE ratings SET rating = 'ten'")
    connection.execute("UPDATE custom_column_2 SET value = 'many'")
    connection.commit()
    connection.close()
    prince = records_only(_parse(Source(folder)))[0]
    assert prince.title == "Le Petit Prince" and prince.pages is None
    assert [e.type for e in prince.events] == ["finished"]  # the text rating is ignored

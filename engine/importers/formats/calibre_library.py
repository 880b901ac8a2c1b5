"""A calibre library: its folder, or its ``metadata.db`` (SQLite).

The database is opened read-only (``mode=ro``; nothing is ever written to the person's library)
with a short lock timeout: a library locked by a running calibre is refused with a message, it
does not hang. Old (user_version 21/22) and new (27) schemas are read: books, authors, tags,
series, ratings (0–10), comments (HTML → text), identifiers, languages, the page count, and three
common custom columns — a yes/no "Read" column (→ "finished"), "Page Count" and "Word Count".
Per-book ``metadata.opf`` sidecars fill what the database leaves empty. ``row`` is the book id.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from engine.errors import ImportFormatError
from engine.importers.base import Importer
from engine.importers.formats._books_common import html_to_text
from engine.importers.formats._calibre_common import calibre_identifiers, calibre_year, read_opf
from engine.importers.languages import language_code
from engine.importers.normalize import clean, parse_date
from engine.importers.records import (
    Creator,
    ImportRecord,
    ParseResult,
    RecordEvent,
    RowError,
    Subject,
)
from engine.importers.source import Source

SQLITE_MAGIC = b"SQLite format 3\x00"
REQUIRED_TABLES = ("books", "authors", "books_authors_link")
LOCK_TIMEOUT_SECONDS = 1.0
_BOOK_COLUMNS = ("id", "title", "pubdate", "timestamp", "uuid", "path", "has_cover", "isbn")
_READ_FLAGS = {"read", "is read", "is_read", "isread", "have read", "finished", "gelesen", "lu"}
_PAGE_COLUMNS = {"pages", "page count", "page_count", "pagecount"}
_WORD_COLUMNS = {"words", "word count", "word_count", "wordcount"}


@dataclass(slots=True)
class _Library:
    """Everything but the books table, loaded up front (small link tables)."""

    authors: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    tags: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    identifiers: dict[int, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    series: dict[int, str] = field(default_factory=dict)
    ratings: dict[int, int] = field(default_factory=dict)
    languages: dict[int, str] = field(default_factory=dict)
    pages: dict[int, int] = field(default_factory=dict)
    words: dict[int, int] = field(default_factory=dict)
    read: set[int] = field(default_factory=set)


class CalibreLibraryImporter(Importer):
    name = "calibre_library"
    label = "Calibre library (folder or metadata.db)"
    accepts_folders = True

    def detect(self, source: Source) -> float:
        try:
            if source.is_dir:
                database = source.path / "metadata.db"
                return _calibre_score(database) if database.is_file() else 0.0
            if not source.head(len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
                return 0.0
            if source.member is not None:
                return 0.6 if source.suffix == ".db" else 0.3
            return _calibre_score(source.path)
        except OSError:
            return 0.0

    def parse(self, source: Source) -> Iterator[ParseResult]:
        with _database_file(source) as (database, folder):
            connection = _connect(database, source.name)
            try:
                library = _load(connection, source.name)
                yield from _books(connection, library, folder, source.name)
            finally:
                connection.close()


@contextlib.contextmanager
def _database_file(source: Source) -> Iterator[tuple[Path, Path | None]]:
    """(metadata.db, library folder or None); a ZIP member is copied to a temporary file."""
    if source.is_dir:
        database = source.path / "metadata.db"
        if not database.is_file():
            raise ImportFormatError(f"{source.name}: no metadata.db here — not a calibre library")
        yield database, source.path
    elif source.member is None:
        if not source.head(len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
            raise ImportFormatError(f"{source.name}: not an SQLite database (calibre metadata.db)")
        yield source.path, source.path.parent
    else:
        handle, name = tempfile.mkstemp(suffix=".db")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(source.read_bytes())
            yield Path(name), None
        finally:
            Path(name).unlink(missing_ok=True)


def _connect(database: Path, label: str) -> sqlite3.Connection:
    """A read-only connection; refused (not hung) when the file is locked or not a database.

    A WAL database in a folder we may not write to cannot be opened with ``mode=ro`` alone (the
    shared-memory file cannot be created); it is then opened as immutable, still read-only.
    """
    uri = f"{database.resolve().as_uri()}?mode=ro"
    try:
        try:
            connection = _open(uri)
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc):
                raise
            connection = _open(uri + "&immutable=1")
        tables = _tables(connection)
    except sqlite3.Error as exc:
        raise _format_error(label, exc) from exc
    missing = [name for name in REQUIRED_TABLES if name not in tables]
    if missing:
        connection.close()
        raise ImportFormatError(
            f"{label}: missing table {missing[0]!r} — not a calibre library database"
        )
    return connection


def _open(uri: str) -> sqlite3.Connection:
    connection = sqlite3.connect(uri, uri=True, timeout=LOCK_TIMEOUT_SECONDS)
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _calibre_score(database: Path) -> float:
    """0.95 for a database with calibre's tables; 0.6 when it is locked and cannot be looked at."""
    try:
        connection = _connect(database, database.name)
    except ImportFormatError as exc:
        return 0.6 if "locked" in str(exc) and database.name == "metadata.db" else 0.0
    connection.close()
    return 0.95


def _format_error(label: str, exc: sqlite3.Error) -> ImportFormatError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ImportFormatError(
            f"{label}: the calibre database is locked by another program; close calibre and retry"
        )
    return ImportFormatError(f"{label}: not a readable calibre database ({text})")


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def _load(connection: sqlite3.Connection, label: str) -> _Library:
    library = _Library()
    try:
        tables = _tables(connection)
        _load_links(connection, tables, library)
        _load_custom(connection, tables, library)
    except sqlite3.Error as exc:
        raise _format_error(label, exc) from exc
    return library


def _query(connection: sqlite3.Connection, sql: str) -> list[tuple[int, object]]:
    """(book id, value) rows; rows with a NULL or non-integer book id are left out."""
    rows = []
    for book, value in connection.execute(sql):
        if isinstance(book, int) and value is not None:
            rows.append((book, value))
    return rows


def _int(value: object) -> int:
    """An integer cell; anything else (text in a number column) counts as 0 (unset)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    try:
        return int(float(str(value)))
    except ValueError:
        return 0


def _load_links(connection: sqlite3.Connection, tables: set[str], library: _Library) -> None:
    for book, name in _query(connection, "SELECT l.book, a.name FROM books_authors_link l "
                             "JOIN authors a ON a.id = l.author ORDER BY l.book, l.id"):
        library.authors[book].append(str(name).replace("|", ","))
    if {"tags", "books_tags_link"} <= tables:
        for book, name in _query(connection, "SELECT l.book, t.name FROM books_tags_link l "
                                 "JOIN tags t ON t.id = l.tag ORDER BY l.book, l.id"):
            library.tags[book].append(str(name))
    if {"series", "books_series_link"} <= tables:
        library.series.update((book, str(name)) for book, name in _query(
            connection, "SELECT l.book, s.name FROM books_series_link l "
            "JOIN series s ON s.id = l.series"))
    if {"ratings", "books_ratings_link"} <= tables:
        library.ratings.update((book, _int(value)) for book, value in _query(
            connection, "SELECT l.book, r.rating FROM books_ratings_link l "
            "JOIN ratings r ON r.id = l.rating"))
    if {"languages", "books_languages_link"} <= tables:
        for book, code in _query(connection, "SELECT l.book, g.lang_code FROM books_languages_link"
                                 " l JOIN languages g ON g.id = l.lang_code "
                                 "ORDER BY l.book, l.item_order DESC"):
            library.languages[book] = str(code)  # the last written is item_order 0, the first
    if "identifiers" in tables:
        for row in connection.execute("SELECT book, type, val FROM identifiers ORDER BY id"):
            library.identifiers[int(row[0])].append((str(row[1]), str(row[2] or "")))
    if "books_pages_link" in tables:
        library.pages.update((book, _int(pages)) for book, pages in _query(
            connection, "SELECT book, pages FROM books_pages_link WHERE pages > 0"))


def _load_custom(connection: sqlite3.Connection, tables: set[str], library: _Library) -> None:
    """The yes/no "Read" column and the Count Pages plugin's page and word counts."""
    if "custom_columns" not in tables:
        return
    columns = connection.execute(
        "SELECT id, label, name, datatype FROM custom_columns WHERE normalized = 0"
    ).fetchall()
    for column_id, label, name, datatype in columns:
        names = {str(label).lower(), str(name).lower()}
        table = f"custom_column_{int(column_id)}"
        if table not in tables:
            continue
        values = _query(connection, f"SELECT book, value FROM {table}")
        if datatype == "bool" and names & _READ_FLAGS:
            library.read.update(book for book, value in values if _int(value) == 1)
        elif datatype == "int" and names & _PAGE_COLUMNS:
            library.pages.update((book, _int(v)) for book, v in values if _int(v) > 0)
        elif datatype == "int" and names & _WORD_COLUMNS:
            library.words.update((book, _int(v)) for book, v in values if _int(v) > 0)


def _books(
    connection: sqlite3.Connection, library: _Library, folder: Path | None, label: str
) -> Iterator[ParseResult]:
    try:
        present = {str(row[1]) for row in connection.execute("PRAGMA table_info(books)")}
        fields = ", ".join(f"b.{name}" if name in present else "NULL" for name in _BOOK_COLUMNS)
        if "comments" in _tables(connection):
            sql = f"SELECT {fields}, c.text FROM books b LEFT JOIN comments c ON c.book = b.id"
        else:
            sql = f"SELECT {fields}, NULL FROM books b"
        cursor = connection.execute(sql + " ORDER BY b.id")
        while batch := cursor.fetchmany(200):
            for row in batch:
                yield _record(row, library, folder)
    except sqlite3.Error as exc:
        raise _format_error(label, exc) from exc


def _record(row: tuple[object, ...], library: _Library, folder: Path | None) -> ParseResult:
    book_id = int(str(row[0]))
    title = clean(str(row[1] or ""))
    if not title:
        return RowError(book_id, f"book {book_id} has no title")
    uuid = clean(str(row[4] or ""))
    pairs = list(library.identifiers.get(book_id, []))
    if row[7]:
        pairs.append(("isbn", str(row[7])))
    identifiers = calibre_identifiers(pairs)
    if uuid:
        identifiers["calibre_uuid"] = uuid
    subjects = [Subject(tag, "tag") for tag in library.tags.get(book_id, [])]
    if book_id in library.series:
        subjects.insert(0, Subject(library.series[book_id], "collection"))
    record = ImportRecord(
        kind="book",
        title=title,
        row=book_id,
        source_key=f"calibre:{uuid}" if uuid else f"calibre:id:{book_id}",
        year=calibre_year(row[2]),
        description=html_to_text(str(row[8])) if row[8] else None,
        language=language_code(library.languages.get(book_id)),
        pages=library.pages.get(book_id),
        word_count=library.words.get(book_id),
        identifiers=identifiers,
        creators=[Creator(name) for name in library.authors.get(book_id, [])],
        subjects=subjects,
        events=_events(book_id, library, parse_date(row[3])),
        source_scale=10,
    )
    if folder is not None and row[5]:
        _add_sidecar(record, folder, str(row[5]), bool(row[6]))
    return record


def _events(book_id: int, library: _Library, added: str | None) -> list[RecordEvent]:
    events = [RecordEvent("finished")] if book_id in library.read else []
    rating = library.ratings.get(book_id, 0)
    if 0 < rating <= 10:
        events.append(RecordEvent("rated", value=round(rating / 2 * 4) / 4, at=added))
    return events


def _add_sidecar(record: ImportRecord, folder: Path, relative: str, has_cover: bool) -> None:
    """Fill gaps from <library>/<book path>/metadata.opf and point at cover.jpg."""
    root = folder.resolve()
    book_dir = (root / relative).resolve()
    if not book_dir.is_relative_to(root) or not book_dir.is_dir():
        return
    cover = book_dir / "cover.jpg"
    if has_cover and cover.is_file():
        record.cover_path = str(cover)
    opf_path = book_dir / "metadata.opf"
    opf = read_opf(opf_path) if opf_path.is_file() else None
    if opf is None:
        return
    record.description = record.description or opf.description
    record.language = record.language or opf.language
    record.year = record.year or opf.year
    for key, value in opf.identifiers.items():
        record.identifiers.setdefault(key, value)
    if not record.creators:
        record.creators = [Creator(name) for name in opf.authors]
    if not any(subject.kind == "tag" for subject in record.subjects):
        record.subjects += [Subject(name, "tag") for name in opf.subjects]

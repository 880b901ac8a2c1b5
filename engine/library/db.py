"""Opening the library database safely, and running writes as transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from engine.errors import LibraryOpenError
from engine.files import atomic_path

BUSY_TIMEOUT_MS = 5000


class Database:
    """A connection to one library file with explicit, nestable transactions.

    The connection runs in autocommit mode; ``transaction()`` opens ``BEGIN IMMEDIATE`` (or a
    savepoint when nested), so every multi-step write is all-or-nothing.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        _check_is_sqlite(path)
        uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rwc'}"
        try:
            self.conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except sqlite3.Error as exc:
            raise LibraryOpenError(f"cannot open library database {path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self._depth = 0
        self.rollbacks = 0  # bumped on every rollback, so caches of row ids can be dropped
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise _open_error(path, exc) from exc
        self.db = sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the live database (SQLite online backup), written beside the
        target first so an interrupted copy never leaves half a file under its name."""
        with atomic_path(target) as partial:
            destination = sqlite3.connect(partial)
            try:
                self.conn.backup(destination)
            finally:
                destination.close()
        return target

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All statements inside commit together or not at all (nested calls use savepoints)."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            self.rollbacks += 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{self._depth}")

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def scalar_int(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> int | None:
        value = self.scalar(sql, params)
        return None if value is None else int(str(value))


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that exists and is not an SQLite database, before it is opened for writing.

    The header is read through a read-only SQLite connection, never with a plain ``open()``:
    closing any other descriptor of the file drops every POSIX lock this process holds on it, and
    a connection that lost its lock lets another process's connection believe it is the last one,
    checkpoint and delete the write-ahead log this process is still using.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    probe = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise LibraryOpenError(
                f"{path} is not a Shelfwise library (not an SQLite database); left untouched") from exc
        # anything else (locked, damaged pages) is reported by the real open that follows
    finally:
        probe.close()


def _open_error(path: Path, exc: sqlite3.DatabaseError) -> LibraryOpenError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LibraryOpenError(f"library {path} is locked by another program; close it and try again")
    if "not a database" in text or "malformed" in text:
        return LibraryOpenError(f"{path} is damaged or not an SQLite database; left untouched")
    return LibraryOpenError(f"cannot open library database {path}: {exc}")

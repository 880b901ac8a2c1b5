from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from engine import open_library
from engine.errors import DataDirError, LibraryOpenError


def test_file_that_is_not_sqlite_is_refused_untouched(shelfwise_home: Path) -> None:
    shelfwise_home.mkdir(parents=True)
    path = shelfwise_home / "library.sqlite"
    path.write_bytes(b"this is a text file, not a database\n" * 10)
    with pytest.raises(LibraryOpenError, match="not an SQLite database"):
        open_library()
    assert path.read_bytes() == b"this is a text file, not a database\n" * 10


def test_locked_database_gives_clear_error(shelfwise_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("engine.library.db.BUSY_TIMEOUT_MS", 200)
    shelfwise_home.mkdir(parents=True)
    path = shelfwise_home / "library.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE x (y)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO x VALUES (1)")
    try:
        with pytest.raises(LibraryOpenError, match="locked"):
            open_library()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_directory_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(DataDirError, match=str(folder)):
        open_library(folder)


def test_data_directory_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="a-file"):
        open_library(blocker / "library-home")

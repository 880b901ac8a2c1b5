from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from engine import open_library
from engine.errors import NewerSchemaError
from engine.library.db import Database
from engine.library.migrations import MIGRATIONS, Migration, applied_migrations, migrate


def test_fresh_library_applies_every_migration_without_backup(shelfwise_home: Path) -> None:
    with open_library() as lib:
        assert applied_migrations(lib.store.db) == [m.name for m in MIGRATIONS]
        assert lib.store.db.scalar("PRAGMA user_version") == len(MIGRATIONS)
        assert lib.store.db.scalar("PRAGMA journal_mode") == "wal"
        assert lib.store.db.scalar("PRAGMA foreign_keys") == 1
    assert not (shelfwise_home / "backups").exists()


def _add_column(db: Database) -> None:
    db.execute("ALTER TABLE items ADD COLUMN mood TEXT")


def test_upgrade_runs_only_pending_migrations_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    db = Database(path)
    migrate(db)
    db.execute(
        "INSERT INTO items (kind, title, sort_title, match_key, created_at, updated_at) "
        "VALUES ('book', 'Dune', 'dune', 'dune', 'x', 'x')"
    )
    newer = [*MIGRATIONS, Migration("m999_add_mood", _add_column)]
    assert migrate(db, newer) == ["m999_add_mood"]
    assert migrate(db, newer) == []
    columns = [r[1] for r in db.query("PRAGMA table_info(items)")]
    assert "mood" in columns
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and "m999_add_mood" in backups[0].name
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT title FROM items").fetchall() == [("Dune",)]
        assert "mood" not in [r[1] for r in copy.execute("PRAGMA table_info(items)")]
    db.close()


def test_failed_migration_rolls_back_and_records_nothing(tmp_path: Path) -> None:
    db = Database(tmp_path / "library.sqlite")
    migrate(db)

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        migrate(db, [*MIGRATIONS, Migration("m998_broken", broken)])
    assert "m998_broken" not in applied_migrations(db)
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0
    db.close()


def test_newer_schema_is_refused_and_left_untouched(shelfwise_home: Path) -> None:
    with open_library() as lib:
        lib.store.db.execute(
            "INSERT INTO migrations (name, applied_at) VALUES ('m500_from_the_future', 'x')"
        )
    path = shelfwise_home / "library.sqlite"
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer Shelfwise"):
        open_library()
    assert path.read_bytes() == before

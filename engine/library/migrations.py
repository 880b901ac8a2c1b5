"""Ordered, named schema migrations, recorded in the ``migrations`` table.

Each migration is a function ``mNNN_name(db)`` registered with ``@migration``. Before any
pending migration runs on an existing database, the file is copied to ``backups/``. A database
that records a migration this version does not know is from a newer Shelfwise and is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from engine.errors import NewerSchemaError
from engine.library.db import Database


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[Database], None]


MIGRATIONS: list[Migration] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    MIGRATIONS.append(Migration(fn.__name__, fn))
    return fn


def applied_migrations(db: Database) -> list[str]:
    exists = db.scalar("SELECT 1 FROM sqlite_master WHERE type='table' AND name='migrations'")
    if not exists:
        return []
    return [row[0] for row in db.query("SELECT name FROM migrations ORDER BY id")]


def schema_version(db: Database) -> int:
    return len(applied_migrations(db))


def migrate(db: Database, migrations: Sequence[Migration] | None = None) -> list[str]:
    """Apply pending migrations in order; returns their names. Backs the file up first."""
    migrations = list(MIGRATIONS if migrations is None else migrations)
    known = [m.name for m in migrations]
    done = applied_migrations(db)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise NewerSchemaError(
            f"library {db.path} was written by a newer Shelfwise (schema {len(done)}, this version "
            f"knows {len(known)}); it was left untouched — please update Shelfwise"
        )
    pending = [m for m in migrations if m.name not in done]
    if not pending:
        return []
    has_tables = db.scalar("SELECT count(*) FROM sqlite_master WHERE type='table'")
    if has_tables:
        backup_database(db, db.path.parent / "backups", reason=f"before-{pending[0].name}")
    for step in pending:
        with db.transaction():
            db.execute(
                "CREATE TABLE IF NOT EXISTS migrations ("
                "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
            )
            step.apply(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (step.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            db.execute(f"PRAGMA user_version = {known.index(step.name) + 1}")
    return [m.name for m in pending]


def backup_database(db: Database, folder: Path, *, reason: str) -> Path:
    """A consistent copy of the live database (SQLite online backup) in ``folder``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    return db.copy_to(folder / f"{db.path.stem}-{stamp}-{reason}.sqlite")


# Importing the schema module registers the migrations in order.
from engine.library import schema as _schema  # noqa: E402,F401

"""Named change counters in the ``index_state`` table: bumped when derived data changes, so
caches in any process (matrices, label maps) can tell they are stale."""

from __future__ import annotations

from engine.library.db import Database


def read_counter(db: Database, key: str) -> int:
    return db.scalar_int("SELECT value FROM index_state WHERE key = ?", (key,)) or 0


def bump_counter(db: Database, key: str) -> int:
    db.execute(
        "INSERT INTO index_state (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE "
        "SET value = CAST(value AS INTEGER) + 1", (key,),
    )
    return read_counter(db, key)

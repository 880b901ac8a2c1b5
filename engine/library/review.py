"""The review queue: uncertain matches found during import, waiting for the person's call."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from engine.errors import NotFoundError
from engine.library.db import Database
from engine.library.items import now_iso


@dataclass(slots=True)
class ReviewEntry:
    id: int
    candidate_item_id: int
    source: str
    source_key: str
    profile_id: int
    record_json: str
    score: float
    reason: str
    status: str
    resolved_item_id: int | None


class ReviewQueue:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self, *, run_id: int | None, candidate_item_id: int, source: str, source_key: str,
        profile_id: int, record_json: str, score: float, reason: str,
    ) -> bool:
        """Queue an uncertain match; False if this source row is already waiting."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO review_queue (run_id, candidate_item_id, source, source_key, "
            "profile_id, record_json, score, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (run_id, candidate_item_id, source, source_key, profile_id, record_json, score, reason,
             now_iso()),
        )
        return cursor.rowcount > 0

    def is_open(self, source: str, source_key: str) -> bool:
        return self.db.scalar(
            "SELECT 1 FROM review_queue WHERE source = ? AND source_key = ? AND status = 'open'",
            (source, source_key),
        ) is not None

    def open_entries(self) -> list[ReviewEntry]:
        return [_entry(r) for r in self.db.query(
            "SELECT * FROM review_queue WHERE status = 'open' ORDER BY id"
        )]

    def get(self, entry_id: int) -> ReviewEntry:
        rows = self.db.query("SELECT * FROM review_queue WHERE id = ?", (entry_id,))
        if not rows:
            raise NotFoundError(f"no review entry {entry_id}")
        return _entry(rows[0])

    def close(self, entry_id: int, status: str, item_id: int) -> None:
        self.db.execute(
            "UPDATE review_queue SET status = ?, resolved_item_id = ?, resolved_at = ? WHERE id = ?",
            (status, item_id, now_iso(), entry_id),
        )


def _entry(r: sqlite3.Row) -> ReviewEntry:
    return ReviewEntry(
        id=r["id"], candidate_item_id=r["candidate_item_id"], source=r["source"],
        source_key=r["source_key"], profile_id=r["profile_id"], record_json=r["record_json"],
        score=r["score"], reason=r["reason"], status=r["status"],
        resolved_item_id=r["resolved_item_id"],
    )

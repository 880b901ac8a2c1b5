"""Import runs: one recorded row per import, with its counts and per-row errors."""

from __future__ import annotations

from collections.abc import Sequence

from engine.errors import NotFoundError
from engine.library.db import Database
from engine.library.items import now_iso
from engine.library.models import ImportRun

MAX_STORED_ERRORS = 10_000


class ImportRunLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, path: str, format: str, profile_id: int | None, file_sha256: str | None) -> int:
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO import_runs (path, format, profile_id, status, started_at, file_sha256) "
                "VALUES (?,?,?,?,?,?)",
                (path, format, profile_id, "running", now_iso(), file_sha256),
            )
        return int(cursor.lastrowid or 0)

    def add_errors(self, run_id: int, errors: Sequence[tuple[int | None, str]]) -> None:
        """Record row errors, at most MAX_STORED_ERRORS per run."""
        stored = self.db.scalar_int(
            "SELECT count(*) FROM import_errors WHERE run_id = ?", (run_id,)
        ) or 0
        room = max(0, MAX_STORED_ERRORS - stored)
        self.db.conn.executemany(
            "INSERT INTO import_errors (run_id, row, message) VALUES (?,?,?)",
            [(run_id, row, message) for row, message in errors[:room]],
        )

    def set_counts(
        self, run_id: int, *, created: int, updated: int, skipped: int, unmatched: int
    ) -> None:
        self.db.execute(
            "UPDATE import_runs SET created = ?, updated = ?, skipped = ?, unmatched = ?, "
            "error_count = (SELECT count(*) FROM import_errors WHERE run_id = ?) WHERE id = ?",
            (created, updated, skipped, unmatched, run_id, run_id),
        )

    def finish(self, run_id: int, status: str) -> None:
        with self.db.transaction():
            self.db.execute(
                "UPDATE import_runs SET status = ?, finished_at = ?, "
                "error_count = (SELECT count(*) FROM import_errors WHERE run_id = ?) WHERE id = ?",
                (status, now_iso(), run_id, run_id),
            )

    def get(self, run_id: int) -> ImportRun:
        rows = self.db.query(
            "SELECT r.*, p.name AS profile FROM import_runs r LEFT JOIN profiles p "
            "ON p.id = r.profile_id WHERE r.id = ?", (run_id,),
        )
        if not rows:
            raise NotFoundError(f"no import run {run_id}")
        row = rows[0]
        errors = [
            {"row": e["row"], "message": e["message"]}
            for e in self.db.query(
                "SELECT row, message FROM import_errors WHERE run_id = ? ORDER BY rowid", (run_id,)
            )
        ]
        return ImportRun(
            id=row["id"], path=row["path"], format=row["format"], profile=row["profile"],
            status=row["status"], started_at=row["started_at"], finished_at=row["finished_at"],
            created=row["created"], updated=row["updated"], skipped=row["skipped"],
            unmatched=row["unmatched"], errors=errors,
        )

    def recent(self, limit: int = 20) -> list[ImportRun]:
        ids = [int(r[0]) for r in self.db.query(
            "SELECT id FROM import_runs ORDER BY id DESC LIMIT ?", (limit,)
        )]
        return [self.get(i) for i in ids]

    def find_unfinished(self, path: str, format: str) -> int | None:
        """An earlier run of the same file that crashed or was cancelled, to resume."""
        found = self.db.scalar_int(
            "SELECT id FROM import_runs WHERE path = ? AND format = ? AND status IN "
            "('running', 'cancelled', 'failed') ORDER BY id DESC LIMIT 1", (path, format),
        )
        return found

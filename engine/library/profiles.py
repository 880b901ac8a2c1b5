"""Profiles: several people may share one library on one computer."""

from __future__ import annotations

from engine.errors import NotFoundError, UserError
from engine.library.db import Database
from engine.library.items import now_iso
from engine.library.models import Profile

DEFAULT_PROFILE = "default"


class ProfileStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[Profile]:
        return [Profile(r["id"], r["name"], r["created_at"]) for r in self.db.query(
            "SELECT * FROM profiles ORDER BY id"
        )]

    def get(self, name: str) -> Profile:
        rows = self.db.query("SELECT * FROM profiles WHERE name = ?", (name,))
        if not rows:
            raise NotFoundError(f"no profile named {name!r}")
        return Profile(rows[0]["id"], rows[0]["name"], rows[0]["created_at"])

    def ensure(self, name: str | None) -> Profile:
        """The named profile (the default one when None), created if it does not exist."""
        name = (name or DEFAULT_PROFILE).strip()
        if not name:
            raise UserError("a profile name cannot be empty")
        self.db.execute(
            "INSERT OR IGNORE INTO profiles (name, created_at) VALUES (?, ?)", (name, now_iso())
        )
        return self.get(name)

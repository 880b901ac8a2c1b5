"""Taste rules: standing boosts and mutes on graph entities, per profile.

A rule names a graph node ("genre:horror", "person:denis villeneuve", "tag:time travel"). A muted
entity's items are left out of recommendations unless the request asks for that entity; a boosted
entity's items get ``BOOST`` added to their score. Plain words are resolved to a node: a genre name
in any language through the alias table, else a person, tag or series with that name.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.errors import UserError
from engine.graph.aliases import SubjectAliases, normalize_name
from engine.graph.store import GraphStore
from engine.library.db import Database
from engine.library.items import now_iso
from engine.library.text import fold

BOOST = 0.6
ACTIONS = ("boost", "mute")
_PREFIXES = ("genre", "person", "tag", "series", "collection", "phrase", "decade", "language")


@dataclass(frozen=True)
class TasteRule:
    key: str      # graph node key
    action: str   # boost | mute
    label: str


class TasteRules:
    def __init__(self, db: Database, graph: GraphStore, aliases: SubjectAliases) -> None:
        self.db = db
        self.graph = graph
        self.aliases = aliases

    def resolve(self, name: str) -> tuple[str, str]:
        """(node key, label) for "horror", "科幻", "Denis Villeneuve" or an explicit "person:…" key."""
        text = " ".join(name.split())
        if not text:
            raise UserError("name a genre, person, tag or series")
        if ":" in text and text.split(":", 1)[0] in _PREFIXES:
            key = text.split(":", 1)[0] + ":" + text.split(":", 1)[1].strip().lower()
            if not self.graph.find_nodes([key]):
                raise UserError(f"nothing in the library is linked to {key!r}")
            return key, text.split(":", 1)[1].strip()
        canonical = self.aliases.canonical(text)
        if len(canonical) == 1:
            return f"genre:{canonical[0].key}", canonical[0].en
        folded = normalize_name(text)
        candidates = [f"person:{fold(text)}", *(f"{p}:{folded}" for p in ("tag", "series", "collection"))]
        found = self.graph.find_nodes(candidates)
        for key in candidates:
            if key in found:
                return key, text
        raise UserError(f"no genre, person, tag or series called {text!r} in the library "
                        "(run `shelfwise index` after importing)")

    def set(self, profile_id: int, name: str, action: str) -> TasteRule | None:
        """Boost, mute or ``clear`` the entity ``name``; returns the rule (None when cleared)."""
        key, label = self.resolve(name)
        with self.db.transaction():
            if action == "clear":
                self.db.execute("DELETE FROM taste_rules WHERE profile_id = ? AND node_key = ?",
                                (profile_id, key))
                return None
            if action not in ACTIONS:
                raise UserError("a taste rule is boost, mute or clear")
            self.db.execute(
                "INSERT INTO taste_rules (profile_id, node_key, action, label, created_at) "
                "VALUES (?,?,?,?,?) "
                "ON CONFLICT (profile_id, node_key) DO UPDATE SET action = excluded.action",
                (profile_id, key, action, label, now_iso()),
            )
        return TasteRule(key, action, label)

    def all(self, profile_id: int) -> list[TasteRule]:
        rows = self.db.query(
            "SELECT node_key, action, label FROM taste_rules WHERE profile_id = ? "
            "ORDER BY created_at, node_key",
            (profile_id,),
        )
        return [TasteRule(r[0], r[1], r[2]) for r in rows]

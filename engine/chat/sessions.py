"""Chat sessions in SQLite: listable, resumable, each message with what was understood and shown."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from engine.chat.intent import Intent
from engine.errors import NotFoundError
from engine.library.db import Database
from engine.library.items import now_iso

TITLE_LENGTH = 60


@dataclass(frozen=True)
class ChatSession:
    id: int
    profile_id: int
    title: str
    created_at: str
    updated_at: str
    turns: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "created_at": self.created_at,
                "updated_at": self.updated_at, "turns": self.turns}


@dataclass(frozen=True)
class ChatMessage:
    id: int
    role: str
    text: str
    created_at: str
    intent: Intent | None = None
    item_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "created_at": self.created_at,
                "items": self.item_ids, "intent": self.intent.to_json() if self.intent else None}


class SessionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, profile_id: int, first_message: str) -> int:
        title = " ".join(first_message.split())
        if len(title) > TITLE_LENGTH:
            title = title[:TITLE_LENGTH - 1] + "…"
        stamp = now_iso()
        with self.db.transaction():
            cursor = self.db.execute(
                "INSERT INTO chat_sessions (profile_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (profile_id, title, stamp, stamp))
        return int(cursor.lastrowid or 0)

    def get(self, session_id: int) -> ChatSession:
        rows = self.db.query(
            "SELECT s.id, s.profile_id, s.title, s.created_at, s.updated_at, "
            "(SELECT count(*) FROM chat_messages m WHERE m.session_id = s.id AND m.role = 'user') "
            "FROM chat_sessions s WHERE s.id = ?", (session_id,))
        if not rows:
            raise NotFoundError(f"no chat session {session_id}")
        return ChatSession(*rows[0])

    def all(self, profile_id: int, limit: int = 50) -> list[ChatSession]:
        rows = self.db.query(
            "SELECT s.id, s.profile_id, s.title, s.created_at, s.updated_at, "
            "(SELECT count(*) FROM chat_messages m WHERE m.session_id = s.id AND m.role = 'user') "
            "FROM chat_sessions s WHERE s.profile_id = ? ORDER BY s.updated_at DESC, s.id DESC LIMIT ?",
            (profile_id, limit))
        return [ChatSession(*row) for row in rows]

    def add_turn(self, session_id: int, message: str, reply: str, intent: Intent,
                 item_ids: list[int]) -> None:
        """The person's message and the answer, written together (a turn is never half stored)."""
        stamp = now_iso()
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO chat_messages (session_id, role, text, created_at) VALUES (?, 'user', ?, ?)",
                (session_id, message, stamp))
            self.db.execute(
                "INSERT INTO chat_messages (session_id, role, text, intent_json, item_ids, created_at) "
                "VALUES (?, 'assistant', ?, ?, ?, ?)",
                (session_id, reply, json.dumps(intent.to_json(), ensure_ascii=False), json.dumps(item_ids),
                 stamp))
            self.db.execute("UPDATE chat_sessions SET updated_at = ? WHERE id = ?", (stamp, session_id))

    def messages(self, session_id: int) -> list[ChatMessage]:
        self.get(session_id)
        rows = self.db.query(
            "SELECT id, role, text, created_at, intent_json, item_ids FROM chat_messages "
            "WHERE session_id = ? ORDER BY id", (session_id,))
        return [ChatMessage(int(r[0]), str(r[1]), str(r[2]), str(r[3]),
                            Intent.from_json(json.loads(r[4])) if r[4] else None, json.loads(r[5]))
                for r in rows]

    def last_answer(self, session_id: int) -> ChatMessage | None:
        answers = [m for m in self.messages(session_id) if m.role == "assistant" and m.intent is not None]
        return answers[-1] if answers else None

    def delete(self, session_id: int) -> None:
        self.get(session_id)
        with self.db.transaction():
            self.db.execute("DELETE FROM chat_messages WHERE session_id = ?", (session_id,))
            self.db.execute("DELETE FROM chat_sessions WHERE id = ?", (session_id,))

"""The append-only event log and the state derived from it.

Nothing a person did is overwritten: a new rating is a new event, an undo is a ``retracted``
event pointing at the one it takes back. Current rating, status and feedback are computed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from engine.errors import NotFoundError, UserError
from engine.library.db import Database
from engine.library.items import now_iso
from engine.library.models import EVENT_TYPES, STATUS_EVENTS, Event, ItemState

_ORDER = "ORDER BY coalesce(at, created_at), id"


class EventLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        item_id: int,
        profile_id: int,
        type: str,
        *,
        value: float | None = None,
        at: str | None = None,
        source: str = "app",
        run_id: int | None = None,
    ) -> int:
        """Append one event. ``at`` is when it happened (None: unknown, e.g. an undated import
        row); it is ordered by the time it was recorded then."""
        if type not in EVENT_TYPES:
            raise UserError(f"unknown event type {type!r}; expected one of {', '.join(EVENT_TYPES)}")
        if type == "rated" and (value is None or not 0 <= value <= 5):
            raise UserError("a rating must be between 0 and 5 stars")
        try:
            cursor = self.db.execute(
                "INSERT INTO events (item_id, profile_id, type, value, at, source, import_run_id, "
                "created_at) VALUES (?,?,?,?,?,?,?,?)",
                (item_id, profile_id, type, value, at, source, run_id, now_iso()),
            )
        except sqlite3.IntegrityError as exc:
            raise NotFoundError(f"no item with id {item_id}") from exc
        return int(cursor.lastrowid or 0)

    def exists(
        self, item_id: int, profile_id: int, type: str, value: float | None, at: str | None
    ) -> bool:
        """Whether this exact event is already recorded (re-imports add nothing twice)."""
        found = self.db.scalar_int(
            "SELECT 1 FROM events WHERE item_id = ? AND profile_id = ? AND type = ? "
            "AND value IS ? AND at IS ? LIMIT 1",
            (item_id, profile_id, type, value, at),
        )
        return found is not None

    def has_type(self, item_id: int, profile_id: int, type: str) -> bool:
        """Whether any event of this type is recorded for the item."""
        found = self.db.scalar_int(
            "SELECT 1 FROM events WHERE item_id = ? AND profile_id = ? AND type = ? LIMIT 1",
            (item_id, profile_id, type),
        )
        return found is not None

    def retract_latest(
        self, item_id: int, profile_id: int, types: Sequence[str], *, source: str = "app"
    ) -> Event | None:
        """Take back the newest still-standing event of these types (an undo); returns it."""
        standing = [e for e in self.for_item(item_id, profile_id) if e.type in types]
        retracted = self._retracted_ids(e.id for e in standing)
        for event in reversed(standing):
            if event.id not in retracted:
                self.add(
                    item_id, profile_id, "retracted", value=event.id, at=now_iso(), source=source
                )
                return event
        return None

    def for_item(self, item_id: int, profile_id: int | None = None) -> list[Event]:
        sql = "SELECT * FROM events WHERE item_id = ?"
        params: tuple[object, ...] = (item_id,)
        if profile_id is not None:
            sql += " AND profile_id = ?"
            params = (item_id, profile_id)
        return [_event(r) for r in self.db.query(f"{sql} {_ORDER}", params)]

    def for_profile(self, profile_id: int) -> list[Event]:
        rows = self.db.query(f"SELECT * FROM events WHERE profile_id = ? {_ORDER}", (profile_id,))
        return [_event(r) for r in rows]

    def all(self) -> list[Event]:
        return [_event(r) for r in self.db.query(f"SELECT * FROM events {_ORDER}")]

    def state(self, item_id: int, profile_id: int) -> ItemState:
        return derive_states(self.for_item(item_id, profile_id)).get(item_id, ItemState(item_id))

    def states(self, profile_id: int) -> dict[int, ItemState]:
        """Derived state of every item this profile has an event for."""
        return derive_states(self.for_profile(profile_id))

    def count(self) -> int:
        return self.db.scalar_int("SELECT count(*) FROM events") or 0

    def _retracted_ids(self, ids: Iterable[int]) -> set[int]:
        wanted = list(ids)
        if not wanted:
            return set()
        marks = ",".join("?" * len(wanted))
        rows = self.db.query(
            f"SELECT CAST(value AS INTEGER) FROM events WHERE type = 'retracted' AND value IN ({marks})",
            tuple(wanted),
        )
        return {int(r[0]) for r in rows}


def derive_states(events: Sequence[Event]) -> dict[int, ItemState]:
    """Fold events (oldest first) into current state per item; retracted events don't count."""
    retracted = {int(e.value) for e in events if e.type == "retracted" and e.value is not None}
    states: dict[int, ItemState] = {}
    for event in events:
        if event.type == "retracted" or event.id in retracted:
            continue
        state = states.setdefault(event.item_id, ItemState(event.item_id))
        state.last_event_at = event.at or event.created_at
        if event.type == "rated":
            state.rating = event.value
        elif event.type in STATUS_EVENTS:
            state.status = event.type
        elif event.type == "liked":
            state.liked, state.disliked = True, False
        elif event.type == "disliked":
            state.liked, state.disliked = False, True
        elif event.type == "dismissed":
            state.dismissed = True
        elif event.type == "seen":
            state.seen = True
    return states


def _event(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], item_id=row["item_id"], profile_id=row["profile_id"], type=row["type"],
        value=row["value"], at=row["at"], source=row["source"], created_at=row["created_at"],
    )

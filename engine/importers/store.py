"""Putting one parsed record into the library: match, create or merge, record its events.

An uncertain match is neither merged nor duplicated: the record waits in the review queue
until the person says "same" or "different" (``resolve_review``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from engine.importers.matching import Match, Uncertain, find_match
from engine.importers.records import Creator, ImportRecord, RecordEvent, Subject
from engine.library.events import EventLog
from engine.library.items import ItemStore
from engine.library.models import Credit, ItemDraft, SubjectTag
from engine.library.profiles import ProfileStore
from engine.library.review import ReviewQueue


class Outcome(Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    UNMATCHED = "unmatched"  # waiting in the review queue


@dataclass(slots=True)
class StoredRecord:
    item_id: int | None
    outcome: Outcome
    new_events: int


def _count(value: int | None, upper: int) -> int | None:
    """A plausible non-negative count, or None (garbage like a 200-digit page count)."""
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= upper else None


def draft_from_record(record: ImportRecord, source: str) -> ItemDraft:
    year = record.year if isinstance(record.year, int) and -3000 <= record.year <= 2200 else None
    return ItemDraft(
        kind=record.kind, title=record.title.strip(), year=year,
        original_title=record.original_title, alt_titles=list(record.alt_titles),
        description=record.description, language=record.language,
        runtime_minutes=_count(record.runtime_minutes, 100_000),
        pages=_count(record.pages, 1_000_000), word_count=_count(record.word_count, 10**9),
        cover_path=record.cover_path, body_text=record.body_text,
        identifiers=dict(record.identifiers),
        creators=[Credit(c.name, c.role) for c in record.creators if c.name.strip()],
        subjects=[SubjectTag(s.name, s.kind, source) for s in record.subjects if s.name.strip()],
    )


def record_to_json(record: ImportRecord) -> str:
    return json.dumps(asdict(record), ensure_ascii=False, default=str)


def record_from_json(text: str) -> ImportRecord:
    data: dict[str, Any] = json.loads(text)
    data["creators"] = [Creator(**c) for c in data.get("creators", [])]
    data["subjects"] = [Subject(**s) for s in data.get("subjects", [])]
    data["events"] = [RecordEvent(**e) for e in data.get("events", [])]
    return ImportRecord(**data)


def review_key(record: ImportRecord) -> str:
    return record.source_key or f"title:{record.kind}:{record.title}:{record.year}"


class RecordStore:
    """Stores records of one import (one format, one default profile)."""

    def __init__(
        self, items: ItemStore, events: EventLog, profiles: ProfileStore, review: ReviewQueue, *,
        source: str, profile_id: int, run_id: int | None, catalogue: bool,
    ) -> None:
        self.items, self.events, self.profiles, self.review = items, events, profiles, review
        self.source, self.profile_id, self.run_id = source, profile_id, run_id
        self.catalogue = catalogue
        self.known_before = items.max_id()
        self._profile_ids: dict[str, int] = {}

    def store(self, record: ImportRecord) -> StoredRecord:
        match = find_match(self.items, record, self.source, self.known_before)
        if isinstance(match, Uncertain):
            self.review.add(
                run_id=self.run_id, candidate_item_id=match.item_id, source=self.source,
                source_key=review_key(record), profile_id=self.profile_id,
                record_json=record_to_json(record), score=match.score, reason=match.reason,
            )
            return StoredRecord(None, Outcome.UNMATCHED, 0)
        return self.apply(record, match.item_id if isinstance(match, Match) else None)

    def apply(self, record: ImportRecord, item_id: int | None) -> StoredRecord:
        """Create (``item_id`` None) or merge into ``item_id``, then record source and events."""
        draft = draft_from_record(record, self.source)
        if item_id is None:
            item_id = self.items.create(draft, source=self.source)
            outcome = Outcome.CREATED
        else:
            changed = self.items.merge(item_id, draft, source=self.source)
            outcome = Outcome.UPDATED if changed else Outcome.UNCHANGED
        if record.source_key:
            fields = {k: v for k, v in asdict(record).items() if k not in ("events", "body_text")}
            self.items.record_source(
                item_id, self.source, record.source_key, self.run_id,
                json.dumps(fields, ensure_ascii=False, default=str),
            )
        new_events = 0 if self.catalogue else self._store_events(item_id, record)
        return StoredRecord(item_id, outcome, new_events)

    def _store_events(self, item_id: int, record: ImportRecord) -> int:
        added = 0
        for event in record.events:
            profile_id = self._profile_for(event.profile)
            if self.events.exists(item_id, profile_id, event.type, event.value, event.at):
                continue
            if event.unless_any and self.events.has_type(item_id, profile_id, event.type):
                continue
            self.events.add(
                item_id, profile_id, event.type, value=event.value, at=event.at,
                source=self.source, run_id=self.run_id,
            )
            added += 1
        return added

    def _profile_for(self, name: str | None) -> int:
        if name is None:
            return self.profile_id
        if name not in self._profile_ids:
            self._profile_ids[name] = self.profiles.ensure(name).id
        return self._profile_ids[name]

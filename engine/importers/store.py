"""Putting one parsed record into the library: match, create or merge, record its events."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum

from engine.importers.records import ImportRecord
from engine.library.events import EventLog
from engine.library.items import ItemStore
from engine.library.models import Credit, ItemDraft, SubjectTag
from engine.library.profiles import ProfileStore

# Identifier schemes in the order they are trusted for matching.
MATCH_SCHEMES = (
    "isbn13", "isbn10", "imdb", "doi", "arxiv", "tmdb", "tvdb", "goodreads", "openlibrary",
    "librarything", "letterboxd", "trakt", "movielens", "asin", "calibre_uuid", "zotero", "url",
)
KIND_FAMILIES = {"film": "screen", "series": "screen", "book": "book", "article": "text"}


class Outcome(Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(slots=True)
class StoredRecord:
    item_id: int
    outcome: Outcome
    new_events: int


def draft_from_record(record: ImportRecord, source: str) -> ItemDraft:
    return ItemDraft(
        kind=record.kind, title=record.title.strip(), year=record.year,
        original_title=record.original_title, alt_titles=list(record.alt_titles),
        description=record.description, language=record.language,
        runtime_minutes=record.runtime_minutes, pages=record.pages, word_count=record.word_count,
        cover_path=record.cover_path, body_text=record.body_text,
        identifiers=dict(record.identifiers),
        creators=[Credit(c.name, c.role) for c in record.creators if c.name.strip()],
        subjects=[SubjectTag(s.name, s.kind, source) for s in record.subjects if s.name.strip()],
    )


class RecordStore:
    """Stores records of one import (one format, one default profile)."""

    def __init__(
        self, items: ItemStore, events: EventLog, profiles: ProfileStore, *,
        source: str, profile_id: int, run_id: int | None, catalogue: bool,
    ) -> None:
        self.items, self.events, self.profiles = items, events, profiles
        self.source, self.profile_id, self.run_id = source, profile_id, run_id
        self.catalogue = catalogue
        self._profile_ids: dict[str, int] = {}

    def store(self, record: ImportRecord) -> StoredRecord:
        draft = draft_from_record(record, self.source)
        item_id = self.find_existing(record)
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

    def find_existing(self, record: ImportRecord) -> int | None:
        """Same source id, then a shared identifier, then the same title, kind and year."""
        if record.source_key:
            found = self.items.source_item(self.source, record.source_key)
            if found is not None:
                return found
        family = KIND_FAMILIES.get(record.kind, record.kind)
        for scheme in MATCH_SCHEMES:
            value = record.identifiers.get(scheme)
            if value:
                found = self.items.find_by_identifier(scheme, value)
                # Some services number films and shows separately (TMDB, Trakt): an id only
                # matches within the same family of kinds.
                if found is not None and self._family(found) == family:
                    return found
        return self._match_by_title(record)

    def _family(self, item_id: int) -> str:
        kind = self.items.get(item_id).kind
        return KIND_FAMILIES.get(kind, kind)

    def _match_by_title(self, record: ImportRecord) -> int | None:
        family = KIND_FAMILIES.get(record.kind, record.kind)
        for candidate_id in self.items.find_by_title(record.title):
            candidate = self.items.get(candidate_id)
            if KIND_FAMILIES.get(candidate.kind, candidate.kind) != family:
                continue
            if record.year and candidate.year and abs(record.year - candidate.year) > 1:
                continue
            names = {c.name.casefold() for c in record.creators}
            known = {c.name.casefold() for c in candidate.creators}
            if names and known and not names & known:
                continue
            return candidate_id
        return None

    def _store_events(self, item_id: int, record: ImportRecord) -> int:
        added = 0
        for event in record.events:
            profile_id = self._profile_for(event.profile)
            if self.events.exists(item_id, profile_id, event.type, event.value, event.at):
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

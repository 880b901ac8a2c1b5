"""Typed records the repository returns. Plain dataclasses: no database handles inside."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

FEEDBACK_EVENTS = ("liked", "disliked", "dismissed", "seen", "clicked")
STATUS_EVENTS = ("wishlist", "started", "finished", "abandoned")
EVENT_TYPES = ("rated", *STATUS_EVENTS, *FEEDBACK_EVENTS, "retracted")


@dataclass(slots=True)
class Credit:
    name: str
    role: str


@dataclass(slots=True)
class SubjectTag:
    name: str
    kind: str
    source: str


@dataclass(slots=True)
class Item:
    id: int
    kind: str
    title: str
    year: int | None = None
    original_title: str | None = None
    alt_titles: list[str] = field(default_factory=list)
    description: str | None = None
    language: str | None = None
    runtime_minutes: int | None = None
    pages: int | None = None
    word_count: int | None = None
    cover_path: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    creators: list[Credit] = field(default_factory=list)
    subjects: list[SubjectTag] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def creator_names(self) -> list[str]:
        return [c.name for c in self.creators]


@dataclass(slots=True)
class ItemDraft:
    """What is needed to create (or merge into) an item."""

    kind: str
    title: str
    year: int | None = None
    original_title: str | None = None
    alt_titles: list[str] = field(default_factory=list)
    description: str | None = None
    language: str | None = None
    runtime_minutes: int | None = None
    pages: int | None = None
    word_count: int | None = None
    cover_path: str | None = None
    body_text: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    creators: list[Credit] = field(default_factory=list)
    subjects: list[SubjectTag] = field(default_factory=list)


@dataclass(slots=True)
class Profile:
    id: int
    name: str
    created_at: str


@dataclass(slots=True)
class Event:
    id: int
    item_id: int
    profile_id: int
    type: str
    value: float | None
    at: str | None
    source: str
    created_at: str


@dataclass(slots=True)
class ItemState:
    """A person's current relation to an item, derived from the event log."""

    item_id: int
    rating: float | None = None
    status: str | None = None  # wishlist | started | finished | abandoned
    liked: bool = False
    disliked: bool = False
    dismissed: bool = False
    seen: bool = False
    last_event_at: str | None = None

    @property
    def consumed(self) -> bool:
        """Finished, seen or rated: the person knows this work already."""
        return self.status == "finished" or self.seen or self.rating is not None


@dataclass(slots=True)
class ImportRun:
    id: int
    path: str
    format: str
    profile: str | None
    status: str  # running | completed | cancelled | failed
    started_at: str
    finished_at: str | None
    created: int = 0
    updated: int = 0
    skipped: int = 0
    unmatched: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        """The import report shape of the CLI contract."""
        return {
            "run": self.id, "format": self.format, "status": self.status,
            "created": self.created, "updated": self.updated, "skipped": self.skipped,
            "unmatched": self.unmatched, "errors": self.errors,
        }

"""What a chat message asks for, and how it becomes a recommendation request."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from engine.ranking.request import RecommendRequest


@dataclass
class Intent:
    """The constraints read from one message (or a conversation so far).

    ``genres`` and ``people`` were asked for by name and restrict the results; ``mood_genres``
    come from a mood ("lighter" → comedy) and only lean the ranking. ``query`` holds the words nothing else
    explained ("about nature"), searched for their meaning.
    """

    kind: str | None = None
    genres: list[str] = field(default_factory=list)       # canonical genre keys
    mood_genres: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)       # graph keys, "person:denis villeneuve"
    avoid: list[str] = field(default_factory=list)        # graph keys, "genre:horror", "person:…"
    mood_avoid: list[str] = field(default_factory=list)   # ruled out by a mood ("lighter": no horror)
    year_from: int | None = None
    year_to: int | None = None
    max_minutes: int | None = None
    max_pages: int | None = None
    moods: list[str] = field(default_factory=list)
    references: list[int] = field(default_factory=list)
    exclude: list[int] = field(default_factory=list)
    query: str | None = None
    unmatched: list[str] = field(default_factory=list)    # titles named but not in the library
    language: str = "en"

    def request(self, k: int = 10, within: frozenset[int] | None = None) -> RecommendRequest:
        return RecommendRequest(
            kind=self.kind, query=self.query, k=k, year_from=self.year_from, year_to=self.year_to,
            max_minutes=self.max_minutes, max_pages=self.max_pages, references=tuple(self.references),
            entities=(*(f"genre:{g}" for g in [*self.genres, *self.mood_genres]), *self.people),
            avoid=tuple(dict.fromkeys([*self.avoid, *self.mood_avoid])), exclude=tuple(self.exclude),
            within=within,
            reasons_language=self.language,
        )

    @property
    def is_empty(self) -> bool:
        """Nothing was understood (no constraint at all)."""
        return not any(getattr(self, f.name) for f in fields(self) if f.name not in ("language", "unmatched"))

    @property
    def required(self) -> list[str]:
        """The graph nodes of which a result must have at least one (asked for by name)."""
        return [*(f"genre:{g}" for g in self.genres), *self.people]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Intent:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

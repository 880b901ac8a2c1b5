"""What a person asks for: the knobs of one recommendation request, and the result shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.library.models import Item


@dataclass(frozen=True)
class RecommendRequest:
    """One "what next?" request. Everything is optional: the empty request is the "For you" list.

    ``references`` are items the person named ("like Arrival"), ``entities`` graph nodes they asked
    for ("genre:science-fiction", "person:denis villeneuve"), ``avoid`` nodes they ruled out
    ("not horror"), ``within`` the only items allowed (a list, a shelf). ``diversity`` (0..1) and
    ``novelty`` default to the settings when None.
    """

    kind: str | None = None
    query: str | None = None
    k: int = 10
    year_from: int | None = None
    year_to: int | None = None
    language: str | None = None
    max_minutes: int | None = None
    max_pages: int | None = None
    references: tuple[int, ...] = ()
    entities: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    exclude: tuple[int, ...] = ()
    within: frozenset[int] | None = None   # only these items may be recommended
    include_known: bool = False
    diversity: float | None = None
    novelty: bool | None = None
    reasons_language: str = "en"

    @property
    def on_metadata(self) -> bool:
        return any(v is not None for v in (self.kind, self.year_from, self.year_to, self.language,
                                           self.max_minutes, self.max_pages))


@dataclass
class Recommendation:
    """One recommended item: the item, its score, the reasons in words, and the signals behind it."""

    item: Item
    score: float
    reasons: list[str] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)
    predicted_rating: float | None = None
    because_of: int | None = None  # the history item the main reason points at
    named: tuple[int, ...] = ()     # every item the reasons name (history, reference, community)

    def to_json(self) -> dict[str, Any]:
        item = self.item
        return {
            "id": item.id, "kind": item.kind, "title": item.title, "year": item.year,
            "creators": item.creator_names, "score": round(self.score, 4), "reasons": self.reasons,
            "predicted_rating": self.predicted_rating, "because_of": self.because_of,
            "signals": {name: round(value, 4) for name, value in self.signals.items()},
        }

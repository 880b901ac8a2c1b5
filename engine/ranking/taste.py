"""A person's taste as weights over items, derived from their event log.

Each item the person has a relation to gets one weight in [-1, 1]: ratings are centred on 3★
((stars − 3) / 2, so 5★ = +1, 1★ = −1), a 👍 is +1, a 👎 −1, "not interested" −0.7, finishing
without rating +0.5, and so on (``ACTION_WEIGHTS``). Older events count less: the weight halves
every ``HALF_LIFE_DAYS``, but never drops below ``RECENCY_FLOOR`` of itself, so an old favourite
still speaks. Items the person already knows (finished, rated, seen, liked, disliked, dismissed,
abandoned, started) are never recommended again unless asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from engine.library.models import ItemState

ACTION_WEIGHTS = {
    "liked": 1.0, "disliked": -1.0, "dismissed": -0.7, "abandoned": -0.5,
    "finished": 0.5, "started": 0.3, "wishlist": 0.3, "seen": 0.2,
}
HALF_LIFE_DAYS = 365.0
RECENCY_FLOOR = 0.35
POSITIVE_LIMIT = 64  # at most this many positive items seed the neighbour and graph searches


def rating_weight(stars: float) -> float:
    return max(-1.0, min(1.0, (stars - 3.0) / 2.0))


def recency(at: str | None, now: datetime) -> float:
    """1.0 for today, halving every HALF_LIFE_DAYS, floored at RECENCY_FLOOR (unknown dates: floor)."""
    if not at:
        return RECENCY_FLOOR
    try:
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return RECENCY_FLOOR
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    days = max(0.0, (now - when).total_seconds() / 86400.0)
    return max(RECENCY_FLOOR, float(0.5 ** (days / HALF_LIFE_DAYS)))


@dataclass
class Signal:
    """Why an item carries weight in the profile: the event that set it, for explanations."""

    action: str  # rated | liked | finished | ...
    stars: float | None = None


@dataclass
class TasteProfile:
    """Item weights (positive = more like this, negative = less), the items to keep out of
    recommendations, and the history in time order (oldest first) for sequential models."""

    weights: dict[int, float] = field(default_factory=dict)
    signals: dict[int, Signal] = field(default_factory=dict)
    known: set[int] = field(default_factory=set)
    wishlist: set[int] = field(default_factory=set)
    ordered: list[int] = field(default_factory=list)
    version: tuple[object, ...] = ()

    @property
    def positives(self) -> dict[int, float]:
        """The strongest positive items (at most POSITIVE_LIMIT), item id → weight."""
        ranked = sorted(((w, i) for i, w in self.weights.items() if w > 0), reverse=True)
        return {item: weight for weight, item in ranked[:POSITIVE_LIMIT]}

    @property
    def negatives(self) -> dict[int, float]:
        return {i: w for i, w in self.weights.items() if w < 0}

    @property
    def empty(self) -> bool:
        return not self.weights

    @classmethod
    def from_states(
        cls, states: Mapping[int, ItemState], *, now: datetime | None = None,
        version: tuple[object, ...] = (),
    ) -> TasteProfile:
        """The profile of one person's derived item states (``EventLog.states``)."""
        moment = now or datetime.now(UTC)
        profile = cls(version=version)
        dated: list[tuple[str, int]] = []
        for item_id, state in states.items():
            signal = _strongest_signal(state)
            if state.status == "wishlist":
                profile.wishlist.add(item_id)
            if _known(state):
                profile.known.add(item_id)
            if signal is None:
                continue
            base = rating_weight(signal.stars) if signal.stars is not None else ACTION_WEIGHTS[signal.action]
            if signal.action == "wishlist":
                base = ACTION_WEIGHTS["wishlist"]
            weight = base * recency(state.last_event_at, moment)
            if weight != 0:
                profile.weights[item_id] = weight
                profile.signals[item_id] = signal
            if _known(state) and weight >= 0:
                dated.append((state.last_event_at or "", item_id))
        profile.ordered = [item for _, item in sorted(dated)]
        return profile

    @classmethod
    def from_ratings(cls, ratings: Iterable[tuple[int, float]]) -> TasteProfile:
        """A profile from (item id, stars) pairs in time order (offline evaluation)."""
        profile = cls()
        for item_id, stars in ratings:
            profile.weights[item_id] = rating_weight(stars) or 0.05  # a 3★ still says "I watched it"
            profile.signals[item_id] = Signal("rated", stars)
            profile.known.add(item_id)
            profile.ordered.append(item_id)
        return profile


def _known(state: ItemState) -> bool:
    return (state.consumed or state.liked or state.disliked or state.dismissed
            or state.status in ("abandoned", "started"))


def _strongest_signal(state: ItemState) -> Signal | None:
    """The one event that says most about taste: a rating, then a 👍/👎, then a dismissal, then status."""
    if state.rating is not None:
        return Signal("rated", state.rating)
    if state.liked:
        return Signal("liked")
    if state.disliked:
        return Signal("disliked")
    if state.dismissed:
        return Signal("dismissed")
    if state.status in ACTION_WEIGHTS:
        return Signal(state.status)
    if state.seen:
        return Signal("seen")
    return None

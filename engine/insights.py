"""Taste insights: what a person finished and rated, summarised as plain data for charts.

"Finished or rated" items are those with a standing (not retracted) ``finished`` or ``rated``
event. Each counts once, in the year of its first such event; its genres are the item's genre
subjects through the alias table (its tags and shelves stand in when it has no genre subject),
labelled in the requested language. Ratings are the current ones (the latest standing rating),
in half stars from 0.5 to 5. Nothing here writes to the library.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from engine.graph.aliases import SubjectAliases, normalize_name
from engine.library.events import derive_states
from engine.library.models import Event, Item
from engine.library.text import fold

if TYPE_CHECKING:
    from engine.api import Library

TOP_GENRES = 6      # genres followed over time (the rest are in ``genres``)
TOP_CREATORS = 10
HALF_STARS = tuple(n / 2 for n in range(1, 11))  # 0.5 … 5.0
CONSUMING = ("finished", "rated")
_YEAR = re.compile(r"^\s*(\d{4})")


@dataclass(frozen=True)
class GenreCount:
    key: str                  # canonical key ("science-fiction"), else the folded name as recorded
    label: str                # in the requested language
    count: int                # finished or rated items with this genre
    mean_rating: float | None


@dataclass(frozen=True)
class GenreSeries:
    key: str
    label: str
    counts: tuple[int, ...]   # one per year of ``TasteInsights.years``


@dataclass(frozen=True)
class CreatorCount:
    name: str
    role: str                 # their most frequent role on these items ("author", "director", …)
    count: int                # finished or rated items they made or appear in
    rated: int
    mean_rating: float | None


@dataclass(frozen=True)
class Totals:
    consumed: int = 0         # items finished or rated
    finished: int = 0
    finished_by_kind: Mapping[str, int] = field(default_factory=dict)  # most first
    ratings: int = 0          # items with a current rating
    mean_rating: float | None = None
    liked: int = 0
    disliked: int = 0
    wishlist: int = 0
    undated: int = 0          # finished or rated with no date: left out of genres over time


@dataclass(frozen=True)
class TasteInsights:
    language: str
    totals: Totals
    genres: tuple[GenreCount, ...]              # every genre, most frequent first
    years: tuple[int, ...]                      # ascending, no gaps
    genres_over_time: tuple[GenreSeries, ...]   # the TOP_GENRES genres, counted per year
    ratings_histogram: tuple[tuple[float, int], ...]  # (stars, items) for 0.5 … 5
    decades: tuple[tuple[int, int], ...]        # (1960, items released in the 1960s), no gaps
    creators: tuple[CreatorCount, ...]          # most frequent first

    @property
    def empty(self) -> bool:
        return self.totals.consumed == 0


def taste_insights(lib: Library, profile: str | None = None, language: str = "en") -> TasteInsights:
    """The insights of ``profile`` (the default profile when None); genre labels in ``language``
    ("en", "zh", "zh_CN"…)."""
    events = lib.store.events.for_profile(lib.profile(profile).id)
    wanted = sorted({e.item_id for e in events if e.type in CONSUMING})
    items = {item.id: item for item in lib.store.items.get_many(wanted)}
    return summarise(events, items, lib.knowledge.aliases, language)


def summarise(events: Sequence[Event], items: Mapping[int, Item], aliases: SubjectAliases,
              language: str = "en") -> TasteInsights:
    """The insights of one profile's events (oldest first, as ``EventLog.for_profile`` gives them)."""
    retracted = {int(e.value) for e in events if e.type == "retracted" and e.value is not None}
    standing = [e for e in events if e.type != "retracted" and e.id not in retracted]
    states = derive_states(events)
    when: dict[int, str | None] = {}
    finished: set[int] = set()
    for event in standing:
        if event.type in CONSUMING and event.item_id in items:
            if when.get(event.item_id) is None:
                when[event.item_id] = event.at
            if event.type == "finished":
                finished.add(event.item_id)
    ratings = {i: s.rating for i, s in states.items() if s.rating is not None and i in when}
    consumed = [items[i] for i in when]
    genres = {item.id: item_genres(item, aliases, language) for item in consumed}
    years = {i: _year(at) for i, at in when.items()}

    genre_counts = _genre_counts(genres, ratings)
    dated = sorted(y for y in years.values() if y is not None)
    span = tuple(range(dated[0], dated[-1] + 1)) if dated else ()
    series = []
    for genre in genre_counts[:TOP_GENRES]:
        per_year = Counter(years[i] for i, found in genres.items() if any(k == genre.key for k, _ in found))
        series.append(GenreSeries(genre.key, genre.label, tuple(per_year.get(y, 0) for y in span)))

    kinds = Counter(items[i].kind for i in finished)
    totals = Totals(
        consumed=len(consumed), finished=len(finished), finished_by_kind=dict(kinds.most_common()),
        ratings=len(ratings), mean_rating=_mean(ratings.values()),
        liked=sum(s.liked for s in states.values()), disliked=sum(s.disliked for s in states.values()),
        wishlist=sum(s.status == "wishlist" for s in states.values()),
        undated=sum(y is None for y in years.values()),
    )
    return TasteInsights(
        language=language, totals=totals, genres=tuple(genre_counts), years=span,
        genres_over_time=tuple(series), ratings_histogram=_histogram(ratings.values()),
        decades=_decades(item.year for item in consumed), creators=_creators(consumed, ratings),
    )


def item_genres(item: Item, aliases: SubjectAliases, language: str) -> list[tuple[str, str]]:
    """(key, label) of each genre of an item: its genre subjects through the alias table (an
    unknown genre keeps its own name); when it has none, the genres its tags and shelves name."""
    found: dict[str, str] = {}
    for subject in item.subjects:
        name = " ".join(subject.name.split())
        if subject.kind != "genre" or not name or aliases.is_ignored(name):
            continue
        canonical = aliases.canonical(name)
        if canonical:
            found.update((c.key, c.label(language)) for c in canonical if c.key not in found)
        else:
            found.setdefault(normalize_name(name), name)
    if not found:
        for subject in item.subjects:
            if subject.kind not in ("genre", "collection"):
                found.update((c.key, c.label(language)) for c in aliases.canonical(subject.name)
                             if c.key not in found)
    return list(found.items())


def _genre_counts(genres: Mapping[int, list[tuple[str, str]]],
                  ratings: Mapping[int, float]) -> list[GenreCount]:
    labels: dict[str, str] = {}
    members: dict[str, list[int]] = {}
    for item_id, found in genres.items():
        for key, label in found:
            labels.setdefault(key, label)
            members.setdefault(key, []).append(item_id)
    counted = [GenreCount(key, labels[key], len(ids), _mean(ratings[i] for i in ids if i in ratings))
               for key, ids in members.items()]
    return sorted(counted, key=lambda g: (-g.count, g.key))


def _creators(consumed: Iterable[Item], ratings: Mapping[int, float]) -> tuple[CreatorCount, ...]:
    names: dict[str, str] = {}
    roles: dict[str, Counter[str]] = {}
    members: dict[str, list[int]] = {}
    for item in consumed:
        seen: set[str] = set()
        for credit in item.creators:
            name = " ".join(credit.name.split())
            key = fold(name)
            if not name:
                continue
            names.setdefault(key, name)
            roles.setdefault(key, Counter())[credit.role.lower()] += 1
            if key not in seen:
                seen.add(key)
                members.setdefault(key, []).append(item.id)
    counted = []
    for key, ids in members.items():
        rated = [ratings[i] for i in ids if i in ratings]
        counted.append(CreatorCount(names[key], roles[key].most_common(1)[0][0], len(ids), len(rated),
                                    _mean(rated)))
    counted.sort(key=lambda c: (-c.count, -(c.mean_rating or 0.0), c.name))
    return tuple(counted[:TOP_CREATORS])


def _histogram(ratings: Iterable[float]) -> tuple[tuple[float, int], ...]:
    """Ratings rounded to the nearest half star (0 counts as half a star)."""
    bins = Counter(min(5.0, max(0.5, round(stars * 2) / 2)) for stars in ratings)
    return tuple((stars, bins.get(stars, 0)) for stars in HALF_STARS)


def _decades(years: Iterable[int | None]) -> tuple[tuple[int, int], ...]:
    counts = Counter(year - year % 10 for year in years if year)
    if not counts:
        return ()
    return tuple((d, counts.get(d, 0)) for d in range(min(counts), max(counts) + 10, 10))


def _year(at: str | None) -> int | None:
    found = _YEAR.match(at or "")
    return int(found.group(1)) if found else None


def _mean(values: Iterable[float]) -> float | None:
    numbers = list(values)
    return sum(numbers) / len(numbers) if numbers else None

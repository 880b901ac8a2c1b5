"""Hybrid search: full-text BM25 and vector similarity, fused by reciprocal rank, with filters.

Keyword search finds exact words and names ("Villeneuve", "三体"); vector search finds meaning
("films about grief", "time travel"); a genre named in any language ("科幻", "Fantascienza")
brings the items the knowledge graph files under it. Reciprocal rank fusion needs no score
calibration between the lists: an item ranked well by any or several rises.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from engine.embeddings.encoder import Encoder
from engine.embeddings.space import VectorSpace
from engine.graph.aliases import Canonical, SubjectAliases
from engine.graph.store import GraphStore
from engine.library.models import ItemState
from engine.library.store import LibraryStore

RRF_K = 60
CANDIDATES = 100
MIN_SIMILARITY = 0.15    # a vector hit below this is noise, not meaning
QUERY_CACHE = 256
FILTER_CACHE = 8
STATUSES = ("wishlist", "started", "finished", "abandoned", "unread", "rated", "liked", "disliked",
            "dismissed", "seen")


@dataclass(frozen=True)
class SearchFilters:
    kind: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    language: str | None = None
    status: str | None = None    # one of STATUSES; "unread" = not consumed

    @property
    def on_metadata(self) -> bool:
        return any(v is not None for v in (self.kind, self.year_from, self.year_to, self.language))


@dataclass(frozen=True)
class SearchHit:
    item_id: int
    score: float                  # fused RRF score
    keyword_rank: int | None      # 1-based rank among keyword matches
    vector_rank: int | None
    similarity: float | None


def status_matches(state: ItemState | None, status: str) -> bool:
    if status == "unread":
        return state is None or not state.consumed
    if state is None:
        return False
    if status in ("wishlist", "started", "finished", "abandoned"):
        return state.status == status
    if status == "rated":
        return state.rating is not None
    return bool(getattr(state, status, False))


class HybridSearch:
    def __init__(
        self, store: LibraryStore, space: Callable[[], VectorSpace | None],
        encoder: Callable[[], Encoder | None], graph: GraphStore, aliases: SubjectAliases,
    ) -> None:
        self.store = store
        self._space = space
        self._encoder = encoder
        self.graph = graph
        self.aliases = aliases
        self._queries: OrderedDict[tuple[str, str], npt.NDArray[np.float32]] = OrderedDict()
        self._genre_items: dict[tuple[int, str], list[int]] = {}
        self._filtered: dict[tuple[object, ...], frozenset[int]] = {}

    def search(
        self, text: str, filters: SearchFilters | None = None, *, limit: int = 20,
        states: dict[int, ItemState] | None = None,
    ) -> list[SearchHit]:
        filters = filters or SearchFilters()
        if filters.status and filters.status not in STATUSES:
            raise ValueError(f"unknown status filter {filters.status!r}")
        allowed = self._allowed(filters, states)
        genres = self.aliases.find_in_text(text)
        meaning = text if not genres else f"{text} ({', '.join(g.en for g in genres)})"
        keyword = self.keyword_ids(text, filters, allowed)
        vector = self.vector_ids(meaning, allowed)
        genre = self.genre_ids(genres, allowed, vector)
        fused: dict[int, float] = {}
        for ranking in (keyword, [i for i, _ in vector], genre):
            for rank, item_id in enumerate(ranking, 1):
                fused[item_id] = fused.get(item_id, 0.0) + 1.0 / (RRF_K + rank)
        keyword_rank = {item_id: rank for rank, item_id in enumerate(keyword, 1)}
        vector_rank = {item_id: (rank, sim) for rank, (item_id, sim) in enumerate(vector, 1)}
        ordered = sorted(fused.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
        return [
            SearchHit(item_id, round(score, 6), keyword_rank.get(item_id),
                      vector_rank[item_id][0] if item_id in vector_rank else None,
                      vector_rank[item_id][1] if item_id in vector_rank else None)
            for item_id, score in ordered
        ]

    def _allowed(self, filters: SearchFilters, states: dict[int, ItemState] | None) -> set[int] | None:
        """The item ids the filters let through (None: no filter)."""
        allowed: set[int] | None = None
        if filters.on_metadata:
            allowed = set(self._metadata_ids(filters))
        if filters.status:
            states = states or {}
            if filters.status == "unread":
                consumed = {i for i, s in states.items() if s.consumed}
                base = allowed if allowed is not None else set(self.store.items.ids())
                allowed = base - consumed
            else:
                matching = {i for i, s in states.items() if status_matches(s, filters.status)}
                allowed = matching if allowed is None else allowed & matching
        return allowed

    def _metadata_ids(self, filters: SearchFilters) -> frozenset[int]:
        """The items of the filters' kind, years and language (cached until an item changes: at
        100k items the query alone takes tens of milliseconds)."""
        key = (self.store.items.change_number(), filters.kind, filters.year_from, filters.year_to,
               filters.language)
        found = self._filtered.get(key)
        if found is None:
            found = frozenset(self.store.items.filtered_ids(
                kind=filters.kind, year_from=filters.year_from, year_to=filters.year_to,
                language=filters.language,
            ))
            if len(self._filtered) >= FILTER_CACHE:
                self._filtered.clear()
            self._filtered[key] = found
        return found

    def keyword_ids(self, text: str, filters: SearchFilters, allowed: set[int] | None) -> list[int]:
        fetch = CANDIDATES if allowed is None or filters.status is None else CANDIDATES * 5
        ids = self.store.items.search(
            text, kind=filters.kind, year_from=filters.year_from, year_to=filters.year_to,
            language=filters.language, limit=fetch,
        )
        if allowed is not None:
            ids = [i for i in ids if i in allowed]
        return ids[:CANDIDATES]

    def vector_ids(self, text: str, allowed: set[int] | None) -> list[tuple[int, float]]:
        space = self._space()
        encoder = self._encoder()
        if space is None or encoder is None or not text.strip():
            return []
        if allowed is not None and not allowed:
            return []
        vector = self._query_vector(encoder, text)
        hits = space.search_items(vector, CANDIDATES, allowed=allowed)
        return [(item_id, sim) for item_id, sim in hits if sim >= MIN_SIMILARITY]

    def genre_ids(
        self, genres: list[Canonical], allowed: set[int] | None, vector_hits: list[tuple[int, float]]
    ) -> list[int]:
        """Items filed under the genres the query names: those also close to its meaning first,
        then the genre's best-connected items."""
        if not genres:
            return []
        members: set[int] = set()
        ordered: list[int] = []
        for genre in genres:
            linked = self._items_of_genre(genre.key)
            members.update(linked)
            ordered += linked[:CANDIDATES]
        if allowed is not None:
            members &= allowed
        ranked = [item_id for item_id, _ in vector_hits if item_id in members]
        seen = set(ranked)
        for item_id in ordered:
            if len(ranked) >= CANDIDATES:
                break
            if item_id in members and item_id not in seen:
                ranked.append(item_id)
                seen.add(item_id)
        return ranked[:CANDIDATES]

    def _items_of_genre(self, key: str) -> list[int]:
        """The genre's items, best connected first (cached for the graph's version)."""
        cache_key = (self.graph.version(), key)
        found = self._genre_items.get(cache_key)
        if found is None:
            found = self.graph.items_linked_to(f"genre:{key}")
            if len(self._genre_items) > 64:
                self._genre_items.clear()
            self._genre_items[cache_key] = found
        return found

    def _query_vector(self, encoder: Encoder, text: str) -> npt.NDArray[np.float32]:
        key = (encoder.key, " ".join(text.split()).lower())
        vector = self._queries.get(key)
        if vector is None:
            vector = encoder.encode([text])[0]
            self._queries[key] = vector
            if len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        else:
            self._queries.move_to_end(key)
        return vector

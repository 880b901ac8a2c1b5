"""Builds the feature table of one request: candidates from every generator, then every signal of
``engine.ranking.signals.FEATURES`` for each candidate.

The parts that depend only on the person's history (neighbours of their best items, the graph walk,
the community models) are cached under the profile's version, so a second request with another kind,
query or filter pays only for the request's own parts.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from engine.graph.pagerank import top_items
from engine.knowledge import Knowledge
from engine.ranking.request import RecommendRequest
from engine.ranking.signals import (
    EMPTY_SCORES,
    FEATURES,
    DenseScores,
    Pack,
    SignalMap,
    Vectors,
    by_rank,
    closeness_signal,
    content_signal,
    log_scaled,
    scaled_by_max,
    stack,
)
from engine.ranking.taste import TasteProfile
from engine.search import SearchFilters

NEIGHBOUR_SEEDS = 24       # the strongest positive items whose own neighbours are fetched…
NEIGHBOURS_PER_ITEM = 20   # …this many each
CENTROID_HITS = 150        # …and for the taste centroid
GRAPH_HITS = 300
COMMUNITY_HITS = 300       # candidates from each community model…
COMMUNITY_VALUES = 5000    # …whose scores are read for this many items
QUERY_HITS = 150
ENTITY_ITEMS = 200
POPULAR_ITEMS = 100
NEGATIVE_LIMIT = 256
GRAPH_POPULARITY = 0.5    # popularity read from graph degree counts half as much as community counts
PPR_ITERATIONS = 15        # the top of the ranking settles long before full convergence
TASTE_CACHE = 8
VECTOR_CACHE = 50_000     # unit vectors kept in memory (≈ 75 MB at 384 dimensions)


@dataclass
class FeatureTable:
    """Candidates (rows) × FEATURES (columns), with what explanations and diversity need."""

    ids: list[int]
    matrix: np.ndarray                     # float32, len(ids) × len(FEATURES)
    unit: Vectors                          # candidate unit vectors (zeros when not indexed)
    anchors: dict[int, int] = field(default_factory=dict)   # candidate → closest positive item
    creator_anchors: dict[int, int] = field(default_factory=dict)  # …→ positive item with its creator

    def column(self, name: str) -> np.ndarray:
        return self.matrix[:, FEATURES.index(name)]

    def row(self, item_id: int) -> dict[str, float]:
        values = self.matrix[self.ids.index(item_id)]
        return {name: float(v) for name, v in zip(FEATURES, values, strict=True) if v != 0}


@dataclass
class _TasteParts:
    """The request-independent signals of one profile version."""

    generated: set[int]
    creator: SignalMap
    creator_anchors: dict[int, int]
    graph: DenseScores
    ease: SignalMap
    sequence: SignalMap
    vectors: dict[int, Vectors]            # unit vectors of positive and negative items


class FeatureBuilder:
    def __init__(self, knowledge: Knowledge, packs: Sequence[Pack]) -> None:
        self.knowledge = knowledge
        self.packs = list(packs)
        self._taste: OrderedDict[tuple[object, ...], _TasteParts] = OrderedDict()
        self._unversioned: tuple[TasteProfile, tuple[object, ...], _TasteParts] | None = None
        self._popularity: tuple[object, SignalMap] | None = None
        self._vectors: OrderedDict[int, Vectors] = OrderedDict()
        self._vectors_key: tuple[str, int] | None = None
        self.extra_users: Sequence[Mapping[int, float]] = ()  # other profiles' ratings, for user CF

    # -- the cached, history-only part ----------------------------------------------------------------

    def _model(self) -> tuple[str, int] | None:
        space = self.knowledge.space_if_indexed()
        return None if space is None else (space.model, space.dim)

    def item_vectors(self, ids: Sequence[int]) -> dict[int, Vectors]:
        """Unit first-chunk vectors of these items (kept in a cache while the vectors don't change)."""
        model = self._model()
        if model is None or not ids:
            return {}
        key = (model[0], self.knowledge.vectors.version())
        if key != self._vectors_key:
            self._vectors.clear()
            self._vectors_key = key
        cache = self._vectors
        missing = [item for item in ids if item not in cache]
        if missing:
            found = self.knowledge.vectors.item_vectors(model[0], missing, first_chunk_only=True)
            if found:
                order = list(found)
                matrix = np.vstack([found[item][0] for item in order])
                matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
                for item, row in zip(order, matrix, strict=True):
                    cache[item] = row
            while len(cache) > VECTOR_CACHE:
                cache.popitem(last=False)
        return {item: cache[item] for item in ids if item in cache}

    def taste_parts(self, profile: TasteProfile) -> _TasteParts:
        """Cached by the profile's version; a profile without one (built for training or offline
        evaluation) is remembered by identity, so ``candidates`` and ``table`` share one computation."""
        key = (profile.version, self.knowledge.graph.version(), self.knowledge.vectors.version())
        if profile.version and key in self._taste:
            self._taste.move_to_end(key)
            return self._taste[key]
        last = self._unversioned
        if not profile.version and last is not None and last[0] is profile and last[1] == key:
            return last[2]
        positives = profile.positives
        negatives = dict(sorted(profile.negatives.items(), key=lambda p: p[1])[:NEGATIVE_LIMIT])
        vectors = self.item_vectors([*positives, *negatives])
        generated: set[int] = set()
        space = self.knowledge.space_if_indexed()
        if space is not None and positives:
            strongest = list(positives)[:NEIGHBOUR_SEEDS]
            seeds = {item: vectors[item][None, :] for item in strongest if item in vectors}
            for found in space.neighbours(seeds, NEIGHBOURS_PER_ITEM).values():
                generated.update(item for item, _ in found)
            with_vectors = [i for i in positives if i in vectors]
            if with_vectors:
                weights = np.array([positives[i] for i in with_vectors], dtype=np.float32)
                centroid = (weights[:, None] * np.vstack([vectors[i] for i in with_vectors])).sum(axis=0)
                generated.update(i for i, _ in space.search_items(centroid.astype(np.float32), CENTROID_HITS))
        creator, creator_anchors = self._same_creator(positives)
        graph = self._graph(positives, {}, profile.known) if positives else EMPTY_SCORES
        ease: dict[int, float] = {}
        sequence: dict[int, float] = {}
        for pack in self.packs:
            for item, value in scaled_by_max(pack.ease_scores(profile.weights, COMMUNITY_VALUES)).items():
                ease[item] = ease.get(item, 0.0) + value / len(self.packs)
            for item, value in by_rank(pack.sequence_scores(profile.ordered, COMMUNITY_VALUES)).items():
                sequence[item] = max(sequence.get(item, 0.0), value)
        parts = _TasteParts(generated, creator, creator_anchors, graph, ease, sequence, vectors)
        if not profile.version:
            self._unversioned = (profile, key, parts)  # holds the profile, so its identity stays unique
            return parts
        self._taste[key] = parts
        while len(self._taste) > TASTE_CACHE:
            self._taste.popitem(last=False)
        return parts

    def _same_creator(self, positives: Mapping[int, float]) -> tuple[SignalMap, dict[int, int]]:
        """Items by the authors / directors of the positive items, valued by the best such item's weight."""
        if not positives:
            return {}, {}
        top = max(positives.values())
        values: dict[int, float] = {}
        anchors: dict[int, int] = {}
        for seed, others in self.knowledge.graph.same_creator_items(list(positives)).items():
            weight = positives.get(seed, 0.0) / top
            for other in others:
                if weight > values.get(other, 0.0):
                    values[other], anchors[other] = weight, seed
        return values, anchors

    def _graph(self, positives: Mapping[int, float], extra: Mapping[int, float], known: set[int],
               entities: Sequence[str] = ()) -> DenseScores:
        """PageRank from the positive items (a third of the restart mass when the request names
        items or entities, which share the rest)."""
        seeds: dict[int, float] = {}
        total = sum(positives.values()) or 1.0
        share = 1.0 if not (extra or entities) else 1.0 / 3.0
        for item, weight in positives.items():
            seeds[item] = share * weight / total
        named = len(extra) + len(entities)
        for item in extra:
            seeds[item] = seeds.get(item, 0.0) + (1.0 - share) / named
        nodes = {key: (1.0 - share) / named for key in entities}
        if not seeds and not nodes:
            return EMPTY_SCORES
        ids, values = self.knowledge.pagerank_items(seeds, seed_nodes=nodes, damp_popular=0.3,
                                                    iterations=PPR_ITERATIONS)
        top_value = float(values.max()) if len(values) else 0.0
        if top_value <= 0:
            return EMPTY_SCORES
        scaled = values / top_value
        top = dict(top_items(ids, scaled, exclude=known | set(seeds), limit=GRAPH_HITS))
        return DenseScores(ids, scaled, top)

    def popularity(self) -> SignalMap:
        """Community rating counts (log-scaled); without packs, how connected an item is in the graph."""
        key: object = ("packs", len(self.packs)) if self.packs else ("graph", self.knowledge.graph.version())
        if self._popularity is not None and self._popularity[0] == key:
            return self._popularity[1]
        counts: dict[int, float] = {}
        if self.packs:
            for pack in self.packs:
                for item, count in pack.popularity().items():
                    counts[item] = counts.get(item, 0.0) + count
        else:
            matrix = self.knowledge.matrix()
            degrees = matrix.degree[matrix.item_nodes]
            counts = {int(i): float(d) for i, d in zip(matrix.item_ids, degrees, strict=True)}
        values = log_scaled(counts)
        if not self.packs:  # connectedness is only a hint of popularity: half strength
            values = {item: value * GRAPH_POPULARITY for item, value in values.items()}
        self._popularity = (key, values)
        return values

    # -- one request -----------------------------------------------------------------------------------

    def candidates(
        self, profile: TasteProfile, request: RecommendRequest,
    ) -> tuple[set[int], dict[str, SignalMap | DenseScores]]:
        """Every generator's items, and the generator signals that need no vectors."""
        parts = self.taste_parts(profile)
        found = set(parts.generated) | set(parts.creator) | set(parts.graph.top)
        found |= _best(parts.ease, COMMUNITY_HITS) | _best(parts.sequence, COMMUNITY_HITS)
        found |= profile.wishlist
        maps: dict[str, SignalMap | DenseScores] = {
            "creator": parts.creator, "graph": parts.graph, "ease": parts.ease, "sequence": parts.sequence}
        if request.references or request.entities:
            graph = self._graph(profile.positives, dict.fromkeys(request.references, 1.0),
                                profile.known, request.entities)
            maps["graph"] = graph
            found |= set(graph.top)
            for key in request.entities:
                found.update(self.knowledge.graph.items_linked_to(key)[:ENTITY_ITEMS])
        if request.references:
            space = self.knowledge.space_if_indexed()
            vectors = self.item_vectors(list(request.references))
            if space is not None and vectors:
                neighbours = space.neighbours({i: v[None, :] for i, v in vectors.items()}, 50)
                for near in neighbours.values():
                    found.update(item for item, _ in near)
        if request.query:
            filters = SearchFilters(kind=request.kind, year_from=request.year_from,
                                    year_to=request.year_to, language=request.language)
            hits = self.knowledge.search(request.query, filters, limit=QUERY_HITS)
            query = scaled_by_max({hit.item_id: hit.score for hit in hits})
            maps["query"] = query
            found |= set(query)
        popularity = self.popularity()
        maps["popularity"] = popularity
        if len(found) < POPULAR_ITEMS:
            found.update(sorted(popularity, key=lambda i: -popularity[i])[:POPULAR_ITEMS * 3])
        return found, maps

    def table(
        self, profile: TasteProfile, request: RecommendRequest, ids: Sequence[int],
        maps: Mapping[str, SignalMap | DenseScores],
    ) -> FeatureTable:
        """The feature table of ``ids`` (already generated and filtered)."""
        parts = self.taste_parts(profile)
        model = self._model()
        dim = model[1] if model else 0
        vectors = self.item_vectors(ids)
        unit = stack(vectors, ids, dim) if dim else np.zeros((len(ids), 0), dtype=np.float32)
        columns: dict[str, SignalMap | DenseScores] = dict(maps)
        anchors: dict[int, int] = {}
        if dim:
            known_vectors = dict(parts.vectors)
            columns["content"], anchors = content_signal(ids, unit, profile.positives, known_vectors, dim)
            columns["negative"] = closeness_signal(ids, unit, profile.negatives, known_vectors, dim)
            if request.references:
                known_vectors.update(self.item_vectors(list(request.references)))
                columns["reference"] = closeness_signal(
                    ids, unit, dict.fromkeys(request.references, 1.0), known_vectors, dim, floor=0.2)
        columns["rating"] = self._ratings(profile, ids)
        columns["wishlist"] = dict.fromkeys(profile.wishlist & set(ids), 1.0)
        matrix = np.zeros((len(ids), len(FEATURES)), dtype=np.float32)
        for col, name in enumerate(FEATURES):
            values = columns.get(name)
            if isinstance(values, DenseScores):
                matrix[:, col] = values.lookup(ids)
            elif values:
                matrix[:, col] = [values.get(item, 0.0) for item in ids]
        creator_anchors = {i: parts.creator_anchors[i] for i in ids if i in parts.creator_anchors}
        return FeatureTable(list(ids), matrix, unit, anchors, creator_anchors)

    def _ratings(self, profile: TasteProfile, ids: Sequence[int]) -> SignalMap:
        """Predicted stars from the packs' user-based CF, centred: (stars − 3) / 2."""
        stars = {item: s.stars for item, s in profile.signals.items() if s.stars is not None}
        if not stars or not self.packs:
            return {}
        predicted: dict[int, list[float]] = {}
        for pack in self.packs:
            for item, value in pack.predict_ratings(stars, ids, self.extra_users).items():
                predicted.setdefault(item, []).append(value)
        return {item: (sum(v) / len(v) - 3.0) / 2.0 for item, v in predicted.items()}

    def predicted_stars(self, profile: TasteProfile, ids: Sequence[int]) -> dict[int, float]:
        return {item: round(value * 2.0 + 3.0, 1) for item, value in self._ratings(profile, ids).items()}


def _best(values: Mapping[int, float], limit: int) -> set[int]:
    """The ``limit`` items with the highest values."""
    return set(sorted(values, key=lambda item: -values[item])[:limit])

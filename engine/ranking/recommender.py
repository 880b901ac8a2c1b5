"""``recommend``: candidates → signals → learned score → taste rules → filters → diverse top k → reasons.

Everything a person did counts at once: a dismissal or 👎 takes the item out and, through the
``negative`` signal, pulls down what is close to it on the very next request; a 👍 adds a positive
item, so its neighbours, graph walk and community neighbours rise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from engine.graph import explain
from engine.knowledge import Knowledge
from engine.library.models import Profile
from engine.library.store import LibraryStore
from engine.ranking.features import FeatureBuilder, FeatureTable
from engine.ranking.ranker import RankerWeights
from engine.ranking.reasons import ReasonContext, reasons_for
from engine.ranking.request import Recommendation, RecommendRequest
from engine.ranking.rerank import NOVELTY_DIVERSITY, allowed_by_request, mmr
from engine.ranking.rules import BOOST, TasteRule, TasteRules
from engine.ranking.signals import FEATURES, Pack
from engine.ranking.taste import TasteProfile

FALLBACK_ITEMS = 300
BOOSTED_ITEMS = 200
PATH_BUDGET = 2   # graph-path reasons per request
MODELS_FOLDER = "models"


def ranker_path(home: Path, profile_id: int) -> Path:
    return home / MODELS_FOLDER / f"ranker-{profile_id}.json"


class Recommender:
    def __init__(self, store: LibraryStore, knowledge: Knowledge, home: Path,
                 packs: Callable[[], Sequence[Pack]], *, diversity: float = 0.3,
                 novelty: bool = False) -> None:
        self.store = store
        self.knowledge = knowledge
        self.home = home
        self._packs = packs
        self.diversity = diversity
        self.novelty = novelty
        self.rules = TasteRules(store.db, knowledge.graph, knowledge.aliases)
        self._builder: FeatureBuilder | None = None
        self._builder_packs: Sequence[Pack] | None = None
        self._tastes: dict[int, TasteProfile] = {}
        self._linked: dict[tuple[int, str], set[int]] = {}
        self._weights: dict[int, tuple[float, RankerWeights]] = {}
        self._others: tuple[tuple[object, ...], dict[int, dict[int, float]]] | None = None

    # -- state ------------------------------------------------------------------------------------------

    def builder(self) -> FeatureBuilder:
        packs = self._packs()
        if self._builder is None or packs is not self._builder_packs:
            self._builder = FeatureBuilder(self.knowledge, packs)
            self._builder_packs = packs
        return self._builder

    def profile_version(self, profile_id: int) -> tuple[object, ...]:
        row = self.store.db.query(
            "SELECT max(id), count(*) FROM events WHERE profile_id = ?", (profile_id,))[0]
        return (profile_id, row[0], row[1])

    def taste(self, profile_id: int) -> TasteProfile:
        """The profile's taste, recomputed only when its events changed."""
        version = self.profile_version(profile_id)
        cached = self._tastes.get(profile_id)
        if cached is None or cached.version != version:
            cached = TasteProfile.from_states(self.store.events.states(profile_id), version=version)
            self._tastes[profile_id] = cached
        return cached

    def other_ratings(self, profile_id: int) -> list[dict[int, float]]:
        """The star ratings of the library's other profiles (neighbours for user-based CF)."""
        version = self.store.db.query("SELECT max(id), count(*) FROM events")[0]
        if self._others is None or self._others[0] != tuple(version):
            by_profile: dict[int, dict[int, float]] = {}
            for profile in self.store.profiles.all():
                stars = {i: s.rating for i, s in self.store.events.states(profile.id).items()
                         if s.rating is not None}
                if stars:
                    by_profile[profile.id] = stars
            self._others = (tuple(version), by_profile)
        return [stars for pid, stars in self._others[1].items() if pid != profile_id]

    def weights(self, profile_id: int) -> RankerWeights:
        path = ranker_path(self.home, profile_id)
        stamp = path.stat().st_mtime if path.exists() else 0.0
        cached = self._weights.get(profile_id)
        if cached is None or cached[0] != stamp:
            cached = (stamp, RankerWeights.load(path))
            self._weights[profile_id] = cached
        return cached[1]

    def linked(self, key: str) -> set[int]:
        """Items linked to a graph node (cached for the graph's version)."""
        cache_key = (self.knowledge.graph.version(), key)
        found = self._linked.get(cache_key)
        if found is None:
            if len(self._linked) > 64:
                self._linked.clear()
            found = set(self.knowledge.graph.items_linked_to(key))
            self._linked[cache_key] = found
        return found

    # -- recommend --------------------------------------------------------------------------------------

    def recommend(self, request: RecommendRequest, profile: Profile) -> list[Recommendation]:
        """The profile's recommendations with reasons, under its learned weights and taste rules."""
        taste = self.taste(profile.id)
        rules = self.rules.all(profile.id)
        builder = self.builder()  # once per request: finding the packs looks at the disk
        builder.extra_users = self.other_ratings(profile.id)
        ranked = self.rank(taste, request, self.weights(profile.id), rules, builder=builder)
        if ranked is None:
            return []
        table, scores, picks, weights, boosted = ranked
        return self._explain(builder, table, scores, picks, weights, taste, request, boosted)

    def rank(
        self, taste: TasteProfile, request: RecommendRequest, weights: RankerWeights,
        rules: Sequence[TasteRule] = (), *, builder: FeatureBuilder | None = None,
    ) -> tuple[FeatureTable, np.ndarray, list[int], RankerWeights, dict[int, str]] | None:
        """The ranking without words: the feature table, scores and the picked rows (offline
        evaluation calls this with a profile built from a ratings file)."""
        builder = builder or self.builder()
        found, maps = builder.candidates(taste, request)
        query = maps.get("query")
        matches = set(query) if isinstance(query, dict) else set()
        ids = self._eligible(found, matches, taste, request, rules)
        if not ids:
            return None
        table = builder.table(taste, request, ids, maps)
        scores = weights.score(table.matrix)
        boosted = self._apply_rules(table, scores, rules)
        if request.novelty if request.novelty is not None else self.novelty:
            scores = scores - 0.6 * table.column("content") - 0.5 * table.column("popularity")
            strength = max(NOVELTY_DIVERSITY, self._strength(request))
        else:
            strength = self._strength(request)
        picks = mmr(scores, table.unit, request.k, strength)
        return table, scores, picks, weights, boosted

    def _strength(self, request: RecommendRequest) -> float:
        value = self.diversity if request.diversity is None else request.diversity
        return min(1.0, max(0.0, value))

    def _eligible(self, found: set[int], matches: set[int], taste: TasteProfile,
                  request: RecommendRequest, rules: Sequence[TasteRule]) -> list[int]:
        """Candidates minus known, excluded, avoided and muted items, within the request's filters."""
        blocked = set(request.exclude) | set(request.references)
        if not request.include_known:
            blocked |= taste.known
        if request.query and len(matches - blocked) >= request.k:
            found = matches  # a query is a constraint: only its matches
        for rule in rules:  # a boosted entity's items are candidates whatever the generators found
            if rule.action == "boost" and not request.query:
                found = found | set(sorted(self.linked(rule.key))[:BOOSTED_ITEMS])
        muted = {r.key for r in rules if r.action == "mute" and r.key not in request.entities}
        avoid = set(request.avoid) | muted
        for key in avoid:
            blocked |= self.linked(key)
        if request.within is not None:
            found = found & request.within
        allowed = allowed_by_request(self.store.db, sorted(found - blocked), request)
        if len(allowed) < request.k * 3:
            allowed |= self._fallback(taste, request, blocked)
        return sorted(allowed)

    def _fallback(self, taste: TasteProfile, request: RecommendRequest, blocked: set[int]) -> set[int]:
        """More items when the generators found too few within the filters: the filtered items
        closest to the taste centroid (or the newest ones without an index)."""
        allowed = self.store.items.filtered_ids(kind=request.kind, year_from=request.year_from,
                                                year_to=request.year_to, language=request.language)
        if request.within is not None:
            allowed &= request.within
        allowed = allowed_by_request(self.store.db, sorted(allowed - blocked), request)
        space = self.knowledge.space_if_indexed()
        positives = taste.positives
        if space is not None and positives and allowed:
            vectors = self.knowledge.vectors.item_vectors(space.model, list(positives), first_chunk_only=True)
            if vectors:
                centroid = sum(positives[i] * v[0] for i, v in vectors.items())
                vector = np.asarray(centroid, dtype=np.float32)
                hits = space.search_items(vector, FALLBACK_ITEMS, allowed=allowed)
                return {item for item, _ in hits}
        return set(sorted(allowed, reverse=True)[:FALLBACK_ITEMS])

    def _apply_rules(
        self, table: FeatureTable, scores: np.ndarray, rules: Sequence[TasteRule],
    ) -> dict[int, str]:
        """Boosted entities lift their items (in place); returns item → the boost's label."""
        boosted: dict[int, str] = {}
        for rule in rules:
            if rule.action != "boost":
                continue
            members = self.linked(rule.key)
            for row, item in enumerate(table.ids):
                if item in members:
                    scores[row] += BOOST
                    boosted.setdefault(item, rule.label)
        return boosted

    def _explain(self, builder: FeatureBuilder, table: FeatureTable, scores: np.ndarray, picks: list[int],
                 weights: RankerWeights, taste: TasteProfile, request: RecommendRequest,
                 boosted: dict[int, str]) -> list[Recommendation]:
        chosen = [table.ids[row] for row in picks]
        items = {item.id: item for item in self.store.items.get_many(chosen)}
        predicted = builder.predicted_stars(taste, chosen)
        packs = builder.packs
        titles: dict[int, tuple[str, str]] = {}

        def title_of(item_id: int) -> tuple[str, str]:
            if item_id not in titles:
                item = self.store.items.get(item_id)
                titles[item_id] = (item.title, item.kind)
            return titles[item_id]

        shared: dict[tuple[int, int], list[explain.Connection]] = {}

        def connections(a: int, b: int) -> list[explain.Connection]:
            if (a, b) not in shared:
                shared[(a, b)] = explain.shared_connections(self.knowledge.graph, a, b)
            return shared[(a, b)]

        paths_left = [PATH_BUDGET]

        def path(a: int, b: int) -> list[str]:
            if paths_left[0] <= 0:  # a path search costs tens of ms in a large library
                return []
            paths_left[0] -= 1
            return [f"{node.type}:{node.display(request.reasons_language)}"
                    for node in explain.explain_path(self.knowledge.graph, a, b, max_steps=4)]

        ctx = ReasonContext(request.reasons_language, title_of, connections, taste.signals,
                            request.query, bool(packs), path)
        last = taste.ordered[-1] if taste.ordered else None
        results: list[Recommendation] = []
        for row in picks:
            item_id = table.ids[row]
            contributions = weights.contributions(table.matrix[row])
            ease_from = None
            if contributions.get("ease", 0) > 0:
                for pack in packs:
                    top = pack.ease_contributors(item_id, taste.weights, 1)
                    if top:
                        ease_from = top[0][0]
                        break
            reference = self._closest_reference(builder, table, row, request)
            reasons = reasons_for(
                ctx, item_id, contributions, anchor=table.anchors.get(item_id),
                creator_anchor=table.creator_anchors.get(item_id), ease_from=ease_from,
                last_item=last, reference=reference, predicted=predicted.get(item_id),
                boosted=boosted.get(item_id),
            )
            signals = {name: float(v) for name, v in zip(FEATURES, table.matrix[row], strict=True) if v}
            candidates = (table.creator_anchors.get(item_id), table.anchors.get(item_id), ease_from, last,
                          reference)
            named = tuple(dict.fromkeys(
                i for i in candidates if i is not None and any(ctx.title_of(i)[0] in r for r in reasons)))
            results.append(Recommendation(
                items[item_id], float(scores[row]), reasons, signals, predicted.get(item_id),
                named[0] if named else None, named,
            ))
        return results

    def _closest_reference(self, builder: FeatureBuilder, table: FeatureTable, row: int,
                           request: RecommendRequest) -> int | None:
        if not request.references:
            return None
        if len(request.references) == 1 or table.unit.shape[1] == 0:
            return request.references[0]
        vectors = builder.item_vectors(list(request.references))
        return max(request.references,
                   key=lambda r: float(table.unit[row] @ vectors[r]) if r in vectors else -1.0)

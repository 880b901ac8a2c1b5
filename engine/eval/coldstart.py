"""``content-coldstart``: recommending items nobody has rated, from what the library knows about
them (titles, genres, tags → MiniLM vectors and the knowledge graph) — no community data at all.

This is the situation of most of a person's library: books, articles and films no community pack
covers. MovieLens latest-small's ``movies.csv`` (with ``links.csv`` and ``tags.csv``) is imported
into a fresh library in a temporary folder and indexed, exactly as a person's import would be.
A fixed random fifth of the films (seed 42) is *cold*: every rating of a cold film is held out,
so no model sees anyone rate it. Each user's ratings of the other films become their taste profile
(``TasteProfile.from_ratings``); the real ranking pipeline (``Recommender.rank``: candidates,
signals, default weights, no diversity) ranks the cold films for them; every held-out rating is
relevant. All scorers rank the cold films only; Popularity (training counts) has nothing to go on
there, so it is the "no information" baseline, and ``Random`` is shown beside it.

``content_warm`` runs the same pipeline on a per-user random 75/25 split over all films, where
popularity is a strong signal that content alone does not reach: that is what community packs are for.

Rows: ``Content+graph`` (every signal available without a community pack, default weights),
``Content+graph, learned`` (each user's own ranker, learned from their training ratings as the app
learns from feedback), and the two halves ``Content only`` (vector closeness and shared creators)
and ``Graph only`` (personalized PageRank).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from engine.api import Library, open_library
from engine.embeddings.encoder import Encoder
from engine.eval.data import Interactions, load_ratings
from engine.eval.protocols import ProtocolResult, run_protocol
from engine.eval.scorers import Popularity, Scorer
from engine.eval.splits import random_split
from engine.progress import Progress, no_progress
from engine.ranking.ranker import RankerWeights, default_weights
from engine.ranking.request import RecommendRequest
from engine.ranking.taste import TasteProfile
from engine.ranking.training import fit_ranker

POOL = 50  # items ranked per user (the metric reads the top k of them)


def weights_of(*names: str) -> RankerWeights:
    """Default weights with every signal but ``names`` switched off."""
    defaults = default_weights()
    return RankerWeights({name: (value if name in names else 0.0) for name, value in defaults.items()})


class RandomScorer:
    """Uniform random scores (seeded): what "no information" looks like."""

    def __init__(self, seed: int = 0, name: str = "Random") -> None:
        self.name = name
        self.seed = seed
        self.n_items = 0

    def fit(self, train: Interactions) -> None:
        self.n_items = train.n_items

    def score(self, users: np.ndarray) -> np.ndarray:
        rng = np.random.default_rng(self.seed + int(users[0]) if len(users) else self.seed)
        return rng.random((len(users), self.n_items), dtype=np.float32)


class OnlyAmong:
    """Wraps a scorer so that only the allowed item columns can be ranked (others get -inf)."""

    def __init__(self, scorer: Scorer, allowed: np.ndarray) -> None:
        self.scorer = scorer
        self.name = scorer.name
        self.blocked = ~allowed

    def fit(self, train: Interactions) -> None:
        self.scorer.fit(train)

    def score(self, users: np.ndarray) -> np.ndarray:
        scores = np.array(self.scorer.score(users), dtype=np.float32, copy=True)
        scores[:, self.blocked] = -np.inf
        return scores


class LibraryRanker:
    """A Scorer that ranks with the library's own recommender, from each user's training ratings."""

    def __init__(self, lib: Library, movie_items: dict[str, int], weights: RankerWeights, name: str,
                 within: frozenset[int] | None = None, *, learn: bool = False) -> None:
        self.lib = lib
        self.learn = learn
        self.within = within
        self.name = name
        self.weights = weights
        self.movie_items = movie_items
        self._train: Interactions | None = None
        self._columns: dict[int, int] = {}
        self._histories: dict[int, list[tuple[int, float]]] = {}

    def fit(self, train: Interactions) -> None:
        """Remember each user's (library item, stars) in time order, and the item columns."""
        self._train = train
        known = self.movie_items
        self._columns = {known[m]: col for col, m in enumerate(train.item_ids) if m in known}
        self._histories = {}
        for row in train.chronological_order():
            movie = train.item_ids[train.items[row]]
            if movie in known:
                self._histories.setdefault(int(train.users[row]), []).append(
                    (known[movie], float(train.ratings[row])))

    def score(self, users: np.ndarray) -> np.ndarray:
        if self._train is None:
            raise RuntimeError(f"{self.name}.score() called before fit()")
        out = np.zeros((len(users), self._train.n_items), dtype=np.float32)
        by_user = self._histories
        request = RecommendRequest(k=POOL, diversity=0.0, novelty=False, within=self.within)
        recommender = self.lib.recommender
        pool = sorted(self.movie_items.values())
        for row, user in enumerate(users):
            taste = TasteProfile.from_ratings(by_user.get(int(user), []))
            weights = self.weights
            if self.learn:  # the person's own ranker, learned from their training ratings only
                weights = fit_ranker(recommender.builder(), taste, set(), pool, seed=int(user))
            ranked = recommender.rank(taste, request, weights)
            if ranked is None:
                continue
            table, _, picks, _, _ = ranked
            for place, pick in enumerate(picks):
                column = self._columns.get(table.ids[pick])
                if column is not None:
                    out[row, column] = POOL - place
        return out


def build_library(data_dir: Path, home: Path, encoder: Encoder | None, progress: Progress) -> Library:
    """A fresh library of MovieLens-small's films (titles, genres, tags, links), indexed."""
    lib = open_library(home)
    if encoder is not None:
        lib.knowledge.use_encoder(encoder)
    report = lib.import_path(data_dir / "movies.csv", format="movielens", progress=progress)
    if report.status != "completed":
        raise RuntimeError(f"importing movies.csv ended {report.status}")
    lib.index(progress=progress)
    return lib


def movie_item_map(lib: Library) -> dict[str, int]:
    rows = lib.store.db.query("SELECT value, item_id FROM identifiers WHERE scheme = 'movielens'")
    return {str(r[0]): int(r[1]) for r in rows}


def _scorers(lib: Library, within: frozenset[int] | None, ablations: bool, learned: bool) -> list[Scorer]:
    items = movie_item_map(lib)
    scorers: list[Scorer] = [LibraryRanker(lib, items, RankerWeights(), "Content+graph", within)]
    if learned:
        name = "Content+graph, learned"
        scorers.append(LibraryRanker(lib, items, RankerWeights(), name, within, learn=True))
    if ablations:
        scorers += [
            LibraryRanker(lib, items, weights_of("content", "creator", "negative"), "Content only", within),
            LibraryRanker(lib, items, weights_of("graph"), "Graph only", within),
        ]
    return scorers


def cold_split(
    data: Interactions, fraction: float = 0.2, seed: int = 42,
) -> tuple[Interactions, Interactions, np.ndarray]:
    """(train, test, cold mask): every rating of a random ``fraction`` of the items is held out."""
    rng = np.random.default_rng(seed)
    cold = np.zeros(data.n_items, dtype=bool)
    cold[rng.choice(data.n_items, size=max(1, int(data.n_items * fraction)), replace=False)] = True
    held = cold[data.items]
    return data.subset(~held), data.subset(held), cold


def content_coldstart(
    data_dir: Path, *, encoder: Encoder | None = None, users: int | None = None, seed: int = 42,
    k: int = 10, progress: Progress = no_progress, home: Path | None = None, ablations: bool = True,
    learned: bool = True,
) -> ProtocolResult:
    """Item cold-start (``users`` limits it to the first N users, for quick checks)."""
    data = load_ratings(Path(data_dir) / "ratings.csv", format="movielens")
    if users is not None:
        data = data.subset(data.users < users)
    train, test, cold = cold_split(data, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        lib = build_library(Path(data_dir), home or Path(tmp) / "home", encoder, progress)
        try:
            items = movie_item_map(lib)
            within = frozenset(items[m] for m, is_cold in zip(data.item_ids, cold, strict=True)
                               if is_cold and m in items)
            scorers = [OnlyAmong(s, cold) for s in (Popularity(), RandomScorer(seed))]
            scorers += [OnlyAmong(s, cold) for s in _scorers(lib, within, ablations, learned)]
            return run_protocol("content_coldstart", train, test, scorers, k=k, progress=progress)
        finally:
            lib.close()


def content_warm(
    data_dir: Path, *, encoder: Encoder | None = None, users: int | None = None, seed: int = 42,
    k: int = 10, progress: Progress = no_progress, home: Path | None = None, learned: bool = True,
) -> ProtocolResult:
    """The same pipeline on a per-user random 75/25 split over all films (popularity's home ground)."""
    data = load_ratings(Path(data_dir) / "ratings.csv", format="movielens")
    if users is not None:
        data = data.subset(data.users < users)
    train, test = random_split(data, test_fraction=0.25, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        lib = build_library(Path(data_dir), home or Path(tmp) / "home", encoder, progress)
        try:
            scorers: list[Scorer] = [Popularity(), *_scorers(lib, None, ablations=False, learned=learned)]
            return run_protocol("content_warm", train, test, scorers, k=k, progress=progress)
        finally:
            lib.close()


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    from engine.eval.protocols import format_table

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m engine.eval.coldstart MOVIELENS_SMALL_DIR")
        return 2
    print(format_table(content_coldstart(Path(args[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The SASRec scorer and the Hybrid on small synthetic data (shapes, determinism, a planted signal), plus a
real-data check that the Hybrid beats EASE on ml100k_random (about 20 s; skipped without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.community.sasrec import SASRecConfig
from engine.eval.data import Interactions
from engine.eval.hybrid import (
    FLOOR,
    Hybrid,
    RankerConfig,
    TrainingContext,
    candidate_lists,
    default_bases,
    feature_names,
    ranker_for,
)
from engine.eval.metrics import evaluate
from engine.eval.protocols import ml100k_random
from engine.eval.scorers import EASE, ItemKNN, Popularity, Scorer
from engine.eval.sequential import SASRecScorer
from engine.eval.splits import leave_last_out, random_split

TINY_SASREC = SASRecConfig(max_len=10, dim=16, heads=1, layers=1, epochs=3, batch_size=32, threads=1)
N_GROUPS, GROUP_SIZE = 5, 12


def grouped(n_users: int = 80, per_user: int = 14, seed: int = 0) -> Interactions:
    """Each user mostly picks items of their own group (items g*12 .. g*12+11); times increase per user."""
    rng = np.random.default_rng(seed)
    users, items = [], []
    n_items = N_GROUPS * GROUP_SIZE
    for user in range(n_users):
        group = user % N_GROUPS
        own = rng.choice(GROUP_SIZE, size=per_user - 3, replace=False) + group * GROUP_SIZE
        other = rng.choice(n_items, size=3, replace=False)
        picks = list(dict.fromkeys([*own.tolist(), *other.tolist()]))
        users += [user] * len(picks)
        items += picks
    times = 1_000_000 + np.arange(len(users)) * 3_600
    return Interactions(np.array(users), np.array(items), np.ones(len(users)), times, n_users, n_items)


class Noise:
    """A scorer with no information: fixed pseudo-random scores per user."""

    name = "Noise"

    def __init__(self) -> None:
        self.n_items = 0

    def fit(self, train: Interactions) -> None:
        self.n_items = train.n_items

    def score(self, users: np.ndarray) -> np.ndarray:
        rows = [np.random.default_rng(1_000 + int(u)).random(self.n_items) for u in users]
        return np.array(rows, dtype=np.float32).reshape(len(users), self.n_items)


def test_sasrec_scorer_fits_on_train_sequences_and_scores_every_item() -> None:
    data = grouped(n_users=30)
    scorer = SASRecScorer(TINY_SASREC)
    assert isinstance(scorer, Scorer)
    with pytest.raises(RuntimeError, match="before fit"):
        scorer.score(np.array([0]))
    scorer.fit(data)
    scores = scorer.score(np.array([0, 5, 29]))
    assert scores.shape == (3, data.n_items) and scores.dtype == np.float32
    assert scorer.stats["epochs"] == 3.0
    again = SASRecScorer(TINY_SASREC)
    again.fit(data)
    assert np.array_equal(again.score(np.array([0, 5, 29])), scores)


def test_candidate_lists_take_the_union_of_each_base_top_unseen_items() -> None:
    data = Interactions(np.array([0, 1]), np.array([0, 3]), np.ones(2), np.array([10, 20]), 2, 5)
    context = TrainingContext.of(data)
    first = np.array([[9, 8, 7, 1, 0], [9, 8, 7, 1, 0]], dtype=np.float32)
    second = np.array([[0, 1, 2, 3, 9], [0, 1, 2, 3, 9]], dtype=np.float32)
    lists = candidate_lists([first, second], np.array([0, 1]), context, depth=2)
    as_sets = [set(row[row >= 0].tolist()) for row in lists.items]
    assert as_sets == [{1, 2, 3, 4}, {0, 1, 2, 4}]  # user 0 saw item 0, user 1 saw item 3
    assert lists.features.shape == (2, 4, len(feature_names(["a", "b"])))
    assert lists.mask.sum() == 8


def test_hybrid_scores_every_item_and_is_deterministic() -> None:
    data = grouped()
    train, test = random_split(data, seed=1)

    def build() -> Hybrid:
        bases: list[Scorer] = [Popularity(), ItemKNN(neighbours=20), EASE(lam=10.0)]
        return Hybrid(bases, split="random", ranker=RankerConfig(hidden=4, epochs=30))

    hybrid = build()
    assert isinstance(hybrid, Scorer)
    hybrid.fit(train)
    users = np.arange(data.n_users)
    scores = hybrid.score(users)
    assert scores.shape == (data.n_users, data.n_items) and scores.dtype == np.float32
    seen = train.matrix().toarray() > 0
    assert np.all(scores[seen] == FLOOR)  # seen items are never candidates
    assert np.all((np.where(seen, FLOOR, scores) > FLOOR).sum(axis=1) >= 10)
    assert hybrid.stats["validation_users"] == data.n_users
    again = build()
    again.fit(train)
    assert np.array_equal(again.score(users), scores)
    assert evaluate(scores, train, test)["NDCG@10"] > 0.6  # EASE alone: 0.82


def test_the_ranker_learns_to_prefer_the_informative_base() -> None:
    data = grouped(n_users=100, seed=3)
    train, test = random_split(data, seed=2)
    hybrid = Hybrid([EASE(lam=10.0), Noise()], split="random", ranker=RankerConfig(hidden=0, epochs=20))
    hybrid.fit(train)
    assert hybrid.ranker is not None
    weights = dict(zip(hybrid.feature_names, hybrid.ranker.linear_weights().tolist(), strict=True))
    assert weights["EASE:z"] > 4 * abs(weights["Noise:z"])
    assert np.hypot(weights["EASE:z"], weights["EASE:log_rank"]) > 2 * np.hypot(
        weights["Noise:z"], weights["Noise:log_rank"]
    )
    informative = EASE(lam=10.0)
    informative.fit(train)
    hybrid_ndcg = evaluate(hybrid.score, train, test)["NDCG@10"]
    assert hybrid_ndcg > 0.9 * evaluate(informative.score, train, test)["NDCG@10"]
    noise = Noise()
    noise.fit(train)
    assert hybrid_ndcg > 2 * evaluate(noise.score, train, test)["NDCG@10"]


def test_leave_last_out_hybrid_with_a_sequential_base() -> None:
    data = grouped(n_users=40)
    train, test = leave_last_out(data)
    bases: list[Scorer] = [Popularity(), EASE(lam=10.0), SASRecScorer(TINY_SASREC)]
    hybrid = Hybrid(bases, split="leave_last_out", ranker=RankerConfig(hidden=4, epochs=3))
    hybrid.fit(train)
    assert hybrid.stats["validation_users"] == data.n_users
    assert hybrid.score(np.array([3, 7])).shape == (2, data.n_items)
    assert 0.0 <= evaluate(hybrid.score, train, test)["HR@10"] <= 1.0


def test_defaults_follow_the_split_kind() -> None:
    assert ranker_for("random").loss == "lambda" and ranker_for("leave_last_out").loss == "softmax"
    random_names = [base.name for base in default_bases("random")]
    loo_names = [base.name for base in default_bases("leave_last_out")]
    assert random_names[:3] == loo_names[:3] == ["Popularity", "ItemKNN", "EASE"]
    assert "SASRec" not in random_names and loo_names[-1] == "SASRec"
    assert "SASRec" not in [base.name for base in default_bases("leave_last_out", sequential=False)]
    assert Hybrid(split="leave_last_out").ranker_config == ranker_for("leave_last_out")


@pytest.mark.realdata
@pytest.mark.slow
def test_hybrid_beats_ease_on_ml100k_random(shared_data: Path) -> None:
    hybrid = Hybrid(default_bases("random"), split="random")
    result = ml100k_random(shared_data / "ml-100k", [EASE(lam=500.0), hybrid])
    assert result.row("Hybrid")["NDCG@10"] > result.row("EASE")["NDCG@10"]

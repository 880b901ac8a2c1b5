"""content-coldstart: the library's own content and graph signals rank films nobody has rated."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.eval.coldstart import OnlyAmong, RandomScorer, cold_split, content_coldstart, weights_of
from engine.eval.data import Interactions
from engine.eval.scorers import Popularity
from tests.fakes import HashingEncoder


def _data() -> Interactions:
    rng = np.random.default_rng(1)
    users = rng.integers(0, 30, 600)
    items = rng.integers(0, 50, 600)
    return Interactions(users, items, np.full(600, 4.0), np.arange(600), 30, 50)


def test_cold_split_holds_out_every_rating_of_the_cold_items() -> None:
    data = _data()
    train, test, cold = cold_split(data, fraction=0.2, seed=3)
    assert cold.sum() == 10
    assert not cold[train.items].any() and cold[test.items].all()
    assert len(train) + len(test) == len(data)


def test_only_among_blocks_other_items_and_random_is_seeded() -> None:
    data = _data()
    allowed = np.zeros(50, dtype=bool)
    allowed[:5] = True
    wrapped = OnlyAmong(Popularity(), allowed)
    wrapped.fit(data)
    scores = wrapped.score(np.array([0, 1]))
    assert np.isinf(scores[:, 5:]).all() and np.isfinite(scores[:, :5]).all()
    random = RandomScorer(seed=4)
    random.fit(data)
    random2 = RandomScorer(seed=4)
    random2.fit(data)
    assert np.array_equal(random.score(np.array([2])), random2.score(np.array([2])))
    assert weights_of("graph").weights["content"] == 0 and weights_of("graph").weights["graph"] > 0


@pytest.mark.realdata
@pytest.mark.slow
def test_content_and_graph_rank_cold_films_far_above_popularity(shared_data: Path) -> None:
    """80 users, the fast hashing encoder in place of MiniLM (the benchmark runs MiniLM, all users)."""
    result = content_coldstart(shared_data / "movielens-small", encoder=HashingEncoder(dim=128), users=80,
                               ablations=False, learned=False)
    ndcg = {row["model"]: row["NDCG@10"] for row in result.rows}
    assert ndcg["Content+graph"] >= 2 * ndcg["Popularity"]
    assert ndcg["Content+graph"] >= 2 * ndcg["Random"]
    assert result.users >= 60

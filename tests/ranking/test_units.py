"""Taste weights, the signed ranker, MMR and the signal helpers, on small hand-made inputs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from engine.errors import UserError
from engine.library.models import ItemState
from engine.ranking.ranker import DEFAULT_WEIGHTS, RankerWeights, auc, train
from engine.ranking.rerank import mmr
from engine.ranking.signals import FEATURES, by_rank, closeness_signal, content_signal, scaled_by_max
from engine.ranking.taste import RECENCY_FLOOR, TasteProfile, rating_weight, recency

NOW = datetime(2026, 11, 28, tzinfo=UTC)


def test_rating_weights_are_centred_on_three_stars() -> None:
    assert rating_weight(5) == 1.0 and rating_weight(1) == -1.0 and rating_weight(3) == 0.0
    assert rating_weight(4) == 0.5


def test_recency_halves_each_year_and_has_a_floor() -> None:
    assert recency("2026-11-28T00:00:00+00:00", NOW) == pytest.approx(1.0)
    assert recency("2025-11-28T00:00:00+00:00", NOW) == pytest.approx(0.5, abs=0.01)
    assert recency("1990-01-01", NOW) == RECENCY_FLOOR
    assert recency(None, NOW) == RECENCY_FLOOR


def test_profile_from_states() -> None:
    states = {
        1: ItemState(1, rating=5.0, status="finished", last_event_at="2026-11-27T10:00:00+00:00"),
        2: ItemState(2, disliked=True, last_event_at="2026-11-20T10:00:00+00:00"),
        3: ItemState(3, dismissed=True, last_event_at="2026-11-21T10:00:00+00:00"),
        4: ItemState(4, status="wishlist", last_event_at="2026-11-22T10:00:00+00:00"),
        5: ItemState(5, liked=True, last_event_at="2026-10-01T10:00:00+00:00"),
    }
    taste = TasteProfile.from_states(states, now=NOW)
    assert taste.weights[1] == pytest.approx(1.0, abs=0.01)
    assert taste.weights[2] < 0 and taste.weights[3] < 0 and taste.weights[2] < taste.weights[3]
    assert 4 in taste.wishlist and 4 not in taste.known and taste.weights[4] > 0
    assert taste.known == {1, 2, 3, 5}
    assert set(taste.positives) == {1, 4, 5} and set(taste.negatives) == {2, 3}
    assert taste.ordered == [5, 1]  # known positives in time order, oldest first
    assert taste.signals[1].stars == 5.0


def test_profile_from_ratings_keeps_order() -> None:
    taste = TasteProfile.from_ratings([(7, 4.0), (3, 1.0), (9, 3.0)])
    assert taste.ordered == [7, 3, 9] and taste.weights[3] == -1.0 and taste.weights[9] > 0


def test_signal_scaling() -> None:
    assert scaled_by_max({1: 2.0, 2: 1.0, 3: -1.0}) == {1: 1.0, 2: 0.5}
    assert by_rank({1: -3.0, 2: 5.0}) == {2: 1.0, 1: 0.5}


def test_content_and_closeness_signals() -> None:
    a, b = np.array([1, 0, 0], np.float32), np.array([0, 1, 0], np.float32)
    vectors = {10: a, 20: b}
    candidates = np.array([[1, 0, 0], [0.6, 0.8, 0]], np.float32)
    values, anchors = content_signal([1, 2], candidates, {10: 1.0, 20: 1.0}, vectors, 3)
    assert anchors == {1: 10, 2: 20}
    assert values[1] == pytest.approx(0.5) and values[2] == pytest.approx(0.7)  # mean of the best matches
    _, anchors = content_signal([2], candidates[1:], {10: 1.0, 20: 0.5}, vectors, 3)
    assert anchors == {2: 10}  # 0.6 × 1.0 beats 0.8 × 0.5
    near = closeness_signal([1, 2], candidates, {20: -1.0}, vectors, 3)
    assert 1 not in near and near[2] == pytest.approx((0.8 - 0.35) / 0.65, abs=1e-5)


def test_training_learns_the_informative_signal_and_keeps_signs() -> None:
    rng = np.random.default_rng(0)
    n = 400
    matrix = rng.random((n, len(FEATURES)), dtype=np.float32)
    informative = FEATURES.index("graph")
    labels = (matrix[:, informative] + 0.1 * rng.standard_normal(n) > 0.5).astype(np.float32)
    learned = train(matrix, labels)
    assert learned.examples == n
    assert learned.weights["graph"] > DEFAULT_WEIGHTS["graph"] * 2
    assert learned.weights["graph"] == max(learned.weights.values())
    assert learned.weights["negative"] <= 0  # the sign holds whatever the data says
    scores = learned.score(matrix)
    assert (auc(scores, labels) or 0) > (auc(RankerWeights().score(matrix), labels) or 0)


def test_too_little_feedback_keeps_the_defaults() -> None:
    learned = train(np.ones((5, len(FEATURES)), np.float32), np.array([1, 0, 1, 0, 1], np.float32))
    assert learned.examples == 0 and learned.weights == RankerWeights().weights


def test_weights_roundtrip_and_damaged_file(tmp_path: Path) -> None:
    weights = RankerWeights()
    weights.weights["content"] = 2.5
    weights.save(tmp_path / "r.json")
    assert RankerWeights.load(tmp_path / "r.json").weights["content"] == 2.5
    assert RankerWeights.load(tmp_path / "missing.json").weights == RankerWeights().weights
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="damaged"):
        RankerWeights.load(tmp_path / "bad.json")
    (tmp_path / "sign.json").write_text('{"weights": {"negative": 1.0}}', encoding="utf-8")
    with pytest.raises(UserError, match="sign"):
        RankerWeights.load(tmp_path / "sign.json")


def test_mmr_trades_relevance_for_variety() -> None:
    unit = np.array([[1, 0], [1, 0], [0, 1]], np.float32)
    scores = np.array([1.0, 0.99, 0.5], np.float32)
    assert mmr(scores, unit, 2, 0.0) == [0, 1]
    assert mmr(scores, unit, 2, 0.5) == [0, 2]  # the near-copy of the first pick loses
    assert mmr(scores, np.zeros((3, 0), np.float32), 2, 0.5) == [0, 1]
    assert mmr(np.array([], np.float32), unit[:0], 3, 0.3) == []


def test_dense_scores_read_any_item() -> None:
    from engine.ranking.signals import DenseScores

    scores = DenseScores(np.array([30, 10, 20]), np.array([0.3, 0.1, 0.2]), {30: 0.3})
    assert scores.lookup([10, 20, 30, 99]).tolist() == pytest.approx([0.1, 0.2, 0.3, 0.0])
    assert scores.top == {30: 0.3}
    assert DenseScores(np.zeros(0, np.int64), np.zeros(0), {}).lookup([1]).tolist() == [0.0]

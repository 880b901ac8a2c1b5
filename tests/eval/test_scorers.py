"""Every baseline scorer on a tiny dataset with two user groups of disjoint tastes; EASE and UserKNN details."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.eval.data import Interactions
from engine.eval.metrics import top_k
from engine.eval.scorers import (
    EASE,
    ImplicitALS,
    ImplicitBPR,
    ItemKNN,
    Popularity,
    Scorer,
    UserKNN,
    implicit_available,
)
from engine.eval.userknn import NO_PREDICTION

N_ITEMS = 20  # items 0-9 suit group A (users 0-14), items 10-19 group B (users 15-29)
N_USERS = 30


def two_groups(seed: int = 0) -> Interactions:
    """Each user rates 7 of their own group's 10 items (2-5★, at random) and nothing of the other group's."""
    rng = np.random.default_rng(seed)
    users: list[int] = []
    items: list[int] = []
    ratings: list[int] = []
    for user in range(N_USERS):
        own = 0 if user < N_USERS // 2 else 10
        for item in own + rng.choice(10, size=7, replace=False):
            users.append(user)
            items.append(int(item))
            ratings.append(int(rng.integers(2, 6)))
    n = len(users)
    return Interactions(np.array(users), np.array(items), np.array(ratings), np.arange(n), N_USERS, N_ITEMS)


def masked_scores(scorer: Scorer, data: Interactions) -> np.ndarray:
    scores = scorer.score(np.arange(data.n_users)).astype(np.float64)
    assert scores.shape == (data.n_users, data.n_items)
    scores[data.users, data.items] = -np.inf
    return scores


def personal_scorers() -> list[Scorer]:
    scorers: list[Scorer] = [ItemKNN(neighbours=5), EASE(lam=5.0), UserKNN(neighbours=5)]
    if implicit_available():
        # few factors / strong regularisation: with 64 factors ALS just memorises 30 × 20 training pairs
        scorers += [ImplicitALS(factors=4, regularization=5.0), ImplicitBPR(factors=4)]
    return scorers


@pytest.mark.parametrize("scorer", personal_scorers(), ids=lambda s: s.name)
def test_each_scorer_ranks_the_groups_unseen_items_first(scorer: Scorer) -> None:
    data = two_groups()
    assert isinstance(scorer, Scorer)
    scorer.fit(data)
    ranked = top_k(masked_scores(scorer, data), 3)  # every user has exactly 3 unseen items of their group
    for user, top in enumerate(ranked):
        group = range(0, 10) if user < N_USERS // 2 else range(10, 20)
        assert set(top.tolist()) <= set(group), (scorer.name, user, top)


def test_popularity_scores_interaction_counts() -> None:
    data = two_groups()
    scorer = Popularity()
    scorer.fit(data)
    scores = scorer.score(np.array([0, 5, 29]))
    assert scores.dtype == np.float32 and scores.shape == (3, N_ITEMS)
    expected = np.bincount(data.items, minlength=N_ITEMS)
    assert all(row.tolist() == expected.tolist() for row in scores)


def test_ease_weights_have_zero_diagonal_and_match_the_closed_form() -> None:
    data = two_groups()
    scorer = EASE(lam=5.0)
    scorer.fit(data)
    assert scorer.weights is not None
    assert np.all(np.diag(scorer.weights) == 0.0)
    x = data.matrix().toarray().astype(np.float64)
    p = np.linalg.inv(x.T @ x + 5.0 * np.eye(N_ITEMS))
    b = -p / np.diag(p)[None, :]
    np.fill_diagonal(b, 0.0)
    np.testing.assert_allclose(scorer.weights, b, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(scorer.score(np.array([3])), x[[3]] @ b, rtol=1e-4, atol=1e-5)


def test_itemknn_keeps_top_neighbours_per_item() -> None:
    data = two_groups()
    scorer = ItemKNN(neighbours=3, block_size=7)
    scorer.fit(data)
    assert scorer.similarity is not None
    per_item = np.diff(scorer.similarity.tocsc().indptr)
    assert per_item.max() <= 3 and scorer.similarity.diagonal().sum() == 0.0


def three_users() -> Interactions:
    """u0: i0=5, i1=1, i2=3 (mean 3); u1: i0=4, i1=2, i3=5 (mean 11/3); u2: i0=2, i1=4, i3=3 (mean 3)."""
    return Interactions(
        users=np.array([0, 0, 0, 1, 1, 1, 2, 2, 2]),
        items=np.array([0, 1, 2, 0, 1, 3, 0, 1, 3]),
        ratings=np.array([5, 1, 3, 4, 2, 5, 2, 4, 3]),
        times=np.zeros(9),
        n_users=3,
        n_items=4,
    )


def test_userknn_predict_rating_matches_hand_computation() -> None:
    # centred: u0 = (2, -2, 0, ·), u1 = (1/3, -5/3, ·, 4/3), u2 = (-1, 1, ·, 0)
    # sim(u0, u1) = (2/3 + 10/3) / (√8 · √(42/9)) = 12/√336;  sim(u0, u2) = -4 / (√8 · √2) = -1
    s01 = 12 / math.sqrt(336)
    data = three_users()
    positive_only = UserKNN()
    positive_only.fit(data)
    assert positive_only.similarity is not None
    assert positive_only.similarity[0, 1] == pytest.approx(s01)
    assert positive_only.similarity[0, 2] == pytest.approx(-1.0)
    # only u1 is a neighbour for i3: 3 + (5 - 11/3) = 13/3
    assert positive_only.predict_rating(0, 3) == pytest.approx(13 / 3)
    with_negative = UserKNN(min_similarity=-2.0)
    with_negative.fit(data)
    # u1 and u2 both rated i3: 3 + (s01·(4/3) + (-1)·(3 - 3)) / (s01 + 1)
    assert with_negative.predict_rating(0, 3) == pytest.approx(3 + s01 * (4 / 3) / (s01 + 1))
    assert positive_only.predict_rating(1, 2) == pytest.approx(11 / 3 + 0)  # u0 rated i2 at its mean
    assert positive_only.predict_rating(2, 2) is None  # u0 is negatively similar to u2


def test_userknn_score_agrees_with_predict_rating() -> None:
    data = two_groups(seed=3)
    for neighbours in (1, 3, 50):  # 1 and 3 take the "more raters than neighbours" path for most items
        scorer = UserKNN(neighbours=neighbours, batch_size=7)
        scorer.fit(data)
        scores = scorer.score(np.arange(N_USERS))
        low, high = scorer.rating_range
        for user in range(N_USERS):
            for item in range(N_ITEMS):
                predicted = scorer.predict_rating(user, item)
                if predicted is None:
                    assert scores[user, item] == NO_PREDICTION
                else:
                    assert predicted == pytest.approx(min(max(float(scores[user, item]), low), high), abs=1e-4)


def test_userknn_min_neighbours() -> None:
    data = three_users()
    scorer = UserKNN(min_neighbours=2, min_similarity=-2.0)
    scorer.fit(data)
    assert scorer.predict_rating(0, 3) is not None
    strict = UserKNN(min_neighbours=2)
    strict.fit(data)
    assert strict.predict_rating(0, 3) is None
    assert strict.score(np.array([0]))[0, 3] == NO_PREDICTION


def test_score_before_fit_is_an_error() -> None:
    for scorer in (Popularity(), ItemKNN(), EASE(), UserKNN()):
        with pytest.raises(RuntimeError, match="before fit"):
            scorer.score(np.array([0]))

"""Ranking metrics on hand-computed cases, ``evaluate`` masking, splits, and ``load_ratings``."""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
import pytest

from engine.errors import UserError
from engine.eval.data import Interactions, load_ratings
from engine.eval.metrics import evaluate, hit_rate_at_k, ndcg_at_k, precision_at_k, recall_at_k, top_k
from engine.eval.splits import leave_last_out, random_split, validation_split


def make(users: list[int], items: list[int], times: list[int] | None = None, n_users: int = 0, n_items: int = 0) -> Interactions:
    n = len(users)
    return Interactions(
        users=np.array(users),
        items=np.array(items),
        ratings=np.ones(n),
        times=np.array(times if times is not None else [0] * n),
        n_users=n_users or max(users) + 1,
        n_items=n_items or max(items) + 1,
    )


def random_data(n_users: int = 60, n_items: int = 80, seed: int = 0) -> Interactions:
    rng = np.random.default_rng(seed)
    counts = rng.integers(1, 41, size=n_users)
    users = np.repeat(np.arange(n_users), counts)
    items = rng.integers(0, n_items, size=len(users))
    times = rng.permutation(len(users))  # unique: identifies each row
    return Interactions(users, items, rng.integers(1, 6, len(users)), times, n_users, n_items)


# --- metrics on hand-computed cases ---------------------------------------------------------------


def test_ndcg_one_relevant_item_at_rank_3() -> None:
    assert ndcg_at_k([[5, 6, 7, 8]], [{7}], k=3) == pytest.approx(1 / math.log2(4))
    assert ndcg_at_k([[5, 6, 7, 8]], [{8}], k=3) == 0.0


def test_ndcg_ideal_uses_min_of_k_and_relevant_count() -> None:
    # relevant at ranks 1 and 3, two relevant: DCG = 1 + 1/log2(4); IDCG = 1 + 1/log2(3)
    assert ndcg_at_k([[1, 9, 2]], [{1, 2}], k=3) == pytest.approx(1.5 / (1 + 1 / math.log2(3)))
    # five relevant but k = 2: IDCG covers 2 positions only
    assert ndcg_at_k([[1, 2]], [{1, 2, 3, 4, 5}], k=2) == pytest.approx(1.0)
    assert ndcg_at_k([[9, 1]], [{1, 2, 3, 4, 5}], k=2) == pytest.approx((1 / math.log2(3)) / (1 + 1 / math.log2(3)))


def test_precision_recall_hit_rate() -> None:
    ranked = [[1, 2, 3, 4], [5, 6, 7, 8]]
    relevant = [{2, 4, 10}, {0}]
    assert precision_at_k(ranked, relevant, k=4) == pytest.approx((2 / 4 + 0) / 2)
    assert recall_at_k(ranked, relevant, k=4) == pytest.approx((2 / 3 + 0) / 2)
    assert hit_rate_at_k(ranked, relevant, k=4) == pytest.approx(0.5)
    assert precision_at_k(ranked, relevant, k=2) == pytest.approx((1 / 2) / 2)


def test_users_without_relevant_items_are_ignored() -> None:
    assert hit_rate_at_k([[1], [2], [3]], [set(), {2}, set()], k=1) == 1.0
    assert ndcg_at_k([[1], [2]], [set(), set()], k=1) == 0.0


def test_top_k_orders_best_first() -> None:
    scores = np.array([[0.1, 0.9, 0.5, 0.7], [3.0, 1.0, 2.0, 0.0]], dtype=np.float32)
    assert top_k(scores, 3).tolist() == [[1, 3, 2], [0, 2, 1]]
    assert top_k(scores, 10).shape == (2, 4)


def test_evaluate_masks_seen_items_and_ignores_users_without_test_items() -> None:
    # 3 users, 5 items; user 0 saw item 0 (the top score); user 2 has no test item
    scores = np.array(
        [
            [9.0, 1.0, 5.0, 4.0, 3.0],
            [1.0, 2.0, 3.0, 4.0, 5.0],
            [5.0, 4.0, 3.0, 2.0, 1.0],
        ]
    )
    train = make([0, 1, 2], [0, 4, 0], n_users=3, n_items=5)
    test = make([0, 1], [3, 1], n_users=3, n_items=5)
    result = evaluate(scores, train, test, k=2)
    # user 0 ranks [2, 3] (item 0 masked): hit at rank 2; user 1 ranks [3, 2] (item 4 masked): no hit
    assert result["HR@2"] == pytest.approx(0.5)
    assert result["NDCG@2"] == pytest.approx((1 / math.log2(3)) / 2)
    assert result["Precision@2"] == pytest.approx(0.25)
    assert result["Recall@2"] == pytest.approx(0.5)
    unmasked = evaluate(scores, train, test, k=2, exclude_seen=False)
    assert unmasked["HR@2"] == pytest.approx(0.0)  # user 0 ranks [0, 2], user 1 ranks [4, 3]: no hits
    calls: list[list[int]] = []

    def by_batch(users: np.ndarray) -> np.ndarray:
        calls.append(users.tolist())
        return scores[users]

    assert evaluate(by_batch, train, test, k=2) == result
    assert calls == [[0, 1]]
    assert scores[0, 0] == 9.0  # the caller's array is not modified


def test_evaluate_is_fast_at_movielens_sizes() -> None:
    rng = np.random.default_rng(1)
    for n_users, n_items, limit in ((943, 1682, 2.0), (610, 9724, 10.0)):
        data = random_data(n_users, n_items, seed=2)
        train, test = random_split(data)
        scores = rng.random((n_users, n_items), dtype=np.float32)
        started = time.perf_counter()
        evaluate(scores, train, test, k=10)
        assert time.perf_counter() - started < limit


# --- splits ---------------------------------------------------------------------------------------


def test_random_split_is_deterministic_lossless_and_per_user_25_percent() -> None:
    data = random_data()
    train, test = random_split(data, seed=42)
    again_train, again_test = random_split(data, seed=42)
    assert np.array_equal(train.times, again_train.times) and np.array_equal(test.times, again_test.times)
    other_train, _ = random_split(data, seed=43)
    assert not np.array_equal(train.times, other_train.times)
    # every row exactly once (times are unique row ids)
    assert sorted(np.concatenate([train.times, test.times]).tolist()) == sorted(data.times.tolist())
    assert train.n_users == test.n_users == data.n_users and train.n_items == data.n_items
    counts = np.bincount(data.users, minlength=data.n_users)
    test_counts = np.bincount(test.users, minlength=data.n_users)
    train_counts = np.bincount(train.users, minlength=data.n_users)
    for n, n_test, n_train in zip(counts, test_counts, train_counts, strict=True):
        expected = 0 if n == 1 else min(n - math.floor(0.75 * n), n - 1)
        assert n_test == expected
        assert n_train >= 1


def test_random_split_small_users() -> None:
    data = make([0, 1, 1, 2, 2, 2, 2], [0, 0, 1, 0, 1, 2, 3])
    train, test = random_split(data, seed=3)
    assert np.bincount(test.users, minlength=3).tolist() == [0, 1, 1]
    assert np.bincount(train.users, minlength=3).tolist() == [1, 1, 3]


def test_leave_last_out_picks_the_latest_and_the_later_row_on_ties() -> None:
    data = make(
        users=[0, 0, 0, 1, 1, 1, 2],
        items=[10, 11, 12, 20, 21, 22, 30],
        times=[5, 9, 1, 7, 7, 3, 4],
        n_items=40,
    )
    train, test = leave_last_out(data)
    assert sorted(zip(test.users.tolist(), test.items.tolist(), strict=True)) == [(0, 11), (1, 21)]
    assert len(train) == 5 and 2 not in test.users.tolist()
    assert [s.tolist() for s in data.sequences()] == [[12, 10, 11], [22, 20, 21], [30]]


def test_validation_split_methods() -> None:
    data = random_data()
    train, _ = random_split(data)
    fit, valid = validation_split(train, method="leave_last_out")
    assert len(fit) + len(valid) == len(train)
    assert np.bincount(valid.users, minlength=data.n_users).max() == 1
    fit_r, valid_r = validation_split(train, method="random", test_fraction=0.2, seed=1)
    assert len(fit_r) + len(valid_r) == len(train) and len(valid_r) > len(valid)
    with pytest.raises(ValueError):
        validation_split(train, method="bogus")  # type: ignore[arg-type]


# --- data -----------------------------------------------------------------------------------------


def test_matrix_sequences_subset() -> None:
    data = Interactions(
        users=np.array([0, 0, 1, 0]), items=np.array([2, 1, 2, 2]), ratings=np.array([3.0, 4.0, 5.0, 1.0]),
        times=np.array([30, 10, 20, 40]), n_users=3, n_items=4,
    )
    assert data.matrix().toarray().tolist() == [[0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    assert data.matrix(binary=False).toarray()[0].tolist() == [0, 4, 1, 0]  # repeated pair: the last row wins
    assert [s.tolist() for s in data.sequences()] == [[1, 2, 2], [2], []]
    part = data.subset(data.users == 0)
    assert len(part) == 3 and part.n_users == 3 and part.n_items == 4


def test_load_u_data(tmp_path: Path) -> None:
    path = tmp_path / "u.data"
    path.write_text("196\t242\t3\t881250949\n186\t302\t3\t891717742\n22\t242\t1\t878887116\n")
    data = load_ratings(path)
    assert (data.n_users, data.n_items, len(data)) == (3, 2, 3)
    assert data.user_ids == ["22", "186", "196"] and data.item_ids == ["242", "302"]
    assert data.users.tolist() == [2, 1, 0] and data.ratings.tolist() == [3, 3, 1]
    assert data.times[0] == 881250949 and data.times.dtype == np.int64


def test_load_movielens_ratings_csv(tmp_path: Path) -> None:
    path = tmp_path / "ratings.csv"
    path.write_text("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,4.5,964981247\n2,3,0.5,964982224\n")
    data = load_ratings(path, format="movielens")
    assert (data.n_users, data.n_items) == (2, 2)
    assert data.ratings.tolist() == [4.0, 4.5, 0.5] and data.item_ids == ["1", "3"]


def test_load_generic_csv_with_other_column_names(tmp_path: Path) -> None:
    path = tmp_path / "books.csv"
    path.write_text("Book_Id;Score;User_ID;Date\nb-1;5;alice;2024-01-02\nb-2;3;bob;2024-01-03T10:00:00Z\n")
    data = load_ratings(path, format="csv")
    assert data.user_ids == ["alice", "bob"] and data.item_ids == ["b-1", "b-2"]
    assert data.ratings.tolist() == [5, 3]
    assert data.times.tolist() == [1704153600, 1704276000]
    implicit = tmp_path / "to_read.csv"
    implicit.write_text("user_id,book_id\n1,258\n2,4081\n")
    assert load_ratings(implicit).ratings.tolist() == [1.0, 1.0]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("u.data", "1\t2\t3\t4\n1\t3\tfive\t4\n", "line 2"),
        ("u.data", "1\t2\tthree\t4\n", "line 1: bad rating row"),
        ("ratings.dat", "1::2::3::4\n1::2::3\n", "line 2"),
        ("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,1\n1,3,4.0,1\n1,4\n", "line 4"),
        ("x.csv", "user,item,rating\n1,1,4\n,2,3\n", "line 3"),
        ("y.csv", "name,title\nx,y\n", "line 1"),
        ("empty.csv", "", "empty"),
    ],
)
def test_load_bad_files_raise_user_error_naming_the_line(tmp_path: Path, name: str, text: str, line: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(UserError, match=line):
        load_ratings(path)


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        load_ratings(tmp_path / "nope.csv")

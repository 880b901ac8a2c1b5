"""Train/test splits of ``Interactions`` that keep the user and item index space.

- ``random_split``: per-user stratified random split (the Microsoft Recommenders ml-100k benchmark style).
- ``leave_last_out``: chronological leave-one-out, each user's latest interaction is the test item.
- ``validation_split``: either of the above applied inside a training set, for tuning without the test set.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from engine.eval.data import Interactions

SplitMethod = Literal["leave_last_out", "random"]


def random_split(
    data: Interactions, test_fraction: float = 0.25, seed: int = 42
) -> tuple[Interactions, Interactions]:
    """Per user, a random ``test_fraction`` of that user's rows goes to test.

    Train keeps ⌊(1 − test_fraction)·n⌋ of a user's n rows, as Microsoft Recommenders'
    ``python_stratified_split`` does (so test gets the rounding up), but a user with two or more rows keeps
    at least one in train, and a user with one row keeps it in train.
    The same seed gives the same split on every run and platform (numpy ``default_rng``).
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError("test_fraction must be between 0 and 1")
    n = len(data)
    rng = np.random.default_rng(seed)
    keys = rng.random(n)
    order = np.lexsort((keys, data.users))  # by user, random within the user
    counts = np.bincount(data.users, minlength=data.n_users)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    sorted_users = data.users[order]
    rank = np.arange(n) - starts[sorted_users]  # position of each row inside its user's shuffled block
    n_test = counts - np.floor(counts * (1.0 - test_fraction) + 1e-9).astype(np.int64)
    n_test = np.minimum(n_test, np.maximum(counts - 1, 0))
    test_mask = np.zeros(n, dtype=bool)
    test_mask[order] = rank < n_test[sorted_users]
    return data.subset(~test_mask), data.subset(test_mask)


def leave_last_out(data: Interactions) -> tuple[Interactions, Interactions]:
    """Each user's latest row (by time; on a tie the later row) is the test row; < 2 rows: train only."""
    order = data.chronological_order()
    n = len(order)
    if n == 0:
        return data.subset(np.zeros(0, dtype=bool)), data.subset(np.zeros(0, dtype=bool))
    sorted_users = data.users[order]
    is_last = np.ones(n, dtype=bool)
    is_last[:-1] = sorted_users[:-1] != sorted_users[1:]
    counts = np.bincount(data.users, minlength=data.n_users)
    test_rows = order[is_last & (counts[sorted_users] >= 2)]
    test_mask = np.zeros(n, dtype=bool)
    test_mask[test_rows] = True
    return data.subset(~test_mask), data.subset(test_mask)


def validation_split(
    train: Interactions,
    method: SplitMethod = "leave_last_out",
    *,
    test_fraction: float = 0.25,
    seed: int = 7,
) -> tuple[Interactions, Interactions]:
    """Split a training set again into (fit part, validation part) for tuning or training a ranker.

    ``method="leave_last_out"`` holds out each user's latest training row; ``method="random"`` holds out a
    per-user random ``test_fraction`` with ``seed`` (different from the test split's default seed on purpose).
    """
    if method == "leave_last_out":
        return leave_last_out(train)
    if method == "random":
        return random_split(train, test_fraction=test_fraction, seed=seed)
    raise ValueError(f"unknown validation split method {method!r}; use 'leave_last_out' or 'random'")

"""Top-k ranking metrics with binary relevance, and ``evaluate`` for a score matrix against a test split.

All metrics average over users with at least one relevant item:

- Precision@k = hits in the top k / k
- Recall@k = hits in the top k / |relevant|
- HR@k = 1 when at least one relevant item is in the top k
- NDCG@k = Σ_hits 1/log2(rank+1) / Σ_{r ≤ min(k, |relevant|)} 1/log2(r+1)   (ranks start at 1)
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TypeAlias

import numpy as np

from engine.eval.data import Interactions

ScoreSource: TypeAlias = np.ndarray | Callable[[np.ndarray], np.ndarray]

METRICS = ("NDCG", "Precision", "Recall", "HR")


def metric_names(k: int) -> list[str]:
    """The keys ``evaluate`` returns, e.g. ``["NDCG@10", "Precision@10", "Recall@10", "HR@10"]``."""
    return [f"{name}@{k}" for name in METRICS]


def _discounts(k: int) -> np.ndarray:
    return 1.0 / np.log2(np.arange(2, k + 2, dtype=np.float64))


def _per_user(hits: np.ndarray, n_relevant: np.ndarray, k: int) -> dict[str, np.ndarray]:
    """Per-user metric values from a (users × k) hit matrix and each user's relevant count (all > 0)."""
    hits = hits[:, :k].astype(np.float64)
    discounts = _discounts(k)
    ideal = np.concatenate(([0.0], np.cumsum(discounts)))[np.minimum(n_relevant, k)]
    n_hits = hits.sum(axis=1)
    return {
        f"NDCG@{k}": (hits * discounts[: hits.shape[1]]).sum(axis=1) / ideal,
        f"Precision@{k}": n_hits / k,
        f"Recall@{k}": n_hits / n_relevant,
        f"HR@{k}": (n_hits > 0).astype(np.float64),
    }


def _hits_from_lists(
    ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> tuple[np.ndarray, np.ndarray]:
    if len(ranked) != len(relevant):
        raise ValueError("ranked and relevant must have one entry per user")
    keep = [u for u in range(len(relevant)) if len(relevant[u]) > 0]
    hits = np.zeros((len(keep), k), dtype=bool)
    for row, u in enumerate(keep):
        rel = set(relevant[u])
        top = list(ranked[u])[:k]
        hits[row, : len(top)] = [int(item) in rel for item in top]
    n_relevant = np.array([len(set(relevant[u])) for u in keep], dtype=np.int64)
    return hits, n_relevant


def _mean_metric(
    name: str, ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> float:
    hits, n_relevant = _hits_from_lists(ranked, relevant, k)
    if len(n_relevant) == 0:
        return 0.0
    return float(_per_user(hits, n_relevant, k)[f"{name}@{k}"].mean())


def ndcg_at_k(
    ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> float:
    """Mean NDCG@k of per-user ranked item lists against per-user relevant item sets."""
    return _mean_metric("NDCG", ranked, relevant, k)


def precision_at_k(
    ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> float:
    """Mean Precision@k (hits / k) over users with at least one relevant item."""
    return _mean_metric("Precision", ranked, relevant, k)


def recall_at_k(
    ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> float:
    """Mean Recall@k (hits / number relevant) over users with at least one relevant item."""
    return _mean_metric("Recall", ranked, relevant, k)


def hit_rate_at_k(
    ranked: Sequence[Sequence[int]] | np.ndarray, relevant: Sequence[Collection[int]], k: int
) -> float:
    """Share of users (with at least one relevant item) that have a relevant item in their top k."""
    return _mean_metric("HR", ranked, relevant, k)


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Item indices of the k highest scores per row, best first (argpartition, then argsort of the k)."""
    k = min(k, scores.shape[1])
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    part_scores = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-part_scores, axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)


def evaluate(
    scores: ScoreSource,
    train: Interactions,
    test: Interactions,
    k: int = 10,
    exclude_seen: bool = True,
    *,
    batch_size: int | None = None,
) -> dict[str, float]:
    """Rank all items for every user present in ``test`` and return mean NDCG/Precision/Recall/HR@k.

    ``scores`` is a (n_users × n_items) array or a callable mapping a batch of user indices to a
    (len(users) × n_items) array; higher is better. With ``exclude_seen`` each user's training items are set
    to -inf before ranking. NaN scores count as -inf. Every test item of a user is relevant.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    test_matrix = test.matrix(binary=True)
    train_matrix = train.matrix(binary=True)
    n_relevant_all = np.diff(test_matrix.indptr)
    eval_users = np.flatnonzero(n_relevant_all > 0).astype(np.int32)
    names = metric_names(k)
    if len(eval_users) == 0:
        return dict.fromkeys(names, 0.0)
    if batch_size is None:
        batch_size = max(1, min(len(eval_users), 4_000_000 // max(1, test.n_items)))
    sums = dict.fromkeys(names, 0.0)
    for start in range(0, len(eval_users), batch_size):
        batch = eval_users[start : start + batch_size]
        raw = scores[batch] if isinstance(scores, np.ndarray) else scores(batch)
        block = np.array(raw, dtype=np.float32, copy=True)
        if block.shape != (len(batch), test.n_items):
            raise ValueError(
                f"scores for {len(batch)} users have shape {block.shape}, expected n_items columns"
            )
        block[np.isnan(block)] = -np.inf
        if exclude_seen:
            seen = train_matrix[batch]
            block[np.repeat(np.arange(len(batch)), np.diff(seen.indptr)), seen.indices] = -np.inf
        ranked = top_k(block, k)
        relevant = test_matrix[batch].toarray() > 0
        hits = np.take_along_axis(relevant, ranked, axis=1)
        if hits.shape[1] < k:
            hits = np.pad(hits, ((0, 0), (0, k - hits.shape[1])))
        for name, values in _per_user(hits, n_relevant_all[batch], k).items():
            sums[name] += float(values.sum())
    return {name: sums[name] / len(eval_users) for name in names}

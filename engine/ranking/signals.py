"""The signals a recommendation is built from, each a map item id → raw value.

Candidate *generators* cast a wide net cheaply (vector neighbours of the person's best items and of
the taste centroid, a personalized PageRank walk, the community models, the request's search hits,
the popularity prior); the *exact* signals then score every candidate the same way from its vector
(closeness to liked items, to disliked or dismissed ones, to the items named in the request).

The signals (``FEATURES``), all read as "higher = more of this":
- ``content``: mean of the three best (weight × cosine) matches with the person's positive items;
- ``creator``: shares an author, director or creator with a positive item (× its weight);
- ``negative``: the strongest closeness to a disliked / dismissed item above a noise floor;
- ``reference``: closeness to the items named in the request ("like Arrival");
- ``query``: the hybrid-search score for the request text;
- ``graph``: personalized PageRank from the positive items, named items and entities;
- ``ease`` and ``sequence``: the community packs' item-item and next-item models;
- ``popularity``: log rating count in the community packs (or graph degree without packs);
- ``rating``: the predicted stars from user-based collaborative filtering, centred on 3★;
- ``wishlist``: the person put it on their wishlist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

FEATURES = ("content", "creator", "negative", "reference", "query", "graph", "ease", "sequence",
            "popularity", "rating", "wishlist")
NOISE_SIMILARITY = 0.35   # MiniLM cosines below this say little about two items being alike
TOP_MATCHES = 3

Vectors = npt.NDArray[np.float32]
SignalMap = dict[int, float]


class Pack(Protocol):
    """What ranking needs of a community pack (``engine.community.pack.CommunityPack``)."""

    def ease_scores(self, history: Mapping[int, float], limit: int = 500) -> dict[int, float]: ...

    def ease_contributors(
        self, item_id: int, history: Mapping[int, float], top: int = 3
    ) -> list[tuple[int, float]]: ...

    def sequence_scores(self, ordered: Sequence[int], limit: int = 500) -> dict[int, float]: ...

    def predict_ratings(
        self, ratings: Mapping[int, float], targets: Sequence[int],
        extra_users: Sequence[Mapping[int, float]] = (),
    ) -> dict[int, float]: ...

    def popularity(self) -> dict[int, float]: ...


class DenseScores:
    """A signal known for every item (a PageRank vector): ``top`` are the best items, for
    candidate generation; ``lookup`` reads any items, so a candidate found by another generator
    still gets its true value (and training examples theirs)."""

    def __init__(self, ids: np.ndarray, values: np.ndarray, top: SignalMap) -> None:
        order = np.argsort(ids, kind="stable")
        self._ids = np.asarray(ids)[order]
        self._values = np.asarray(values, dtype=np.float32)[order]
        self.top = top

    def lookup(self, items: Sequence[int]) -> np.ndarray:
        wanted = np.asarray(items, dtype=np.int64)
        if not len(self._ids) or not len(wanted):
            return np.zeros(len(wanted), dtype=np.float32)
        positions = np.clip(np.searchsorted(self._ids, wanted), 0, len(self._ids) - 1)
        found = self._ids[positions] == wanted
        result: np.ndarray = np.where(found, self._values[positions], 0.0).astype(np.float32)
        return result


EMPTY_SCORES = DenseScores(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), {})


def unit_rows(matrix: Vectors) -> Vectors:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    scaled: Vectors = (matrix / np.maximum(norms, 1e-9)).astype(np.float32)
    return scaled


def stack(vectors: Mapping[int, Vectors], ids: Sequence[int], dim: int) -> Vectors:
    """The unit vectors of ``ids`` as rows (zeros for items without a vector)."""
    matrix = np.zeros((len(ids), dim), dtype=np.float32)
    for row, item_id in enumerate(ids):
        vector = vectors.get(item_id)
        if vector is not None:
            matrix[row] = vector
    return unit_rows(matrix)


def content_signal(
    candidates: Sequence[int], candidate_matrix: Vectors, positives: Mapping[int, float],
    vectors: Mapping[int, Vectors], dim: int,
) -> tuple[SignalMap, dict[int, int]]:
    """``content`` per candidate and its anchor: the positive item it is closest to (weighted)."""
    anchors_ids = [i for i in positives if i in vectors]
    if not anchors_ids or not len(candidates):
        return {}, {}
    weights = np.array([positives[i] for i in anchors_ids], dtype=np.float32)
    weights /= max(float(weights.max()), 1e-9)
    sims = candidate_matrix @ stack(vectors, anchors_ids, dim).T  # candidates × positives
    weighted = np.clip(sims, 0.0, None) * weights[None, :]
    top = min(TOP_MATCHES, weighted.shape[1])
    best = -np.sort(-weighted, axis=1)[:, :top].mean(axis=1)
    anchor_index = weighted.argmax(axis=1)
    values = {item: float(v) for item, v in zip(candidates, best, strict=True) if v > 0}
    anchors = {item: anchors_ids[int(a)] for item, a in zip(candidates, anchor_index, strict=True)}
    return values, anchors


def closeness_signal(
    candidates: Sequence[int], candidate_matrix: Vectors, others: Mapping[int, float],
    vectors: Mapping[int, Vectors], dim: int, *, floor: float = NOISE_SIMILARITY,
) -> SignalMap:
    """max over ``others`` of |weight| × (cosine above ``floor``, rescaled to 0..1)."""
    ids = [i for i in others if i in vectors]
    if not ids or not len(candidates):
        return {}
    weights = np.abs(np.array([others[i] for i in ids], dtype=np.float32))
    sims = candidate_matrix @ stack(vectors, ids, dim).T
    scaled = np.clip((sims - floor) / (1.0 - floor), 0.0, None) * weights[None, :]
    best = scaled.max(axis=1)
    return {item: float(v) for item, v in zip(candidates, best, strict=True) if v > 0}


def scaled_by_max(values: Mapping[int, float]) -> SignalMap:
    """Values divided by the largest (positive ones only), so a signal reads 0..1 in any request."""
    top = max((v for v in values.values() if v > 0), default=0.0)
    if top <= 0:
        return {}
    return {item: v / top for item, v in values.items() if v > 0}


def by_rank(ranked: Mapping[int, float]) -> SignalMap:
    """1.0 for the best-scored item down to ~0 for the last: for scores on no fixed scale (logits)."""
    order = sorted(ranked, key=lambda item: -ranked[item])
    n = max(len(order), 1)
    return {item: 1.0 - rank / n for rank, item in enumerate(order)}


def log_scaled(counts: Mapping[int, float]) -> SignalMap:
    top = max(counts.values(), default=0.0)
    if top <= 0:
        return {}
    scale = float(np.log1p(top))
    return {item: float(np.log1p(c)) / scale for item, c in counts.items() if c > 0}

"""User-based CF for one person at a time: the pack's users (and any extra users) as neighbours.

r̂(u, i) = r̄(u) + Σ_v sim(u, v)·(r(v, i) − r̄(v)) / Σ_v |sim(u, v)|

as in ``engine.eval.userknn`` (Resnick, mean-centred; sim = cosine of the mean-centred rating vectors), but
for a person who is not in the pack: their similarity to every pack user comes from the pack items they
rated, computed when asked. For each target the ``NEIGHBOURS`` most similar users who rated it and are
more similar than ``MIN_SIMILARITY`` are used; with fewer than ``MIN_NEIGHBOURS`` of them there is no
prediction. Extra users (e.g. the library's other profiles) are given in library item ids and compared
with the person over all items both rated.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import scipy.sparse as sp

NEIGHBOURS = 30
MIN_NEIGHBOURS = 2
MIN_SIMILARITY = 0.0
STARS = (0.5, 5.0)


class PackUsers:
    """The pack's users × items ratings, their means, and the mean-centred columns for fast lookups."""

    def __init__(self, ratings: sp.csr_matrix, means: np.ndarray) -> None:
        self.ratings = ratings
        self.means = np.asarray(means, dtype=np.float64)
        counts = np.diff(ratings.indptr)
        owner = np.repeat(np.arange(ratings.shape[0]), counts)
        centred = (ratings.data.astype(np.float64) - self.means[owner]).astype(np.float32)
        squares = centred.astype(np.float64) ** 2
        norms = np.sqrt(np.bincount(owner, weights=squares, minlength=ratings.shape[0]))
        self.inverse_norms = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        self.centred = sp.csr_matrix((centred, ratings.indices, ratings.indptr), shape=ratings.shape).tocsc()
        self.centred.sort_indices()

    @property
    def n_users(self) -> int:
        return int(self.ratings.shape[0])

    def similarities(self, columns: np.ndarray, deviations: np.ndarray, norm: float) -> np.ndarray:
        """Cosine of a person's centred ratings (``deviations`` at pack ``columns``; ``norm`` over all they
        rated) with every pack user's."""
        if not len(columns) or norm <= 0:
            return np.zeros(self.n_users)
        dots = self.centred[:, columns] @ deviations.astype(np.float64)
        sims: np.ndarray = np.asarray(dots).ravel() * self.inverse_norms / norm
        return sims

    def raters(self, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position in ``columns``, user, centred rating) of every rating of these pack items."""
        sub = self.centred[:, columns]
        position = np.repeat(np.arange(len(columns)), np.diff(sub.indptr))
        return position, sub.indices.astype(np.int64), sub.data.astype(np.float64)


def centred(ratings: Mapping[int, float]) -> tuple[float, dict[int, float], float]:
    """(mean, item → rating − mean, norm of the deviations) of one person's ratings."""
    mean = sum(ratings.values()) / len(ratings)
    deviations = {item: value - mean for item, value in ratings.items()}
    return mean, deviations, math.sqrt(sum(d * d for d in deviations.values()))


def combine(
    mean: float, n_targets: int, parts: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]]
) -> np.ndarray:
    """Predicted stars per target (NaN: not enough neighbours) from (target position, similarity, centred
    rating) triples of every candidate neighbour."""
    position = np.concatenate([p for p, _, _ in parts]) if parts else np.zeros(0, np.int64)
    sims = np.concatenate([s for _, s, _ in parts]) if parts else np.zeros(0)
    deviations = np.concatenate([d for _, _, d in parts]) if parts else np.zeros(0)
    eligible = sims > MIN_SIMILARITY
    position, sims, deviations = position[eligible], sims[eligible], deviations[eligible]
    order = np.lexsort((-sims, position))  # by target, most similar first
    position, sims, deviations = position[order], sims[order], deviations[order]
    starts = np.searchsorted(position, position, side="left")
    keep = np.arange(len(position)) - starts < NEIGHBOURS
    position, sims, deviations = position[keep], sims[keep], deviations[keep]
    numerator = np.bincount(position, weights=sims * deviations, minlength=n_targets)
    denominator = np.bincount(position, weights=np.abs(sims), minlength=n_targets)
    count = np.bincount(position, minlength=n_targets)
    defined = (count >= MIN_NEIGHBOURS) & (denominator > 0)
    out = np.full(n_targets, np.nan)
    out[defined] = np.clip(mean + numerator[defined] / denominator[defined], *STARS)
    return out


def extra_user_parts(
    deviations: Mapping[int, float], norm: float, targets: Sequence[int], extra: Sequence[Mapping[int, float]]
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(target position, similarity, centred rating) of the extra users who rated the targets."""
    where = {item: position for position, item in enumerate(targets)}
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for other in extra:
        if not other or norm <= 0:
            continue
        _mean, other_dev, other_norm = centred(other)
        if other_norm <= 0:
            continue
        dot = sum(value * other_dev[item] for item, value in deviations.items() if item in other_dev)
        sim = dot / (norm * other_norm)
        hits = [(where[item], other_dev[item]) for item in other_dev if item in where]
        if hits and sim > MIN_SIMILARITY:
            positions = np.array([p for p, _ in hits], dtype=np.int64)
            parts.append((positions, np.full(len(hits), sim), np.array([d for _, d in hits])))
    return parts

"""User-based collaborative filtering with mean-centred ratings (Resnick-style), as a ``Scorer``.

r̂(u, i) = r̄(u) + Σ_v sim(u, v)·(r(v, i) − r̄(v)) / Σ_v |sim(u, v)|

over the ``neighbours`` users v most similar to u among those who rated i (ties: lower user index first)
and whose similarity is above ``min_similarity`` (default 0: only positively similar users, as in LensKit).
``sim`` is the cosine of the mean-centred rating vectors. With fewer than ``min_neighbours`` (default 1) such
neighbours the prediction is undefined: ``score`` returns ``NO_PREDICTION`` and ``predict_rating`` None.

Ranking by predicted rating (what ``score`` returns, as specified) favours obscure items that one or two
like-minded users rated highly, so top-N accuracy is low; raising ``min_neighbours`` helps a little.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from engine.eval.data import Interactions

NO_PREDICTION = np.float32(-1.0e9)


class UserKNN:
    """Mean-centred user-user CF; ``score`` gives predicted ratings, ``predict_rating`` one clipped value.

    Keeps a dense n_users × n_users similarity matrix, so it is meant for evaluation-sized data.
    """

    def __init__(
        self,
        neighbours: int = 50,
        *,
        min_similarity: float = 0.0,
        min_neighbours: int = 1,
        batch_size: int = 256,
        name: str = "UserKNN",
    ) -> None:
        self.name = name
        self.neighbours = neighbours
        self.min_similarity = min_similarity
        self.min_neighbours = max(1, min_neighbours)
        self.batch_size = batch_size
        self.similarity: np.ndarray | None = None  # n_users × n_users, -inf on the diagonal
        self.means = np.zeros(0, dtype=np.float64)
        self.rating_range = (0.0, 0.0)
        self._centred = sp.csr_matrix((0, 0), dtype=np.float32)
        self._rated = sp.csr_matrix((0, 0), dtype=np.float32)
        self._rated_csc = sp.csc_matrix((0, 0), dtype=np.float32)
        self._centred_csc = sp.csc_matrix((0, 0), dtype=np.float32)
        self._ratings_csc = sp.csc_matrix((0, 0), dtype=np.float32)
        self._popular = np.zeros(0, dtype=np.int64)  # items with more raters than ``neighbours``
        self._popular_rated = np.zeros((0, 0), dtype=bool)  # dense n_users × popular columns
        self._popular_centred = np.zeros((0, 0), dtype=np.float32)

    def fit(self, train: Interactions) -> None:
        ratings = train.matrix(binary=False)
        counts = np.diff(ratings.indptr)
        sums = np.asarray(ratings.sum(axis=1), dtype=np.float64).ravel()
        self.means = np.divide(sums, counts, out=np.zeros_like(sums), where=counts > 0)
        row_of_entry = np.repeat(np.arange(train.n_users), counts)
        centred = ratings.copy().astype(np.float64)
        centred.data = ratings.data.astype(np.float64) - self.means[row_of_entry]
        norms = np.sqrt(np.asarray(centred.multiply(centred).sum(axis=1)).ravel())
        inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        unit = sp.csr_matrix(sp.diags(inverse) @ centred)
        similarity = np.asarray((unit @ unit.T).toarray(), dtype=np.float32)
        np.fill_diagonal(similarity, -np.inf)
        self.similarity = similarity
        self._centred = sp.csr_matrix(centred.astype(np.float32))
        self._rated = sp.csr_matrix(
            (np.ones_like(ratings.data), ratings.indices, ratings.indptr), ratings.shape
        )
        self._rated_csc = sp.csc_matrix(self._rated)
        self._centred_csc = sp.csc_matrix(self._centred)
        self._ratings_csc = sp.csc_matrix(ratings)
        self._ratings_csc.sort_indices()
        self._popular = np.flatnonzero(np.diff(self._rated_csc.indptr) > self.neighbours)
        self._popular_rated = self._rated_csc[:, self._popular].toarray() > 0
        self._popular_centred = self._centred_csc[:, self._popular].toarray()
        self.rating_range = (
            (float(ratings.data.min()), float(ratings.data.max())) if ratings.nnz else (0.0, 0.0)
        )

    def _weights(self, users: np.ndarray) -> np.ndarray:
        """Similarity rows of ``users`` with non-neighbours (self, too dissimilar) set to 0."""
        assert self.similarity is not None
        weights: np.ndarray = self.similarity[users].astype(np.float64)
        weights[~(weights > self.min_similarity)] = 0.0
        return weights

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.similarity is None:
            raise RuntimeError(f"{self.name}.score() called before fit()")
        users = np.asarray(users, dtype=np.int64)
        out = np.empty((len(users), self._rated.shape[1]), dtype=np.float32)
        for start in range(0, len(users), self.batch_size):
            batch = users[start : start + self.batch_size]
            out[start : start + len(batch)] = self._score_batch(batch)
        return out

    def _score_batch(self, users: np.ndarray) -> np.ndarray:
        weights = self._weights(users)
        # items with at most ``neighbours`` raters: every eligible rater is a neighbour
        numerator = np.asarray((self._centred.T @ weights.T).T)
        denominator = np.asarray((self._rated.T @ np.abs(weights).T).T)
        count = np.asarray((self._rated.T @ (weights != 0.0).T.astype(np.float64)).T)
        popular = self._popular
        if len(popular):
            rated, centred = self._popular_rated, self._popular_centred
            for row, w in enumerate(weights):
                eligible = np.flatnonzero(w != 0.0)
                order = eligible[np.argsort(-w[eligible], kind="stable")]
                use = rated[order]
                use &= np.cumsum(use, axis=0) <= self.neighbours
                numerator[row, popular] = w[order] @ (use * centred[order])
                denominator[row, popular] = np.abs(w[order]) @ use
                count[row, popular] = use.sum(axis=0)
        defined = (denominator > 0) & (count >= self.min_neighbours)
        prediction = np.divide(numerator, denominator, out=np.zeros_like(numerator), where=defined)
        prediction += self.means[users][:, None]
        return np.where(defined, prediction, NO_PREDICTION).astype(np.float32)

    def predict_rating(self, user: int, item: int) -> float | None:
        """Predicted rating of ``item`` by ``user`` (indices) clipped to the training range, or None."""
        if self.similarity is None:
            raise RuntimeError(f"{self.name}.predict_rating() called before fit()")
        start, stop = self._ratings_csc.indptr[item], self._ratings_csc.indptr[item + 1]
        raters = self._ratings_csc.indices[start:stop]
        deviations = self._ratings_csc.data[start:stop].astype(np.float64) - self.means[raters]
        weights = self._weights(np.array([user]))[0][raters]
        eligible = np.flatnonzero(weights != 0.0)
        # the most similar first; equal similarity → lower user index first (raters are sorted by index)
        chosen = eligible[np.argsort(-weights[eligible], kind="stable")][: self.neighbours]
        denominator = float(np.abs(weights[chosen]).sum())
        if denominator <= 0.0 or len(chosen) < self.min_neighbours:
            return None
        value = self.means[user] + float(weights[chosen] @ deviations[chosen]) / denominator
        low, high = self.rating_range
        return float(min(max(value, low), high))

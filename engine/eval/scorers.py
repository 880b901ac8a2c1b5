"""Baseline scorers behind one contract, ``Scorer``: ``fit(train)`` then ``score(users)`` → (users × items).

Scores are float32, higher is better, over every item; the caller masks items the user has already seen.
New models (a hybrid, a sequential model) plug into the protocols by implementing the same two methods;
``Interactions.sequences()`` gives a sequential model its per-user histories in time order.

- ``Popularity``: how many interactions each item has.
- ``ItemKNN``: item-item cosine on the binary matrix, top ``neighbours`` per item, score = X·S.
- ``EASE``: Steck (2019) closed-form linear autoencoder, score = X·B.
- ``UserKNN``: mean-centred user-user CF with rating predictions (in ``engine.eval.userknn``).
- ``ImplicitALS`` / ``ImplicitBPR``: matrix factorisation from the optional ``implicit`` library.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, runtime_checkable

import numpy as np
import scipy.sparse as sp

from engine.eval.data import Interactions
from engine.eval.userknn import UserKNN
from engine.linalg import spd_inverse

__all__ = [
    "EASE",
    "ImplicitALS",
    "ImplicitBPR",
    "ItemKNN",
    "Popularity",
    "Scorer",
    "UserKNN",
    "implicit_available",
]


@runtime_checkable
class Scorer(Protocol):
    """A recommender under evaluation: learns from a training set, then scores all items for given users."""

    name: str

    def fit(self, train: Interactions) -> None:
        """Learn from ``train`` (its index space is the one ``score`` answers in)."""

    def score(self, users: np.ndarray) -> np.ndarray:
        """float32 (len(users) × n_items) scores; higher = better; seen items are not masked here."""


def _not_fitted(name: str) -> RuntimeError:
    return RuntimeError(f"{name}.score() called before fit()")


class Popularity:
    """Every user gets the same scores: the number of training interactions per item."""

    def __init__(self, name: str = "Popularity") -> None:
        self.name = name
        self.counts: np.ndarray | None = None

    def fit(self, train: Interactions) -> None:
        self.counts = np.bincount(train.items, minlength=train.n_items).astype(np.float32)

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.counts is None:
            raise _not_fitted(self.name)
        return np.tile(self.counts, (len(users), 1))


class ItemKNN:
    """Item-item cosine similarity on the binary user × item matrix, keeping each item's top ``neighbours``.

    ``S[j, i]`` is the similarity of item j to target item i when j is among i's ``neighbours`` most
    similar items (self excluded), else 0; a user's score for i is Σ_j X[u, j]·S[j, i].
    """

    def __init__(self, neighbours: int = 100, *, block_size: int = 1024, name: str = "ItemKNN") -> None:
        self.name = name
        self.neighbours = neighbours
        self.block_size = block_size
        self.similarity: sp.csr_matrix | None = None
        self._x: sp.csr_matrix | None = None

    def fit(self, train: Interactions) -> None:
        x = train.matrix(binary=True)
        norms = np.sqrt(np.asarray(x.sum(axis=0)).ravel())
        inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        xn = sp.csc_matrix(x @ sp.diags(inverse.astype(np.float32)))
        xt = sp.csr_matrix(xn.T)
        n_items = train.n_items
        k = min(self.neighbours, max(n_items - 1, 1))
        rows: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for start in range(0, n_items, self.block_size):
            stop = min(start + self.block_size, n_items)
            sims = np.asarray((xt @ xn[:, start:stop]).toarray(), dtype=np.float32)
            sims[np.arange(start, stop), np.arange(stop - start)] = 0.0
            top = np.argpartition(-sims, k - 1, axis=0)[:k] if k < n_items else np.argsort(-sims, axis=0)
            top_vals = np.take_along_axis(sims, top, axis=0)
            keep = top_vals > 0
            rows.append(top[keep])
            cols.append((np.broadcast_to(np.arange(start, stop), top.shape))[keep])
            vals.append(top_vals[keep])
        self.similarity = sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n_items, n_items)
        )
        self._x = x

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.similarity is None or self._x is None:
            raise _not_fitted(self.name)
        return np.asarray((self._x[users] @ self.similarity).toarray(), dtype=np.float32)


class EASE:
    """Embarrassingly Shallow Autoencoder (Steck 2019) on the binary matrix.

    G = XᵀX + λI, P = G⁻¹ (float64, Cholesky), B = −P / diag(P) column-wise with diag(B) = 0; score = X·B.
    ``lam`` = 500 suits ml-100k-sized data; memory is n_items² × 8 bytes while fitting.
    """

    def __init__(self, lam: float = 500.0, *, name: str = "EASE") -> None:
        if lam <= 0:
            raise ValueError("EASE needs lam > 0")
        self.name = name
        self.lam = lam
        self.weights: np.ndarray | None = None
        self._x: sp.csr_matrix | None = None

    def fit(self, train: Interactions) -> None:
        x = train.matrix(binary=True)
        if train.n_users * train.n_items <= 50_000_000:
            dense = x.toarray().astype(np.float64)
            gram = dense.T @ dense
        else:
            gram = np.asarray((x.T @ x).toarray(), dtype=np.float64)
        gram[np.diag_indices_from(gram)] += self.lam
        p = spd_inverse(gram)
        p /= -np.diag(p)[None, :]
        np.fill_diagonal(p, 0.0)
        self.weights = p.astype(np.float32)
        self._x = x

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.weights is None or self._x is None:
            raise _not_fitted(self.name)
        return np.asarray(self._x[users] @ self.weights, dtype=np.float32)


def implicit_available() -> bool:
    """True when the optional ``implicit`` library can be imported."""
    return importlib.util.find_spec("implicit") is not None


@contextmanager
def _single_thread_blas() -> Iterator[None]:
    """One BLAS thread while ``implicit`` builds and fits a model (its own threads do the work)."""
    if importlib.util.find_spec("threadpoolctl") is None:
        yield
        return
    threadpoolctl: Any = importlib.import_module("threadpoolctl")
    with threadpoolctl.threadpool_limits(1, "blas"):
        yield


class _ImplicitFactors:
    """Shared part of the ``implicit`` wrappers: fit on the binary matrix, score = U[users] · Vᵀ."""

    name: str

    def __init__(self) -> None:
        self.user_factors: np.ndarray | None = None
        self.item_factors: np.ndarray | None = None

    def _model(self) -> Any:
        raise NotImplementedError

    def fit(self, train: Interactions) -> None:
        x = train.matrix(binary=True)
        with _single_thread_blas():
            model = self._model()
            model.fit(x, show_progress=False)
        self.user_factors = np.asarray(model.user_factors, dtype=np.float32)
        self.item_factors = np.asarray(model.item_factors, dtype=np.float32)

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.user_factors is None or self.item_factors is None:
            raise _not_fitted(self.name)
        return np.asarray(self.user_factors[users] @ self.item_factors.T, dtype=np.float32)


class ImplicitALS(_ImplicitFactors):
    """Hu, Koren & Volinsky (2008) implicit ALS via ``implicit.cpu.als.AlternatingLeastSquares``.

    Input is the binary user × item matrix; ``implicit`` multiplies it by ``alpha``, so an observed pair has
    confidence ``alpha`` and an unobserved one confidence 1 (preference 0).
    """

    def __init__(
        self,
        factors: int = 64,
        regularization: float = 0.05,
        alpha: float = 10.0,
        iterations: int = 15,
        *,
        random_state: int = 42,
        num_threads: int = 0,
        name: str = "ImplicitALS",
    ) -> None:
        super().__init__()
        self.name = name
        self.factors, self.regularization, self.alpha = factors, regularization, alpha
        self.iterations, self.random_state, self.num_threads = iterations, random_state, num_threads

    def _model(self) -> Any:
        als: Any = importlib.import_module("implicit.cpu.als")
        return als.AlternatingLeastSquares(
            factors=self.factors,
            regularization=self.regularization,
            alpha=self.alpha,
            iterations=self.iterations,
            random_state=self.random_state,
            num_threads=self.num_threads,
        )


class ImplicitBPR(_ImplicitFactors):
    """Bayesian Personalized Ranking via ``implicit.cpu.bpr`` (one thread by default: repeatable runs)."""

    def __init__(
        self,
        factors: int = 64,
        learning_rate: float = 0.05,
        regularization: float = 0.01,
        iterations: int = 100,
        *,
        random_state: int = 42,
        num_threads: int = 1,
        name: str = "ImplicitBPR",
    ) -> None:
        super().__init__()
        self.name = name
        self.factors, self.learning_rate, self.regularization = factors, learning_rate, regularization
        self.iterations, self.random_state, self.num_threads = iterations, random_state, num_threads

    def _model(self) -> Any:
        bpr: Any = importlib.import_module("implicit.cpu.bpr")
        return bpr.BayesianPersonalizedRanking(
            factors=self.factors,
            learning_rate=self.learning_rate,
            regularization=self.regularization,
            iterations=self.iterations,
            random_state=self.random_state,
            num_threads=self.num_threads,
        )

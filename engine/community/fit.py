"""Fitting a pack's models from its ratings and item mapping: EASE, the users' ratings, SASRec.

Large catalogues are cut to ``MAX_ITEMS`` kept items (library-mapped items first, then the most rated):
EASE's dense item-item matrix grows with the square of the items. SASRec learns on every pack user's
history over the same kept items (unmapped ones too: they are context for the next item). The user-based
CF keeps every rating. The result is a dict of arrays (``pack.npz``) and the SASRec model, if any.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from engine.community.ease import DEFAULT_LAMBDA, DEFAULT_NEIGHBOURS, fit_ease
from engine.community.mapping import ItemMapping
from engine.community.reader import PackRatings
from engine.progress import CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from engine.community.sasrec import SASRec, SASRecConfig

MAX_ITEMS = 15_000
_EASE_MESSAGE = "fitting the item-item model (EASE)"


@dataclass
class FittedModels:
    arrays: dict[str, np.ndarray]
    sequential: SASRec | None
    seconds: dict[str, float] = field(default_factory=dict)


def keep_items(counts: np.ndarray, mapped: np.ndarray, limit: int = MAX_ITEMS) -> np.ndarray:
    """Pack item indices to model (sorted): mapped ones first, then by rating count, at most ``limit``."""
    order = np.lexsort((np.arange(len(counts)), -counts, ~mapped))
    return np.sort(order[:limit]).astype(np.int64)


def fit_models(
    ratings: PackRatings, mapping: ItemMapping, *, sequential: bool = True,
    sasrec_config: SASRecConfig | None = None, max_items: int = MAX_ITEMS, lam: float = DEFAULT_LAMBDA,
    neighbours: int = DEFAULT_NEIGHBOURS, progress: Progress | None = None, cancel: CancelToken | None = None,
) -> FittedModels:
    """Fit EASE, gather the users' ratings and (when ``sequential``) train SASRec; see the module doc."""
    report = progress or no_progress
    data = ratings.interactions
    counts = np.bincount(data.items, minlength=data.n_items).astype(np.int64)
    mapped = mapping.library_ids >= 0
    kept = keep_items(counts, mapped, max_items)
    ease_items = kept[mapped[kept]]
    seconds: dict[str, float] = {}

    started = time.perf_counter()
    report(0, 1, _EASE_MESSAGE)
    binary = data.matrix(binary=True)[:, kept]
    targets = np.flatnonzero(mapped[kept])
    weights = fit_ease(binary.tocsr(), targets, lam=lam, neighbours=neighbours, cancel=cancel)
    report(1, 1, _EASE_MESSAGE)
    seconds["ease"] = time.perf_counter() - started

    started = time.perf_counter()
    matrix = data.matrix(binary=False)
    per_user = np.diff(matrix.indptr)
    owner = np.repeat(np.arange(data.n_users), per_user)
    sums = np.bincount(owner, weights=matrix.data, minlength=data.n_users)
    means = np.divide(sums, per_user, out=np.zeros(data.n_users), where=per_user > 0)
    seconds["users"] = time.perf_counter() - started

    model: SASRec | None = None
    seq_items = np.zeros(0, dtype=np.int64)
    if sequential:
        if cancel is not None:
            cancel.check()
        started = time.perf_counter()
        model = _fit_sequential(ratings, kept, sasrec_config, progress, cancel)
        seq_items = kept if model is not None else seq_items
        seconds["sequential"] = time.perf_counter() - started

    arrays = {
        "item_keys": np.asarray(data.item_ids, dtype=str),
        "library_ids": mapping.library_ids.astype(np.int64),
        "counts": counts,
        "ease_items": ease_items,
        "ease_indptr": weights.indptr.astype(np.int64),
        "ease_indices": weights.indices.astype(np.int32),
        "ease_data": weights.data.astype(np.float32),
        "seq_items": seq_items,
        "user_indptr": matrix.indptr.astype(np.int64),
        "user_indices": matrix.indices.astype(np.int32),
        "user_data": matrix.data.astype(np.float32),
        "user_means": means.astype(np.float64),
    }
    return FittedModels(arrays, model, seconds)


def _fit_sequential(
    ratings: PackRatings, kept: np.ndarray, config: SASRecConfig | None, progress: Progress | None,
    cancel: CancelToken | None,
) -> SASRec | None:
    """SASRec trained on every user's time-ordered kept items; None when no one has two of them."""
    from engine.community.sasrec import SASRec  # torch is imported only here

    position = np.full(ratings.interactions.n_items, -1, dtype=np.int64)
    position[kept] = np.arange(len(kept))
    sequences = []
    for history in ratings.interactions.sequences():
        ordered = position[history]
        ordered = ordered[ordered >= 0]
        if len(ordered) >= 2:
            sequences.append(ordered)
    if not sequences:
        return None
    model = SASRec(len(kept), config)
    model.fit(sequences, progress=progress, cancel=cancel)
    return model

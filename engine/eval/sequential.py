"""``SASRecScorer``: the sequential Transformer (``engine.community.sasrec``) behind the ``Scorer`` contract.

``fit(train)`` trains a fresh ``SASRec`` on ``train.sequences()`` (every user's items in time order);
``score(users)`` feeds each user's training sequence and returns the next-item scores over all items.
It is the "sequential model alone" baseline of the protocols and one base signal of ``Hybrid``.

Torch is imported only when a model is fitted, so importing this module (or the protocols) stays light.
Without a config the model uses ``SASRecConfig`` defaults with ``threads=1`` (repeatable and polite on a
shared machine). Measured (1 thread): mlsmall_loo HR@10 0.0803 (fit 159 s), ml100k_random NDCG@10 0.1916
(fit 41 s; a random split hides the order SASRec learns from); see ``engine.eval.protocols``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from engine.eval.data import Interactions

if TYPE_CHECKING:
    from engine.community.sasrec import SASRec, SASRecConfig


def single_thread_config() -> SASRecConfig:
    """``SASRecConfig`` defaults with one torch thread."""
    from engine.community.sasrec import SASRecConfig

    return SASRecConfig(threads=1)


class SASRecScorer:
    """Next-item scores from a SASRec trained on the training sequences; a new model on every ``fit``."""

    def __init__(self, config: SASRecConfig | None = None, *, name: str = "SASRec") -> None:
        self.name = name
        self.config = config
        self.model: SASRec | None = None
        self.stats: dict[str, float] = {}
        self._sequences: list[np.ndarray] = []

    def fit(self, train: Interactions) -> None:
        from engine.community.sasrec import SASRec

        self._sequences = train.sequences()
        self.model = SASRec(train.n_items, self.config or single_thread_config())
        self.stats = self.model.fit(self._sequences)

    def score(self, users: np.ndarray) -> np.ndarray:
        if self.model is None:
            raise RuntimeError(f"{self.name}.score() called before fit()")
        histories = [self._sequences[int(u)] for u in np.asarray(users)]
        return np.asarray(self.model.score(histories), dtype=np.float32)

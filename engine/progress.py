"""The progress and cancel protocol for long engine work.

Plain Python objects: the CLI wires a terminal bar, the app a Qt progress bar, tests a list.
"""

from __future__ import annotations

import threading
from typing import Protocol

from engine.errors import Cancelled


class _Event(Protocol):
    def set(self) -> None: ...

    def is_set(self) -> bool: ...


class Progress(Protocol):
    def __call__(self, done: int, total: int | None, message: str) -> None:
        """``done`` units of ``total`` (None when unknown) finished; ``message`` says what."""


def no_progress(done: int, total: int | None, message: str) -> None:
    """A Progress that ignores reports."""


class CancelToken:
    """Set from any thread; long work calls ``check()`` between steps and stops cleanly."""

    def __init__(self, event: _Event | None = None) -> None:
        """``event``: an existing event to share, e.g. a ``multiprocessing`` one set by a parent."""
        self._event: _Event = event if event is not None else threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


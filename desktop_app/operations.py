"""Running engine calls off the UI thread and handing results back to it.

Engine calls on the open library go through one worker thread, in order (its SQLite connection
is never used by two threads at once). Long jobs (indexing) run on a second, background thread
with a library connection of their own, so searches and feedback never queue behind them; SQLite
(WAL) lets both read while one writes. Results and errors come back to the UI thread through
queued Qt signals; nothing touches a widget from a worker.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from engine.errors import Cancelled, UserError
from engine.subprocess_job import lower_priority


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive here queued."""

    finished = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, message

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None:
            callback(value)


class EngineRunner(QObject):
    """Owns the engine worker thread. ``submit(fn, on_done, on_error)`` runs ``fn()`` there."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)  # done, total (0 = unknown), message — delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # engine threads run at a lower priority than the window's (so do the threads they start)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine",
                                            initializer=lower_priority)
        # two: an import need not wait for indexing (the main window pauses indexing meanwhile)
        self._background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="engine-background",
                                              initializer=lower_priority)
        self._relay = _Relay()
        self._relay.finished.connect(self._relay._deliver)
        self._relay.failed.connect(self._relay._deliver)
        self._pending = 0
        self._lock = threading.Lock()
        self.worker_thread_ids: set[int] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        *,
        background: bool = False,
    ) -> Future[Any]:
        """Run ``fn()`` on the engine thread (or, for long jobs that open their own library
        connection, on the background thread). After shutdown nothing runs (a timer may still fire
        while the window closes)."""
        if self._closed:
            ignored: Future[Any] = Future()
            ignored.cancel()
            return ignored
        self._change_pending(+1)

        def job() -> Any:
            self.worker_thread_ids.add(threading.get_ident())
            try:
                result = fn()
            except Cancelled:
                self._relay.failed.emit(on_error, "Cancelled")
                return None
            except UserError as exc:
                self._relay.failed.emit(on_error, str(exc))
                return None
            except Exception as exc:
                traceback.print_exc()
                self._relay.failed.emit(on_error, f"Unexpected error: {exc}")
                return None
            finally:
                self._change_pending(-1)
            self._relay.finished.emit(on_done, result)
            return result

        return (self._background if background else self._executor).submit(job)

    def reporter(self) -> Callable[[int, int | None, str], None]:
        """An engine ``Progress`` callable that may be called from the worker thread."""

        def report(done: int, total: int | None, message: str) -> None:
            self.progress.emit(done, total or 0, message)

        return report

    def _change_pending(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0):
            self.busy_changed.emit(after > 0)

    def shutdown(self) -> None:
        self._closed = True
        self._background.shutdown(wait=True, cancel_futures=True)
        self._executor.shutdown(wait=True, cancel_futures=True)

"""What every view shares: the open library (used only on the engine thread), the runner that
gets work off the UI thread, long tasks with progress and cancel in the status bar, and the
signals that tell views the library changed.

Views never call the engine directly. ``ctx.call(fn, on_done)`` runs ``fn(library)`` on the engine
thread and hands the result back on the UI thread; ``ctx.run_task(title, fn, on_done)`` runs a
long job (``fn(home, progress, cancel)``, with its own library connection) in the background and
shows it in the status bar with a Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop_app.operations import EngineRunner
from engine import Library
from engine.progress import CancelToken, Progress

T = TypeVar("T")


class TaskSignals(QObject):
    """Progress of one background task, emitted from its worker, received on the UI thread."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), message


class Task:
    def __init__(self, title: str) -> None:
        self.title = title
        self.cancel = CancelToken()
        self.signals = TaskSignals()

    def reporter(self) -> Progress:
        def report(done: int, total: int | None, message: str) -> None:
            self.signals.progress.emit(done, total or 0, message)

        return report


class AppContext(QObject):
    opened = Signal(object)        # the Library, once open (on the UI thread)
    changed = Signal(str)          # "items" | "feedback" | "index" | "settings" | "rules" | "review"
    message = Signal(str)          # a one-line status message
    error = Signal(str)            # a problem to show the person
    task_started = Signal(object)  # Task
    task_finished = Signal(object)  # Task
    navigate = Signal(str)         # a view key to show ("review", "for_you", ...)

    def __init__(self, runner: EngineRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: Library | None = None
        self.profile: str | None = None

    @property
    def home(self) -> Path | None:
        return self.library.home if self.library is not None else None

    def set_library(self, lib: Library) -> None:
        self.library = lib
        self.opened.emit(lib)

    def call(self, fn: Callable[[Library], T], on_done: Callable[[T], None] | None = None,
             on_error: Callable[[str], None] | None = None) -> None:
        """Run ``fn(library)`` on the engine thread; ``on_done(result)`` back on the UI thread."""
        lib = self.library
        if lib is None:
            return
        self.runner.submit(lambda: fn(lib), on_done, on_error or self.error.emit)

    def run_task(self, title: str, fn: Callable[[Path, Progress, CancelToken], T],
                 on_done: Callable[[T], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> Task | None:
        """A long job on the background thread, shown in the status bar with progress and Cancel.
        ``fn`` opens its own library connection from ``home``."""
        home = self.home
        if home is None:
            return None
        task = Task(title)
        self.task_started.emit(task)
        report = task.reporter()

        def finished(result: Any) -> None:
            self.task_finished.emit(task)
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            """``on_error`` hears of a cancellation too ("Cancelled"); without one it is a status line."""
            self.task_finished.emit(task)
            if on_error is not None:
                on_error(message)
            elif message == "Cancelled":
                self.message.emit(self.tr("%s: cancelled") % title)
            else:
                self.error.emit(message)

        self.runner.submit(lambda: fn(home, report, task.cancel), finished, failed, background=True)
        return task

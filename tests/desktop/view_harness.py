"""One view under test with the real engine behind it: a library in its own home folder, the
AppContext and EngineRunner the app would give the view, and the view shown. Records the
``ctx.changed`` signals and the threads that spied-on engine calls ran on.

    @pytest.fixture
    def harness(qtbot, tmp_path, monkeypatch) -> Iterator[ViewHarness[ReviewView]]:
        with view_harness(qtbot, tmp_path, ReviewView, seed=lambda lib: lib.load_sample()) as h:
            h.spy(h.view_library, "review_entries", monkeypatch)
            h.view.activate()
            yield h
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.operations import EngineRunner
from engine import Library, open_library

V = TypeVar("V", bound=QWidget)


@dataclass
class ViewHarness(Generic[V]):
    ctx: AppContext
    runner: EngineRunner
    home: Path
    view: V
    view_library: Library  # the connection the view's engine work is given
    changed: list[str] = field(default_factory=list)  # every ctx.changed, in order
    engine_threads: list[int] = field(default_factory=list)  # where the spied-on calls ran

    def library(self) -> Library:
        """A connection of the test's own, to check what the view left behind (not spied on)."""
        lib = open_library(self.home)
        lib._opened_by_test = True  # type: ignore[attr-defined]
        return lib

    def spy(self, target: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Note in ``engine_threads`` the thread of every call to ``target.name`` (a module's
        function, a class's method or one library's), except calls on the test's own ``library()``."""
        real: Callable[..., Any] = getattr(target, name)
        threads = self.engine_threads

        def spy(*args: Any, **kwargs: Any) -> Any:
            if not (args and getattr(args[0], "_opened_by_test", False)):
                threads.append(threading.get_ident())
            return real(*args, **kwargs)

        monkeypatch.setattr(target, name, spy)

    def assert_engine_work_off_the_ui_thread(self) -> None:
        ui = threading.get_ident()
        assert ui not in self.runner.worker_thread_ids
        assert self.engine_threads and ui not in self.engine_threads
        assert set(self.engine_threads) <= self.runner.worker_thread_ids


@contextmanager
def view_harness(qtbot: QtBot, tmp_path: Path, make_view: Callable[[AppContext], V], *,
                 seed: Callable[[Library], None] | None = None,
                 active: bool = False) -> Iterator[ViewHarness[V]]:
    """The view made by ``make_view(ctx)`` over a library in ``tmp_path / "home"``, shown; ``seed``
    fills the library first, on a connection of its own. ``active``: wait until the view is on
    screen and make it the active window (for keyboard shortcuts). The runner is shut down and
    the library closed afterwards."""
    home = tmp_path / "home"
    if seed is not None:
        with open_library(home) as seeding:
            seed(seeding)
    runner = EngineRunner()
    ctx = AppContext(runner)
    lib = open_library(home)
    try:
        ctx.set_library(lib)
        view = make_view(ctx)
        qtbot.addWidget(view)
        view.show()
        if active:
            qtbot.waitExposed(view)
            view.activateWindow()
        harness = ViewHarness(ctx, runner, home, view, lib)
        ctx.changed.connect(harness.changed.append)
        yield harness
    finally:
        runner.shutdown()
        lib.close()

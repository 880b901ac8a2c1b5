"""A library wrapper for view tests that notes every thread touching it: engine work on the UI
thread shows up here even when it bypasses the runner."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.operations import EngineRunner
from engine import Library


class ThreadGuard:
    def __init__(self, lib: Library) -> None:
        object.__setattr__(self, "lib", lib)
        object.__setattr__(self, "threads", set())

    def __getattr__(self, name: str) -> Any:
        self.threads.add(threading.get_ident())
        return getattr(self.lib, name)


def ui_thread_did_no_engine_work(ctx: AppContext) -> bool:
    assert isinstance(ctx.library, ThreadGuard)
    ui = threading.get_ident()
    return ui not in ctx.runner.worker_thread_ids and ui not in ctx.library.threads


@contextmanager
def guarded_context(qtbot: QtBot, open_library: Callable[[], Library], timeout: int = 30_000) -> Iterator[AppContext]:
    """An AppContext whose library (opened on the engine thread) is wrapped in a ThreadGuard; on
    exit, work in flight and the work its results start finish first, then the library closes."""
    runner = EngineRunner()
    context = AppContext(runner)
    runner.submit(lambda: ThreadGuard(open_library()), context.set_library)
    qtbot.waitUntil(lambda: context.library is not None, timeout=timeout)
    try:
        yield context
        for _ in range(3):
            done: list[object] = []
            runner.submit(lambda: None, done.append)
            qtbot.waitUntil(lambda: bool(done), timeout=10_000)  # noqa: B023
    finally:
        runner.shutdown()
        assert isinstance(context.library, ThreadGuard)
        context.library.lib.close()

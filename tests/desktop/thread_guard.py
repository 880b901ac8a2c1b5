"""A library wrapper for view tests that notes every thread touching it: engine work on the UI
thread shows up here even when it bypasses the runner."""

from __future__ import annotations

import threading
from typing import Any

from desktop_app.context import AppContext
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

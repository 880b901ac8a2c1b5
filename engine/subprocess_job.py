"""Running a long job in a child process, with progress and cancel, as if it ran here.

The app's window must answer clicks while indexing or training; those jobs import torch and load
models, which hold Python's global lock for hundreds of milliseconds at a time. In a child
process they cannot stall the window. ``run_in_process(job, home, progress, cancel)`` blocks the
calling (background) thread until the job ends, relays its progress, passes cancel on, and gives
back its result, or raises ``Cancelled`` / a ``UserError`` with the job's one-line message.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from engine.errors import Cancelled, UserError
from engine.progress import CancelToken, Progress

T = TypeVar("T")
Job = Callable[[Path, Progress, CancelToken], T]
POLL_SECONDS = 0.1
LOWER_PRIORITY = 10  # nice value of background work


def lower_priority() -> None:
    """Make the calling thread (and the threads it starts, e.g. torch's or llama.cpp's) yield
    the CPU to the window: on Linux a thread's nice value is its own and is inherited."""
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWER_PRIORITY)


def _child(job: Job[Any], home: Path, messages: Any, stop: Any) -> None:
    lower_priority()

    def report(done: int, total: int | None, message: str) -> None:
        messages.put(("progress", done, total, message))

    try:
        result = job(home, report, CancelToken(stop))
    except Cancelled:
        messages.put(("cancelled",))
    except UserError as exc:
        messages.put(("error", str(exc)))
    except BaseException as exc:  # the parent must hear of every way the job can end
        traceback.print_exc()
        messages.put(("error", f"Unexpected error: {exc}"))
    else:
        messages.put(("done", result))


def run_in_process(job: Job[T], home: Path, progress: Progress, cancel: CancelToken) -> T:
    """``job(home, progress, cancel)`` in a spawned child process; ``job`` must be a module-level
    function and its result picklable."""
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    stop = context.Event()
    process = context.Process(target=_child, args=(job, home, messages, stop), daemon=True,
                              name="shelfwise-job")
    process.start()
    try:
        while True:
            if cancel.cancelled:
                stop.set()
            try:
                message = messages.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not process.is_alive():
                    raise UserError(f"the background job stopped unexpectedly (exit code {process.exitcode})"
                                    ) from None
                continue
            if message[0] == "progress":
                progress(message[1], message[2], message[3])
            elif message[0] == "done":
                return message[1]  # type: ignore[no-any-return]
            elif message[0] == "cancelled":
                raise Cancelled("cancelled")
            else:
                raise UserError(message[1])
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()

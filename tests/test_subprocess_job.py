"""A long job in a child process: its result, progress, cancel and failures come back."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from engine import open_library
from engine.errors import Cancelled, UserError
from engine.jobs import index_and_train
from engine.progress import CancelToken, Progress
from engine.subprocess_job import run_in_process


def counting_job(home: Path, progress: Progress, cancel: CancelToken) -> dict[str, object]:
    for step in range(3):
        progress(step + 1, 3, "counting")
    return {"home": str(home), "steps": 3}


def endless_job(home: Path, progress: Progress, cancel: CancelToken) -> None:
    while True:
        progress(0, None, "waiting")
        cancel.check()
        time.sleep(0.05)


def failing_job(home: Path, progress: Progress, cancel: CancelToken) -> None:
    raise UserError("the file is not a Goodreads export")


def test_result_and_progress_come_back(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None, str]] = []
    result = run_in_process(counting_job, tmp_path, lambda d, t, m: seen.append((d, t, m)), CancelToken())
    assert result == {"home": str(tmp_path), "steps": 3}
    assert seen == [(1, 3, "counting"), (2, 3, "counting"), (3, 3, "counting")]


def test_cancel_reaches_the_child(tmp_path: Path) -> None:
    cancel = CancelToken()
    started = time.perf_counter()

    def progress(done: int, total: int | None, message: str) -> None:
        cancel.cancel()

    with pytest.raises(Cancelled):
        run_in_process(endless_job, tmp_path, progress, cancel)
    assert time.perf_counter() - started < 30


def test_a_failure_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a Goodreads export"):
        run_in_process(failing_job, tmp_path, lambda d, t, m: None, CancelToken())


def test_the_index_job_indexes_the_library(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_library(home) as lib:
        lib.load_sample()
    report = run_in_process(index_and_train, home, lambda d, t, m: None, CancelToken())
    assert report.status == "completed" and report.items >= 150
    with open_library(home) as lib:
        assert lib.knowledge.pending() == 0

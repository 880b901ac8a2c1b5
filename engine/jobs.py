"""Long jobs the app runs in the background, each on its own library connection (and, from the
app, in a child process: see ``engine.subprocess_job``)."""

from __future__ import annotations

from pathlib import Path

from engine.api import open_library
from engine.indexer import IndexReport
from engine.progress import CancelToken, Progress


def index_and_train(home: Path, progress: Progress, cancel: CancelToken) -> IndexReport:
    """Bring the index up to date, then (if it completed) retrain the ranker when feedback changed."""
    with open_library(home) as lib:
        report = lib.index(progress=progress, cancel=cancel)
        if report.status == "completed":
            lib.train_ranker(only_if_stale=True, progress=progress, cancel=cancel)
        return report

"""Importing a list of files as one background job, each file on its own and in order.

The app runs it in a child process (``engine.subprocess_job``) so that parsing a large export
never holds the window's interpreter; it only needs its arguments bound with ``functools.partial``
and gives back a picklable ``ImportOutcome``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from engine.api import open_library
from engine.errors import UserError
from engine.library.models import ImportRun
from engine.progress import CancelToken, Progress


@dataclass(frozen=True)
class FileResult:
    path: Path
    run: ImportRun | None = None  # the recorded run; None when refused or never started
    refused: str | None = None  # the engine's message when the file was refused


@dataclass(frozen=True)
class ImportOutcome:
    files: list[FileResult]
    open_reviews: int  # uncertain matches waiting in the review queue after the import

    @property
    def runs(self) -> list[ImportRun]:
        return [f.run for f in self.files if f.run is not None]


def import_files(home: Path, progress: Progress, cancel: CancelToken, *, paths: Sequence[Path],
                 format: str = "auto", profile: str | None = None) -> ImportOutcome:
    """The files one after the other on a connection of the job's own. A refused file is noted
    and the next one goes on; after a cancel, the files not started are listed as such."""
    results: list[FileResult] = []
    with open_library(home) as lib:
        for number, path in enumerate(paths, start=1):
            if cancel.cancelled:
                results.append(FileResult(path))
                continue

            def report(done: int, total: int | None, message: str, number: int = number) -> None:
                if len(paths) > 1:
                    progress(number - 1, len(paths), f"{number}/{len(paths)} · {message}")
                else:
                    progress(done, total, message)

            try:
                run = lib.import_path(path, format=format, profile=profile, progress=report, cancel=cancel)
            except UserError as exc:  # refused before anything was stored
                results.append(FileResult(path, refused=str(exc)))
                continue
            results.append(FileResult(path, run))
        return ImportOutcome(results, len(lib.store.review.open_entries()))

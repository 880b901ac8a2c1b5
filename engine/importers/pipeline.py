"""The import pipeline: detect → parse → store in batches → one recorded run with its report.

Records are committed in batches, each its own transaction, so a crash or a cancel leaves the
library consistent; running the same import again finishes it without duplicates (matching by
the source's own ids makes re-import idempotent).
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from engine.errors import Cancelled, ImportFormatError
from engine.importers.base import Importer, all_importers, get_importer
from engine.importers.records import ImportRecord, RowError, SkippedRow
from engine.importers.source import Source, zip_members
from engine.importers.store import Outcome, RecordStore
from engine.library.models import ImportRun
from engine.library.runs import MAX_STORED_ERRORS
from engine.library.store import LibraryStore
from engine.progress import CancelToken, Progress, no_progress

BATCH_SIZE = 500
MIN_CONFIDENCE = 0.1


@dataclass
class _Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    unmatched: int = 0
    events: int = 0
    errors: list[tuple[int | None, str]] = field(default_factory=list)

    def error(self, row: int | None, message: str) -> None:
        if len(self.errors) < MAX_STORED_ERRORS:  # memory stays flat on a file of bad rows
            self.errors.append((row, message))


def detect_format(source: Source) -> tuple[Importer, float]:
    """The best-scoring format for this source, or ImportFormatError naming the file."""
    scores: list[tuple[float, str]] = []
    for name, cls in all_importers().items():
        if source.is_dir and not cls.accepts_folders:
            continue
        try:
            score = cls().detect(source)
        except (OSError, ValueError, ImportFormatError):
            score = 0.0
        scores.append((score, name))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < MIN_CONFIDENCE:
        what = "folder" if source.is_dir else "file"
        raise ImportFormatError(
            f"{source.name}: unsupported {what} — not a format Shelfwise can import "
            f"(see 'shelfwise import --help' for the list)"
        )
    return get_importer(scores[0][1]), scores[0][0]


def expand(path: Path) -> list[Source]:
    """The sources inside a path: the file itself, or every member of a ZIP archive."""
    if not path.exists():
        raise ImportFormatError(f"{path}: no such file or folder")
    if path.is_file() and zipfile.is_zipfile(path) and path.suffix.lower() == ".zip":
        return list(zip_members(path))
    return [Source(path)]


def file_digest(path: Path) -> str | None:
    if not path.is_file():
        return None
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_path(
    library: LibraryStore,
    path: Path,
    *,
    format: str = "auto",
    profile: str | None = None,
    options: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportRun:
    """Import one file, ZIP or folder; returns the recorded run (status and report).

    Raises ImportFormatError before touching the library when nothing in it can be imported.
    """
    report = progress or no_progress
    sources = expand(path)
    plan: list[tuple[Source, Importer]] = []
    refused: list[str] = []
    for source in sources:
        try:
            importer = get_importer(format, options) if format != "auto" else detect_format(source)[0]
        except ImportFormatError as exc:
            if len(sources) == 1:
                raise
            refused.append(str(exc))
            continue
        plan.append((source, importer))
    if not plan:
        raise ImportFormatError(f"{path.name}: nothing in it can be imported ({'; '.join(refused)})")
    format_name = "+".join(dict.fromkeys(importer.name for _, importer in plan))
    profile_row = library.profiles.ensure(profile)
    run_id = library.runs.start(str(path.resolve()), format_name, profile_row.id, file_digest(path))
    counts = _Counts(errors=[(None, message) for message in refused])
    status = "completed"
    try:
        for source, importer in plan:
            records = RecordStore(
                library.items, library.events, library.profiles, library.review,
                source=importer.name,
                profile_id=profile_row.id, run_id=run_id, catalogue=importer.catalogue,
            )
            _run_source(library, importer, source, records, counts, report, cancel)
    except Cancelled:
        status = "cancelled"
    except ImportFormatError as exc:
        counts.error(None, str(exc))
        status = "failed"
    except BaseException as exc:
        counts.error(None, f"import stopped by an internal error: {exc!r}")
        status = "failed"
        raise
    finally:
        with library.db.transaction():
            library.runs.add_errors(run_id, counts.errors)
            library.runs.set_counts(
                run_id, created=counts.created, updated=counts.updated,
                skipped=counts.skipped + counts.unchanged, unmatched=counts.unmatched,
            )
        library.runs.finish(run_id, status)
    return library.runs.get(run_id)


def _run_source(
    library: LibraryStore,
    importer: Importer,
    source: Source,
    records: RecordStore,
    counts: _Counts,
    report: Progress,
    cancel: CancelToken | None,
) -> None:
    stream = importer.parse(source)
    done = 0
    while True:
        batch = list(itertools.islice(stream, BATCH_SIZE))
        if not batch:
            break
        if cancel is not None:
            cancel.check()
        with library.db.transaction():
            for result in batch:
                _apply(result, records, counts)
        done += len(batch)
        report(done, None, f"{source.name}: {done} rows")


def _apply(result: ImportRecord | RowError | SkippedRow, records: RecordStore, counts: _Counts) -> None:
    if isinstance(result, RowError):
        counts.error(result.row, result.message)
    elif isinstance(result, SkippedRow):
        counts.skipped += 1
    else:
        if not result.title.strip():
            counts.error(result.row, "row has no title")
            return
        try:
            with records.items.db.transaction():  # a savepoint: one bad record is undone alone
                stored = records.store(result)
        except (ValueError, OverflowError, sqlite3.IntegrityError) as exc:
            counts.error(result.row, f"could not store {result.title!r}: {exc}")
            return
        counts.events += stored.new_events
        if stored.outcome is Outcome.UNMATCHED:
            counts.unmatched += 1
        elif stored.outcome is Outcome.CREATED:
            counts.created += 1
        elif stored.outcome is Outcome.UPDATED or stored.new_events:
            counts.updated += 1
        else:
            counts.unchanged += 1


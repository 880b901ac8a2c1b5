"""kill -9 in the middle of a large import: the database stays consistent and the import resumes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from engine import open_library
from engine.importers import pipeline
from engine.progress import CancelToken
from tests.helpers import REPO

N_ITEMS = 6000

CHILD = """
import sys
from engine import open_library
lib = open_library(sys.argv[1])
def progress(done, total, message):
    print(done, flush=True)
lib.import_path(sys.argv[2], progress=progress)
print("finished", flush=True)
"""


def _big_export(path: Path) -> Path:
    items = [
        {
            "key": f"b{i}", "kind": "book", "title": f"Generated Book {i}", "year": 1900 + i % 120,
            "creators": [{"name": f"Author {i % 700}", "role": "author"}],
            "subjects": [{"name": f"topic {i % 40}", "kind": "tag"}],
            "description": "A generated description " * 5,
        }
        for i in range(N_ITEMS)
    ]
    events = [
        {"item": f"b{i}", "profile": "default", "type": "rated", "value": 1 + i % 5,
         "at": f"2024-01-{1 + i % 28:02d}", "source": "test"}
        for i in range(0, N_ITEMS, 3)
    ]
    path.write_text(json.dumps({"format": "shelfwise-export", "version": 1, "items": items,
                                "events": events}), encoding="utf-8")
    return path


@pytest.mark.slow
def test_kill_9_mid_import_leaves_consistent_db_and_resume_completes(tmp_path: Path) -> None:
    home, source = tmp_path / "home", _big_export(tmp_path / "big.json")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), str(source)], cwd=REPO,
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip().isdigit() and int(line) >= 2 * pipeline.BATCH_SIZE:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, "the import finished before it could be killed"

    with sqlite3.connect(home / "library.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM items_fts").fetchone()[0]
    assert 0 < items < N_ITEMS
    assert items % pipeline.BATCH_SIZE == 0  # whole batches only
    assert fts == items

    with open_library(home) as lib:
        run = lib.import_path(source)
        assert run.status == "completed"
        assert run.created == N_ITEMS - items
        assert lib.count_items() == N_ITEMS
        assert lib.store.events.count() == len(range(0, N_ITEMS, 3))


def test_cancel_stops_between_batches_and_rerun_completes(tmp_path: Path) -> None:
    source = _big_export(tmp_path / "big.json")
    token = CancelToken()

    def progress(done: int, total: int | None, message: str) -> None:
        if done >= pipeline.BATCH_SIZE:
            token.cancel()

    with open_library(tmp_path / "home") as lib:
        run = lib.import_path(source, progress=progress, cancel=token)
        assert run.status == "cancelled"
        assert lib.count_items() == pipeline.BATCH_SIZE
        rerun = lib.import_path(source)
        assert rerun.status == "completed"
        assert lib.count_items() == N_ITEMS
        assert (rerun.created, rerun.skipped) == (N_ITEMS - pipeline.BATCH_SIZE, pipeline.BATCH_SIZE)

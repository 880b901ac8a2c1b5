"""kill -9 in the middle of ``index`` with the real model: the next run finishes the job and the
result equals an uninterrupted run's (graph, chunks, vectors, and the on-disk vector index)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import Library, open_library
from tests.helpers import REPO

CHILD = """
import sys
from engine import open_library
lib = open_library(sys.argv[1])
def progress(done, total, message):
    print(message, done, total, flush=True)
lib.knowledge.index(progress=progress, batch_size=16)
print("finished", flush=True)
"""


def _state(lib: Library) -> dict[str, object]:
    db = lib.store.db
    edges = {
        (r[0], r[1], r[2]): r[3] for r in db.query(
            "SELECT a.key, b.key, e.type, e.weight FROM graph_edges e "
            "JOIN graph_nodes a ON a.id = e.src JOIN graph_nodes b ON b.id = e.dst")
    }
    chunks = {(r[0], r[1]): r[2] for r in db.query("SELECT item_id, chunk, text_hash FROM item_chunks")}
    vectors = {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in db.query(
        "SELECT text_hash, vector FROM embedding_cache")}
    return {"edges": edges, "chunks": chunks, "vectors": vectors}


@pytest.mark.slow
def test_kill_9_mid_index_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    reference_home, home = tmp_path / "reference", tmp_path / "killed"
    for path in (reference_home, home):
        with open_library(path) as lib:
            lib.load_sample()
    with open_library(reference_home) as reference:
        reference.knowledge.index(batch_size=16)
        expected = _state(reference)
        expected_hits = [h.item_id for h in reference.search("a linguist talks to aliens", limit=10)]

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(home)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        parts = line.split()
        if line.startswith("indexing items") and int(parts[-2]) >= 96:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL, "the index finished before it could be killed"

    with open_library(home) as lib:
        assert 0 < lib.knowledge.pending() < lib.count_items() + 1
        assert lib.store.db.scalar("PRAGMA integrity_check") == "ok"
        report = lib.index()
        assert report.status == "completed"
        assert report.items < lib.count_items()  # it resumed; it did not start over
        got = _state(lib)
        hits = [h.item_id for h in lib.search("a linguist talks to aliens", limit=10)]
        space = lib.knowledge.space_if_indexed()
        assert space is not None
        live = lib.knowledge.vectors.live_labels(space.model)
        assert len(space) == len(live)

    assert got["chunks"] == expected["chunks"]
    got_vectors, expected_vectors = got["vectors"], expected["vectors"]
    assert isinstance(got_vectors, dict) and isinstance(expected_vectors, dict)
    assert got_vectors.keys() == expected_vectors.keys()
    for digest, vector in expected_vectors.items():
        assert np.allclose(got_vectors[digest], vector, atol=1e-5)
    got_edges, expected_edges = got["edges"], expected["edges"]
    assert isinstance(got_edges, dict) and isinstance(expected_edges, dict)
    assert got_edges.keys() == expected_edges.keys()
    for key, weight in expected_edges.items():
        assert got_edges[key] == pytest.approx(weight, abs=1e-3)
    assert hits == expected_hits

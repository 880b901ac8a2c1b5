"""Evaluation: the ml100k_random and mlsmall_loo tables (every baseline, SASRec alone and the Hybrid on the
identical split), then content_coldstart (the library's own content and graph signals on films nobody
has rated, MiniLM) and content_warm (the same pipeline where popularity is strong), with wall times.
Slow: about half an hour on two cores, most of it SASRec training and MiniLM encoding."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import SHARED_DATA, timed
from engine.eval.coldstart import content_coldstart, content_warm
from engine.eval.protocols import default_scorers, format_table, ml100k_random, mlsmall_loo


def run() -> None:
    print("eval (offline ranking protocols)")
    if not SHARED_DATA.is_dir():
        print("  skipped: ../shared/data not found")
        return
    with timed() as elapsed:
        result = ml100k_random(SHARED_DATA / "ml-100k", default_scorers(split="random"))
    print(format_table(result))
    print(f"  wall time {elapsed[0]:.0f} s\n", flush=True)
    with timed() as elapsed:
        result = mlsmall_loo(SHARED_DATA / "movielens-small", default_scorers(split="leave_last_out"))
    print(format_table(result))
    print(f"  wall time {elapsed[0]:.0f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:  # one library (imported and indexed once) for both
        home = Path(tmp) / "home"
        with timed() as elapsed:
            result = content_coldstart(SHARED_DATA / "movielens-small", home=home)
        print("\n" + format_table(result))
        print(f"  wall time {elapsed[0]:.0f} s (includes importing and indexing 9,742 films)", flush=True)
        with timed() as elapsed:
            result = content_warm(SHARED_DATA / "movielens-small", home=home, learned=False)
        print("\n" + format_table(result))
        print(f"  wall time {elapsed[0]:.0f} s", flush=True)

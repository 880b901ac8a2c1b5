"""Community pack: how long fitting MovieLens-small takes (EASE, user CF data and the sequential
Transformer with its default settings), and how fast the pack answers afterwards.

``python -m benchmarks community``: imports ``movies.csv`` (the catalogue) into a fresh library,
then ``community import ratings.csv`` exactly as the CLI does.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import SHARED_DATA, line, peak_rss_mb, timed
from engine import open_library
from engine.community.pack import load_packs


def run() -> None:
    print("community pack (MovieLens-small: 610 people, 100,836 ratings)")
    data = SHARED_DATA / "movielens-small"
    if not data.is_dir():
        print("  skipped: ../shared/data not found")
        return
    with tempfile.TemporaryDirectory() as tmp, open_library(Path(tmp) / "home") as lib:
        with timed() as catalogue:
            lib.import_path(data / "movies.csv")
        line("catalogue import (movies.csv, links, tags)", f"{catalogue[0]:.1f} s")
        with timed() as fit:
            info = lib.import_community(data / "ratings.csv")
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in info.seconds.items() if k != "total")
        line("community import, default settings", f"{fit[0]:.0f} s ({parts})")
        line("items mapped onto the library", f"{info.mapped:,} of {info.items:,}")
        pack = load_packs(lib.home)[0]
        history = {item: 1.0 for item in list(pack.popularity())[:1000]}
        ordered = list(history)
        stars = {item: (1.0, 2.5, 3.5, 4.0, 5.0)[n % 5] for n, item in enumerate(ordered[:200])}
        for name, call in (("ease_scores (1,000-item history)", lambda: pack.ease_scores(history)),
                           ("sequence_scores (1,000-item history)", lambda: pack.sequence_scores(ordered)),
                           ("predict_ratings (500 targets)",
                            lambda: pack.predict_ratings(stars, ordered[500:1000]))):
            call()
            samples = []
            for _ in range(30):
                started = time.perf_counter()
                call()
                samples.append((time.perf_counter() - started) * 1000)
            line(name, f"median {statistics.median(samples):.2f} ms, max {max(samples):.2f} ms")
        line("peak RSS", f"{peak_rss_mb():,.0f} MiB")

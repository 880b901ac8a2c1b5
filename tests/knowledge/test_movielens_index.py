"""The MovieLens-small catalogue with its tags, indexed with the real MiniLM model."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from engine import open_library

pytestmark = [pytest.mark.realdata, pytest.mark.slow]


def _time_travel_titles(folder: Path) -> set[str]:
    """Titles (with year, as MovieLens writes them) tagged "time travel" by MovieLens users."""
    tagged = set()
    with (folder / "tags.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["tag"].strip().lower() == "time travel":
                tagged.add(row["movieId"])
    with (folder / "movies.csv").open(encoding="utf-8") as handle:
        return {row["title"] for row in csv.DictReader(handle) if row["movieId"] in tagged}


def test_index_movielens_small_then_rerun_and_search_time_travel(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "movielens-small"
    with open_library(tmp_path / "home") as lib:
        run = lib.import_path(folder / "movies.csv")
        assert run.status == "completed" and lib.count_items() == 9742
        first = lib.index()
        assert first.status == "completed" and first.items == 9742
        assert first.encoded >= 9700  # a few films share identical text
        assert first.graph["edges.has_genre"] > 9000 and first.graph["edges.tagged"] > 1000

        started = time.perf_counter()
        second = lib.index()
        assert second.status == "up to date" and second.encoded == 0
        assert time.perf_counter() - started < 10

        hits = lib.search("time travel", limit=10)
        items = lib.store.items.get_many([h.item_id for h in hits])
        tagged = _time_travel_titles(folder)
        about = [
            item for item in items
            if any(s.name.lower() == "time travel" for s in item.subjects)
            or "time travel" in (item.description or "").lower()
            or any(t.startswith(item.title) for t in tagged)
        ]
        assert len(about) >= 7, [i.title for i in items]
        # keyword-blind meaning search: no title or tag says "time machine", the vectors do
        vector_only = lib.knowledge.searcher.vector_ids("films where people go back in time", None)
        top = lib.store.items.get_many([i for i, _ in vector_only[:20]])
        assert any(any(s.name.lower() == "time travel" for s in item.subjects) for item in top)

"""A library open in this process stays whole while other connections (here and in a child
process, as the app's background jobs are) open and close it: nobody deletes a write-ahead log
that a live connection still uses."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from engine import open_library


def _touch_in_child(home: Path) -> None:
    with open_library(home) as lib:
        lib.count_items()


def test_connections_opened_and_closed_elsewhere_leave_a_live_one_intact(tmp_path: Path) -> None:
    home = tmp_path / "home"
    kept = open_library(home)
    try:
        with open_library(home) as second:  # another connection in this process, opened and closed
            second.count_items()
        child = multiprocessing.get_context("spawn").Process(target=_touch_in_child, args=(home,))
        child.start()
        child.join(60)
        assert child.exitcode == 0

        database = kept.database_path
        assert database.with_name(database.name + "-wal").exists()  # still there for the live one
        kept.load_sample()
        written = kept.count_items()
        assert written > 0
    finally:
        kept.close()
    with open_library(home) as fresh:  # what the live connection wrote reached the file
        assert fresh.count_items() == written

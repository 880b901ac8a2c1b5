from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from pytestqt.qtbot import QtBot

from desktop_app.main_window import MainWindow

pytestmark = pytest.mark.qt


def test_main_window_lists_sample_library_without_blocking(qtbot: QtBot, shelfwise_home: Path) -> None:
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 150, timeout=30_000)
    assert threading.get_ident() not in window.runner.worker_thread_ids
    titles = {window.model.row_at(r).title for r in range(window.model.rowCount())}
    assert "三体" in titles and "Arrival" in titles

    window.kind.setCurrentIndex(window.kind.findData("film"))
    qtbot.waitUntil(lambda: {window.model.row_at(r).kind for r in range(window.model.rowCount())}
                    == {"film"}, timeout=10_000)
    window.search.setText("Villeneuve")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.model.row_at(0).kind == "film"
                    and "Villeneuve" in window.model.row_at(0).creators, timeout=10_000)
    # keyword matches lead; once indexed, films close in meaning may follow them
    first = [window.model.row_at(r) for r in range(min(6, window.model.rowCount()))]
    assert all("Villeneuve" in row.creators for row in first)
    window.close()


@pytest.mark.slow
def test_opening_indexes_in_the_background_while_search_stays_answered(
    qtbot: QtBot, shelfwise_home: Path
) -> None:
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 150, timeout=30_000)
    assert window._index_cancel is not None  # indexing started after the sample loaded
    window.search.setText("Dune")
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 150, timeout=10_000)
    assert window._index_cancel is not None, "search waited for indexing to finish"
    qtbot.waitUntil(lambda: window._index_cancel is None, timeout=180_000)
    assert window.library is not None and window.library.knowledge.pending() == 0
    assert "indexed" in window.statusBar().currentMessage()
    window.search.setText("a linguist learns to talk with visitors from another world")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.model.row_at(0).title == "Arrival",
                    timeout=30_000)
    window.close()


def test_bad_library_shows_message_instead_of_crashing(
    qtbot: QtBot, shelfwise_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shelfwise_home.mkdir(parents=True)
    (shelfwise_home / "library.sqlite").write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "_show_error", lambda self, message: shown.append(message))
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "not an SQLite database" in shown[0]
    window.close()

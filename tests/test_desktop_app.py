"""The main window: opens without blocking, lists the library, indexes in the background, and
shows a clear message for a bad library."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.main_window import MainWindow
from desktop_app.views.library_view import LibraryView

pytestmark = pytest.mark.qt


def _library(window: MainWindow) -> LibraryView:
    window.show_view("library")
    view = window.views["library"]
    assert isinstance(view, LibraryView)
    return view


def test_main_window_lists_sample_library_without_blocking(qtbot: QtBot, shelfwise_home: Path) -> None:
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    view = _library(window)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 150, timeout=30_000)
    assert threading.get_ident() not in window.runner.worker_thread_ids
    titles = {view.model.row_at(r).title for r in range(view.model.rowCount())}
    assert "三体" in titles and "Arrival" in titles

    view.kind.setCurrentIndex(view.kind.findData("film"))
    qtbot.waitUntil(lambda: {view.model.row_at(r).kind for r in range(view.model.rowCount())}
                    == {"film"}, timeout=10_000)
    view.search.setText("Villeneuve")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.row_at(0).kind == "film"
                    and "Villeneuve" in view.model.row_at(0).creators, timeout=10_000)
    # keyword matches lead; once indexed, films close in meaning may follow them
    first = [view.model.row_at(r) for r in range(min(6, view.model.rowCount()))]
    assert all("Villeneuve" in row.creators for row in first)
    window.close()


def test_the_sidebar_switches_views_by_keyboard(qtbot: QtBot, shelfwise_home: Path) -> None:
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30_000)
    keys = list(window.views)
    assert keys[:2] == ["for_you", "chat"] and {"wishlist", "review", "import", "insights", "settings"} <= set(keys)
    for number, key in enumerate(keys[:9], start=1):
        qtbot.keyClick(window, str(number), modifier=Qt.KeyboardModifier.ControlModifier)
        assert window.current_view is window.views[key]
    window.close()


@pytest.mark.slow
def test_opening_indexes_in_the_background_while_search_stays_answered(
    qtbot: QtBot, shelfwise_home: Path
) -> None:
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    view = _library(window)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 150, timeout=30_000)
    assert window.index_task is not None  # indexing started after the sample loaded
    view.search.setText("Dune")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < 150, timeout=10_000)
    assert window.index_task is not None, "search waited for indexing to finish"
    assert window.tasks.isVisible() and window.tasks.cancel.isEnabled()
    qtbot.waitUntil(lambda: window.index_task is None, timeout=180_000)
    assert window.library is not None and window.library.knowledge.pending() == 0
    assert "indexed" in window.statusBar().currentMessage()
    view.search.setText("a linguist learns to talk with visitors from another world")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.model.row_at(0).title == "Arrival",
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

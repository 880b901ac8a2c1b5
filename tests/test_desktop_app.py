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
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 10, timeout=10_000)
    assert all("Villeneuve" in window.model.row_at(r).creators
               for r in range(window.model.rowCount()))
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

"""Engine work never runs on the UI thread: the engine's entry points record the thread they run on
while the real window imports a file, indexes, recommends, takes feedback, chats and opens an item.
Importing and indexing run in child processes; what is recorded for them is the thread that
starts the child and waits for it."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
from pytestqt.qtbot import QtBot

import engine.subprocess_job
from desktop_app import main_window as main_window_module
from desktop_app.main_window import MainWindow
from desktop_app.views import import_view as import_view_module
from desktop_app.views.chat_view import ChatView
from desktop_app.views.for_you import ForYouView
from desktop_app.views.import_view import ImportView
from engine.api import Library

pytestmark = pytest.mark.qt
ENTRY_POINTS = ("import_path", "index", "recommend", "chat", "feedback", "rate", "search", "items", "states",
                "item", "train_ranker", "review_entries", "taste_rules", "chat_sessions", "chat_history",
                "count_items", "load_sample")


def _recording(calls: list[tuple[str, int]], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append((name, threading.get_ident()))
        return fn(*args, **kwargs)

    return wrapper


def test_engine_work_stays_off_the_ui_thread(qtbot: QtBot, shelfwise_home: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []
    for name in ENTRY_POINTS:
        monkeypatch.setattr(Library, name, _recording(calls, name, getattr(Library, name)))
    in_process = _recording(calls, "index job", engine.subprocess_job.run_in_process)
    monkeypatch.setattr(main_window_module, "run_in_process", in_process)
    monkeypatch.setattr(import_view_module, "run_in_process",
                        _recording(calls, "import job", engine.subprocess_job.run_in_process))
    export = tmp_path / "books.csv"
    export.write_text("title,author,year,rating\nThe Quiet Orchard,Mara Vell,2019,4\n"
                      "Salt and Iron,Ines Okafor,2011,5\n", encoding="utf-8")

    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    for_you = window.views["for_you"]
    assert isinstance(for_you, ForYouView)
    qtbot.waitUntil(lambda: len(for_you.cards) >= 5, timeout=60_000)

    window.show_view("import")
    importer = window.views["import"]
    assert isinstance(importer, ImportView)
    importer.add_paths([export])
    qtbot.waitUntil(lambda: importer.import_button.isEnabled(), timeout=30_000)
    importer.start_import()
    qtbot.waitUntil(lambda: importer.task is None and importer.outcome is not None, timeout=60_000)
    qtbot.waitUntil(lambda: window.index_task is None, timeout=300_000)

    window.show_view("for_you")
    first = for_you.cards[0].item_id
    for_you.give_feedback(first, "like")
    qtbot.waitUntil(lambda: any(name == "feedback" for name, _ in calls), timeout=30_000)

    window.show_view("chat")
    chat = window.views["chat"]
    assert isinstance(chat, ChatView)
    with qtbot.waitSignal(chat.turn_finished, timeout=120_000):
        chat.send("a sci-fi film like Arrival but lighter")
    window.show_view(f"item:{first}")
    qtbot.waitUntil(lambda: any(name == "item" for name, _ in calls), timeout=30_000)
    window.close()

    ui = threading.get_ident()
    names = {name for name, _ in calls}
    assert {"import job", "index job", "recommend", "feedback", "chat"} <= names
    on_ui = sorted({name for name, thread in calls if thread == ui})
    assert not on_ui, f"engine work ran on the UI thread: {on_ui}"

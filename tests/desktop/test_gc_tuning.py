"""Objects that live as long as the window are kept out of full collections while it is open and
handed back to the collector when it closes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from pytestqt.qtbot import QtBot

from desktop_app.main_window import MainWindow

pytestmark = pytest.mark.qt


def test_long_lived_objects_are_frozen_while_the_window_is_open(qtbot: QtBot, shelfwise_home: Path) -> None:
    gc.unfreeze()
    window = MainWindow(shelfwise_home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30_000)
    assert gc.get_freeze_count() > 1000  # the window, its views and the open library
    window.close()
    assert gc.get_freeze_count() == 0

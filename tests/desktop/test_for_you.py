"""For you: cards with reasons, feedback that changes the list at once, undo, and the controls."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from pytestqt.qtbot import QtBot

from desktop_app.main_window import MainWindow
from desktop_app.views.for_you import ForYouView

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot: QtBot, shelfwise_home: Path) -> Iterator[MainWindow]:
    win = MainWindow(shelfwise_home)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _view(window: MainWindow, qtbot: QtBot) -> ForYouView:
    view = window.views["for_you"]
    assert isinstance(view, ForYouView)
    qtbot.waitUntil(lambda: len(view.cards) >= 5, timeout=60_000)
    return view


def _titles(view: ForYouView) -> list[str]:
    return [card.rec.item.title for card in view.cards if not card.isHidden()]


def test_cards_show_reasons_and_buttons(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window, qtbot)
    card = view.cards[0]
    assert card.reasons.text().startswith("• ") and card.rec.reasons
    assert set(card.buttons) == {"like", "dislike", "dismiss", "seen", "wishlist", "rate"}
    assert card.buttons["dismiss"].accessibleName().endswith(card.rec.item.title)
    assert view.state.isHidden()
    assert threading.get_ident() not in window.runner.worker_thread_ids


def test_dismiss_removes_the_card_and_undo_brings_it_back(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window, qtbot)
    first = view.cards[0]
    item_id, title = first.item_id, first.rec.item.title
    first.buttons["dismiss"].click()
    assert first.isHidden()  # at once, before the engine answers
    qtbot.waitUntil(lambda: view.undo_bar.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: title not in _titles(view) and len(view.cards) >= 5, timeout=30_000)
    assert window.library is not None
    assert window.library.state(item_id).dismissed
    assert title in view.undo_label.text()
    view.undo_button.click()
    qtbot.waitUntil(lambda: title in _titles(view), timeout=30_000)
    assert not window.library.state(item_id).dismissed
    assert view.undo_bar.isHidden()


def test_rating_from_a_card_is_recorded(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window, qtbot)
    card = view.cards[1]
    view.give_feedback(card.item_id, "rate=4.5")
    assert window.library is not None
    qtbot.waitUntil(lambda: window.library.state(card.item_id).rating == 4.5, timeout=10_000)  # type: ignore[union-attr]


def test_the_kind_filter_and_variety_change_the_list(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window, qtbot)
    view.kind.setCurrentIndex(view.kind.findData("book"))
    qtbot.waitUntil(lambda: bool(view.cards) and all(c.rec.item.kind == "book" for c in view.cards),
                    timeout=30_000)
    before = _titles(view)
    view.variety.setValue(100)
    view.surprise.setChecked(True)
    qtbot.waitUntil(lambda: _titles(view) != before and len(view.cards) >= 5, timeout=30_000)
    assert all(c.rec.item.kind == "book" for c in view.cards)

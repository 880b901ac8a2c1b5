"""The Chat view on an indexed sample library with a real AppContext and EngineRunner: the reply
streams in from the real bundled model, Chinese requests, follow-ups, Stop, stored sessions,
the model indicator, feedback from inline cards, and no engine work on the UI thread."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.operations import EngineRunner
from desktop_app.views.chat_view import ChatView
from desktop_app.widgets.chat_bubble import AnswerWidget, UserMessage
from engine import Library, open_library
from engine.chat.service import ChatTurn
from engine.llm.registry import ModelEntry
from engine.model_files import bundled_llm
from engine.progress import CancelToken

pytestmark = pytest.mark.qt
needs_bundled = pytest.mark.skipif(not bundled_llm().found, reason="the bundled model is not installed")
BUNDLED_NAME = "SmolLM2-135M-Instruct (bundled)"
T = TypeVar("T")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = open_library(tmp_path_factory.mktemp("chat-view") / "home")
    library.load_sample()
    library.index()
    yield library
    library.close()


@pytest.fixture
def engine_calls(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every engine entry point the view uses, recorded with the thread it ran on."""
    calls: list[tuple[str, int]] = []

    def spy(owner: object, name: str) -> None:
        real = getattr(owner, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, threading.get_ident()))
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, recorded)

    for name in ("chat", "chat_sessions", "chat_history", "delete_chat", "feedback", "rate"):
        spy(lib, name)
    spy(lib.chat_service, "model_entry")
    spy(lib.store.items, "get_many")
    return calls


@pytest.fixture
def view(qtbot: QtBot, lib: Library, engine_calls: list[tuple[str, int]]) -> Iterator[ChatView]:
    runner = EngineRunner()
    ctx = AppContext(runner)
    ctx.set_library(lib)
    chat = ChatView(ctx)
    chat.resize(1100, 760)
    chat.show()
    chat.activate()
    settle(qtbot, chat)
    yield chat
    # closed here rather than by qtbot (which would close it first), after its last result came
    chat.stop()
    qtbot.waitUntil(lambda: not chat.is_generating(), timeout=120_000)
    settle(qtbot, chat)
    runner.shutdown()
    chat.close()
    chat.deleteLater()


def settle(qtbot: QtBot, view: ChatView) -> None:
    """Wait until the engine thread is idle and every result it sent has reached the view (the
    engine thread runs jobs in order, so a no-op's answer comes after all earlier ones)."""
    done: list[int] = []
    for round_ in range(3):  # results may start more work (a turn refreshes the session list)
        view.ctx.runner.submit(lambda: None, lambda _, r=round_: done.append(r))
        qtbot.waitUntil(lambda r=round_: r in done, timeout=120_000)


def on_engine(view: ChatView, fn: Callable[[], T]) -> T:
    """Ask the engine something from the test, on the engine thread like the app does."""
    return view.ctx.runner.submit(fn).result(timeout=60)


def send(qtbot: QtBot, view: ChatView, text: str) -> tuple[ChatTurn, AnswerWidget]:
    """Type ``text``, press Enter, and wait for the answer to be shown."""
    view.input.setText(text)
    with qtbot.waitSignal(view.turn_finished, timeout=120_000) as finished:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    answer = view.messages[-1]
    assert isinstance(answer, AnswerWidget)
    return finished.args[0], answer


def titles(answer: AnswerWidget) -> list[str]:
    return [card.rec.item.title for card in answer.cards]


def expected_titles(turn: ChatTurn) -> list[str]:
    return [rec.item.title for rec in turn.items]


# -- streaming, languages, follow-ups ----------------------------------------------------------


@needs_bundled
def test_the_bundled_models_reply_streams_in_before_the_turn_ends(qtbot: QtBot, view: ChatView) -> None:
    assert view.examples.isVisible() and not view.stop_button.isEnabled()
    seen: list[tuple[str, str, bool, str, int]] = []  # kind, text, still generating, bubble, thread
    view._relay.event.connect(lambda _n, kind, text: seen.append(
        (kind, text, view.is_generating(), view.messages[-1].bubble.text(), threading.get_ident())))
    qtbot.keyClicks(view.input, "a science fiction film like Arrival")
    with qtbot.waitSignal(view.turn_finished, timeout=120_000) as finished:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
        assert view.is_generating() and view.stop_button.isEnabled() and not view.input.isEnabled()
        assert view.input.text() == "" and not view.examples.isVisible()
    turn: ChatTurn = finished.args[0]
    user, answer = view.messages
    assert isinstance(user, UserMessage) and isinstance(answer, AnswerWidget)
    assert user.bubble.text() == "a science fiction film like Arrival"
    assert turn.model == BUNDLED_NAME
    # the first piece is a delta, shown while the turn was still running, on the UI thread
    deltas = [entry for entry in seen if entry[0] == "delta"]
    assert deltas and deltas[0] == seen[0]
    _kind, text, generating, shown, thread = deltas[0]
    assert generating and shown == text and thread == threading.get_ident()
    assert answer.bubble.text() == turn.reply and turn.reply
    assert turn.items and titles(answer) == expected_titles(turn)
    assert answer.understood.isVisibleTo(view) and turn.understood in answer.understood.text()
    assert view.session == turn.session and view.input.isEnabled() and not view.stop_button.isEnabled()
    settle(qtbot, view)
    assert view.sessions.ids()[0] == turn.session
    assert view.sessions.list.currentItem().text() == "a science fiction film like Arrival"


def test_a_chinese_example_gets_a_chinese_reply_and_cards(qtbot: QtBot, view: ChatView) -> None:
    example = view.examples.buttons[1]
    assert example.text() == "我想读一本像《三体》的书，不要太长" and example.accessibleName()
    with qtbot.waitSignal(view.turn_finished, timeout=120_000) as finished:
        qtbot.mouseClick(example, Qt.MouseButton.LeftButton)
    turn: ChatTurn = finished.args[0]
    answer = view.messages[-1]
    assert isinstance(answer, AnswerWidget)
    assert re.search(r"[\u4e00-\u9fff]", answer.bubble.text()) and answer.bubble.text() == turn.reply
    assert turn.items and titles(answer) == expected_titles(turn)
    assert all(rec.item.kind == "book" for rec in turn.items)
    assert "《三体》" in answer.understood.text()


def test_a_follow_up_continues_the_session_with_other_items(qtbot: QtBot, view: ChatView) -> None:
    settle(qtbot, view)
    before = len(view.sessions.ids())
    first, first_answer = send(qtbot, view, "a science fiction film")
    again, again_answer = send(qtbot, view, "anything else?")
    assert again.session == first.session == view.session and again.follow_up == "more"
    assert again.items and titles(again_answer) == expected_titles(again)
    assert {r.item.id for r in again.items}.isdisjoint({r.item.id for r in first.items})
    assert titles(first_answer) == expected_titles(first)  # the earlier answer stays as it was
    assert [type(m) for m in view.messages] == [UserMessage, AnswerWidget] * 2
    settle(qtbot, view)
    assert len(view.sessions.ids()) == before + 1 and view.sessions.ids()[0] == first.session


# -- stop ----------------------------------------------------------------------------------------


class SlowModel:
    """Writes about the first listed item, a piece at a time, slowly, until cancelled."""

    def __init__(self) -> None:
        self.pieces = 0

    def stream(self, messages: Sequence[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.3,
               cancel: CancelToken | None = None, schema: Any = None) -> Iterator[str]:
        prompt = "\n".join(m["content"] for m in messages)
        found = re.search(r"(?:\[1\] |should try )(.+?) \((\d{4})\)", prompt)
        assert found, prompt
        reply = f"{found.group(1)} ({found.group(2)}) is the one to start with. " \
                + "It is a calm and thoughtful story. " * 4
        for start in range(0, len(reply), 4):
            if cancel is not None and cancel.cancelled:
                return
            time.sleep(0.06)
            self.pieces += 1
            yield reply[start:start + 4]

    def json(self, messages: Sequence[dict[str, str]], schema: Any, *, max_tokens: int = 192,
             cancel: CancelToken | None = None) -> dict[str, Any] | None:
        return None


def test_stop_keeps_the_partial_reply_and_gives_the_input_back(
    qtbot: QtBot, view: ChatView, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = SlowModel()
    entry = ModelEntry("Slow", "slow", Path("slow.gguf"), False, parameters=7_000_000_000, languages=("en",))
    monkeypatch.setattr(lib.chat_service, "runtime", lambda: (entry, model, None))
    view.activateWindow()
    qtbot.waitActive(view)
    view.input.setText("a science fiction film")
    with qtbot.waitSignal(view.turn_finished, timeout=120_000) as finished:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
        answer = view.messages[-1]
        assert isinstance(answer, AnswerWidget)
        qtbot.waitUntil(lambda: answer.bubble.text() != "", timeout=60_000)
        assert view.stop_button.isEnabled() and not view.input.isEnabled()
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Escape)
        assert not view.stop_button.isEnabled()  # pressed once; the engine stops at the next piece
    turn: ChatTurn = finished.args[0]
    assert turn.stopped and turn.llm_reply and model.pieces < 40
    assert answer.bubble.text() == turn.reply and turn.reply.startswith(turn.items[0].item.title)
    assert "calm" not in turn.reply
    assert "Stopped" in answer.status.text() and answer.status.isVisibleTo(view)
    assert titles(answer) == expected_titles(turn)
    assert view.input.isEnabled() and not view.stop_button.isEnabled() and view.input.hasFocus()
    assert on_engine(view, lambda: lib.chat_history(turn.session))[-1].text == turn.reply


def test_a_reply_still_being_written_stays_with_its_own_chat(
    qtbot: QtBot, view: ChatView, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = ModelEntry("Slow", "slow", Path("slow.gguf"), False, parameters=7_000_000_000, languages=("en",))
    monkeypatch.setattr(lib.chat_service, "runtime", lambda: (entry, SlowModel(), None))
    view.input.setText("a science fiction film")
    qtbot.keyClick(view.input, Qt.Key.Key_Return)
    answer = view.messages[-1]
    assert isinstance(answer, AnswerWidget)
    qtbot.waitUntil(lambda: answer.bubble.text() != "", timeout=60_000)
    with qtbot.waitSignal(view.turn_finished, timeout=120_000) as finished:
        qtbot.mouseClick(view.sessions.new_button, Qt.MouseButton.LeftButton)
        assert view.session is None and not view.messages and view.examples.isVisible()
    turn: ChatTurn = finished.args[0]
    assert not turn.stopped and view.session is None and not view.messages  # nothing leaked in
    assert view.input.isEnabled() and not view.stop_button.isEnabled()
    settle(qtbot, view)
    assert view.sessions.ids()[0] == turn.session
    view.sessions.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: len(view.messages) == 2, timeout=30_000)
    assert view.messages[1].bubble.text() == turn.reply and titles(view.messages[1]) == expected_titles(turn)


# -- sessions ------------------------------------------------------------------------------------


def test_past_sessions_reopen_with_their_cards_and_can_be_deleted(
    qtbot: QtBot, view: ChatView, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    essays, _ = send(qtbot, view, "essays by Paul Graham")
    qtbot.mouseClick(view.sessions.new_button, Qt.MouseButton.LeftButton)
    assert view.session is None and not view.messages and view.examples.isVisible()
    books, _ = send(qtbot, view, "我想读一本像《三体》的书，不要太长")
    assert books.session != essays.session
    settle(qtbot, view)
    assert view.sessions.ids()[:2] == [books.session, essays.session]
    assert view.sessions.list.item(1).text() == "essays by Paul Graham"

    view.sessions.list.setCurrentRow(1)  # as clicking or arrowing to it does
    qtbot.waitUntil(lambda: len(view.messages) == 2, timeout=30_000)
    user, answer = view.messages
    assert isinstance(user, UserMessage) and isinstance(answer, AnswerWidget)
    assert user.bubble.text() == "essays by Paul Graham" and answer.bubble.text() == essays.reply
    assert essays.items and titles(answer) == expected_titles(essays)
    assert essays.understood and answer.understood.text() == f"Understood as: {essays.understood}"
    assert answer.understood.isVisibleTo(answer)
    assert view.session == essays.session and not view.examples.isVisible()

    asked: list[str] = []
    reply = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(view.sessions.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert asked and "essays by Paul Graham" in asked[0] and essays.session in view.sessions.ids()

    reply[0] = QMessageBox.StandardButton.Yes
    view.activateWindow()
    view.sessions.list.setFocus()
    qtbot.keyClick(view.sessions.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: essays.session not in view.sessions.ids(), timeout=30_000)
    assert len(asked) == 2 and view.session is None and not view.messages and view.examples.isVisible()
    assert essays.session not in [s.id for s in on_engine(view, lib.chat_sessions)]
    assert books.session in view.sessions.ids()


def test_a_message_sent_while_a_chat_opens_follows_its_history(qtbot: QtBot, view: ChatView) -> None:
    first, _ = send(qtbot, view, "essays by Paul Graham")
    view.new_chat()
    view.open_session(first.session)  # its history is on its way when the next message goes
    again, answer = send(qtbot, view, "anything else?")
    qtbot.waitUntil(lambda: len(view.messages) == 4, timeout=30_000)
    assert again.session == first.session and again.follow_up == "more"
    assert [m.bubble.text() for m in view.messages] == [
        "essays by Paul Graham", first.reply, "anything else?", again.reply]
    assert view.messages[3] is answer and titles(answer) == expected_titles(again)


# -- the model indicator ---------------------------------------------------------------------------


@needs_bundled
def test_the_model_indicator_names_the_model_or_its_problem(
    qtbot: QtBot, view: ChatView, lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = view.model.label
    assert label.text() == f"{BUNDLED_NAME} — add a larger model in Settings"
    with qtbot.waitSignal(view.ctx.navigate) as navigated:
        qtbot.mouseClick(view.model.settings_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["settings"]

    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"this is not a model at all" * 10)
    settle(qtbot, view)  # the engine thread is idle while the setting changes
    monkeypatch.setattr(lib.settings.models, "llm_model", str(garbage))
    view.ctx.changed.emit("settings")
    qtbot.waitUntil(lambda: label.text().startswith("No language model:"), timeout=30_000)
    assert "garbage.gguf" in label.text() and label.text().endswith("— chat works without it")
    turn, answer = send(qtbot, view, "essays by Paul Graham")
    assert turn.model is None and turn.notice and "garbage.gguf" in turn.notice
    assert answer.notice.isVisibleTo(view) and turn.notice in answer.notice.text()
    assert titles(answer) == expected_titles(turn) and turn.items


# -- feedback and threads ------------------------------------------------------------------------


def test_feedback_from_inline_cards_reaches_the_engine(qtbot: QtBot, view: ChatView, lib: Library) -> None:
    turn, answer = send(qtbot, view, "essays by Paul Graham")
    card = next(c for c in answer.cards if not on_engine(view, lambda c=c: lib.state(c.item_id)).liked)
    with qtbot.waitSignal(view.ctx.changed, check_params_cb=lambda what: what == "feedback"):
        qtbot.mouseClick(card.buttons["like"], Qt.MouseButton.LeftButton)
    assert on_engine(view, lambda: lib.state(card.item_id)).liked
    on_engine(view, lambda: lib.feedback(card.item_id, "undo"))

    view.new_chat()  # a reopened answer's cards work the same
    view.open_session(turn.session)
    qtbot.waitUntil(lambda: len(view.messages) == 2 and bool(view.messages[1].cards), timeout=30_000)
    old = view.messages[1].cards[-1]
    assert on_engine(view, lambda: lib.state(old.item_id)).status != "wishlist"
    with qtbot.waitSignal(view.ctx.changed, check_params_cb=lambda what: what == "feedback"):
        qtbot.mouseClick(old.buttons["wishlist"], Qt.MouseButton.LeftButton)
    assert on_engine(view, lambda: lib.state(old.item_id)).status == "wishlist"
    on_engine(view, lambda: lib.feedback(old.item_id, "undo"))


def test_the_ui_thread_never_runs_engine_work(
    qtbot: QtBot, view: ChatView, engine_calls: list[tuple[str, int]]
) -> None:
    turn, _ = send(qtbot, view, "essays by Paul Graham")
    view.new_chat()
    view.open_session(turn.session)
    qtbot.waitUntil(lambda: len(view.messages) == 2, timeout=30_000)
    settle(qtbot, view)
    ui = threading.get_ident()
    assert ui not in view.ctx.runner.worker_thread_ids
    names = {name for name, _ in engine_calls}
    assert {"chat", "chat_sessions", "chat_history", "model_entry", "get_many"} <= names
    assert all(thread != ui for _, thread in engine_calls), [n for n, t in engine_calls if t == ui]

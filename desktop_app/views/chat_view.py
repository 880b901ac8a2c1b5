"""Chat: ask for something to read or watch in your own words (English or 中文). The reply streams
in as the engine writes and checks it, the recommended items follow as cards with the usual
feedback buttons, and follow-ups continue the conversation. Past conversations are listed on the
left, newest first, and can be reopened or deleted.

Each turn runs on the engine thread (``ctx.call``); the engine's ``on_event`` callback, also on
that thread, only emits a signal of ``_StreamRelay``, which lives on the UI thread, so the reply
reaches the widgets queued and in order.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from desktop_app.context import AppContext
from desktop_app.feedback import send_feedback
from desktop_app.views.chat_conversation import ConversationPanel, History, load_history, model_status
from desktop_app.widgets.chat_bubble import STYLE, AnswerWidget, UserMessage
from desktop_app.widgets.chat_panels import SessionList
from engine import Library
from engine.chat.service import ChatTurn
from engine.chat.sessions import ChatSession
from engine.progress import CancelToken


class _StreamRelay(QObject):
    """Lives on the UI thread; emitted from the engine thread, heard by the view queued."""

    event = Signal(int, str, str)  # turn number, "delta" | "replace", text


@dataclass
class _Pending:
    number: int
    cancel: CancelToken
    answer: AnswerWidget | None  # None once the person left the conversation it belongs to


class ChatView(QWidget):
    turn_finished = Signal(object)  # the ChatTurn, once it is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: int | None = None
        self.pending: _Pending | None = None
        self._turns = 0
        self._history_generation = self._sessions_generation = 0
        self._activated = False
        self._profile = ctx.profile
        self._relay = _StreamRelay(self)
        self._relay.event.connect(self._stream_event)
        self.setStyleSheet(STYLE)
        splitter = QSplitter()
        self.sessions = SessionList()
        self.sessions.chosen.connect(self.open_session)
        self.sessions.new_requested.connect(self.new_chat)
        self.sessions.delete_requested.connect(self.delete_session)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self._build_conversation())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop, context=context)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_chat, context=context)
        ctx.changed.connect(self._changed)
        self.new_chat()
        self._update_buttons()

    # -- layout ------------------------------------------------------------------------------

    def _build_conversation(self) -> QWidget:
        self.panel = ConversationPanel()
        self.model, self.examples = self.panel.model, self.panel.examples
        self.conversation, self.scroll = self.panel.conversation, self.panel.scroll_area
        self.input, self.send_button, self.stop_button = (self.panel.input, self.panel.send_button,
                                                          self.panel.stop_button)
        self.model.settings_requested.connect(lambda: self.ctx.navigate.emit("settings"))
        self.examples.chosen.connect(self.send)
        self.input.returnPressed.connect(self.send)
        self.input.textChanged.connect(lambda _: self._update_buttons())
        self.send_button.clicked.connect(lambda: self.send())
        self.stop_button.clicked.connect(self.stop)
        return self.panel

    @property
    def messages(self) -> list[QWidget]:
        """The messages shown, in order: ``UserMessage`` and ``AnswerWidget``."""
        return self.panel.messages

    # -- refreshing ----------------------------------------------------------------------------

    def activate(self) -> None:
        self._activated = True
        self.refresh_sessions()
        self.refresh_model()
        if self.pending is None:
            self.input.setFocus()

    def _changed(self, what: str) -> None:
        if what != "settings" or not self._activated:
            return
        if self.ctx.profile != self._profile:  # another person's chats
            self._profile = self.ctx.profile
            self.new_chat()
        self.refresh_sessions()
        self.refresh_model()

    def refresh_model(self) -> None:
        self.ctx.call(model_status, self.model.show_entry)

    def refresh_sessions(self) -> None:
        self._sessions_generation += 1
        generation, profile = self._sessions_generation, self.ctx.profile
        self.ctx.call(lambda lib: lib.chat_sessions(profile),
                      lambda found: self._show_sessions(generation, found))

    def _show_sessions(self, generation: int, sessions: list[ChatSession]) -> None:
        if generation == self._sessions_generation:  # else a newer list is on its way
            self.sessions.set_sessions(sessions, self.session)

    # -- conversations -------------------------------------------------------------------------

    def new_chat(self) -> None:
        self._history_generation += 1  # a conversation still loading is no longer wanted
        self._clear()
        self.session = None
        self.sessions.select(None)
        self.examples.show()
        self.input.setFocus()

    def open_session(self, session_id: int) -> None:
        """Show a stored conversation, its answers with the items they showed."""
        self._history_generation += 1
        generation = self._history_generation
        self._clear()
        self.session = session_id
        self.sessions.select(session_id)
        self.examples.hide()
        self.ctx.call(lambda lib: load_history(lib, session_id),
                      lambda history: self._show_history(generation, history),
                      lambda problem: self._history_failed(generation, problem))

    def _show_history(self, generation: int, history: History) -> None:
        if generation != self._history_generation:
            return
        self.panel.follow = True
        for position, (message, recs, understood) in enumerate(history):  # before a turn sent meanwhile
            if message.role == "user":
                self._add(UserMessage(message.text), position)
            else:
                answer = self._new_answer()
                answer.finish(message.text, recs, understood=understood)
                self._add(answer, position)

    def _history_failed(self, generation: int, problem: str) -> None:
        if generation == self._history_generation:
            self.ctx.message.emit(problem)
            self.new_chat()
            self.refresh_sessions()

    def delete_session(self, session_id: int, title: str) -> None:
        """Delete a stored chat once the person confirms."""
        answer = QMessageBox.question(
            self, self.tr("Delete chat"), self.tr("Delete the chat “%s”? This cannot be undone.") % title,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.call(lambda lib: lib.delete_chat(session_id), lambda _: self._deleted(session_id))

    def _deleted(self, session_id: int) -> None:
        if self.session == session_id:
            self.new_chat()
        self.refresh_sessions()
        self.ctx.message.emit(self.tr("Chat deleted"))

    def _clear(self) -> None:
        if self.pending is not None:
            self.pending.answer = None  # it goes on in the background and is stored with its chat
        self.panel.clear()

    def _add(self, widget: QWidget, position: int | None = None) -> None:
        """Add a message at the end (or at ``position`` among the messages)."""
        self.panel.add(widget, position)

    def _new_answer(self) -> AnswerWidget:
        answer = AnswerWidget()
        answer.feedback.connect(self.give_feedback)
        answer.opened.connect(lambda item_id: self.ctx.navigate.emit(f"item:{item_id}"))
        return answer

    # -- a turn --------------------------------------------------------------------------------

    def send(self, text: str | None = None) -> None:
        """Send the typed message (or ``text``, an example); the reply streams into a new answer."""
        message = " ".join((self.input.text() if text is None else text).split())
        if not message or self.pending is not None or self.ctx.library is None:
            return
        if text is None:
            self.input.clear()
        self.examples.hide()
        self.panel.follow = True
        self._add(UserMessage(message))
        answer = self._new_answer()
        self._add(answer)
        self._turns += 1
        pending = self.pending = _Pending(self._turns, CancelToken(), answer)
        self._update_buttons()
        self.stop_button.setFocus()
        relay, number, cancel = self._relay, pending.number, pending.cancel
        session, profile = self.session, self.ctx.profile

        def streamed(kind: str, value: str) -> None:  # on the engine thread: no widgets here
            with suppress(RuntimeError):  # the view is gone (closing); the turn is still stored
                relay.event.emit(number, kind, value)

        def turn(lib: Library) -> ChatTurn:
            return lib.chat(message, session, profile, on_event=streamed, cancel=cancel)

        self.ctx.call(turn, lambda result: self._finished(pending, result),
                      lambda problem: self._failed(pending, problem))

    def stop(self) -> None:
        """Stop the reply being written; what was shown so far stays."""
        pending = self.pending
        if pending is None or pending.cancel.cancelled:
            return
        pending.cancel.cancel()
        self.stop_button.setEnabled(False)
        if pending.answer is not None:
            pending.answer.set_status(self.tr("Stopping…"))

    def _stream_event(self, number: int, kind: str, text: str) -> None:
        pending = self.pending
        if pending is None or pending.number != number or pending.answer is None:
            return
        if kind == "delta":
            pending.answer.append(text)
        elif kind == "replace":
            pending.answer.replace(text)

    def _finished(self, pending: _Pending, turn: ChatTurn) -> None:
        if pending.answer is not None:
            pending.answer.finish(turn.reply, turn.items, understood=turn.understood, notice=turn.notice,
                                  stopped=turn.stopped)
            self.session = turn.session
        self._turn_over(pending)
        if turn.notice:
            self.refresh_model()
        self.turn_finished.emit(turn)

    def _failed(self, pending: _Pending, problem: str) -> None:
        if pending.answer is not None:
            pending.answer.fail(problem)
        self._turn_over(pending)

    def _turn_over(self, pending: _Pending) -> None:
        if self.pending is pending:
            self.pending = None
        self._update_buttons()
        self.input.setFocus()
        self.refresh_sessions()

    def _update_buttons(self) -> None:
        pending = self.pending
        self.input.setEnabled(pending is None)
        self.send_button.setEnabled(pending is None and bool(self.input.text().strip()))
        self.stop_button.setEnabled(pending is not None and not pending.cancel.cancelled)

    def is_generating(self) -> bool:
        return self.pending is not None

    # -- feedback from the cards -----------------------------------------------------------------

    def give_feedback(self, item_id: int, action: str) -> None:
        answers = [widget for widget in self.messages if isinstance(widget, AnswerWidget)]
        cards = (card for answer in answers for card in answer.cards)
        title = next((card.rec.item.title for card in cards if card.item_id == item_id), "")
        labels = {"dismiss": self.tr("Not interested: %s"), "dislike": self.tr("Disliked: %s"),
                  "seen": self.tr("Marked as seen: %s"), "like": self.tr("Liked: %s"),
                  "wishlist": self.tr("Saved to wishlist: %s")}
        label = labels.get(action, self.tr("Rated: %s"))
        send_feedback(self.ctx, item_id, action, lambda _state: self.ctx.message.emit(label % title))

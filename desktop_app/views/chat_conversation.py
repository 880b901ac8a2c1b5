"""The conversation column of the Chat view: the model indicator, the messages (the example prompts
while a chat is empty) kept scrolled to the newest text until the person scrolls up, and the input
with Send and Stop; and what it shows that is read on the engine thread, a stored conversation and
the language model. Translated in the view's context, ``ChatView``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app.widgets.chat_panels import ExamplePrompts, ModelIndicator
from engine import Library
from engine.chat.sessions import ChatMessage
from engine.llm.registry import ModelEntry
from engine.ranking.request import Recommendation

History = list[tuple[ChatMessage, list[Recommendation], str]]  # message, items shown, understood as


def load_history(lib: Library, session: int) -> History:
    """A stored conversation with the items each answer showed and what each request was
    understood as (runs on the engine thread)."""
    messages = lib.chat_history(session)
    wanted = list(dict.fromkeys(i for message in messages for i in message.item_ids))
    items = {item.id: item for item in lib.store.items.get_many(wanted)}
    service = lib.chat_service
    return [(m, [Recommendation(items[i], 0.0, []) for i in m.item_ids if i in items],
             service.understood(m.intent) if m.intent is not None and m.role != "user" else "")
            for m in messages]


def model_status(lib: Library) -> ModelEntry:
    """The language model chat uses, with its problem if it has one (runs on the engine thread)."""
    return lib.chat_service.model_entry()


class ConversationPanel(QWidget):
    """The messages shown, in order, and the controls under them; the view connects their signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[QWidget] = []
        self.follow = True  # keep the newest text in sight until the person scrolls up
        self.model = ModelIndicator()
        self.examples = ExamplePrompts()
        self.conversation = QVBoxLayout()
        self.conversation.setSpacing(10)
        self.conversation.addWidget(self.examples)
        self.conversation.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.conversation)
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setAccessibleName(QCoreApplication.translate("ChatView", "Conversation"))
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)
        self.input = QLineEdit()
        self.input.setPlaceholderText(QCoreApplication.translate(
            "ChatView", "Ask for a book, film or article…"))
        self.input.setAccessibleName(QCoreApplication.translate("ChatView", "Message"))
        self.input.setAccessibleDescription(QCoreApplication.translate(
            "ChatView", "Enter sends; Escape stops a reply being written"))
        self.send_button = QPushButton(QCoreApplication.translate("ChatView", "&Send"))
        self.send_button.setAccessibleName(QCoreApplication.translate("ChatView", "Send the message"))
        self.stop_button = QPushButton(QCoreApplication.translate("ChatView", "S&top"))
        self.stop_button.setAccessibleName(QCoreApplication.translate("ChatView", "Stop the reply"))
        self.stop_button.setAccessibleDescription(QCoreApplication.translate(
            "ChatView", "Escape; the reply so far is kept"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.input, 1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.stop_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.model)
        column.addWidget(self.scroll_area, 1)
        column.addLayout(bottom)

    def _range_changed(self, _low: int, high: int) -> None:
        if self.follow:
            self.scroll_area.verticalScrollBar().setValue(high)

    def _scrolled(self, value: int) -> None:
        self.follow = value >= self.scroll_area.verticalScrollBar().maximum() - 24

    def add(self, widget: QWidget, position: int | None = None) -> None:
        """Add a message at the end (or at ``position`` among the messages)."""
        at = len(self.messages) if position is None else position
        self.conversation.insertWidget(at + 1, widget)  # after the example prompts
        self.messages.insert(at, widget)

    def clear(self) -> None:
        for widget in self.messages:
            widget.setParent(None)
            widget.deleteLater()
        self.messages = []

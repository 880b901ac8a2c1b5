"""The messages of the Chat view: a person's message (right), Shelfwise's answer (left) with the
reply as it streams in, what the request was understood as, a notice about the model and the
recommendation cards; and the style sheet of the whole view. Widgets only: the view that owns them
talks to the engine."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.widgets.card import RecommendationCard
from engine.ranking.request import Recommendation

STYLE = """
QFrame#userBubble { background: palette(highlight); border-radius: 10px; }
QFrame#userBubble QLabel { color: palette(highlighted-text); }
QFrame#replyBubble { background: palette(alternate-base); border: 1px solid palette(mid);
                     border-radius: 10px; }
QFrame#replyBubble[failed="true"] { border-color: #c0392b; }
QLabel#chatUnderstood, QLabel#chatStatus, QLabel#chatEmptyHint {
    color: palette(placeholder-text); font-size: 11px; }
QLabel#chatNotice { color: #b9770e; font-size: 11px; }
QLabel#chatModel { font-size: 12px; }
QLabel#chatModel[problem="true"] { color: #b9770e; }
QLabel#chatEmptyTitle { font-size: 16px; font-weight: bold; }
QPushButton#examplePrompt { text-align: left; padding: 6px 10px; }
QListWidget#chatSessions::item { padding: 4px 2px; }
"""


class MessageBubble(QFrame):
    """One message's text, plain (a reply is never read as markup), selectable by mouse and keys.
    ``textChanged(text)`` follows every change, streamed pieces included."""

    textChanged = Signal(str)

    def __init__(self, text: str, *, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = mine
        self.setObjectName("userBubble" if mine else "replyBubble")
        self.setAccessibleName(self.tr("You said") if mine else self.tr("Shelfwise replied"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setAccessibleName(self.accessibleName())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.set_text(text)

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        if text == self.label.text():
            return
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        self.textChanged.emit(text)

    def append(self, text: str) -> None:
        self.set_text(self.label.text() + text)


class UserMessage(QWidget):
    """The person's message, on the right."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bubble = MessageBubble(text, mine=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.bubble)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As wide as the text needs (a short message stays one line), at most three quarters."""
        room = max(200, event.size().width() * 3 // 4)
        metrics = self.bubble.label.fontMetrics()
        natural = max(metrics.horizontalAdvance(line) for line in self.bubble.text().splitlines() or [""])
        margins = self.bubble.layout().contentsMargins()
        padding = margins.left() + margins.right() + 2 * self.bubble.frameWidth() + 8
        self.bubble.setMinimumWidth(min(room, natural + padding))
        self.bubble.setMaximumWidth(room)
        super().resizeEvent(event)


class AnswerWidget(QWidget):
    """Shelfwise's answer, on the left: the reply (streamed in with ``append``/``replace``), a
    status line while it is written, what was understood, a notice, and the cards. Card feedback
    and openings are passed on as ``feedback(item_id, action)`` and ``opened(item_id)``."""

    feedback = Signal(int, str)
    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[RecommendationCard] = []
        self.bubble = MessageBubble("", mine=False)
        self.status = small_label(self.tr("Finding recommendations…"), "chatStatus")
        self.understood = small_label("", "chatUnderstood")
        self.understood.setAccessibleName(self.tr("Understood as"))
        self.notice = small_label("", "chatNotice")
        self.notice.setAccessibleName(self.tr("Notice about the language model"))
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(6)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bubble, self.status, self.understood, self.notice):
            column.addWidget(widget)
        column.addLayout(self.cards_layout)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column, 5)
        layout.addStretch(1)
        self.bubble.hide()  # until the first text arrives
        self.understood.hide()
        self.notice.hide()

    # -- while the reply streams ---------------------------------------------------------------

    def append(self, text: str) -> None:
        self.bubble.append(text)
        self._text_arrived()

    def replace(self, text: str) -> None:
        self.bubble.set_text(text)
        self._text_arrived()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _text_arrived(self) -> None:
        self.bubble.setVisible(bool(self.bubble.text()))
        if self.status.text() == self.tr("Finding recommendations…"):
            self.set_status(self.tr("Writing…"))

    # -- the whole answer ----------------------------------------------------------------------

    def finish(self, reply: str, recs: list[Recommendation], *, understood: str = "",
               notice: str | None = None, stopped: bool = False) -> None:
        """The reply as stored, the cards under it, and the lines about it."""
        self.replace(reply)
        self.set_status(self.tr("Stopped: the reply so far is kept.") if stopped else "")
        if understood:
            self.understood.setText(self.tr("Understood as: %s") % understood)
            self.understood.setAccessibleDescription(understood)
        self.understood.setVisible(bool(understood))
        if notice:
            self.notice.setText(self.tr("Note: %s") % notice)
            self.notice.setAccessibleDescription(notice)
        self.notice.setVisible(bool(notice))
        self.set_items(recs)

    def fail(self, message: str) -> None:
        self.bubble.setProperty("failed", True)
        self.bubble.style().unpolish(self.bubble)
        self.bubble.style().polish(self.bubble)
        self.replace(self.tr("Something went wrong: %s") % message)
        self.set_status("")

    def set_items(self, recs: list[Recommendation]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for rec in recs:
            card = RecommendationCard(rec, compact=True)
            card.feedback.connect(self.feedback)
            card.opened.connect(self.opened)
            self.cards_layout.addWidget(card)
            self.cards.append(card)


def small_label(text: str, name: str) -> QLabel:
    """A small plain-text label, styled by its object name (see ``STYLE``)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

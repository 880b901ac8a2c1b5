"""The widgets of the Chat view: a person's message (right), Shelfwise's answer (left) with the
reply as it streams in, what the request was understood as, a notice about the model and the
recommendation cards; the example prompts of an empty chat; the list of past chats; the model
indicator. Widgets only: the view that owns them talks to the engine."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.widgets.card import RecommendationCard
from engine.chat.sessions import ChatSession
from engine.llm.registry import ModelEntry
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
        self.status = _small(self.tr("Finding recommendations…"), "chatStatus")
        self.understood = _small("", "chatUnderstood")
        self.understood.setAccessibleName(self.tr("Understood as"))
        self.notice = _small("", "chatNotice")
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


class ExamplePrompts(QWidget):
    """What to ask, for an empty chat; ``chosen(text)`` when one is clicked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Ask for something to read or watch"))
        title.setObjectName("chatEmptyTitle")
        hint = _small(self.tr("Describe it in your own words, in English or 中文. For example:"),
                      "chatEmptyHint")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        self.buttons: list[QPushButton] = []
        for text in (self.tr("a sci-fi film like Arrival but lighter"),
                     self.tr("我想读一本像《三体》的书，不要太长"),
                     self.tr("essays by Paul Graham")):
            button = QPushButton(text)
            button.setObjectName("examplePrompt")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(self.tr("Ask: %s") % text)
            button.setAccessibleDescription(self.tr("Sends this example request"))
            button.clicked.connect(lambda _=False, t=text: self.chosen.emit(t))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)


class SessionList(QWidget):
    """Past chats, newest first, with New chat and Delete: ``chosen(session)``, ``new_requested()``
    and ``delete_requested(session, title)`` (the view asks before deleting)."""

    chosen = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("&New chat"))
        self.new_button.setAccessibleName(self.tr("Start a new chat"))
        self.new_button.setAccessibleDescription(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_requested)
        self.list = QListWidget()
        self.list.setObjectName("chatSessions")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Past chats"))
        self.list.setAccessibleDescription(self.tr("Newest first; select one to reopen it, "
                                                   "Delete removes it"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.empty = _small(self.tr("No chats yet"), "chatEmptyHint")
        self.delete_button = QPushButton(self.tr("&Delete chat…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected chat"))
        self.delete_button.setAccessibleDescription(self.tr("Asks first; a deleted chat cannot be restored"))
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.delete_button)

    def set_sessions(self, sessions: list[ChatSession], current: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for session in sessions:
            item = QListWidgetItem(session.title)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            detail = f"{_when(session.updated_at)} · {self.tr('%n request(s)', '', session.turns)}"
            item.setToolTip(detail)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, detail)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not sessions)
        self.select(current)

    def select(self, session: int | None) -> None:
        """Mark the open chat (none for a new one) without reopening it."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(self.ids().index(session) if session in self.ids() else -1)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(self.list.currentItem() is not None)

    def ids(self) -> list[int]:
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.delete_button.setEnabled(item is not None)
        if item is not None:
            self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.delete_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)), item.text())


class ModelIndicator(QWidget):
    """Which language model chat uses, or its problem, with a way to the model settings."""

    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = _small(self.tr("Checking the language model…"), "chatModel")
        self.label.setAccessibleName(self.tr("Language model"))
        self.settings_button = QPushButton(self.tr("Model settings…"))
        self.settings_button.setAccessibleName(self.tr("Open the language model settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.settings_button)

    def show_entry(self, entry: ModelEntry) -> None:
        if entry.error:
            text = self.tr("No language model: %s — chat works without it") % entry.error
        elif entry.bundled:
            text = self.tr("%s — add a larger model in Settings") % entry.name
        else:
            text = self.tr("Model: %s") % entry.name
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.label.setProperty("problem", bool(entry.error))
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        tip = ""
        if entry.languages and not entry.error:
            tip = self.tr("Writes replies in: %s. Requests in other languages get a short templated "
                          "reply.") % ", ".join(entry.languages)
        self.label.setToolTip(tip)


def _when(stamp: str) -> str:
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _small(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""The widgets around the Chat view's conversation: the example prompts of an empty chat, the list
of past chats and the model indicator. Widgets only: the view that owns them talks to the engine."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.widgets.chat_bubble import small_label
from engine.chat.sessions import ChatSession
from engine.llm.registry import ModelEntry


class ExamplePrompts(QWidget):
    """What to ask, for an empty chat; ``chosen(text)`` when one is clicked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Ask for something to read or watch"))
        title.setObjectName("chatEmptyTitle")
        hint = small_label(self.tr("Describe it in your own words, in English or 中文. For example:"),
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
        self.empty = small_label(self.tr("No chats yet"), "chatEmptyHint")
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
        self.label = small_label(self.tr("Checking the language model…"), "chatModel")
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

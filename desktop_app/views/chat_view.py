"""Chat: ask for something to read or watch (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.context import AppContext


class ChatView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chat: ask for something to read or watch")))
        layout.addStretch(1)

    def activate(self) -> None:
        pass

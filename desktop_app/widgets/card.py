"""A recommendation card: the item, why it is recommended, and the feedback buttons. Used by
"For you" and inline in Chat; the view that owns it sends the feedback to the engine."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.ranking.request import Recommendation

STARS = (5.0, 4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5)


class RecommendationCard(QFrame):
    """Emits ``feedback(item_id, action)`` — like, dislike, dismiss, seen, wishlist or rate=N —
    and ``opened(item_id)`` when the title is activated."""

    feedback = Signal(int, str)
    opened = Signal(int)

    def __init__(self, rec: Recommendation, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.rec = rec
        self.item_id = rec.item.id
        item = rec.item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("recommendationCard")
        self.setAccessibleName(item.title)
        self.setAccessibleDescription("; ".join(rec.reasons))
        year = f" ({item.year})" if item.year else ""
        self.title = QLabel(f"<a href='#'><b>{_escape(item.title)}</b></a>{year}")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.title.linkActivated.connect(lambda _: self.opened.emit(self.item_id))
        self.title.setAccessibleName(self.tr("Open %s") % item.title)
        meta = [self._kind_label(item.kind), ", ".join(item.creator_names[:2])]
        self.meta = QLabel(" · ".join(m for m in meta if m))
        self.meta.setObjectName("cardMeta")
        self.reasons = QLabel("\n".join(f"• {r}" for r in rec.reasons[: 2 if compact else 4]))
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("cardReasons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.reasons)
        layout.addLayout(self._buttons(item.title))

    def _buttons(self, title: str) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        emoji = QFontMetrics(self.font()).inFontUcs4(ord("👍"))  # else words: no boxes for a missing font
        for action, text, name in (
            ("like", "👍" if emoji else self.tr("Like"), self.tr("Like %s") % title),
            ("dislike", "👎" if emoji else self.tr("Dislike"), self.tr("Dislike %s") % title),
            ("dismiss", self.tr("Not interested"), self.tr("Not interested in %s") % title),
            ("seen", self.tr("Already seen"), self.tr("Already seen or read %s") % title),
            ("wishlist", self.tr("Save to wishlist"), self.tr("Save %s to the wishlist") % title),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _=False, a=action: self.feedback.emit(self.item_id, a))
            self.buttons[action] = button
            row.addWidget(button)
        rate = QToolButton()
        rate.setText(self.tr("Rate"))
        rate.setAccessibleName(self.tr("Rate %s") % title)
        rate.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(rate)
        for stars in STARS:
            act = QAction(f"{stars:g}★", menu)
            act.triggered.connect(lambda _=False, s=stars: self.feedback.emit(self.item_id, f"rate={s:g}"))
            menu.addAction(act)
        rate.setMenu(menu)
        self.buttons["rate"] = rate
        row.addWidget(rate)
        row.addStretch(1)
        return row

    def _kind_label(self, kind: str) -> str:
        labels = {"book": self.tr("Book"), "film": self.tr("Film"), "series": self.tr("Series"),
                  "article": self.tr("Article")}
        return labels.get(kind, kind)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

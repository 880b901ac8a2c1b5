"""For you: recommendation cards with their reasons and feedback buttons. Feedback goes to the
engine at once and the list is fetched again; a dismissal can be undone from the bar that
appears; a variety slider, a "surprise me" switch and a kind filter shape the list."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.feedback import send_feedback
from desktop_app.i18n import current_language
from desktop_app.widgets.card import RecommendationCard
from engine import Library
from engine.ranking.request import Recommendation

RESULTS = 20
CARD_BUDGET_S = 0.012  # building cards yields to the event loop after this long
UNDO_SECONDS = 12


def load_recommendations(lib: Library, kind: str | None, diversity: float, novelty: bool,
                         profile: str | None) -> list[Recommendation]:
    """Runs on the engine thread."""
    return lib.recommend(kind=kind, k=RESULTS, profile=profile, diversity=diversity, novelty=novelty,
                         reasons_language=current_language())


class ForYouView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[RecommendationCard] = []
        self._undo_item: int | None = None
        self._generation = 0
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of recommendations"))
        for label, value in ((self.tr("Everything"), None), (self.tr("Books"), "book"),
                             (self.tr("Films"), "film"), (self.tr("Series"), "series"),
                             (self.tr("Articles"), "article")):
            self.kind.addItem(label, value)
        self.variety = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100, value=30)
        self.variety.setAccessibleName(self.tr("Variety"))
        self.variety.setAccessibleDescription(self.tr("Left: closest to your taste; right: more varied"))
        self.variety.setMaximumWidth(160)
        self.surprise = QCheckBox(self.tr("Surprise me"))
        self.surprise.setAccessibleDescription(self.tr("Favour less obvious picks"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh recommendations"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Variety")))
        top.addWidget(self.variety)
        top.addWidget(self.surprise)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.undo_bar = self._build_undo_bar()
        self.state = QLabel(self.tr("Finding recommendations…"))
        self.state.setObjectName("forYouState")
        self.list = QVBoxLayout()
        self.list.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.list)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(holder)
        self.scroll.setAccessibleName(self.tr("Recommendations"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.variety.valueChanged.connect(self._debounce.start)
        self.surprise.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        ctx.opened.connect(self._opened)
        ctx.changed.connect(self._changed)

    def _build_undo_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("undoBar")
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last feedback"))
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(bar)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        bar.hide()
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(bar.hide)
        return bar

    def _opened(self, lib: Library) -> None:
        self.variety.blockSignals(True)
        self.variety.setValue(round(lib.settings.recommend.diversity * 100))
        self.variety.blockSignals(False)
        self.surprise.blockSignals(True)
        self.surprise.setChecked(lib.settings.recommend.novelty)
        self.surprise.blockSignals(False)
        self.refresh()

    def activate(self) -> None:
        if not self.cards:
            self.refresh()

    def _changed(self, what: str) -> None:
        if what in ("feedback", "index", "items", "rules", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        kind, diversity = self.kind.currentData(), self.variety.value() / 100
        novelty, profile = self.surprise.isChecked(), self.ctx.profile
        self.state.setText(self.tr("Finding recommendations…"))
        self.state.show()
        self.ctx.call(lambda lib: load_recommendations(lib, kind, diversity, novelty, profile),
                      lambda recs: self._show(recs, generation))

    def _show(self, recs: list[Recommendation], generation: int) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self._add_cards(recs, generation)
        if recs:
            self.state.hide()
        else:
            self.state.setText(self.tr("Nothing to recommend yet: import what you have read or watched, "
                                       "or rate a few things."))
            self.state.show()

    def _add_cards(self, recs: list[Recommendation], generation: int) -> None:
        """Cards for a few milliseconds per turn of the event loop: building twenty at once would
        freeze the window, the more so while the engine thread competes for Python's lock."""
        if generation != self._generation:
            return
        started, built = time.perf_counter(), 0
        while built < len(recs) and (built == 0 or time.perf_counter() - started < CARD_BUDGET_S):
            card = RecommendationCard(recs[built])
            card.feedback.connect(self.give_feedback)
            card.opened.connect(lambda item_id: self.ctx.navigate.emit(f"item:{item_id}"))
            self.list.insertWidget(self.list.count() - 1, card)
            self.cards.append(card)
            built += 1
        if built < len(recs):
            rest = recs[built:]
            QTimer.singleShot(0, lambda: self._add_cards(rest, generation))

    def give_feedback(self, item_id: int, action: str) -> None:
        title = next((c.rec.item.title for c in self.cards if c.item_id == item_id), "")
        for card in self.cards:
            if card.item_id == item_id and action in ("dismiss", "dislike", "seen"):
                card.hide()  # gone at once; the refreshed list follows
        send_feedback(self.ctx, item_id, action, lambda _state: self._offer_undo(item_id, action, title))

    def _offer_undo(self, item_id: int, action: str, title: str) -> None:
        labels = {"dismiss": self.tr("Not interested"), "dislike": self.tr("Disliked"),
                  "seen": self.tr("Marked as seen"), "like": self.tr("Liked"),
                  "wishlist": self.tr("Saved to wishlist")}
        label = labels.get(action, self.tr("Rated"))
        self.undo_label.setText(f"{label}: {title}")
        self._undo_item = item_id
        self.undo_bar.show()
        self._undo_timer.start()

    def undo(self) -> None:
        if self._undo_item is None:
            return
        item_id, self._undo_item = self._undo_item, None
        self.undo_bar.hide()
        send_feedback(self.ctx, item_id, "undo")

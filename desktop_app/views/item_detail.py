"""The detail pane beside the library table: the item's record and cover, what the person did
with it and when, feedback buttons, similar items with their reasons, and its neighbourhood in
the knowledge graph. Everything is read on the engine thread (``load_detail``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.feedback import send_feedback
from desktop_app.views.item_detail_data import LoadedDetail, load_detail
from desktop_app.views.item_detail_text import history_text, kind_label, role_label, state_text
from desktop_app.widgets.card import STARS
from desktop_app.widgets.graph_view import GraphView
from engine.item_detail import ItemDetail
from engine.library.models import Item


class ItemDetailPane(QFrame):
    """``open_requested(item_id)`` when a similar item or a graph node is chosen; ``closed``
    when the close button is pressed."""

    open_requested = Signal(int)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.detail: ItemDetail | None = None
        self._generation = 0
        self.setObjectName("itemDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Item details"))
        self.title = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close details"))
        self.close_button.setToolTip(self.tr("Close details (Esc)"))
        self.close_button.clicked.connect(self.closed.emit)
        self.notice = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self._build_record()
        self._build_feedback()
        self.history = self._list(self.tr("Your history"),
                                  self.tr("What you did with this item, newest first"))
        self.related = self._list(self.tr("Similar items"), self.tr("Enter or click opens an item"))
        self.related.itemActivated.connect(self._related_chosen)
        self.related.itemClicked.connect(self._related_chosen)
        self.graph = GraphView()
        self.graph.item_activated.connect(self.open_requested.emit)
        self.legend = QLabel()
        self.body.addWidget(self._heading(self.tr("Connections")))
        self.body.addWidget(self.graph)
        self.body.addWidget(self.legend)
        self.body.addStretch(1)
        self.content = QScrollArea(widgetResizable=True)
        self.content.setFrameShape(QFrame.Shape.NoFrame)
        self.content.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content.setWidget(body)
        self.content.hide()  # until an item arrives
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.content, 1)

    # -- building ------------------------------------------------------------------------------

    def _build_record(self) -> None:
        self.cover = QLabel()
        self.cover.setAccessibleName(self.tr("Cover"))
        self.cover.hide()
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (("alt", self.tr("Also known as")), ("kind", self.tr("Kind")),
                           ("year", self.tr("Year")), ("length", self.tr("Length")),
                           ("language", self.tr("Language")), ("creators", self.tr("By")),
                           ("genres", self.tr("Genres")), ("tags", self.tr("Tags")),
                           ("ids", self.tr("Identifiers"))):
            value = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.form.addRow(label, value)
            self.fields[key] = value
        top = QHBoxLayout()
        top.addWidget(self.cover, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self.form, 1)
        self.body.addLayout(top)
        self.description = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(self.tr("Description"))
        self.body.addWidget(self.description)

    def _build_feedback(self) -> None:
        self.state_summary = QLabel(wordWrap=True)
        self.state_summary.setAccessibleName(self.tr("Your state"))
        self.body.addWidget(self.state_summary)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        for action, text, name in (
            ("like", self.tr("Like"), self.tr("Like")), ("dislike", self.tr("Dislike"), self.tr("Dislike")),
            ("dismiss", self.tr("Not interested"), self.tr("Not interested")),
            ("seen", self.tr("Seen"), self.tr("Already seen or read")),
            ("wishlist", self.tr("Wishlist"), self.tr("Save to the wishlist")),
            ("undo", self.tr("Undo"), self.tr("Undo the last feedback on this item")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _=False, a=action: self.give_feedback(a))
            self.buttons[action] = button
        rate = QToolButton()
        rate.setText(self.tr("Rate"))
        rate.setAccessibleName(self.tr("Rate this item"))
        rate.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        rate.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(rate)
        for stars in STARS:
            act = QAction(f"{stars:g}★", menu)
            act.triggered.connect(lambda _=False, s=stars: self.give_feedback(f"rate={s:g}"))
            menu.addAction(act)
        rate.setMenu(menu)
        self.buttons["rate"] = rate
        for place, action in enumerate(("like", "dislike", "dismiss", "seen", "wishlist", "rate", "undo")):
            control = self.buttons[action]
            control.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(control, place // 4, place % 4)
        self.body.addLayout(grid)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>")
        label.setAccessibleName(text)
        return label

    def _list(self, title: str, description: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(title)
        widget.setAccessibleDescription(description)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.body.addWidget(self._heading(title))
        self.body.addWidget(widget)
        return widget

    # -- loading -------------------------------------------------------------------------------

    def show_item(self, item_id: int) -> None:
        """Load and show ``item_id`` (the previous item stays until it arrives)."""
        if item_id != self.item_id:
            self.notice.setText(self.tr("Loading…"))
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        if self.item_id is None:
            return
        self._generation += 1
        generation, item_id, profile = self._generation, self.item_id, self.ctx.profile
        self.ctx.call(lambda lib: load_detail(lib, item_id, profile),
                      lambda loaded: self._show(loaded, generation),
                      lambda message: self._failed(message, generation))

    def _failed(self, message: str, generation: int) -> None:
        """The item could not be read (deleted meanwhile, most likely): say so, show nothing stale."""
        if generation == self._generation:
            self.detail = None
            self.title.clear()
            for button in self.buttons.values():
                button.setEnabled(False)
            self.content.hide()
            self.notice.setText(message)

    def _show(self, loaded: LoadedDetail, generation: int) -> None:
        if generation != self._generation:
            return  # a newer item was asked for
        detail = self.detail = loaded.detail
        item = detail.item
        self.notice.clear()
        self.content.show()
        self.title.setText(item.title)
        self.setAccessibleDescription(item.title)
        self._fill_fields(item)
        self.description.setText(item.description or "")
        self.description.setVisible(bool(item.description))
        if loaded.cover is not None:
            self.cover.setPixmap(QPixmap.fromImage(loaded.cover))
        self.cover.setVisible(loaded.cover is not None)
        self.state_summary.setText(state_text(detail.state))
        self.history.clear()
        for entry in detail.history:
            row = QListWidgetItem(history_text(entry))
            if entry.undone:
                font = row.font()
                font.setStrikeOut(True)
                row.setFont(font)
            self.history.addItem(row)
        if not detail.history:
            self.history.addItem(self.tr("Nothing yet"))
        self.related.clear()
        for other in detail.related:
            text = f"{other.title} ({other.year})" if other.year else other.title
            row = QListWidgetItem(f"{text} — {other.reason}" if other.reason else text)
            row.setData(Qt.ItemDataRole.UserRole, other.item_id)
            row.setToolTip(self.tr("Open %s") % other.title)
            self.related.addItem(row)
        if not detail.related:
            self.related.addItem(self.tr("None yet: similar items appear once the library is indexed"))
        for action, button in self.buttons.items():
            button.setEnabled(action != "undo" or any(not entry.undone for entry in detail.history))
        for widget in (self.history, self.related):
            rows = min(widget.count(), 8)
            widget.setFixedHeight(max(rows, 1) * widget.sizeHintForRow(0) + 2 * widget.frameWidth() + 4)
        self.graph.set_neighbourhood(detail.graph)
        self.legend.setText(self.graph.legend())
        self.graph.setVisible(bool(detail.graph.nodes))

    def _fill_fields(self, item: Item) -> None:
        length = [self.tr("%n page(s)", "", item.pages) if item.pages else "",
                  self.tr("%n min", "", item.runtime_minutes) if item.runtime_minutes else "",
                  self.tr("%n word(s)", "", item.word_count) if item.word_count else ""]
        language = QLocale.languageToString(QLocale(item.language).language()) if item.language else ""
        values = {
            "alt": ", ".join(t for t in (item.original_title, *item.alt_titles) if t and t != item.title),
            "kind": kind_label(item.kind),
            "year": str(item.year or ""),
            "length": " · ".join(x for x in length if x),
            "language": language,
            "creators": "; ".join(self.tr("%s (%s)") % (c.name, role_label(c.role)) if c.role else c.name
                                  for c in item.creators),
            "genres": ", ".join(s.name for s in item.subjects if s.kind == "genre"),
            "tags": ", ".join(s.name for s in item.subjects if s.kind != "genre"),
            "ids": "; ".join(f"{scheme}: {value}" for scheme, value in sorted(item.identifiers.items())),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            self.form.setRowVisible(self.fields[key], bool(text))

    # -- actions -------------------------------------------------------------------------------

    def give_feedback(self, action: str) -> None:
        if self.item_id is not None:
            send_feedback(self.ctx, self.item_id, action)

    def _related_chosen(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, int):
            self.open_requested.emit(item_id)

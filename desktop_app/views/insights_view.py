"""Insights: what you finished and rated — headline numbers and four charts (genres over time,
ratings, decades, top creators) — and your taste profile, which you can change here: the boosts
and mutes in force (each with Remove), a field to boost or mute any genre, person, tag or series,
and one-click suggestions from your top genres and creators. Everything is fetched on the engine
thread, again whenever feedback, items, taste rules or settings change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.context import AppContext
from desktop_app.views.insights_data import InsightsData, RuleRow, Suggestion, clear_rule, load_insights
from desktop_app.widgets.charts import Bar, BarChart, ChartCard, Series, StackedBarChart
from engine import Library
from engine.insights import TasteInsights

T = TypeVar("T")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class InsightsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: InsightsData | None = None
        self._generation = 0
        self.headlines: dict[str, QLabel] = {}
        self.rule_buttons: dict[str, QPushButton] = {}
        self.suggestion_buttons: dict[tuple[str, str], QPushButton] = {}
        self.state = QLabel(self.tr("Loading your insights…"))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Insights status"))
        heads = QHBoxLayout()
        for key in ("finished", "ratings", "mean", "liked"):
            label = QLabel()
            label.setObjectName(f"headline_{key}")
            self.headlines[key] = label
            heads.addWidget(label, 1)
        self.genres_chart = StackedBarChart(self.tr("Genres over time"))
        self.ratings_chart = BarChart(self.tr("Ratings"))
        self.decades_chart = BarChart(self.tr("Decades"))
        self.creators_chart = BarChart(self.tr("Top creators"), horizontal=True)
        grid = QGridLayout()
        cards = [(self.tr("Genres you finished or rated, per year"), self.genres_chart),
                 (self.tr("Your ratings"), self.ratings_chart),
                 (self.tr("Decades of what you finished or rated"), self.decades_chart),
                 (self.tr("Creators you come back to"), self.creators_chart)]
        for index, (title, chart) in enumerate(cards):
            grid.addWidget(ChartCard(title, chart), index // 2, index % 2)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.state)
        column.addLayout(heads)
        column.addLayout(grid)
        column.addWidget(self._build_taste())
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Insights"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._load)
        ctx.opened.connect(self._opened)
        ctx.changed.connect(self._changed)

    def _build_taste(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your taste profile"))
        self.rules_layout = QVBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("A genre, person, tag or series"))
        self.entry.setAccessibleName(self.tr("Genre, person, tag or series to boost or mute"))
        self.entry.setAccessibleDescription(self.tr("In any language, e.g. “science fiction” or “科幻”. "
                                                    "Enter boosts"))
        self.boost_button = QPushButton(self.tr("Boost"))
        self.boost_button.setAccessibleName(self.tr("Boost what is typed"))
        self.boost_button.setAccessibleDescription(self.tr("Recommend more of it"))
        self.mute_button = QPushButton(self.tr("Mute"))
        self.mute_button.setAccessibleName(self.tr("Mute what is typed"))
        self.mute_button.setAccessibleDescription(self.tr("Leave it out of recommendations"))
        self.boost_button.clicked.connect(lambda: self.set_rule(self.entry.text(), "boost"))
        self.mute_button.clicked.connect(lambda: self.set_rule(self.entry.text(), "mute"))
        self.entry.returnPressed.connect(self.boost_button.click)
        self.taste_message = QLabel()
        self.taste_message.setWordWrap(True)
        self.taste_message.setAccessibleName(self.tr("Taste profile message"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.boost_button)
        row.addWidget(self.mute_button)
        self.suggestions_layout = QGridLayout()
        self.suggestions_layout.setColumnStretch(0, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Boosts and mutes in force:")))
        layout.addLayout(self.rules_layout)
        layout.addLayout(row)
        layout.addWidget(self.taste_message)
        layout.addWidget(QLabel(self.tr("Suggestions from what you finished and rated:")))
        layout.addLayout(self.suggestions_layout)
        return box

    def _call(self, fn: Callable[[Library], T], on_done: Callable[[T], None],
              on_error: Callable[[str], None] | None = None) -> None:
        """``ctx.call``, with the results dropped once this view is gone (closing, tests)."""
        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if isValid(self) else None

        self.ctx.call(fn, alive(on_done), alive(on_error) if on_error is not None else None)

    # -- loading --------------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _opened(self, _lib: Library) -> None:
        self.refresh()

    def _changed(self, what: str) -> None:
        if what in ("feedback", "items", "rules", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self._timer.start()  # several changes at once make one request

    def _load(self) -> None:
        self._generation += 1
        generation, profile = self._generation, self.ctx.profile
        self._call(lambda lib: load_insights(lib, profile), lambda data: self._show(data, generation))

    def _show(self, data: InsightsData, generation: int) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.data = data
        rebuilt = (*self.rule_buttons.values(), *self.suggestion_buttons.values())
        had_focus = QApplication.focusWidget() in rebuilt
        self._show_numbers(data.insights)
        self._show_charts(data.insights)
        self._show_rules(data.rules)
        self._show_suggestions(data.suggestions)
        if had_focus:  # the button pressed is gone: keep the keyboard in the taste profile
            self.entry.setFocus()

    def _show_numbers(self, insights: TasteInsights) -> None:
        totals = insights.totals
        self.state.setVisible(insights.empty)
        self.state.setText(self.tr("Nothing to show yet: finish or rate a few things and they are "
                                   "summarised here."))
        kinds = {"book": self.tr("%n book(s)", "", totals.finished_by_kind.get("book", 0)),
                 "film": self.tr("%n film(s)", "", totals.finished_by_kind.get("film", 0)),
                 "series": self.tr("%n series", "", totals.finished_by_kind.get("series", 0)),
                 "article": self.tr("%n article(s)", "", totals.finished_by_kind.get("article", 0))}
        detail = ", ".join(text for kind, text in kinds.items() if totals.finished_by_kind.get(kind))
        mean = f"{totals.mean_rating:.1f}★" if totals.mean_rating is not None else "–"
        values = {
            "finished": (str(totals.finished), self.tr("finished"), detail),
            "ratings": (str(totals.ratings), self.tr("rated"), ""),
            "mean": (mean, self.tr("average rating"), ""),
            "liked": (str(totals.liked), self.tr("liked"),
                      self.tr("%n on the wishlist", "", totals.wishlist)),
        }
        for key, (value, caption, extra) in values.items():
            label = self.headlines[key]
            label.setText(f"<span style='font-size:20pt'>{value}</span><br>{caption}"
                          + (f"<br><small>{extra}</small>" if extra else ""))
            label.setAccessibleName(" ".join(t for t in (value, caption, extra) if t))

    def _show_charts(self, insights: TasteInsights) -> None:
        self.genres_chart.set_data([str(year) for year in insights.years],
                                   [Series(_capital(s.label), s.counts) for s in insights.genres_over_time])
        self.ratings_chart.set_data([Bar(f"{stars:g}★", count, self.tr("%s★: %n item(s)", "", count)
                                         % f"{stars:g}") for stars, count in insights.ratings_histogram])
        self.decades_chart.set_data([Bar(self.tr("%ss") % decade, count,
                                         self.tr("%ss: %n item(s)", "", count) % decade)
                                     for decade, count in insights.decades])
        bars = []
        for creator in insights.creators:
            text = self.tr("%s: %n item(s)", "", creator.count) % creator.name
            if creator.mean_rating is not None:
                text += self.tr(", average %s★") % f"{creator.mean_rating:.1f}"
            bars.append(Bar(creator.name, creator.count, text))
        self.creators_chart.set_data(bars)

    def _show_rules(self, rules: list[RuleRow]) -> None:
        _clear(self.rules_layout)
        self.rule_buttons = {}
        if not rules:
            self.rules_layout.addWidget(QLabel(self.tr("None yet.")))
        kinds = {"genre": self.tr("genre"), "person": self.tr("person"), "tag": self.tr("tag"),
                 "series": self.tr("series"), "collection": self.tr("collection")}
        for rule in rules:
            kind = kinds.get(rule.key.split(":", 1)[0], rule.key.split(":", 1)[0])
            if rule.action == "boost":
                text = self.tr("More %s (%s)") % (_capital(rule.label), kind)
                name = self.tr("Remove the boost on %s") % rule.label
            else:
                text = self.tr("Muted: %s (%s)") % (_capital(rule.label), kind)
                name = self.tr("Remove the mute on %s") % rule.label
            button = QPushButton(self.tr("Remove"))
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _=False, r=rule: self.remove_rule(r))
            self.rule_buttons[rule.key] = button
            self.rules_layout.addLayout(_row(QLabel(text), button))

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        _clear(self.suggestions_layout)
        self.suggestion_buttons = {}
        for index, item in enumerate(suggestions):
            text = self.tr("%s — %n item(s)", "", item.count) % _capital(item.label)
            if item.mean_rating is not None:
                text += self.tr(", average %s★") % f"{item.mean_rating:.1f}"
            self.suggestions_layout.addWidget(QLabel(text), index, 0)
            for column, (action, caption, name) in enumerate((
                    ("boost", self.tr("Boost"), self.tr("Boost %s") % item.label),
                    ("mute", self.tr("Mute"), self.tr("Mute %s") % item.label)), start=1):
                button = QPushButton(caption)
                button.setAccessibleName(name)
                button.clicked.connect(lambda _=False, n=item.name, a=action: self.set_rule(n, a))
                self.suggestion_buttons[(item.name, action)] = button
                self.suggestions_layout.addWidget(button, index, column)

    # -- changing the taste profile ---------------------------------------------------------------

    def set_rule(self, name: str, action: str) -> None:
        """Boost or mute ``name``; the engine's message is shown inline when it cannot."""
        name = name.strip()
        if not name:
            self._message(self.tr("Type a genre, person, tag or series first."))
            self.entry.setFocus()
            return
        profile = self.ctx.profile
        self._message("")
        self._call(lambda lib: lib.set_taste_rule(name, action, profile),
                      lambda _rule: self._rule_changed(clear_entry=True), self._message)

    def remove_rule(self, rule: RuleRow) -> None:
        profile = self.ctx.profile
        self._call(lambda lib: clear_rule(lib, rule, profile),
                      lambda _none: self._rule_changed(clear_entry=False), self._message)

    def _rule_changed(self, *, clear_entry: bool) -> None:
        if clear_entry:
            self.entry.clear()
        self._message("")
        self.ctx.changed.emit("rules")

    def _message(self, text: str) -> None:
        self.taste_message.setText(text)
        self.taste_message.setAccessibleDescription(text)


def _row(label: QLabel, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(label, 1)
    row.addWidget(button)
    return row


def _clear(layout: QVBoxLayout | QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget, inner = (child.widget(), child.layout()) if child is not None else (None, None)
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif isinstance(inner, (QVBoxLayout, QGridLayout, QHBoxLayout)):
            _clear(inner)
            inner.deleteLater()

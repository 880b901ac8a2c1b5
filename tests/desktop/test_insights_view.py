"""The Insights view on the sample library: the numbers and charts shown are the engine's, the
charts paint in light and dark palettes, and the taste profile can be changed from the view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.views.insights_view import InsightsView
from desktop_app.widgets.charts import Bar, BarChart, Chart, Series, StackedBarChart, chart_colors
from engine import Library, open_library
from engine.insights import taste_insights
from tests.desktop.thread_guard import guarded_context, ui_thread_did_no_engine_work
from tests.fakes import HashingEncoder

pytestmark = pytest.mark.qt



def _open_indexed(home: Path) -> Library:
    lib = open_library(home)
    lib.load_sample()
    lib.knowledge.use_encoder(HashingEncoder())  # people, tags and series need the graph
    lib.index()
    return lib


@pytest.fixture
def ctx(qtbot: QtBot, shelfwise_home: Path) -> Iterator[AppContext]:
    with guarded_context(qtbot, lambda: _open_indexed(shelfwise_home), timeout=60_000) as context:
        yield context


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> InsightsView:
    insights = InsightsView(ctx)
    qtbot.addWidget(insights)
    insights.resize(1000, 900)
    insights.show()
    insights.activate()
    qtbot.waitUntil(lambda: insights.data is not None, timeout=10_000)
    return insights


def _rules(home: Path, profile: str | None = None) -> dict[str, str]:
    """The rules as stored, read through a connection of the test's own."""
    with open_library(home) as other:
        return {rule.key: rule.action for rule in other.taste_rules(profile)}


def _painted_with(chart: Chart, color: QColor) -> int:
    image = chart.grab().toImage()
    return sum(image.pixelColor(x, y) == color for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_numbers_and_charts_are_the_engines(qtbot: QtBot, view: InsightsView, ctx: AppContext,
                                            shelfwise_home: Path) -> None:
    assert view.data is not None
    shown = view.data.insights
    with open_library(shelfwise_home) as other:
        assert shown == taste_insights(other, None, shown.language)
    assert "<span style='font-size:20pt'>31</span>" in view.headlines["finished"].text()
    assert "17 book(s), 12 film(s), 2 article(s)" in view.headlines["finished"].text()
    assert view.headlines["ratings"].accessibleName().startswith("31 ")
    assert f"{134.5 / 31:.1f}★" in view.headlines["mean"].text()
    assert view.headlines["liked"].accessibleName().startswith("3 ")

    assert [(b.label, b.value) for b in view.ratings_chart.bars][-3:] == [("4★", 13), ("4.5★", 9), ("5★", 7)]
    assert [b.value for b in view.decades_chart.bars] == [n for _, n in shown.decades]
    assert view.decades_chart.bars[0].label == "1920s"
    assert [b.label for b in view.creators_chart.bars][:2] == ["Hayao Miyazaki", "刘慈欣"]
    assert view.genres_chart.categories == ["2021", "2022", "2023", "2024", "2025"]
    assert view.genres_chart.series[0].values == (6, 3, 3, 2, 1)
    assert "5★: 7 item(s)" in view.ratings_chart.accessibleDescription()
    assert view.genres_chart.accessibleName() and "2021: " in view.genres_chart.accessibleDescription()
    assert view.state.isHidden()

    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    for chart in (view.genres_chart, view.ratings_chart, view.decades_chart, view.creators_chart):
        assert chart.accessibleName() and chart.accessibleDescription() != "No data yet"
        assert _painted_with(chart, highlight) > 20, chart.accessibleName()

    chart = view.ratings_chart
    where = chart._hits[-1].center().toPoint()  # painted above by grab()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where)))
    assert QToolTip.text() == "5★: 7 item(s)"
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_text() == "5★: 7 item(s)"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_text() == "4.5★: 9 item(s)"
    assert ui_thread_did_no_engine_work(ctx)


def test_charts_follow_the_palette_and_show_no_data() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Highlight, QColor(60, 120, 220))
    light = QPalette(dark)
    light.setColor(QPalette.ColorRole.Window, QColor(250, 250, 250))
    assert chart_colors(dark, 1)[0] == QColor(60, 120, 220)
    assert all(c.lightness() > 140 for c in chart_colors(dark, 4)[1:])
    assert all(c.lightness() < 120 for c in chart_colors(light, 4)[1:])

    stacked = StackedBarChart("Test")
    stacked.resize(400, 240)
    assert stacked.accessibleDescription() == "No data yet"
    assert not stacked.grab().isNull()
    stacked.setPalette(dark)
    stacked.set_data(["2020", "2021"], [Series("a", (1, 0)), Series("b", (2, 3))])
    assert stacked.accessibleDescription() == "2020: a 1, b 2; 2021: b 3"
    assert _painted_with(stacked, QColor(60, 120, 220)) > 20
    bars = BarChart("Bars", horizontal=True)
    bars.resize(300, 200)
    bars.set_data([Bar("long name " * 10, 4), Bar("b", 0)])
    assert _painted_with(bars, bars.palette().color(QPalette.ColorRole.Highlight)) > 20


def test_boost_mute_and_remove_from_the_view(qtbot: QtBot, view: InsightsView, ctx: AppContext,
                                             shelfwise_home: Path) -> None:
    changes: list[str] = []
    ctx.changed.connect(changes.append)
    assert ("science-fiction", "boost") in view.suggestion_buttons
    view.entry.setText("科幻")
    view.boost_button.click()
    qtbot.waitUntil(lambda: "genre:science-fiction" in view.rule_buttons, timeout=10_000)
    assert _rules(shelfwise_home) == {"genre:science-fiction": "boost"}
    assert changes == ["rules"] and view.entry.text() == ""
    assert ("science-fiction", "boost") not in view.suggestion_buttons  # no suggesting what is set
    assert "science fiction" in view.rule_buttons["genre:science-fiction"].accessibleName()

    view.suggestion_buttons[("Hayao Miyazaki", "mute")].click()
    qtbot.waitUntil(lambda: "person:hayao miyazaki" in view.rule_buttons, timeout=10_000)
    assert _rules(shelfwise_home) == {"genre:science-fiction": "boost", "person:hayao miyazaki": "mute"}

    view.rule_buttons["genre:science-fiction"].setFocus()
    qtbot.keyClick(view.rule_buttons["genre:science-fiction"], Qt.Key.Key_Space)  # by keyboard
    qtbot.waitUntil(lambda: "genre:science-fiction" not in view.rule_buttons, timeout=10_000)
    assert view.entry.hasFocus()  # not lost with the button
    assert _rules(shelfwise_home) == {"person:hayao miyazaki": "mute"}

    view.entry.setText("zzzz not a thing")
    view.mute_button.click()
    qtbot.waitUntil(lambda: bool(view.taste_message.text()), timeout=10_000)
    assert "no genre, person, tag or series called 'zzzz not a thing'" in view.taste_message.text()
    assert view.entry.text() == "zzzz not a thing"  # kept, to be corrected
    assert _rules(shelfwise_home) == {"person:hayao miyazaki": "mute"}
    view.entry.clear()
    view.boost_button.click()
    assert "Type a genre" in view.taste_message.text()
    assert ui_thread_did_no_engine_work(ctx)


def test_rules_and_numbers_follow_the_active_profile_and_feedback(
        qtbot: QtBot, view: InsightsView, ctx: AppContext, shelfwise_home: Path) -> None:
    ctx.profile = "guest"
    ctx.changed.emit("settings")
    qtbot.waitUntil(lambda: view.data is not None and view.data.insights.empty, timeout=10_000)
    assert view.state.isVisible() and "Nothing to show yet" in view.state.text()
    assert view.ratings_chart.accessibleDescription().endswith("0 item(s)")
    view.entry.setText("drama")
    view.mute_button.click()
    qtbot.waitUntil(lambda: "genre:drama" in view.rule_buttons, timeout=10_000)
    assert _rules(shelfwise_home, "guest") == {"genre:drama": "mute"}
    assert _rules(shelfwise_home) == {}

    done: list[object] = []
    ctx.call(lambda lib: lib.rate(lib.store.items.find_by_title("Arrival")[0], 4, "guest"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    ctx.changed.emit("feedback")
    qtbot.waitUntil(lambda: view.data is not None and view.data.insights.totals.ratings == 1, timeout=10_000)
    assert view.headlines["ratings"].accessibleName().startswith("1 ")
    assert view.state.isHidden()
    assert ui_thread_did_no_engine_work(ctx)

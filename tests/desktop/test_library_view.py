"""The library view: filters, sorting and search over the table; the detail pane with history,
similar items, the graph and feedback; ``open_item``; rows fetched in pages at 20k items; and
no engine work (not one SQL statement) on the UI thread."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QPoint, Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.feedback import send_feedback
from desktop_app.library_model import LibraryRow
from desktop_app.operations import EngineRunner
from desktop_app.views.library_view import LibraryView
from engine import Library, open_library
from engine.library.models import ItemDraft
from engine.library.text import sort_name
from tests.fakes import HashingEncoder
from tests.knowledge.conftest import item_by_title

pytestmark = pytest.mark.qt


@pytest.fixture(scope="module")
def indexed_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample library indexed once (fast hashing vectors); each test works on a copy."""
    home = tmp_path_factory.mktemp("library-view") / "home"
    with open_library(home) as lib:
        lib.load_sample()
        lib.knowledge.use_encoder(HashingEncoder())
        assert lib.index().status == "completed"
    return home


@dataclass
class App:
    ctx: AppContext
    runner: EngineRunner
    lib: Library      # used by the app, on its engine thread only
    check: Library    # a second connection for the test's own look-ups
    sql_threads: set[int]

    def view(self, qtbot: QtBot, **options: str) -> LibraryView:
        view = LibraryView(self.ctx, **options)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        if self.ctx.library is None:
            self.ctx.set_library(self.lib)
        else:
            view.activate()
        settle(qtbot, view)
        return view


@contextmanager
def open_app(home: Path) -> Iterator[App]:
    runner = EngineRunner()
    ctx = AppContext(runner)
    lib = open_library(home)
    lib.knowledge.use_encoder(HashingEncoder())
    threads: set[int] = set()
    lib.store.db.conn.set_trace_callback(lambda _sql: threads.add(threading.get_ident()))
    check = open_library(home)
    app = App(ctx, runner, lib, check, threads)
    yield app
    runner.shutdown()
    assert threads and threading.get_ident() not in threads, "SQL ran on the UI thread"
    assert threading.get_ident() not in runner.worker_thread_ids
    lib.close()
    check.close()


@pytest.fixture
def app(indexed_sample: Path, tmp_path: Path) -> Iterator[App]:
    home = tmp_path / "home"
    shutil.copytree(indexed_sample, home)
    with open_app(home) as opened:
        yield opened


def settle(qtbot: QtBot, view: LibraryView, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=timeout)


def rows(view: LibraryView) -> list[LibraryRow]:
    return [view.model.row_at(r) for r in range(view.model.rowCount())]


def wait_rows(qtbot: QtBot, view: LibraryView, check: Callable[[list[LibraryRow]], bool]) -> list[LibraryRow]:
    qtbot.waitUntil(lambda: not view.is_loading() and check(rows(view)), timeout=15_000)
    return rows(view)


def select(view: LibraryView, title: str) -> int:
    row = next(r for r, row in enumerate(rows(view)) if row.title == title)
    view.table.selectRow(row)
    return view.model.item_id(row)


def detail_ready(view: LibraryView, item_id: int) -> bool:
    detail = view.detail.detail
    return view.detail.isVisible() and detail is not None and detail.item.id == item_id


def test_filters_change_the_rows(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    total = app.check.count_items()
    assert view.model.rowCount() == total and view.count_label.text().startswith(f"{total} item")
    view.kind.setCurrentIndex(view.kind.findData("film"))
    films = wait_rows(qtbot, view, lambda rs: {r.kind for r in rs} == {"film"})
    assert len(films) == app.check.count_items("film")

    view.status_filter.setCurrentIndex(view.status_filter.findData("finished"))
    finished = {i for i, s in app.check.states().items() if s.status == "finished"}
    found = wait_rows(qtbot, view, lambda rs: len(rs) < len(films))
    assert found and {r.id for r in found} <= finished and {r.status for r in found} == {"finished"}

    view.kind.setCurrentIndex(0)
    view.status_filter.setCurrentIndex(0)
    view.min_rating.setCurrentIndex(view.min_rating.findData(4.5))
    loved = wait_rows(qtbot, view, lambda rs: 0 < len(rs) < total)
    assert all(r.rating is not None and r.rating >= 4.5 for r in loved)
    assert len(loved) == sum(1 for s in app.check.states().values() if (s.rating or 0) >= 4.5)

    view.min_rating.setCurrentIndex(0)
    view.year_from.setText("2015")
    view.year_to.setText("2019")
    recent = wait_rows(qtbot, view, lambda rs: 0 < len(rs) < total)
    assert all(r.year is not None and 2015 <= r.year <= 2019 for r in recent)

    view.year_from.clear()
    view.year_to.clear()
    view.subject.setEditText("Science Fiction")  # any case
    scifi = {i.id for i in app.check.store.items.get_many(app.check.store.items.ids())
             if "science fiction" in {s.name for s in i.subjects}}
    tagged = wait_rows(qtbot, view, lambda rs: 0 < len(rs) < total)
    assert {r.id for r in tagged} == scifi
    assert view.subject.count() > 20  # the genres and tags in use are offered

    view.clear_filters()
    assert len(wait_rows(qtbot, view, lambda rs: len(rs) == total)) == total
    assert view.subject.currentText() == "" and view.status_filter.currentData() is None


def test_sorting_by_clicking_the_column_headers(app: App, qtbot: QtBot) -> None:
    app.check.store.items.create(ItemDraft(kind="book", title="Zettel without a date"))
    view = app.view(qtbot)
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        settle(qtbot, view)

    default = [r.id for r in rows(view)]
    click(2)  # Year, ascending; undated items last
    years = [r.year for r in rows(view)]
    dated = [y for y in years if y is not None]
    assert dated == sorted(dated) and years[: len(dated)] == dated
    click(2)  # descending
    dated = [r.year for r in rows(view) if r.year is not None]
    assert dated == sorted(dated, reverse=True)
    click(4)  # Rating: highest first needs a second click
    click(4)
    ratings = [r.rating for r in rows(view)]
    rated = [x for x in ratings if x is not None]
    assert rated and rated == sorted(rated, reverse=True) and ratings[: len(rated)] == rated
    click(1)  # Kind
    kinds = [r.kind for r in rows(view)]
    assert kinds == sorted(kinds)
    click(3)  # Creators, by the first one's sort name ("Adams, Douglas")
    firsts = [sort_name(r.creators.split(", ")[0]) for r in rows(view)]
    assert firsts[:-1] == sorted(firsts[:-1]) and rows(view)[-1].creators == ""  # no one: last
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, view)
    titles = [r.id for r in rows(view)]
    assert titles == list(reversed(default))
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # cleared: title order again
    settle(qtbot, view)
    assert [r.id for r in rows(view)] == default


def test_search_with_filters(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    view.search.setText("Villeneuve")
    found = wait_rows(qtbot, view, lambda rs: 0 < len(rs) < 100)
    assert "Villeneuve" in found[0].creators
    assert {"Arrival", "Dune", "Sicario"} <= {r.title for r in found}
    view.kind.setCurrentIndex(view.kind.findData("book"))
    books = wait_rows(qtbot, view, lambda rs: {r.kind for r in rs} <= {"book"})
    assert "Arrival" not in {r.title for r in books}
    view.year_from.setText("1000")
    view.year_to.setText("1001")
    wait_rows(qtbot, view, lambda rs: not rs)
    assert view.empty_label.isVisible() and view.count_label.text().startswith("0 best match")


def test_selecting_a_row_shows_the_detail_pane(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    arrival = select(view, "Arrival")
    qtbot.waitUntil(lambda: detail_ready(view, arrival), timeout=15_000)
    pane = view.detail
    assert pane.title.text() == "Arrival"
    assert "Denis Villeneuve (director)" in pane.fields["creators"].text()
    assert pane.fields["length"].text() == "116 min" and "降临" in pane.fields["alt"].text()
    history = [pane.history.item(i).text() for i in range(pane.history.count())]
    assert history[0].endswith("Rated 5★") and history[1].endswith("Finished")
    assert "5★" in pane.state_summary.text()
    related = [pane.related.item(i).text() for i in range(pane.related.count())]
    assert len(related) >= 5 and all(" — " in text for text in related)  # each with its reason

    graph = pane.graph
    centre = graph.nodes[f"item:{arrival}"]
    assert centre.centre and centre.node.label == "Arrival"
    assert len(graph.nodes) > 8 and len(graph.edges) >= len(graph.nodes) - 1
    assert {"person", "item"} <= {n.node.type for n in graph.nodes.values()}
    target = graph.item_nodes()[0]
    assert target.node.item_id is not None
    qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=graph.mapFromScene(target.scenePos()))
    qtbot.waitUntil(lambda: detail_ready(view, target.node.item_id or 0), timeout=15_000)
    assert pane.title.text() == target.node.label

    pane.related.itemActivated.emit(pane.related.item(0))  # a similar item opens too
    first = pane.detail.related[0].item_id if pane.detail else 0
    qtbot.waitUntil(lambda: detail_ready(view, first), timeout=15_000)


def test_the_graph_highlights_on_hover_and_nodes_can_be_dragged(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    arrival = select(view, "Arrival")
    qtbot.waitUntil(lambda: detail_ready(view, arrival), timeout=15_000)
    graph = view.detail.graph
    person = next(n for n in graph.nodes.values() if n.node.type == "person")
    graph.highlight(person.node.key)
    dimmed = [n for n in graph.nodes.values() if n.opacity() < 1]
    assert dimmed and person.opacity() == 1 and graph.nodes[f"item:{arrival}"].opacity() == 1
    graph.highlight(None)
    assert all(n.opacity() == 1 for n in graph.nodes.values())
    edge = person.edges[0]
    person.setPos(person.pos() + QPoint(40, 25).toPointF())
    assert person.pos() in (edge.line().p1(), edge.line().p2())  # its edges follow it
    graph.setFocus()
    qtbot.keyClick(graph, Qt.Key.Key_Right)
    chosen = graph.item_nodes()[0].node.item_id
    qtbot.keyClick(graph, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail_ready(view, chosen or 0), timeout=15_000)


def test_enter_opens_and_escape_closes(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(3, 0))
    view._select_timer.stop()
    view.detail.hide()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    wanted = view.model.item_id(3)
    assert view.detail.isVisible()  # at once; the contents follow
    qtbot.waitUntil(lambda: detail_ready(view, wanted), timeout=15_000)
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.detail.isVisible() and view.table.hasFocus()


def test_feedback_from_the_detail_pane(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    row = next(r for r, found in enumerate(rows(view)) if found.rating is None and found.status is None)
    view.table.selectRow(row)
    hyperion = view.model.item_id(row)
    qtbot.waitUntil(lambda: detail_ready(view, hyperion), timeout=15_000)
    pane = view.detail
    assert pane.history.item(0).text() == "Nothing yet" and not pane.buttons["undo"].isEnabled()
    pane.buttons["like"].click()
    qtbot.waitUntil(lambda: app.check.state(hyperion).liked, timeout=10_000)
    qtbot.waitUntil(lambda: pane.history.count() > 0 and pane.history.item(0).text().endswith("Liked"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: view.model.row_at(row).status == "liked", timeout=10_000)
    assert view.selected_id() == hyperion  # the table updated in place, selection kept
    pane.buttons["rate"].menu().actions()[1].trigger()  # 4.5★
    qtbot.waitUntil(lambda: app.check.state(hyperion).rating == 4.5, timeout=10_000)
    qtbot.waitUntil(lambda: view.model.row_at(row).rating == 4.5 and "4.5★" in pane.state_summary.text(),
                    timeout=10_000)
    pane.buttons["undo"].click()
    qtbot.waitUntil(lambda: app.check.state(hyperion).rating is None, timeout=10_000)
    qtbot.waitUntil(lambda: pane.history.item(0).text().endswith("(undone)"), timeout=10_000)
    pane.buttons["dismiss"].click()
    qtbot.waitUntil(lambda: app.check.state(hyperion).dismissed, timeout=10_000)


def test_open_item_even_outside_the_filter(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot)
    view.kind.setCurrentIndex(view.kind.findData("book"))
    wait_rows(qtbot, view, lambda rs: {r.kind for r in rs} == {"book"})
    arrival = item_by_title(app.check, "Arrival")
    view.open_item(arrival)
    qtbot.waitUntil(lambda: detail_ready(view, arrival), timeout=15_000)
    assert view.selected_id() is None
    hyperion = item_by_title(app.check, "Hyperion")
    view.open_item(hyperion)
    assert view.selected_id() == hyperion
    qtbot.waitUntil(lambda: detail_ready(view, hyperion), timeout=15_000)


def test_the_wishlist_preset_and_hidden_views_catch_up_when_shown(app: App, qtbot: QtBot) -> None:
    view = app.view(qtbot, status="wishlist")
    wished = {i for i, s in app.check.states().items() if s.status == "wishlist"}
    assert {r.id for r in rows(view)} == wished and not view.status_filter.isEnabled()
    assert all(r.status == "wishlist" for r in rows(view))
    view.hide()
    solaris = item_by_title(app.check, "Solaris")
    send_feedback(app.ctx, solaris, "wishlist")
    qtbot.waitUntil(lambda: app.check.state(solaris).status == "wishlist", timeout=10_000)
    qtbot.wait(300)
    assert view.model.rowCount() == len(wished)  # hidden: not refreshed yet
    view.show()
    view.activate()
    wait_rows(qtbot, view, lambda rs: solaris in {r.id for r in rs})
    assert view.model.rowCount() == len(wished) + 1


@pytest.fixture(scope="module")
def large_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from benchmarks.realistic_items import realistic_drafts

    home = tmp_path_factory.mktemp("large") / "home"
    with open_library(home) as lib, lib.store.db.transaction():
        for draft in realistic_drafts(20_000):
            lib.store.items.create(draft, source="bench")
    return home


@pytest.fixture
def large_app(large_home: Path) -> Iterator[App]:
    with open_app(large_home) as opened:
        yield opened


@pytest.mark.slow
def test_a_large_library_lists_quickly_in_pages(large_app: App, qtbot: QtBot) -> None:
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    view = large_app.view(qtbot)
    first_page = time.perf_counter() - started
    assert view.model.rowCount() == 20_000 and view.count_label.text().startswith("20000 item")
    assert first_page < 5.0, first_page
    assert view.model.row_at(0).title and view.model.loaded_rows() <= 1_000
    view.table.scrollToBottom()
    last_row = view.model.rowCount() - 1
    qtbot.waitUntil(lambda: view.model.is_loaded(last_row), timeout=10_000)
    assert view.model.row_at(last_row).title
    assert view.model.loaded_rows() <= 2_000  # only what was shown
    view.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    settle(qtbot, view)
    view.table.scrollToTop()
    qtbot.waitUntil(lambda: view.model.is_loaded(0), timeout=10_000)
    assert view.model.row_at(0).year == 2025
    view.search.setText("time")
    qtbot.waitUntil(lambda: not view.is_loading() and 0 < view.model.rowCount() <= 500, timeout=20_000)
    timer.stop()
    assert max(gaps) < 0.5, f"the UI thread stalled for {max(gaps):.2f} s"

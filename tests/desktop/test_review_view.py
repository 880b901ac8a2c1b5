"""The review queue: uncertain matches beside the library item each may be, resolved Same /
Different / Edit on the engine thread, the next entry following, a friendly empty state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

import desktop_app.views.review_view as review_view
from desktop_app.views.review_view import ReviewView
from engine import Library
from tests.desktop.view_harness import ViewHarness, view_harness

pytestmark = pytest.mark.qt

# Near-duplicates of items in the bundled sample library: each waits in the review queue.
DOUBTFUL = [
    "Necromancer,,,4",  # one letter from Neuromancer (1984), nothing else known
    "Dune,Frank Herbert,1984,3",  # same title and author, years far apart
    "Foundaton,,,5",  # a typo of Foundation
]


Harness = ViewHarness[ReviewView]


def _import(lib: Library, path: Path, rows: list[str]) -> None:
    path.write_text("title,author,year,rating\n" + "\n".join(rows) + "\n", encoding="utf-8")
    lib.import_path(path, format="generic_csv")


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    def seed(lib: Library) -> None:
        lib.load_sample()
        _import(lib, tmp_path / "doubtful.csv", DOUBTFUL)
        assert len(lib.review_entries()) == 3

    with view_harness(qtbot, tmp_path, ReviewView, seed=seed, active=True) as h:
        lib = h.view_library  # the view's connection, not the test's
        h.spy(lib, "review_entries", monkeypatch)
        h.spy(lib, "resolve_review", monkeypatch)
        h.spy(review_view, "resolve_review_edited", monkeypatch)
        h.view.activate()
        qtbot.waitUntil(lambda: h.view.list.count() == 3, timeout=10_000)
        yield h


def _select(view: ReviewView, record_title: str) -> dict[str, Any]:
    row = next(i for i, e in enumerate(view.entries) if e["record"]["title"] == record_title)
    view.list.setCurrentRow(row)
    assert view.current is not None and view.current["record"]["title"] == record_title
    return view.current


def _side_by_side(view: ReviewView) -> dict[str, tuple[str, str, bool]]:
    return {name: (mine.text(), theirs.text(), mine.font().bold())
            for name, (mine, theirs) in view.cells.items()}


def test_entries_show_side_by_side(qtbot: QtBot, harness: Harness) -> None:
    view = harness.view
    assert view.stack.currentIndex() == 1 and view.heading.text() == "Uncertain matches (3)"
    assert [view.list.item(r).text() for r in range(3)] == [
        "Necromancer ↔ Neuromancer", "Dune ↔ Dune", "Foundaton ↔ Foundation"]
    assert view.list.currentRow() == 0
    assert _side_by_side(view) == {
        "title": ("Necromancer", "Neuromancer", True),
        "year": ("unknown", "1984", True),
        "creators": ("unknown", "William Gibson", True),
        "kind": ("Book", "Book", False),
    }
    assert view.details.text() == ("Match 91% · similar title (91%), creators unknown, year unknown · "
                                   "from Any CSV/TSV with a title column, row 2")
    _select(view, "Dune")
    assert _side_by_side(view)["year"] == ("1984", "1965", True)
    assert _side_by_side(view)["title"] == ("Dune", "Dune", False)
    harness.assert_engine_work_off_the_ui_thread()


def test_same_different_and_edit_resolve_and_the_next_entry_follows(qtbot: QtBot, harness: Harness) -> None:
    view = harness.view
    with harness.library() as lib:
        items_before = lib.count_items()

    dune = _select(view, "Dune")
    qtbot.mouseClick(view.same_button, Qt.MouseButton.LeftButton)
    assert not view.same_button.isEnabled()  # no second decision while this one is on its way
    qtbot.waitUntil(lambda: view.list.count() == 2 and not view.busy, timeout=10_000)
    assert view.current is not None and view.current["record"]["title"] == "Foundaton"  # the next one
    assert view.status.text() == "“Dune” was merged into “Dune”."
    with harness.library() as lib:
        assert lib.state(dune["candidate"]["id"]).rating == 3
        assert lib.count_items() == items_before

    necro = _select(view, "Necromancer")
    qtbot.mouseClick(view.different_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 1 and not view.busy, timeout=10_000)
    with harness.library() as lib:
        new = [i for i in lib.items(kind="book") if i.title == "Necromancer"]
        assert len(new) == 1 and new[0].id != necro["candidate"]["id"]
        assert lib.state(new[0].id).rating == 4

    assert view.current is not None and view.current["record"]["title"] == "Foundaton"
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.editor.isVisible() and view.edit_title.text() == "Foundaton" and view.edit_year.text() == ""
    view.edit_title.setText("Foundation and Empire")
    view.edit_year.setText("1952")
    qtbot.keyClick(view.edit_year, Qt.Key.Key_Return)  # Enter adds the corrected record as a new item
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 0 and not view.busy, timeout=10_000)
    assert view.heading.text() == "Uncertain matches (0)"
    assert view.empty_label.isVisible() and "Nothing to review" in view.empty_label.text()
    with harness.library() as lib:
        edited = [i for i in lib.items(kind="book") if i.title == "Foundation and Empire"]
        assert len(edited) == 1 and edited[0].year == 1952 and lib.state(edited[0].id).rating == 5
        assert [i.title for i in lib.items(kind="book") if i.title == "Foundation"] == ["Foundation"]
        assert lib.count_items() == items_before + 2 and lib.review_entries() == []
    assert harness.changed.count("review") == 3 and "items" in harness.changed
    harness.assert_engine_work_off_the_ui_thread()


def test_alt_s_and_alt_d_decide_from_the_keyboard(qtbot: QtBot, harness: Harness) -> None:
    view = harness.view
    assert view.same_button.accessibleName() == "Same work" and "Alt+S" in view.same_button.accessibleDescription()
    assert view.different_button.accessibleName() == "Different work"
    view.list.setFocus()
    _select(view, "Dune")
    qtbot.keyClick(view.list, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.list.count() == 2 and not view.busy, timeout=10_000)
    _select(view, "Necromancer")
    qtbot.keyClick(view.list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.list.count() == 1 and not view.busy, timeout=10_000)
    qtbot.keyClick(view.list, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # a mnemonic: an animated click
    qtbot.waitUntil(lambda: view.editor.isVisible() and view.edit_title.hasFocus(), timeout=2_000)
    qtbot.keyClick(view.edit_title, Qt.Key.Key_Escape)
    assert not view.editor.isVisible()
    with harness.library() as lib:
        resolved = {e["record"]["title"] for e in lib.review_entries()}
        assert resolved == {"Foundaton"}
        assert any(i.title == "Necromancer" for i in lib.items(kind="book"))


def test_a_bad_correction_is_refused_before_reaching_the_library(
    qtbot: QtBot, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = harness.view
    _select(view, "Foundaton")
    view.start_edit()
    view.edit_title.setText("   ")
    qtbot.mouseClick(view.save_new_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "The title cannot be empty." and not view.busy
    view.edit_title.setText("Foundation")
    view.edit_year.setText("-")
    qtbot.mouseClick(view.save_merge_button, Qt.MouseButton.LeftButton)
    assert view.status.text().startswith("The year must be a number") and not view.busy
    assert view.list.count() == 3
    shown: list[int] = []
    show = view._show_entries
    monkeypatch.setattr(view, "_show_entries", lambda entries: (shown.append(len(entries)), show(entries)))
    harness.ctx.changed.emit("items")  # a reload meanwhile keeps the correction being typed
    qtbot.waitUntil(lambda: shown == [3], timeout=10_000)
    assert view.editor.isVisible() and view.edit_title.text() == "Foundation"
    view.edit_year.setText("1951")
    qtbot.mouseClick(view.save_merge_button, Qt.MouseButton.LeftButton)  # corrected: same as Foundation
    qtbot.waitUntil(lambda: view.list.count() == 2 and not view.busy, timeout=10_000)
    with harness.library() as lib:
        foundation = [i for i in lib.items(kind="book") if i.title == "Foundation"]
        assert len(foundation) == 1 and lib.state(foundation[0].id).rating == 5


def test_refreshes_on_activate_and_on_library_changes(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    view = harness.view
    with harness.library() as lib:  # resolved elsewhere (the CLI, another window)
        lib.resolve_review(lib.review_entries()[0]["id"], "different")
    harness.ctx.changed.emit("items")
    qtbot.waitUntil(lambda: view.list.count() == 2, timeout=10_000)
    with harness.library() as lib:
        _import(lib, tmp_path / "more.csv", ["The Dispossesed,,,"])
    view.activate()
    qtbot.waitUntil(lambda: view.list.count() == 3, timeout=10_000)
    assert view.list.item(2).text() == "The Dispossesed ↔ The Dispossessed"
    with harness.library() as lib:
        for entry in lib.review_entries():
            lib.resolve_review(entry["id"], "same")
    harness.ctx.changed.emit("review")
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 0, timeout=10_000)
    assert not view.same_button.isEnabled() and view.current is None


def test_an_entry_resolved_elsewhere_meanwhile_gives_a_message(qtbot: QtBot, harness: Harness) -> None:
    view = harness.view
    entry = _select(view, "Dune")
    with harness.library() as lib:
        lib.resolve_review(entry["id"], "different")
    qtbot.mouseClick(view.same_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already resolved" in view.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.list.count() == 2 and not view.busy, timeout=10_000)
    assert "Traceback" not in view.status.text()


def test_the_empty_queue_is_friendly_and_controls_are_named(qtbot: QtBot, harness: Harness) -> None:
    view = harness.view
    controls = view.findChildren(QAbstractButton) + view.findChildren(QLineEdit) + view.findChildren(QListWidget)
    assert len(controls) >= 9
    assert [c.text() if isinstance(c, QAbstractButton) else type(c).__name__
            for c in controls if not c.accessibleName()] == []
    with harness.library() as lib:
        for e in lib.review_entries():
            lib.resolve_review(e["id"], "different")
    view.activate()
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 0, timeout=10_000)
    with qtbot.waitSignal(harness.ctx.navigate, timeout=2_000) as navigated:
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["import"]

"""The import wizard: detection on the engine thread, the import as a background task with progress
and Cancel, the report, drag and drop, and the way to the review queue."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import desktop_app.views.import_view as import_view
from desktop_app.context import Task
from desktop_app.views.import_view import ImportView
from engine import open_library
from tests.desktop.view_harness import ViewHarness, view_harness

pytestmark = pytest.mark.qt

CSV_LABEL = "Any CSV/TSV with a title column"
GOODREADS_LABEL = "Goodreads library export (CSV)"


Harness = ViewHarness[ImportView]


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    with view_harness(qtbot, tmp_path, ImportView) as h:
        h.spy(import_view, "detect_format", monkeypatch)
        h.spy(import_view, "run_in_process", monkeypatch)  # the thread the import job leaves from
        h.view.activate()
        qtbot.waitUntil(lambda: h.view.format_combo.count() > 20, timeout=10_000)
        yield h


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("title,author,year,rating\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _detected(qtbot: QtBot, view: ImportView, path: Path) -> str:
    qtbot.waitUntil(lambda: path.absolute() in view.files.detected, timeout=10_000)
    row = view.files.paths.index(path.absolute())
    return view.files.table.item(row, 1).text()


def _import(qtbot: QtBot, view: ImportView) -> None:
    assert view.import_button.isEnabled()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None and view.report.isVisible(), timeout=120_000)


def _results(view: ImportView) -> list[list[str]]:
    table = view.results
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _problems(view: ImportView) -> list[tuple[str, str, str]]:
    table = view.problems
    return [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())]


def test_own_csv_is_detected_imported_with_progress_and_reported(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    view = harness.view
    path = _csv(tmp_path / "reading.csv", [
        "Dune,Frank Herbert,1965,4",
        "Neuromancer,William Gibson,1984,5",
        ",Nobody,2001,3",  # no title: an error on row 4
        "Snow Crash,Neal Stephenson,1992,",
    ])
    view.add_paths([path])
    assert not view.import_button.isEnabled()  # nothing to import before detection answered
    assert _detected(qtbot, view, path) == CSV_LABEL

    messages: list[str] = []
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.task is not None
    view.task.signals.progress.connect(lambda _done, _total, message: messages.append(message))
    assert view.progress.isVisibleTo(view) and view.cancel_button.isVisibleTo(view)
    assert not view.import_button.isEnabled() and not view.drop_zone.isEnabled()
    qtbot.waitUntil(lambda: view.task is None and view.report.isVisible(), timeout=30_000)

    assert messages == ["reading.csv: 4 rows"]
    assert not view.progress.isVisibleTo(view) and not view.cancel_button.isVisibleTo(view)
    assert view.summary.text() == "Import finished. 3 created, 0 updated, 0 skipped, 0 to review, 1 error(s)."
    assert _results(view) == [["reading.csv", CSV_LABEL, "Completed", "3", "0", "0", "0", "1"]]
    assert _problems(view) == [("reading.csv", "4", "the row has no title")]
    assert not view.review_button.isVisibleTo(view)  # nothing uncertain
    assert "items" in harness.changed
    assert view.files.paths == []  # a finished file leaves the list
    with harness.library() as lib:
        assert sorted(item.title for item in lib.items()) == ["Dune", "Neuromancer", "Snow Crash"]
        runs = lib.import_runs()
        assert len(runs) == 1 and runs[0].status == "completed" and runs[0].profile == "default"
    harness.assert_engine_work_off_the_ui_thread()


def test_import_goes_into_the_chosen_profile_and_format(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    with harness.library() as lib:
        lib.profile("alex")
    view = harness.view
    view.activate()
    qtbot.waitUntil(lambda: view.profile_combo.findData("alex") >= 0, timeout=10_000)
    assert view.profile_combo.itemData(0) is None and "default" in view.profile_combo.itemText(0)
    view.profile_combo.setCurrentIndex(view.profile_combo.findData("alex"))
    view.format_combo.setCurrentIndex(view.format_combo.findData("generic_csv"))
    path = _csv(tmp_path / "alex.csv", ["Solaris,Stanislaw Lem,1961,5"])
    view.add_paths([path])
    assert view.import_button.isEnabled()  # a chosen format does not wait for detection
    _import(qtbot, view)
    with harness.library() as lib:
        run = lib.import_runs()[0]
        assert (run.format, run.profile, run.created) == ("generic_csv", "alex", 1)
        item = lib.items()[0]
        assert lib.state(item.id, "alex").rating == 5 and lib.state(item.id).rating is None


@pytest.mark.realdata
def test_real_exports_are_detected_and_imported(
    qtbot: QtBot, harness: Harness, shared_data: Path, tmp_path: Path
) -> None:
    view = harness.view
    goodreads = shared_data / "exports/goodreads/bookwyrm/goodreads.csv"
    letterboxd = shared_data / "exports/letterboxd/yamtrack/ratings.csv"
    bundle = tmp_path / "exports.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(goodreads, "goodreads.csv")
        archive.write(letterboxd, "ratings.csv")
    view.add_paths([goodreads, bundle])
    assert _detected(qtbot, view, goodreads) == GOODREADS_LABEL
    both = _detected(qtbot, view, bundle)
    assert GOODREADS_LABEL in both and "Letterboxd" in both and " + " in both
    view.files.keep_only([goodreads.absolute()])
    _import(qtbot, view)
    assert _results(view) == [["goodreads.csv", GOODREADS_LABEL, "Completed", "3", "0", "0", "0", "0"]]
    with harness.library() as lib:
        assert lib.count_items() == 3
    harness.assert_engine_work_off_the_ui_thread()


def test_binary_file_is_refused_with_the_engines_message(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    view = harness.view
    blob = tmp_path / "photo.csv"
    blob.write_bytes(bytes(range(256)) * 64)
    view.add_paths([blob])
    text = _detected(qtbot, view, blob)
    assert text.startswith("photo.csv: unsupported file") and "\n" not in text
    assert not view.import_button.isEnabled()

    # read as Goodreads anyway: the engine refuses the whole file and stores nothing
    view.format_combo.setCurrentIndex(view.format_combo.findData("goodreads"))
    _import(qtbot, view)
    assert view.summary.text().startswith("Nothing was imported. 0 created,")
    [[_name, _format, status, *counts]] = _results(view)
    assert status == "Failed" and counts[:4] == ["0", "0", "0", "0"]
    [(_file, row, message)] = _problems(view)
    assert row == "" and message.startswith("photo.csv") and "Traceback" not in message
    assert "items" not in harness.changed
    assert view.files.paths == [blob.absolute()]  # still there to fix and retry
    with harness.library() as lib:
        assert lib.count_items() == 0


def test_missing_and_unsupported_paths_show_clear_messages(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    view = harness.view
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff" + bytes(500))
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    view.add_paths([tmp_path / "gone.csv", folder, empty])
    assert "no such file" in _detected(qtbot, view, tmp_path / "gone.csv")
    assert "unsupported folder" in _detected(qtbot, view, folder)
    assert _detected(qtbot, view, empty) == "empty.zip: there is nothing in it to import"
    assert not view.import_button.isEnabled()


def test_several_files_import_one_after_the_other(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    view = harness.view
    first = _csv(tmp_path / "first.csv", ["Dune,Frank Herbert,1965,4"])
    second = _csv(tmp_path / "second.csv", ["Solaris,Stanislaw Lem,1961,5", "Dune,Frank Herbert,1965,"])
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    view.add_paths([first, second, junk])
    for path in (first, second, junk):
        _detected(qtbot, view, path)
    _import(qtbot, view)  # the junk file is left out: nothing in it can be imported
    rows = _results(view)
    assert [r[0] for r in rows] == ["first.csv", "second.csv"]
    assert [r[3:5] for r in rows] == [["1", "0"], ["1", "0"]]
    assert view.files.paths == [junk.absolute()]
    with harness.library() as lib:
        assert lib.count_items() == 2


def _big_csv(path: Path, rows: int) -> Path:
    return _csv(path, [f"Book number {i} of the series,Author {i % 97},{1900 + i % 120},{1 + i % 5}"
                       for i in range(rows)])


def test_cancelling_mid_import_keeps_whole_batches_and_can_resume(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    view = harness.view
    rows = 8000  # sixteen batches of 500: the child process is still reading when Cancel arrives
    path = _big_csv(tmp_path / "big.csv", rows)
    view.add_paths([path])
    _detected(qtbot, view, path)
    first_batch = threading.Event()

    def started(task: Task) -> None:
        task.signals.progress.connect(lambda *_args: first_batch.set(), Qt.ConnectionType.DirectConnection)

    harness.ctx.task_started.connect(started)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_batch.is_set, timeout=30_000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)  # the Cancel the person sees
    assert not view.cancel_button.isEnabled() and view.progress_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: view.task is None and view.report.isVisible(), timeout=30_000)
    harness.ctx.task_started.disconnect(started)

    assert view.summary.text().startswith("Import cancelled.")
    status, created = _results(view)[0][2:4]
    kept = int(created)
    assert status == "Cancelled" and 0 <= kept < rows and kept % 500 == 0  # whole batches only
    assert view.files.paths == [path.absolute()]  # kept, to finish later
    with harness.library() as lib:
        assert lib.count_items() == kept
        assert lib.import_runs()[0].status == "cancelled"
        assert lib.doctor(fingerprint=False)["healthy"]
    _import(qtbot, view)  # again: finishes without duplicates
    assert _results(view)[0][2:4] == ["Completed", str(rows - kept)]
    with harness.library() as lib:
        assert lib.count_items() == rows


def _drop_event(paths: list[Path]) -> tuple[QMimeData, QDropEvent]:
    mime = QMimeData()  # returned too: the event does not own it
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    return mime, event


def test_files_dropped_or_chosen_are_picked_up(
    qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = harness.view
    zone = view.drop_zone
    dropped = _csv(tmp_path / "dropped.csv", ["Dune,Frank Herbert,1965,4"])
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/list.csv")])
    enter = QDragEnterEvent(zone.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    zone.dragEnterEvent(enter)
    assert not enter.isAccepted()  # a web link is not a file to import
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    enter = QDragEnterEvent(zone.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    zone.dragEnterEvent(enter)
    assert enter.isAccepted() and zone.property("dragging") is True
    _mime, drop = _drop_event([dropped])
    zone.dropEvent(drop)
    assert drop.isAccepted() and zone.property("dragging") is False
    assert _detected(qtbot, view, dropped) == CSV_LABEL

    chosen = _csv(tmp_path / "chosen.csv", ["Solaris,Stanislaw Lem,1961,5"])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(chosen)], ""))
    qtbot.mouseClick(zone.choose_files, Qt.MouseButton.LeftButton)
    assert _detected(qtbot, view, chosen) == CSV_LABEL
    assert view.files.paths == [dropped.absolute(), chosen.absolute()]
    view.files.table.selectRow(0)
    view.files.remove_selected()
    assert view.files.paths == [chosen.absolute()]
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.files.paths == [] and not view.import_button.isEnabled()


def test_uncertain_matches_lead_to_the_review_queue(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    with harness.library() as lib:
        lib.import_path(_csv(tmp_path / "seed.csv", ["Neuromancer,William Gibson,1984,",
                                                     "Dune,Frank Herbert,1965,"]), format="generic_csv")
    view = harness.view
    path = _csv(tmp_path / "doubtful.csv", ["Necromancer,,,4", "Dune,Frank Herbert,1984,3",
                                            "Snow Crash,Neal Stephenson,1992,4"])
    view.add_paths([path])
    _detected(qtbot, view, path)
    _import(qtbot, view)
    assert _results(view)[0][3:7] == ["1", "0", "0", "2"]
    assert view.review_button.isVisibleTo(view)
    assert view.review_button.text().replace("&", "") == "Review uncertain matches (2)"
    assert view.review_button.accessibleName()
    with qtbot.waitSignal(harness.ctx.navigate, timeout=2_000) as navigated:
        qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["review"]

    with harness.library() as lib:  # resolved elsewhere: the count follows
        lib.resolve_review(lib.review_entries()[0]["id"], "different")
    harness.ctx.changed.emit("review")
    qtbot.waitUntil(lambda: view.review_button.text().replace("&", "").endswith("(1)"), timeout=10_000)


def test_every_control_is_named_for_assistive_technology(harness: Harness) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QProgressBar, QTableWidget

    view = harness.view
    controls = view.findChildren(QAbstractButton) + view.findChildren(QComboBox) \
        + view.findChildren(QTableWidget) + view.findChildren(QProgressBar)
    assert len(controls) >= 10
    unnamed = [type(c).__name__ for c in controls
               if not c.accessibleName() and not isinstance(c.parent(), QTableWidget)]  # table corners
    assert unnamed == []
    assert view.drop_zone.accessibleName() and view.drop_zone.accessibleDescription()


def test_in_the_main_window_the_import_shows_in_the_status_bar_and_leads_to_review(
    qtbot: QtBot, shelfwise_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.main_window import MainWindow
    from desktop_app.views.review_view import ReviewView

    with open_library(shelfwise_home) as lib:
        lib.import_path(_csv(tmp_path / "seed.csv", ["Neuromancer,William Gibson,1984,"]), format="generic_csv")
    indexing: list[int] = []  # the window asks to index after an import; the real indexing is not needed here
    monkeypatch.setattr(MainWindow, "start_indexing", lambda self: indexing.append(1))
    window = MainWindow(shelfwise_home, load_sample_if_empty=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library is not None, timeout=30_000)
    asked_before = len(indexing)
    window.show_view("import")
    view = window.current_view
    assert isinstance(view, ImportView)
    qtbot.waitUntil(lambda: view.format_combo.count() > 20, timeout=10_000)
    path = _csv(tmp_path / "more.csv", ["Necromancer,,,4", "Snow Crash,Neal Stephenson,1992,4"])
    view.add_paths([path])
    _detected(qtbot, view, path)
    first_batch, go_on = threading.Event(), threading.Event()

    def hold(_done: int, _total: int, _message: str) -> None:  # on the worker
        first_batch.set()
        go_on.wait(10)

    window.ctx.task_started.connect(
        lambda task: task.signals.progress.connect(hold, Qt.ConnectionType.DirectConnection))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_batch.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: "more.csv" in window.tasks.label.text(), timeout=5_000)
    assert window.tasks.isVisible() and window.tasks.label.text().startswith("Importing more.csv")
    go_on.set()
    qtbot.waitUntil(lambda: view.report.isVisible() and not window.tasks.isVisible(), timeout=30_000)
    assert len(indexing) == asked_before + 1  # "items" reached the main window
    qtbot.waitUntil(lambda: window.count_label.text() == "2 item(s)", timeout=10_000)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    review = window.current_view
    assert isinstance(review, ReviewView)
    qtbot.waitUntil(lambda: review.list.count() == 1, timeout=10_000)
    assert review.list.item(0).text() == "Necromancer ↔ Neuromancer"
    assert threading.get_ident() not in window.runner.worker_thread_ids
    window.close()

"""Import wizard: choose or drop export files, see the format detected for each, pick a format
override and a profile, import with progress and Cancel, then read the report (counts per file,
row errors) and go on to the review queue when some matches were uncertain.

Detection runs on the engine thread (``ctx.call``); the import itself is a background task
(``ctx.run_task``) that runs the files in a child process with its own library connection, so it
shows in the status bar too and never holds the window's interpreter. A file
the engine refuses shows the engine's one-line message and is never imported.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import AppContext, Task
from desktop_app.views.import_report import ImportReport
from desktop_app.widgets.drop_zone import ChosenFiles, Detected, DropZone
from engine import Library, UserError
from engine.errors import ImportFormatError
from engine.import_job import FileResult, ImportOutcome, import_files
from engine.importers.base import all_importers
from engine.importers.pipeline import detect_format, expand
from engine.progress import CancelToken, Progress
from engine.subprocess_job import run_in_process

__all__ = ["FileResult", "ImportOutcome", "ImportView", "detect_paths", "load_choices"]


def run_imports(home: Path, paths: Sequence[Path], format: str, profile: str | None,
                progress: Progress, cancel: CancelToken) -> ImportOutcome:
    """Runs on a background thread: the import itself in a child process, with progress and cancel
    relayed, so parsing a large export never stalls the window."""
    job = functools.partial(import_files, paths=tuple(paths), format=format, profile=profile)
    return run_in_process(job, home, progress, cancel)


def detect_paths(paths: Sequence[Path]) -> list[Detected]:
    """Runs on the engine thread: the format of each path (every member of a ZIP archive)."""
    return [_detect(path) for path in paths]


def _detect(path: Path) -> Detected:
    try:
        if path.is_file():
            with path.open("rb") as handle:
                handle.read(1)
        sources = expand(path)
        formats: dict[str, None] = {}
        refused: list[str] = []
        for source in sources:
            try:
                formats[detect_format(source)[0].name] = None
            except ImportFormatError as exc:
                refused.append(str(exc))
        return Detected(path, tuple(formats), tuple(refused))
    except UserError as exc:
        return Detected(path, refused=(str(exc),))
    except OSError as exc:
        return Detected(path, unreadable=exc.strerror or str(exc))


def load_choices(lib: Library) -> tuple[dict[str, str], list[str], str]:
    """Runs on the engine thread: format labels by name, profile names, the default profile."""
    labels = {name: cls.label for name, cls in all_importers().items()}
    return labels, [p.name for p in lib.profiles()], lib.settings.general.default_profile


class ImportView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.outcome: ImportOutcome | None = None
        self._build()
        ctx.opened.connect(lambda _lib: self.activate())
        ctx.changed.connect(self._changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(self.tr("Bring in what you have read, watched or saved: exports from Goodreads, "
                               "Letterboxd, IMDb, Calibre, Pocket, Zotero and more."))
        intro.setWordWrap(True)
        self.drop_zone = DropZone()
        self.drop_zone.paths_chosen.connect(self.add_paths)
        self.drop_zone.setMaximumHeight(180)
        self.files = ChosenFiles()
        self.files.changed.connect(self._update_buttons)
        self.files.hide()
        self.clear_button = QPushButton(self.tr("C&lear list"))
        self.clear_button.setAccessibleName(self.tr("Clear the list of files"))
        self.clear_button.clicked.connect(lambda: self.files.keep_only([]))
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.setAccessibleDescription(self.tr("Detect automatically, or read every file as "
                                                           "the format chosen here"))
        self.format_combo.addItem(self.tr("Detect automatically"), "auto")
        self.format_combo.currentIndexChanged.connect(self._update_buttons)
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Profile to import into"))
        self.profile_combo.addItem(self.tr("Default profile"), None)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the files"))
        self.import_button.clicked.connect(self.start_import)
        options = QFormLayout()
        options.addRow(self.tr("Fo&rmat:"), self.format_combo)
        options.addRow(self.tr("&Profile:"), self.profile_combo)
        row = QHBoxLayout()
        row.addLayout(options, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.import_button)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Import message"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.files)
        layout.addLayout(row)
        layout.addLayout(self._build_progress())
        layout.addWidget(self.message)
        layout.addWidget(self._build_report(), 1)
        layout.addStretch(0)  # takes the room while there is no report
        self._update_buttons()

    def _build_progress(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Ca&ncel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops after the current batch; what was "
                                                            "imported so far is kept"))
        self.cancel_button.clicked.connect(self.cancel_import)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.progress_label)
        row.addWidget(self.cancel_button)
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.hide()
        return row

    def _build_report(self) -> ImportReport:
        self.report = ImportReport()
        self.summary, self.results = self.report.summary, self.report.results
        self.problems, self.review_button = self.report.problems, self.report.review_button
        self.review_button.clicked.connect(lambda: self.ctx.navigate.emit("review"))
        return self.report

    # -- choices from the engine ---------------------------------------------------------------

    def activate(self) -> None:
        self.ctx.call(load_choices, self._show_choices)
        pending = [path for path in self.files.paths if path not in self.files.detected]
        if pending:  # chosen before the library was open
            self.ctx.call(lambda _lib: detect_paths(pending), self.files.set_detected)

    def _changed(self, what: str) -> None:
        if what == "review" and self.outcome is not None:
            self.ctx.call(lambda lib: len(lib.store.review.open_entries()), self.report.show_review_count)

    def _show_choices(self, choices: tuple[dict[str, str], list[str], str]) -> None:
        labels, profiles, default = choices
        chosen_format, chosen_profile = self.format_combo.currentData(), self.profile_combo.currentData()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Detect automatically"), "auto")
        for name, label in sorted(labels.items(), key=lambda pair: pair[1].casefold()):
            self.format_combo.addItem(label, name)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(chosen_format)))
        self.format_combo.blockSignals(False)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Default profile (%s)") % default, None)
        for name in profiles:
            if name != default:
                self.profile_combo.addItem(name, name)
        wanted = chosen_profile or self.ctx.profile
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(wanted)))
        self.files.set_labels(labels)

    # -- the chosen files ----------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path | str]) -> None:
        """Add files or folders (from the drop zone, the file dialog or a caller) and detect them."""
        if self.task is not None:
            return
        pending = self.files.add(paths)
        self.message.clear()
        if pending:
            self.ctx.call(lambda _lib: detect_paths(pending), self.files.set_detected)

    def importable_paths(self) -> list[Path]:
        if self.format_combo.currentData() != "auto":
            return list(self.files.paths)  # read as the chosen format, whatever detection said
        return self.files.importable()

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.import_button.setEnabled(idle and bool(self.importable_paths()))
        self.clear_button.setEnabled(idle and bool(self.files.paths))
        for widget in (self.drop_zone, self.files, self.format_combo, self.profile_combo):
            widget.setEnabled(idle)

    # -- importing -----------------------------------------------------------------------------

    def start_import(self) -> None:
        paths = self.importable_paths()
        if self.task is not None or not paths:
            return
        format, profile = str(self.format_combo.currentData()), self.profile_combo.currentData()
        title = self.tr("Importing %s") % (paths[0].name if len(paths) == 1 else
                                            self.tr("%n file(s)", "", len(paths)))
        self.task = self.ctx.run_task(
            title, lambda home, progress, cancel: run_imports(home, paths, format, profile, progress, cancel),
            self._imported, self._import_failed)
        if self.task is None:
            self.message.setText(self.tr("The library is not open yet; try again in a moment."))
            return
        self.task.signals.progress.connect(self._progress)
        self.message.clear()
        self.report.hide()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Starting (after any background work already running)…"))
        self.cancel_button.setEnabled(True)
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.show()
        self._update_buttons()
        self.cancel_button.setFocus()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, total)
        if total:
            self.progress.setValue(min(done, total))
        self.progress_label.setText(message)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.task.cancel.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _finish_task(self) -> None:
        self.task = None
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.hide()
        self._update_buttons()

    def _import_failed(self, message: str) -> None:
        self._finish_task()
        self.message.setText(message)  # the engine's one-line message (or "Cancelled")

    def _imported(self, outcome: ImportOutcome) -> None:
        self._finish_task()
        self.outcome = outcome
        done = {f.path for f in outcome.files if f.run is not None and f.run.status == "completed"}
        self.files.keep_only(p for p in self.files.paths if p not in done)
        self.report.show_outcome(outcome, self.files.labels)
        if any(run.status == "completed" or run.created or run.updated for run in outcome.runs):
            self.ctx.changed.emit("items")  # the main window indexes the new items in the background

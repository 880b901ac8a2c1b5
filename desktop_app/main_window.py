"""The main window: a sidebar of views (For you, Chat, Library by kind, Wishlist, Review queue,
Import, Insights, Settings), the views themselves, and a status bar with background work and its
Cancel button. The window is up before the library opens; engine work never runs on the UI
thread (``AppContext``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop_app.context import AppContext, Task
from desktop_app.gc_tuning import release_long_lived, settle_long_lived
from desktop_app.operations import EngineRunner
from desktop_app.views.chat_view import ChatView
from desktop_app.views.for_you import ForYouView
from desktop_app.views.import_view import ImportView
from desktop_app.views.insights_view import InsightsView
from desktop_app.views.library_view import LibraryView
from desktop_app.views.review_view import ReviewView
from desktop_app.views.settings_view import SettingsView
from desktop_app.warmup import preload_modules
from desktop_app.widgets.task_bar import TaskBar
from engine import Library, open_library
from engine.embeddings.process_encoder import use_process_encoders
from engine.indexer import IndexReport
from engine.jobs import index_and_train
from engine.progress import CancelToken, Progress
from engine.subprocess_job import run_in_process


class MainWindow(QMainWindow):
    def __init__(self, home: Path | None = None, *, load_sample_if_empty: bool = True) -> None:
        super().__init__()
        use_process_encoders(True)  # query vectors come from a child process: torch never loads here
        preload_modules()
        self.setWindowTitle("Shelfwise")
        self.resize(1180, 760)
        self.runner = EngineRunner(self)
        self.ctx = AppContext(self.runner, self)
        self.library: Library | None = None
        self.index_task: Task | None = None
        self._index_again = False
        self.views: dict[str, QWidget] = {}
        self._build()
        self.ctx.error.connect(self._show_error)
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.task_started.connect(self.tasks.start)
        self.ctx.task_started.connect(self._pause_indexing_for)
        self.ctx.task_finished.connect(self.tasks.finish)
        self.ctx.navigate.connect(self.show_view)
        self.ctx.changed.connect(self._library_changed)
        self.runner.submit(lambda: self._open(home, load_sample_if_empty), self._opened, self._show_error)

    # -- layout ------------------------------------------------------------------------------

    def _pages(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        ctx = self.ctx
        return [
            ("for_you", self.tr("For you"), lambda: ForYouView(ctx)),
            ("chat", self.tr("Chat"), lambda: ChatView(ctx)),
            ("library", self.tr("Library"), lambda: LibraryView(ctx)),
            ("books", self.tr("Books"), lambda: LibraryView(ctx, kind="book")),
            ("films", self.tr("Films"), lambda: LibraryView(ctx, kind="film")),
            ("articles", self.tr("Articles"), lambda: LibraryView(ctx, kind="article")),
            ("wishlist", self.tr("Wishlist"), lambda: LibraryView(ctx, status="wishlist")),
            ("review", self.tr("Review queue"), lambda: ReviewView(ctx)),
            ("import", self.tr("Import"), lambda: ImportView(ctx)),
            ("insights", self.tr("Insights"), lambda: InsightsView(ctx)),
            ("settings", self.tr("Settings"), lambda: SettingsView(ctx)),
        ]

    def _build(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+9 switch views"))
        self.sidebar.setMaximumWidth(190)
        self.stack = QStackedWidget()
        for number, (key, label, make) in enumerate(self._pages(), start=1):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            view = make()
            view.setObjectName(f"view_{key}")
            self.views[key] = view
            self.stack.addWidget(view)
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda k=key: self.show_view(k))
        self.sidebar.currentRowChanged.connect(self._select)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.tasks = TaskBar()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.tasks)
        self.statusBar().showMessage(self.tr("Opening library…"))
        self.sidebar.setCurrentRow(0)

    def show_view(self, key: str) -> None:
        """Switch to a view by key; "item:ID" opens the item in the library view."""
        if key.startswith("item:"):
            library = self.views["library"]
            self.show_view("library")
            open_item = getattr(library, "open_item", None)
            if open_item is not None:
                open_item(int(key.split(":", 1)[1]))
            return
        keys = [self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.sidebar.count())]
        if key in keys:
            self.sidebar.setCurrentRow(keys.index(key))

    def _select(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        activate = getattr(view, "activate", None)
        if activate is not None and self.library is not None:
            activate()

    @property
    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    # -- the library -------------------------------------------------------------------------

    def _open(self, home: Path | None, load_sample_if_empty: bool) -> Library:
        lib = open_library(home)
        if load_sample_if_empty and lib.count_items() == 0 and not lib.import_runs(1):
            lib.load_sample()
        return lib

    def _opened(self, lib: Library) -> None:
        self.library = lib
        self.ctx.set_library(lib)
        self.statusBar().showMessage(self.tr("Library: %s") % lib.home, 5000)
        self._count()
        self.start_indexing()
        settle_long_lived()

    def _count(self) -> None:
        self.ctx.call(lambda lib: lib.count_items(),
                      lambda n: self.count_label.setText(self.tr("%n item(s)", "", n)))

    def _library_changed(self, what: str) -> None:
        if what == "items":
            self._count()
            self.start_indexing()

    # -- background indexing and ranker training (after opening; again after each import) -----------

    def start_indexing(self) -> None:
        if self.library is None:
            return
        if self.index_task is not None:  # running (or stopping): go again when it ends
            self._index_again = True
            return
        self._index_again = False

        def index(home: Path, report: Progress, cancel: CancelToken) -> IndexReport:
            # in a child process with its own connection: searches never wait for it, and loading
            # torch and the models there cannot freeze the window
            return run_in_process(index_and_train, home, report, cancel)

        self.index_task = self.ctx.run_task(self.tr("Indexing"), index, self._indexed, self._index_failed)

    def _pause_indexing_for(self, task: Task) -> None:
        """Another background job (an import) goes first; indexing resumes when it is done."""
        if self.index_task is not None and task is not self.index_task:
            self.index_task.cancel.cancel()

    def cancel_indexing(self) -> None:
        if self.index_task is not None:
            self.index_task.cancel.cancel()

    def _indexed(self, report: IndexReport) -> None:
        self.index_task = None
        if self._index_again:
            self.start_indexing()
        if report.status == "cancelled":
            message = self.tr("Indexing paused: it continues next time")
        else:
            message = self.tr("Library indexed: %n item(s) updated", "", report.items)
        self.statusBar().showMessage(message, 8000)
        if report.items:
            self.ctx.changed.emit("index")
        settle_long_lived()

    def _index_failed(self, message: str) -> None:
        self.index_task = None
        if self._index_again:
            self.start_indexing()
            return
        if message == "Cancelled":
            self.statusBar().showMessage(self.tr("Indexing paused: it continues next time"), 8000)
        else:
            self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Shelfwise"), message)

    def closeEvent(self, event: object) -> None:
        self.cancel_indexing()  # stop between batches; the next launch resumes
        for task in list(self.tasks._tasks):
            task.cancel.cancel()
        self.runner.shutdown()
        if self.library is not None:
            self.library.close()
        release_long_lived()
        super().closeEvent(event)  # type: ignore[arg-type]

"""The main window: the library list with search and a kind filter, and a status bar that
shows background work. Engine calls go through ``EngineRunner``; the UI thread never waits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.library_model import LibraryRow, LibraryTableModel
from desktop_app.operations import EngineRunner
from engine import Library, open_library
from engine.indexer import IndexReport
from engine.progress import CancelToken

KINDS = (("All kinds", None), ("Books", "book"), ("Films", "film"), ("Series", "series"),
         ("Articles", "article"))


def load_rows(lib: Library, kind: str | None, search: str) -> list[LibraryRow]:
    """Runs on the engine thread."""
    items = lib.items(kind=kind, search=search or None, limit=None if not search else 500)
    states = lib.states()
    rows = []
    for item in items:
        state = states.get(item.id)
        rows.append(LibraryRow(
            item.id, item.kind, item.title, item.year, ", ".join(item.creator_names[:3]),
            state.rating if state else None, state.status if state else None,
        ))
    return rows


class MainWindow(QMainWindow):
    def __init__(self, home: Path | None = None, *, load_sample_if_empty: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("Shelfwise")
        self.resize(1100, 700)
        self.runner = EngineRunner(self)
        self.library: Library | None = None
        self.model = LibraryTableModel()
        self._build()
        self.runner.busy_changed.connect(self._set_busy)
        self.runner.progress.connect(self._show_progress)
        self._index_cancel: CancelToken | None = None
        self.runner.submit(
            lambda: self._open(home, load_sample_if_empty), self._opened, self._show_error
        )

    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search titles, people, tags…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        for label, value in KINDS:
            self.kind.addItem(self.tr(label), value)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Library items"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((380, 70, 60, 300, 70)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        layout = QVBoxLayout()
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.progress = QProgressBar(maximumWidth=160, textVisible=False)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel background work"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().showMessage(self.tr("Opening library…"))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.refresh)

    def _open(self, home: Path | None, load_sample_if_empty: bool) -> Library:
        lib = open_library(home)
        if load_sample_if_empty and lib.count_items() == 0 and not lib.import_runs(1):
            lib.load_sample()
        return lib

    def _opened(self, lib: Library) -> None:
        self.library = lib
        self.statusBar().showMessage(self.tr("Library: %s") % lib.home, 5000)
        self.refresh()
        self.start_indexing()

    # -- background indexing and ranker training (after opening; again after each import) -----------

    def start_indexing(self) -> None:
        lib = self.library
        if lib is None or self._index_cancel is not None:
            return
        cancel = CancelToken()
        self._index_cancel = cancel
        self.cancel_button.show()
        report = self.runner.reporter()
        home = lib.home

        def index() -> IndexReport:
            with open_library(home) as own:  # its own connection: searches never wait for it
                result = own.index(progress=report, cancel=cancel)
                if result.status == "completed":  # then learn from feedback given since last time
                    own.train_ranker(only_if_stale=True, progress=report, cancel=cancel)
                return result

        self.runner.submit(index, self._indexed, self._index_failed, background=True)

    def cancel_indexing(self) -> None:
        if self._index_cancel is not None:
            self._index_cancel.cancel()

    def _indexed(self, report: IndexReport) -> None:
        self._index_cancel = None
        self.cancel_button.hide()
        self.progress.setRange(0, 0)
        if report.status == "cancelled":
            message = self.tr("Indexing paused: it continues next time")
        else:
            message = self.tr("Library indexed: %n item(s) updated", "", report.items)
        self.statusBar().showMessage(message, 8000)
        if report.items and self.search.text().strip():
            self.refresh()

    def _index_failed(self, message: str) -> None:
        self._index_cancel = None
        self.cancel_button.hide()
        if message == "Cancelled":
            self.statusBar().showMessage(self.tr("Indexing paused: it continues next time"), 8000)
        else:
            self._show_error(message)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusBar().showMessage(f"{message} {done}/{total}" if total else message)

    def refresh(self) -> None:
        lib = self.library
        if lib is None:
            return
        kind, text = self.kind.currentData(), self.search.text().strip()
        self.runner.submit(lambda: load_rows(lib, kind, text), self._show_rows, self._show_error)

    def _show_rows(self, rows: list[LibraryRow]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n item(s)", "", len(rows)))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Shelfwise"), message)

    def closeEvent(self, event: object) -> None:
        self.cancel_indexing()  # stop between batches; the next launch resumes
        self.runner.shutdown()
        if self.library is not None:
            self.library.close()
        super().closeEvent(event)  # type: ignore[arg-type]

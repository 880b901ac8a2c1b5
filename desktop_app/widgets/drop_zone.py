"""Choosing files to import: a drop target for export files and folders (with buttons to pick
them in a dialog instead), and the list of chosen files with the format detected for each.

``DropZone`` emits ``paths_chosen(list[Path])`` for local files and folders dropped on it or
picked in a file dialog; anything that is not a local path (web links, text) is refused while
dragging. ``ChosenFiles`` shows what detection (run by the view on the engine thread) found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

STYLE = """
QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 8px; }
QFrame#dropZone[dragging="true"] { border-color: palette(highlight); background: palette(alternate-base); }
"""


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (other URLs are left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DropZone(QFrame):
    paths_chosen = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Drop zone for export files"))
        self.setAccessibleDescription(self.tr("Drop export files, ZIP archives or a Calibre library folder "
                                              "here, or use the buttons to choose them"))
        self.start_dir = str(Path.home())
        self.hint = QLabel(self.tr("Drop export files or folders here"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("dropZoneHint")
        self.choose_files = QPushButton(self.tr("Choose &files…"))
        self.choose_files.setAccessibleName(self.tr("Choose files to import"))
        self.choose_files.setAccessibleDescription(self.tr("Opens a file dialog; several files may be "
                                                           "chosen"))
        self.choose_folder = QPushButton(self.tr("Choose a f&older…"))
        self.choose_folder.setAccessibleName(self.tr("Choose a folder to import"))
        self.choose_folder.setAccessibleDescription(self.tr("For a Calibre library folder"))
        self.choose_files.clicked.connect(self.choose_files_dialog)
        self.choose_folder.clicked.connect(self.choose_folder_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_files)
        buttons.addWidget(self.choose_folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- choosing with dialogs -----------------------------------------------------------------

    def choose_files_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files to import"), self.start_dir, self.tr("All files (*)"))
        self._emit([Path(name) for name in names])

    def choose_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"), self.start_dir)
        self._emit([Path(name)] if name else [])

    def _emit(self, paths: list[Path]) -> None:
        if paths:
            self.start_dir = str(paths[-1].parent)
            self.paths_chosen.emit(paths)

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dragging(False)
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self._emit(paths)

    def _set_dragging(self, dragging: bool) -> None:
        self.setProperty("dragging", dragging)
        self.style().unpolish(self)
        self.style().polish(self)


@dataclass(frozen=True)
class Detected:
    """What format detection found for one chosen path."""

    path: Path
    formats: tuple[str, ...] = ()  # importer names of the parts that can be imported
    refused: tuple[str, ...] = ()  # the engine's one-line messages for the parts that cannot
    unreadable: str | None = None  # the system's reason the file cannot be read

    @property
    def importable(self) -> bool:
        return bool(self.formats)


def read_only_cell(text: str, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    return item


def report_table(columns: list[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, sized to its content."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ChosenFiles(QWidget):
    """The chosen paths, each with the format detected for it or the reason it cannot be imported.
    ``changed`` is emitted whenever the list or what is known about it changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.detected: dict[Path, Detected] = {}
        self.labels: dict[str, str] = {}  # format name → label
        self.table = report_table([self.tr("File"), self.tr("Detected format")], self.tr("Files to import"))
        self.table.setAccessibleDescription(self.tr("Delete removes the selected files from the list"))
        self.table.setMaximumHeight(160)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def add(self, paths: Iterable[Path | str]) -> list[Path]:
        """Add paths (again: a file changed since is detected afresh); returns those to detect."""
        added = []
        for path in (Path(p).expanduser().absolute() for p in paths):
            self.detected.pop(path, None)
            if path not in self.paths:
                self.paths.append(path)
            added.append(path)
        self.refresh()
        return added

    def set_detected(self, found: Iterable[Detected]) -> None:
        self.detected.update((item.path, item) for item in found)
        self.refresh()

    def set_labels(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.refresh()

    def keep_only(self, paths: Iterable[Path]) -> None:
        wanted = set(paths)
        self.paths = [p for p in self.paths if p in wanted]
        self.refresh()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        self.paths = [p for row, p in enumerate(self.paths) if row not in rows]
        self.refresh()

    def importable(self) -> list[Path]:
        return [p for p in self.paths if p in self.detected and self.detected[p].importable]

    def describe(self, path: Path) -> tuple[str, bool]:
        """What the list says about a path, and whether that is a problem."""
        found = self.detected.get(path)
        if found is None:
            return self.tr("Detecting…"), False
        if found.unreadable is not None:
            return self.tr("%s: cannot be read (%s)") % (path.name, found.unreadable), True
        if not found.formats:
            if len(found.refused) == 1:
                return found.refused[0], True
            if not found.refused:
                return self.tr("%s: there is nothing in it to import") % path.name, True
            reasons = "; ".join(found.refused)
            return self.tr("%s: nothing in it can be imported (%s)") % (path.name, reasons), True
        text = " + ".join(self.labels.get(name, name) for name in found.formats)
        if found.refused:
            text += self.tr(" (%n part(s) cannot be imported)", "", len(found.refused))
        return text, False

    def refresh(self) -> None:
        self.table.setRowCount(len(self.paths))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, path in enumerate(self.paths):
            text, problem = self.describe(path)
            found = self.detected.get(path)
            status = read_only_cell(text, "\n".join(found.refused) if found and found.refused else text)
            if problem:
                status.setIcon(warning)
            self.table.setItem(row, 0, read_only_cell(path.name, str(path)))
            self.table.setItem(row, 1, status)
        self.setVisible(bool(self.paths))
        self.changed.emit()

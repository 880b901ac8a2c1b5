"""The status bar's background-work indicator: what runs, how far it got, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.context import Task


class TaskBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self.label = QLabel()
        self.bar = QProgressBar(maximumWidth=180, textVisible=False)
        self.bar.setAccessibleName(self.tr("Background work progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel background work"))
        self.cancel.setAccessibleDescription(self.tr("Stops the task shown; finished steps are kept"))
        self.cancel.clicked.connect(self._cancel_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.setVisible(False)

    @property
    def current(self) -> Task | None:
        return self._tasks[-1] if self._tasks else None

    def start(self, task: Task) -> None:
        self._tasks.append(task)
        task.signals.progress.connect(
            lambda done, total, message, t=task: self._progress(t, done, total, message))
        self._show(task, 0, 0, "")

    def finish(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        current = self.current
        if current is None:
            self.setVisible(False)
        else:
            self._show(current, 0, 0, "")

    def _progress(self, task: Task, done: int, total: int, message: str) -> None:
        if task is self.current:
            self._show(task, done, total, message)

    def _show(self, task: Task, done: int, total: int, message: str) -> None:
        self.setVisible(True)
        more = len(self._tasks) - 1
        suffix = self.tr(" (+%n more)", "", more) if more else ""
        self.label.setText(f"{task.title}: {message}{suffix}" if message else f"{task.title}{suffix}")
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.cancel.setEnabled(not task.cancel.cancelled)

    def _cancel_current(self) -> None:
        if self.current is not None:
            self.current.cancel.cancel()
            self.cancel.setEnabled(False)

"""What every settings tab shares: the settings as read on the engine thread (``Snapshot``), saving
them, the ``Section`` base class, and small helpers for building a tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from desktop_app.context import AppContext
from engine import Library
from engine.llm.registry import ModelEntry
from engine.settings import save_settings

T = TypeVar("T")
SAVE_DELAY_MS = 400
FIELDS = ("general.language", "general.default_profile", "models.llm_threads", "models.llm_model",
          "models.embedding_model", "recommend.diversity", "recommend.novelty")


@dataclass(frozen=True)
class Snapshot:
    home: Path
    profiles: list[str]
    models: list[tuple[ModelEntry, int | None]]  # each chat model with its file size in bytes
    values: dict[str, Any]                        # FIELDS → their current value


def load_snapshot(lib: Library) -> Snapshot:
    """Runs on the engine thread."""
    values = {name: getattr(getattr(lib.settings, name.split(".")[0]), name.split(".")[1]) for name in FIELDS}
    models = []
    for entry in lib.llm_models():
        try:
            size = entry.path.stat().st_size if entry.path is not None else None
        except OSError:
            size = None
        models.append((entry, size))
    return Snapshot(lib.home, [p.name for p in lib.profiles()], models, values)


def save_values(lib: Library, values: dict[str, Any]) -> None:
    """Runs on the engine thread: apply ``values`` ("section.field" → value), save settings.toml."""
    for name, value in values.items():
        section, key = name.split(".")
        setattr(getattr(lib.settings, section), key, value)
    save_settings(lib.home, lib.settings)
    if any(name.startswith("recommend.") for name in values):
        lib.recommender.diversity = lib.settings.recommend.diversity
        lib.recommender.novelty = lib.settings.recommend.novelty


def note(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setAccessibleName(text)
    return label


def button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    made.clicked.connect(slot)
    return made


def row(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 and not stretch else 0)
    if stretch:
        layout.addStretch(1)
    return layout


class Section(QWidget):
    """One tab. ``saved(message)`` after it saved something (the view announces "settings")."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: dict[str, Any] = {}
        self.in_flight = 0  # engine calls of this section not answered yet
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Message"))

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any]) -> None:
        """Show the settings; ``values`` already holds this section's unsaved edits."""

    def call(self, fn: Callable[[Library], T], on_done: Callable[[T], None],
             on_error: Callable[[str], None] | None = None) -> None:
        """``ctx.call``, with the results dropped once the view is gone; errors shown here."""
        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if isValid(self):
                    self.in_flight -= 1
                    callback(value)
            return deliver

        self.in_flight += 1
        self.ctx.call(fn, alive(on_done), alive(on_error or self.message.setText))

    def save(self, values: dict[str, Any], message: str = "") -> None:
        self.call(lambda lib: save_values(lib, values), lambda _none: self.saved.emit(message))

    def queue(self, name: str, value: Any) -> None:
        """Save after a short pause (a spin box or slider still moving)."""
        self.pending[name] = value
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            values, self.pending = self.pending, {}
            self.save(values)

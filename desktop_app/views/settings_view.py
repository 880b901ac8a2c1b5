"""Settings: the data folder, profiles, models, recommendation defaults, language and privacy.

Each tab is a ``Section``. Everything is read and written on the engine thread (``ctx.call``); a
change is saved to settings.toml at once (spin boxes and sliders after a short pause) and
announced with ``ctx.changed.emit("settings")``. Choosing a profile sets ``ctx.profile``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.context import AppContext
from engine import Library
from engine.embeddings.encoder import resolve_model_path
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


def add_profile(lib: Library, name: str) -> Snapshot:
    """Runs on the engine thread: create the profile; the settings as they are then."""
    lib.profile(name)
    return load_snapshot(lib)


def use_embedding(lib: Library, setting: str) -> str:
    """Runs on the engine thread: check a sentence-transformers folder ("bundled" for the shipped
    model) and save it; UserError when it is not one."""
    if setting != "bundled":
        setting = str(resolve_model_path(str(Path(setting).expanduser().resolve())))
    save_values(lib, {"models.embedding_model": setting})
    return setting


def model_size(entry: ModelEntry, size: int | None) -> str:
    parts = []
    if entry.parameters:
        scale, unit = (1e9, "B") if entry.parameters >= 1e9 else (1e6, "M")
        parts.append(f"{entry.parameters / scale:.3g}{unit}")
    if size:
        unit, divisor = ("GB", 1e9) if size >= 1e9 else ("MB", 1e6) if size >= 1e6 else ("KB", 1e3)
        parts.append(f"{max(1.0, size / divisor):.3g} {unit}")
    return " · ".join(parts)


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


class DataSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.home = QLineEdit(readOnly=True)
        self.home.setAccessibleName(self.tr("Data folder"))
        self.open_home = button(self.tr("Open in file manager"), self.tr("Open the data folder"),
                                self.open_folder)
        form = QFormLayout(self)
        form.addRow(self.tr("Data folder:"), row(self.home, self.open_home))
        form.addRow(note(self.tr(
            "Your library, ratings, chats, list of models and settings.toml live in this folder. To use "
            "another folder, start Shelfwise with --home FOLDER or set the SHELFWISE_HOME environment "
            "variable; Shelfwise opens the library there, or starts a new one.")))
        form.addRow(self.message)

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any]) -> None:
        self.home.setText(str(snapshot.home))
        self.home.setToolTip(str(snapshot.home))

    def open_folder(self) -> None:
        if self.home.text() and not QDesktopServices.openUrl(QUrl.fromLocalFile(self.home.text())):
            self.message.setText(self.tr("Could not open %s in a file manager.") % self.home.text())


class ProfilesSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.names: list[str] = []
        self.profiles = QListWidget()
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.profiles.setAccessibleDescription(self.tr("Enter switches to the selected profile"))
        self.profiles.itemActivated.connect(lambda _item: self.use_selected())
        self.new_profile = QLineEdit(placeholderText=self.tr("New profile name"))
        self.new_profile.setAccessibleName(self.tr("New profile name"))
        self.new_profile.returnPressed.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Several people can share this library: each profile has its own "
                                      "ratings, feedback and taste profile.")))
        layout.addWidget(self.profiles, 1)
        layout.addLayout(row(
            button(self.tr("Use this profile"), self.tr("Switch to the selected profile"), self.use_selected),
            button(self.tr("Start with this profile"),
                   self.tr("Open the selected profile when Shelfwise starts"), self.make_default),
            stretch=True))
        add = button(self.tr("Add profile"), self.tr("Add a profile"), self.add)
        layout.addLayout(row(self.new_profile, add))
        layout.addWidget(self.message)

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any], select: str | None = None) -> None:
        self.names = snapshot.profiles
        default = values["general.default_profile"]
        selected = select or self.selected() or self.ctx.profile or default
        self.profiles.clear()
        for name in snapshot.profiles:
            extras = [self.tr("in use")] if name == (self.ctx.profile or default) else []
            if name == default:
                extras.append(self.tr("at start"))
            item = QListWidgetItem(self.tr("%s (%s)") % (name, ", ".join(extras)) if extras else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profiles.addItem(item)
            if name == selected:
                self.profiles.setCurrentItem(item)

    def selected(self) -> str | None:
        item = self.profiles.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def add(self) -> None:
        name = " ".join(self.new_profile.text().split())
        if not name:
            self.message.setText(self.tr("Type a name for the new profile first."))
        elif name in self.names:
            self.message.setText(self.tr("There is already a profile called %s.") % name)
        else:
            self.call(lambda lib: add_profile(lib, name), lambda snapshot: self._added(name, snapshot))

    def _added(self, name: str, snapshot: Snapshot) -> None:
        self.new_profile.clear()
        self.message.setText(self.tr("Profile %s added: choose “Use this profile” to switch to it.") % name)
        self.show_snapshot(snapshot, snapshot.values, select=name)

    def use_selected(self) -> None:
        name = self.selected()
        if name is not None:
            self.ctx.profile = name
            self.message.setText(self.tr("Now using the profile %s.") % name)
            self.ctx.changed.emit("settings")

    def make_default(self) -> None:
        name = self.selected()
        if name is not None:
            message = self.tr("Shelfwise starts with the profile %s.") % name
            self.save({"general.default_profile": name}, message)


class ModelsSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.models = QTreeWidget()
        self.models.setHeaderLabels([self.tr("Chat model"), self.tr("Size"), self.tr("Languages"),
                                     self.tr("Status")])
        self.models.setAccessibleName(self.tr("Chat models"))
        self.models.setRootIsDecorated(False)
        self.models.itemActivated.connect(lambda _item, _column: self.use_selected())
        self.embedding = QLineEdit(placeholderText=self.tr("all-MiniLM-L6-v2 (bundled)"))
        self.embedding.setAccessibleName(self.tr("Embedding model folder"))
        self.embedding.setAccessibleDescription(self.tr("Empty for the bundled all-MiniLM-L6-v2"))
        self.threads = QSpinBox()
        self.threads.setRange(1, max(8, os.cpu_count() or 1))
        self.threads.setAccessibleName(self.tr("Chat model threads"))
        self.threads.valueChanged.connect(lambda n: self.queue("models.llm_threads", n))
        form = QFormLayout(self)
        form.addRow(self.models)
        form.addRow(row(
            button(self.tr("Use this model"), self.tr("Chat with the selected model"), self.use_selected),
            button(self.tr("Add a GGUF model…"), self.tr("Add a GGUF chat model file"), self.choose_gguf),
            stretch=True))
        form.addRow(self.message)
        form.addRow(self.tr("Embedding model:"), row(
            self.embedding,
            button(self.tr("Choose folder…"), self.tr("Choose an embedding model folder"),
                   self.choose_folder),
            button(self.tr("Apply"), self.tr("Use this embedding model"),
                   lambda: self.set_embedding(self.embedding.text()))))
        form.addRow(note(self.tr("A sentence-transformers folder; leave empty for the bundled "
                                 "all-MiniLM-L6-v2. Changing it re-indexes the whole library the next time "
                                 "Shelfwise starts, which can take a while.")))
        form.addRow(self.tr("Chat model threads:"), self.threads)
        form.addRow(note(self.tr("CPU threads the chat model uses; applies the next time it loads.")))

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any]) -> None:
        in_use, selected = values["models.llm_model"], self.selected()
        names = {"en": self.tr("English"), "zh": self.tr("Chinese")}
        self.models.clear()
        for entry, size in snapshot.models:
            languages = (", ".join(names.get(code, code) for code in entry.languages) if entry.languages
                         else self.tr("not declared"))
            in_use_here = entry.setting == in_use and entry.usable
            status = self.tr("In use") if in_use_here else entry.error or self.tr("Ready")
            item = QTreeWidgetItem([entry.name, model_size(entry, size), languages, status])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.setting)
            item.setToolTip(0, str(entry.path or ""))
            item.setToolTip(3, status)
            self.models.addTopLevelItem(item)
            if entry.setting == (selected or in_use):
                self.models.setCurrentItem(item)
        for column in range(3):
            self.models.resizeColumnToContents(column)
        embedding = values["models.embedding_model"]
        self.embedding.setText("" if embedding == "bundled" else embedding)
        self.threads.blockSignals(True)
        self.threads.setValue(values["models.llm_threads"])
        self.threads.blockSignals(False)

    def selected(self) -> str | None:
        item = self.models.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def use_selected(self) -> None:
        setting, message = self.selected(), self.tr("Chat model changed.")
        if setting is not None:
            self.message.setText("")
            self.call(lambda lib: lib.use_llm(setting), lambda _none: self.saved.emit(message))

    def choose_gguf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"), "",
                                                    self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.add_model(path)

    def add_model(self, path: str) -> None:
        """Check and add a GGUF chat model and chat with it; its problem is shown here when it cannot."""
        self.message.setText(self.tr("Checking %s…") % Path(path).name)

        def added(entry: ModelEntry) -> None:
            self.message.setText(self.tr("Added %s; chat now uses it.") % entry.name)
            self.saved.emit(self.tr("Chat model added."))

        self.call(lambda lib: lib.add_llm(path, use=True), added)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a sentence-transformers folder"))
        if folder:
            self.embedding.setText(folder)
            self.set_embedding(folder)

    def set_embedding(self, folder: str) -> None:
        setting = folder.strip() or "bundled"

        def done(chosen: str) -> None:
            self.embedding.setText("" if chosen == "bundled" else chosen)
            self.message.setText(self.tr("Embedding model saved: the library is re-indexed with it the next "
                                         "time Shelfwise starts."))
            self.saved.emit("")

        self.call(lambda lib: use_embedding(lib, setting), done)


class RecommendSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.diversity = QSlider(Qt.Orientation.Horizontal)
        self.diversity.setRange(0, 100)
        self.diversity.setAccessibleName(self.tr("Default variety"))
        self.diversity.setAccessibleDescription(self.tr("Left: closest to your taste; right: more varied"))
        self.diversity.valueChanged.connect(lambda v: self.queue("recommend.diversity", v / 100))
        self.novelty = QCheckBox(self.tr("Surprise me by default"))
        self.novelty.setAccessibleDescription(self.tr("Favour less obvious picks"))
        self.novelty.toggled.connect(lambda on: self.save({"recommend.novelty": on}))
        form = QFormLayout(self)
        form.addRow(self.tr("Variety:"), self.diversity)
        form.addRow(self.novelty)
        form.addRow(note(self.tr("Where “For you” starts; you can still change both there.")))
        form.addRow(self.message)

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any]) -> None:
        self.diversity.blockSignals(True)
        self.diversity.setValue(round(values["recommend.diversity"] * 100))
        self.diversity.blockSignals(False)
        self.novelty.blockSignals(True)
        self.novelty.setChecked(bool(values["recommend.novelty"]))
        self.novelty.blockSignals(False)


class LanguageSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for label, value in ((self.tr("Follow the system"), "auto"), (self.tr("English"), "en"),
                             (self.tr("简体中文"), "zh_CN")):
            self.language.addItem(label, value)
        self.language.currentIndexChanged.connect(
            lambda _i: self.save({"general.language": self.language.currentData()}))
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note(self.tr("The new language applies the next time Shelfwise starts; the reasons "
                                 "given for recommendations follow it at once.")))
        form.addRow(self.message)

    def show_snapshot(self, snapshot: Snapshot, values: dict[str, Any]) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(values["general.language"])))
        self.language.blockSignals(False)


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: Snapshot | None = None
        self.data = DataSection(ctx)
        self.profiles = ProfilesSection(ctx)
        self.models = ModelsSection(ctx)
        self.recommend = RecommendSection(ctx)
        self.language = LanguageSection(ctx)
        privacy = QWidget()
        privacy_layout = QVBoxLayout(privacy)
        privacy_layout.addWidget(note(self.tr(
            "Shelfwise never connects to the internet: there is no account, no telemetry and nothing is "
            "sent anywhere. Your library, ratings, chats and settings stay in the data folder, and every "
            "model — search, recommendations and chat — runs on this computer.")))
        privacy_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        for section, title in ((self.data, self.tr("Data")), (self.profiles, self.tr("Profiles")),
                               (self.models, self.tr("Models")), (self.recommend, self.tr("Recommendations")),
                               (self.language, self.tr("Language")), (privacy, self.tr("Privacy"))):
            self.tabs.addTab(section, title)
            if isinstance(section, Section):
                section.saved.connect(self._saved)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Settings status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        ctx.opened.connect(self._opened)
        ctx.changed.connect(self._changed)

    @property
    def sections(self) -> list[Section]:
        return [self.data, self.profiles, self.models, self.recommend, self.language]

    def activate(self) -> None:
        self.reload()

    def _opened(self, _lib: Library) -> None:
        self.reload()

    def _changed(self, what: str) -> None:
        if what == "settings":
            self.reload()

    def reload(self) -> None:
        self.data.call(load_snapshot, self._show)

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        for section in self.sections:
            if not section.in_flight:  # else this snapshot may predate its change; another follows
                section.show_snapshot(snapshot, {**snapshot.values, **section.pending})  # unsaved edits win

    def flush(self) -> None:
        """Save the edits still waiting for the pause after sliding or typing."""
        for section in self.sections:
            section.flush()

    def _saved(self, message: str) -> None:
        self.status.setText(message or self.tr("Saved."))
        self.ctx.changed.emit("settings")

"""The Models and Recommendations settings tabs: the chat model, the embedding model and the chat
model's threads; where "For you" starts its variety and surprise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QSlider,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.context import AppContext
from desktop_app.views.settings_section import Section, Snapshot, button, note, row, save_values
from engine import Library
from engine.embeddings.encoder import resolve_model_path
from engine.llm.registry import ModelEntry


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

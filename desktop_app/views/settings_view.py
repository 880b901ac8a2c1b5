"""Settings: the data folder, profiles, models, recommendation defaults, language and privacy.

Each tab is a ``Section``. Everything is read and written on the engine thread (``ctx.call``); a
change is saved to settings.toml at once (spin boxes and sliders after a short pause) and
announced with ``ctx.changed.emit("settings")``. Choosing a profile sets ``ctx.profile``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.context import AppContext
from desktop_app.views.settings_data import DataSection, ProfilesSection
from desktop_app.views.settings_models import ModelsSection, RecommendSection
from desktop_app.views.settings_section import Section, Snapshot, load_snapshot, note
from engine import Library


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

"""The Data and Profiles settings tabs: where the library lives, and the people sharing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.context import AppContext
from desktop_app.views.settings_section import Section, Snapshot, button, load_snapshot, note, row
from engine import Library


def add_profile(lib: Library, name: str) -> Snapshot:
    """Runs on the engine thread: create the profile; the settings as they are then."""
    lib.profile(name)
    return load_snapshot(lib)


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

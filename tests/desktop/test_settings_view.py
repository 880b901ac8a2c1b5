"""The Settings view: the data folder, profiles, chat and embedding models, saved settings that
survive reopening the library, and no engine work on the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.context import AppContext
from desktop_app.views.settings_view import SettingsView
from engine import Library, open_library
from engine.settings import load_settings
from tests.desktop.thread_guard import guarded_context, ui_thread_did_no_engine_work
from tests.llm.gguf_files import QWEN, write_gguf

pytestmark = pytest.mark.qt





def _open(home: Path) -> Library:
    lib = open_library(home)
    lib.load_sample()
    return lib


@pytest.fixture
def ctx(qtbot: QtBot, shelfwise_home: Path) -> Iterator[AppContext]:
    with guarded_context(qtbot, lambda: _open(shelfwise_home), timeout=30_000) as context:
        yield context


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext) -> SettingsView:
    settings = SettingsView(ctx)
    qtbot.addWidget(settings)
    settings.show()
    settings.activate()
    qtbot.waitUntil(lambda: settings.snapshot is not None, timeout=10_000)
    return settings


def _rows(view: SettingsView) -> list[list[str]]:
    return [[view.models.models.topLevelItem(r).text(c) for c in range(4)] for r in range(view.models.models.topLevelItemCount())]


def test_data_folder_and_privacy(view: SettingsView, ctx: AppContext, shelfwise_home: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert view.data.home.text() == str(shelfwise_home) and view.data.home.isReadOnly()
    view.data.open_home.click()
    assert [Path(url.toLocalFile()) for url in opened] == [shelfwise_home]
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "--home" in texts and "SHELFWISE_HOME" in texts
    assert "never connects to the internet" in texts and "no telemetry" in texts
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Data", "Profiles", "Models", "Recommendations", "Language", "Privacy"]
    for widget in (view.data.home, view.data.open_home, view.profiles.profiles, view.profiles.new_profile,
                   view.models.models, view.models.embedding, view.models.threads, view.recommend.diversity,
                   view.language.language, view.tabs):
        assert widget.accessibleName(), widget
    assert ui_thread_did_no_engine_work(ctx)


def test_adding_a_profile_and_switching_to_it(qtbot: QtBot, view: SettingsView, ctx: AppContext,
                                              shelfwise_home: Path) -> None:
    changes: list[str] = []
    ctx.changed.connect(changes.append)
    assert [view.profiles.profiles.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.profiles.profiles.count())] == ["default"]
    assert "in use" in view.profiles.profiles.item(0).text()
    view.profiles.new_profile.setText("  reader ")
    qtbot.keyClick(view.profiles.new_profile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.profiles.profiles.count() == 2, timeout=10_000)
    with open_library(shelfwise_home) as other:
        assert [p.name for p in other.profiles()] == ["default", "reader"]
    assert view.profiles.profiles.currentItem().data(Qt.ItemDataRole.UserRole) == "reader"
    assert ctx.profile is None and changes == []  # added, not switched to
    view.profiles.use_selected()
    assert ctx.profile == "reader" and changes == ["settings"]
    qtbot.waitUntil(lambda: "in use" in view.profiles.profiles.item(1).text(), timeout=10_000)
    assert "in use" not in view.profiles.profiles.item(0).text()

    view.profiles.new_profile.setText("reader")
    view.profiles.add()
    assert "already a profile called reader" in view.profiles.message.text()
    view.profiles.make_default()
    qtbot.waitUntil(lambda: "starts with the profile reader" in view.status.text(), timeout=10_000)
    assert load_settings(shelfwise_home).general.default_profile == "reader"
    assert ui_thread_did_no_engine_work(ctx)


def test_chat_models_added_checked_and_chosen(qtbot: QtBot, view: SettingsView, ctx: AppContext,
                                              shelfwise_home: Path, tmp_path: Path) -> None:
    assert _rows(view)[0][3] in ("In use", "the bundled language model is not installed (run: make setup)")
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    view.models.add_model(str(broken))
    qtbot.waitUntil(lambda: "not a GGUF model file" in view.models.message.text(), timeout=10_000)
    view.models.add_model(str(write_gguf(tmp_path / "base.gguf", {"general.architecture": "llama"})))
    qtbot.waitUntil(lambda: "no chat template" in view.models.message.text(), timeout=10_000)
    assert len(_rows(view)) == 1

    model = write_gguf(tmp_path / "qwen.gguf", QWEN)
    view.models.add_model(str(model))
    qtbot.waitUntil(lambda: len(_rows(view)) == 2, timeout=10_000)
    assert _rows(view)[1] == ["Qwen2.5 7B Instruct", "7B · 1 KB", "English, Chinese", "In use"]
    assert "Added Qwen2.5 7B Instruct" in view.models.message.text()
    assert load_settings(shelfwise_home).models.llm_model == str(model.resolve())

    view.models.models.setCurrentItem(view.models.models.topLevelItem(0))
    view.models.use_selected()
    qtbot.waitUntil(lambda: _rows(view)[1][3] == "Ready", timeout=10_000)
    with open_library(shelfwise_home) as other:
        assert other.settings.models.llm_model == "bundled"
        assert [e.setting for e in other.llm_models()] == ["bundled", str(model.resolve())]
    assert ui_thread_did_no_engine_work(ctx)


def test_settings_are_saved_and_survive_reopening(qtbot: QtBot, view: SettingsView, ctx: AppContext,
                                                  shelfwise_home: Path, tmp_path: Path) -> None:
    assert (view.models.threads.value(), view.recommend.diversity.value(), view.recommend.novelty.isChecked()) == (2, 30, False)
    assert view.language.language.currentData() == "auto"
    view.models.threads.setValue(3)
    view.recommend.diversity.setValue(55)
    qtbot.waitUntil(lambda: load_settings(shelfwise_home).models.llm_threads == 3, timeout=10_000)
    view.recommend.novelty.setChecked(True)
    view.language.language.setCurrentIndex(view.language.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: load_settings(shelfwise_home).general.language == "zh_CN", timeout=10_000)
    assert view.language.language.currentText() == "简体中文"

    view.models.set_embedding(str(tmp_path))  # not a sentence-transformers folder
    qtbot.waitUntil(lambda: "not a sentence-transformers model" in view.models.message.text(), timeout=10_000)
    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "modules.json").write_text("[]", encoding="utf-8")
    view.models.embedding.setText(str(folder))
    view.models.set_embedding(view.models.embedding.text())
    qtbot.waitUntil(lambda: "re-indexed" in view.models.message.text(), timeout=10_000)

    with open_library(shelfwise_home) as reopened:
        saved = reopened.settings
        assert (saved.models.llm_threads, saved.recommend.diversity, saved.recommend.novelty) == (3, 0.55, True)
        assert saved.general.language == "zh_CN" and reopened.reasons_language() == "zh"
        assert saved.models.embedding_model == str(folder.resolve())
    live: list[tuple[float, bool]] = []  # the open library's recommender took the new defaults
    ctx.call(lambda lib: (lib.recommender.diversity, lib.recommender.novelty), live.append)
    qtbot.waitUntil(lambda: live == [(0.55, True)], timeout=10_000)

    again = SettingsView(ctx)  # a fresh view shows what was saved
    qtbot.addWidget(again)
    again.activate()
    qtbot.waitUntil(lambda: again.snapshot is not None, timeout=10_000)
    assert (again.models.threads.value(), again.recommend.diversity.value(), again.recommend.novelty.isChecked()) == (3, 55, True)
    assert again.language.language.currentData() == "zh_CN" and again.models.embedding.text() == str(folder.resolve())
    again.models.set_embedding("")
    qtbot.waitUntil(lambda: load_settings(shelfwise_home).models.embedding_model == "bundled", timeout=10_000)
    assert ui_thread_did_no_engine_work(ctx)

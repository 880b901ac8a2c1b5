"""The Simplified Chinese translation: complete, faithful to placeholders and markup, built, and loaded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.i18n import install_translators

pytestmark = pytest.mark.qt

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "shelfwise_zh_CN.ts"
QM = TRANSLATIONS / "shelfwise_zh_CN.qm"

PLACEHOLDER = re.compile(r"%%|%L?[1-9]|%n|%s")  # "%%" first: "%s%%" is a %s and a literal percent
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
MNEMONIC = re.compile(r"&(?!&)(\S)")

SIDEBAR_ZH = ["为你推荐", "对话", "资料库", "图书", "电影", "文章", "心愿单", "待确认", "导入", "品味洞察", "设置"]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # one text, or each numerusform

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def _messages() -> list[Message]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (tuple(form.text or "" for form in translation.findall("numerusform")) if numerus
                     else (translation.text or "",))
            found.append(Message(name, message.findtext("source") or "", numerus,
                                 translation.get("type") is None, forms))
    return found


MESSAGES = _messages()


def _lrelease() -> str:
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"), shutil.which("pyside6-lrelease"),
                      shutil.which("lrelease")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.skip("pyside6-lrelease is not installed")


# -- the .ts file ------------------------------------------------------------------------------------


def test_every_message_is_translated_and_finished() -> None:
    assert len(MESSAGES) >= 500
    unfinished = [m.where for m in MESSAGES if not m.finished]
    empty = [m.where for m in MESSAGES if not all(form.strip() for form in m.forms)]
    assert not unfinished, unfinished
    assert not empty, empty


def test_numerus_messages_have_one_form_with_n() -> None:
    numerus = [m for m in MESSAGES if m.numerus]
    assert numerus
    for message in numerus:
        assert "%n" in message.source, message.where
        assert len(message.forms) == 1, f"Chinese has one plural form: {message.where}"
        assert "%n" in message.forms[0], message.where


def test_placeholders_markup_and_mnemonics_are_kept() -> None:
    problems = []
    for message in MESSAGES:
        for form in message.forms:
            if Counter(PLACEHOLDER.findall(message.source)) != Counter(PLACEHOLDER.findall(form)):
                problems.append(f"placeholders differ in {message.where}: {form!r}")
            if Counter(TAG.findall(message.source)) != Counter(TAG.findall(form)):
                problems.append(f"markup differs in {message.where}: {form!r}")
            if len(MNEMONIC.findall(message.source)) != len(MNEMONIC.findall(form)):
                problems.append(f"accelerator lost or added in {message.where}: {form!r}")
            for mnemonic in MNEMONIC.findall(message.source):
                if f"&{mnemonic.upper()}" not in form.upper():
                    problems.append(f"accelerator key changed in {message.where}: {form!r}")
            if message.source.startswith(" ") != form.startswith(" ") or \
                    message.source.endswith(" ") != form.endswith(" "):
                problems.append(f"leading or trailing space differs in {message.where}: {form!r}")
            if message.source.endswith("…") != form.endswith("…"):
                problems.append(f"trailing ellipsis differs in {message.where}: {form!r}")
    assert not problems, "\n".join(problems)


def test_file_dialog_filters_keep_ascii_patterns() -> None:
    """QFileDialog reads "Name (*.ext)": the pattern must stay in ASCII parentheses."""
    for message in MESSAGES:
        for pattern in re.findall(r"\(\*[^)]*\)", message.source):
            assert pattern in message.forms[0], message.where


def test_one_term_per_concept() -> None:
    """A few words that must read the same everywhere they appear."""
    by_source: dict[str, set[str]] = {}
    for message in MESSAGES:
        by_source.setdefault(message.source, set()).add(message.forms[0])
    for source in ("Wishlist", "Not interested", "Cancel", "Book", "Film", "Article", "Finished", "Seen",
                   "Liked", "Disliked", "Books", "Films", "Articles", "%n item(s)", "Open %s"):
        assert len(by_source[source]) == 1, (source, by_source[source])
    graph_series = next(m for m in MESSAGES if m.context == "GraphView" and m.source == "Series")
    kind_series = next(m for m in MESSAGES if m.context == "LibraryTableModel" and m.source == "Series")
    assert graph_series.forms[0] != kind_series.forms[0]  # a book series is not a TV series


# -- the .qm file ----------------------------------------------------------------------------------


def test_committed_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "shelfwise_zh_CN.qm"
    result = subprocess.run([_lrelease(), str(TS), "-qm", str(built)], capture_output=True, text=True,
                            check=True, timeout=120)
    assert "0 unfinished" in result.stdout, result.stdout
    assert "untranslated" not in result.stdout, result.stdout
    assert built.read_bytes() == QM.read_bytes(), "run `make translations` (or pyside6-lrelease) again"


def test_committed_qm_translates_every_message(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    wrong = []
    for message in MESSAGES:
        got = (translator.translate(message.context, message.source, None, 2) if message.numerus
               else translator.translate(message.context, message.source))
        if got != message.forms[0]:
            wrong.append(f"{message.where}: {got!r} != {message.forms[0]!r}")
    assert not wrong, "\n".join(wrong)


# -- in the app --------------------------------------------------------------------------------------


def _remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def test_install_translators_switches_to_chinese_and_back(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []
    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, "shelfwise_zh_CN.qm did not load"
        assert QCoreApplication.translate("MainWindow", "For you") == "为你推荐"
        assert QCoreApplication.translate("MainWindow", "%n item(s)", None, 3) == "3 项"
        assert QCoreApplication.translate("ReviewView", "&Same") == "相同(&S)"
    finally:
        _remove(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "For you") == "For you"
    assert QCoreApplication.translate("MainWindow", "%n item(s)", None, 3) == "3 item(s)"


def test_main_window_shows_chinese_labels(qapp: QApplication, qtbot: QtBot, shelfwise_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.main_window import MainWindow
    from desktop_app.views.for_you import ForYouView

    # only the labels matter here: no background indexing of the sample library
    monkeypatch.setattr(MainWindow, "start_indexing", lambda self: None)
    translators = install_translators(qapp, "zh_CN")
    try:
        window = MainWindow(shelfwise_home)
        qtbot.addWidget(window)
        window.show()
        try:
            labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
            assert window.sidebar.item(0).text() == "为你推荐"
            assert labels == SIDEBAR_ZH
            assert window.sidebar.accessibleName() == "视图"
            for_you = window.views["for_you"]
            assert isinstance(for_you, ForYouView)
            assert for_you.refresh_button.text() == "刷新"
            assert for_you.kind.itemText(0) == "全部"
            qtbot.waitUntil(lambda: window.library is not None, timeout=30_000)
        finally:
            window.close()
    finally:
        _remove(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "For you") == "For you"

"""The app's language: English, or Simplified Chinese through Qt translation files
(``resources/translations/shelfwise_zh_CN.qm``, built from the ``.ts`` by ``make translations``).

The choice is ``general.language`` in the library's settings: "en", "zh_CN", or "auto" (the
system's language). It is read before the first window is built and applies from the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from engine.errors import ShelfwiseError
from engine.paths import resolve_home
from engine.resources import resource
from engine.settings import load_settings

TRANSLATIONS = "translations"


def chosen_language(home: Path | None) -> str:
    """"zh_CN" or "en", from the settings of the library in ``home`` (or the system)."""
    try:
        setting = load_settings(resolve_home(home)).general.language
    except (ShelfwiseError, OSError):
        setting = "auto"
    if setting == "auto":
        setting = QLocale.system().name()
    return "zh_CN" if setting.lower().startswith("zh") else "en"


_current = "en"


def current_language() -> str:
    """"zh" or "en": the language the interface was started in (reasons and labels follow it)."""
    return _current


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language``; keep the returned objects alive."""
    global _current
    _current = "zh" if language.startswith("zh") else "en"
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource(TRANSLATIONS, f"shelfwise_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed

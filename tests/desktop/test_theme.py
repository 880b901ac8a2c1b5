"""Light and dark: the palette the whole window paints with, chosen or following the system."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6")
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.theme import apply_theme, system_is_dark

pytestmark = pytest.mark.qt


def _lightness(app: QApplication, role: QPalette.ColorRole) -> int:
    return app.palette().color(role).lightness()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    palette, style_sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(style_sheet)


def test_dark_theme_is_dark_with_readable_text(app: QApplication) -> None:
    apply_theme(app, "dark")
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert _lightness(app, background) < 80
    for text in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        assert _lightness(app, text) > 180
    disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).lightness()
    assert 60 < disabled < _lightness(app, QPalette.ColorRole.Text)  # dimmed, still visible


def test_light_theme_after_dark_is_light_again(app: QApplication) -> None:
    apply_theme(app, "dark")
    apply_theme(app, "light")
    assert _lightness(app, QPalette.ColorRole.Window) > 180
    assert _lightness(app, QPalette.ColorRole.Text) < 80


def test_system_theme_follows_the_platform_scheme(app: QApplication) -> None:
    apply_theme(app, "system")
    dark = _lightness(app, QPalette.ColorRole.Window) < 128
    assert dark == system_is_dark(app)


def test_unknown_theme_is_refused(app: QApplication) -> None:
    with pytest.raises(ValueError, match="theme"):
        apply_theme(app, "sepia")

"""Look: the Fusion style in the system's light or dark colour scheme (or the one asked for with
``--theme``), and a few rules for cards. Every view paints with palette roles, so switching the
palette switches the whole window, charts included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
STYLE = """
QFrame#recommendationCard { border: 1px solid palette(mid); border-radius: 8px; padding: 6px; }
QFrame#recommendationCard:focus-within { border: 2px solid palette(highlight); }
QLabel#cardMeta, QLabel#cardReasons { color: palette(placeholder-text); }
QFrame#undoBar { background: palette(alternate-base); border-radius: 6px; }
QListWidget { font-size: 14px; }
"""

_DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#2a2b2e",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Button: "#2d2e31", QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.ToolTipBase: "#2d2e31", QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff6b6b", QPalette.ColorRole.Highlight: "#5b8def",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9", QPalette.ColorRole.Light: "#3c3d40",
    QPalette.ColorRole.Midlight: "#333437", QPalette.ColorRole.Mid: "#55575b",
    QPalette.ColorRole.Dark: "#111214", QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {QPalette.ColorRole.WindowText: "#6f7378", QPalette.ColorRole.Text: "#6f7378",
                  QPalette.ColorRole.ButtonText: "#6f7378", QPalette.ColorRole.HighlightedText: "#9aa0a6"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Fusion with a light or dark palette; "system" follows the platform's colour scheme, also
    when it changes while the app runs."""
    if theme not in THEMES:
        raise ValueError(f"theme is one of {', '.join(THEMES)}")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)

    def update() -> None:
        dark = theme == "dark" or (theme == "system" and system_is_dark(app))
        app.setPalette(dark_palette() if dark else app.style().standardPalette())

    update()
    if theme == "system":
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: update())

"""Look: the Fusion style with the system's light or dark palette, and a few rules for cards."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
QFrame#recommendationCard { border: 1px solid palette(mid); border-radius: 8px; padding: 6px; }
QFrame#recommendationCard:focus-within { border: 2px solid palette(highlight); }
QLabel#cardMeta, QLabel#cardReasons { color: palette(placeholder-text); }
QFrame#undoBar { background: palette(alternate-base); border-radius: 6px; }
QListWidget { font-size: 14px; }
"""


def apply_theme(app: QApplication) -> None:
    """Fusion follows the system colour scheme (light or dark) on every platform."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)

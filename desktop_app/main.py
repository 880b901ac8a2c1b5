"""Entry point of the desktop app (``shelfwise-desktop`` / ``make run``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import engine  # noqa: F401 - sets offline mode before anything else loads


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="shelfwise-desktop")
    parser.add_argument("--home", type=Path, default=None, help="data directory")
    parser.add_argument("--no-sample", action="store_true", help="don't load the sample library")
    parser.add_argument("--language", choices=["en", "zh_CN"], default=None,
                        help="interface language (default: the library's setting, else the system's)")
    parser.add_argument("--theme", choices=["system", "light", "dark"], default="system",
                        help="colour scheme (default: the system's)")
    args, qt_args = parser.parse_known_args(argv)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import chosen_language, install_translators
    from desktop_app.main_window import MainWindow
    from desktop_app.theme import apply_theme
    from engine.resources import resource

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Shelfwise")
    app.setOrganizationName("Shelfwise")
    app.setDesktopFileName("shelfwise")  # matches packaging/linux/shelfwise.desktop
    icon = resource("icons", "shelfwise.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_theme(app, args.theme)
    install_translators(app, args.language or chosen_language(args.home))  # owned by the app
    window = MainWindow(args.home, load_sample_if_empty=not args.no_sample)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

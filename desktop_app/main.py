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
    args, qt_args = parser.parse_known_args(argv)

    from PySide6.QtWidgets import QApplication

    from desktop_app.main_window import MainWindow

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Shelfwise")
    app.setOrganizationName("Shelfwise")
    window = MainWindow(args.home, load_sample_if_empty=not args.no_sample)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

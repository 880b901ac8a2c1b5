"""A PNG of every view of the real app on the sample library, in one language.

``python -m desktop_app.screenshots --language en|zh_CN --out DIR`` (``make screenshots`` runs it
under Xvfb for both languages). Each view is driven the way a person would: For you waits for
its cards, Chat asks a question and waits for the answer, the library opens an item's details.
Files are named ``<language>-<NN>-<view>.png`` (``<language>-dark-<NN>-<view>.png`` with
``--theme dark``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

QUESTIONS = {"en": "a sci-fi film like Arrival but lighter", "zh_CN": "我想读一本像《三体》的书，不要太长"}


def _wait(condition: Callable[[], bool], timeout: float, settle_ms: int = 300) -> bool:
    """Run the event loop until ``condition()`` holds (then a little longer for painting)."""
    deadline = time.time() + timeout
    loop = QEventLoop()
    while not condition() and time.time() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    QTimer.singleShot(settle_ms, loop.quit)
    loop.exec()
    return condition()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.screenshots")
    parser.add_argument("--language", choices=["en", "zh_CN"], default="en")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--theme", choices=["system", "light", "dark"], default="system")
    parser.add_argument("--only", default="", help="comma-separated view keys (default: every view)")
    args = parser.parse_args(argv)
    only = {key for key in args.only.split(",") if key}
    args.out.mkdir(parents=True, exist_ok=True)

    from desktop_app.i18n import install_translators
    from desktop_app.main_window import MainWindow
    from desktop_app.theme import apply_theme

    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    install_translators(app, args.language)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "home")
        window.resize(1360, 860)
        window.show()
        if not _wait(lambda: window.library is not None, 60):
            print("the library did not open", file=sys.stderr)
            return 1
        _wait(lambda: window.index_task is None, 600)
        prefix = ("en" if args.language == "en" else "zh") + ("-dark" if args.theme == "dark" else "")
        for number, key in enumerate(window.views, start=1):
            if only and key not in only:
                continue
            window.show_view(key)
            _prepare(window, key, args.language)
            path = args.out / f"{prefix}-{number:02d}-{key}.png"
            window.grab().save(str(path))
            saved.append(path)
        window.close()
    for path in saved:
        print(path)
    return 0


def _prepare(window: object, key: str, language: str) -> None:
    """Bring a view to a state worth looking at."""
    view = window.views[key]  # type: ignore[attr-defined]
    if key == "for_you":
        _wait(lambda: len(view.cards) > 0, 60)
    elif key == "chat":
        view.send(QUESTIONS[language])
        _wait(lambda: not view.is_generating(), 120, settle_ms=800)
    elif key == "library":
        _wait(lambda: view.model.rowCount() > 0, 60)
        ids = window.library.store.items.find_by_title("Arrival")  # type: ignore[attr-defined]
        if ids:
            view.open_item(ids[0])
        _wait(lambda: False, 3, settle_ms=1500)
    else:
        _wait(lambda: False, 2, settle_ms=800)


if __name__ == "__main__":
    sys.exit(main())

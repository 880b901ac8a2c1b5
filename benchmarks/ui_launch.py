"""Child process of the UI benchmark: start the real app on a fresh data folder and print, as JSON,
the wall-clock moments (``time.time()``) it became interactive, opened the library and showed the
first recommendations. ``python -m benchmarks.ui_launch HOME``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(home: Path) -> int:
    marks: dict[str, float] = {"process": time.time()}
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.main_window import MainWindow
    from desktop_app.theme import apply_theme
    from desktop_app.views.for_you import ForYouView

    app = QApplication([sys.argv[0]])
    apply_theme(app)
    window = MainWindow(home)
    window.show()
    marks["shown"] = time.time()

    def first_tick() -> None:  # the event loop is running: clicks and keys are answered
        marks.setdefault("interactive", time.time())

    QTimer.singleShot(0, first_tick)
    window.ctx.opened.connect(lambda _lib: marks.setdefault("library", time.time()))
    view = window.views["for_you"]
    assert isinstance(view, ForYouView)

    def poll() -> None:
        if view.cards and "recommendations" not in marks:
            marks["recommendations"] = time.time()
            window.cancel_indexing()
            QTimer.singleShot(0, app.quit)

    timer = QTimer(interval=10)
    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.close()
    print(json.dumps(marks))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

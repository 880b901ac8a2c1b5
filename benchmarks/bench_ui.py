"""The desktop app: launch-to-interactive time and the longest stall of the UI thread.

``python -m benchmarks ui`` (runs offscreen unless a display is set).

- **Launch**: the real app started in a child process on a fresh data folder (first start: the
  sample library is imported) and again on the same folder; the moments it was shown, answered
  events, opened the library and showed the first recommendations, from the process start.
- **Stalls**: a 5 ms timer on the UI thread records every gap between its ticks while the app
  is driven through a whole flow: open, background index, For you, feedback, an import of a real
  Goodreads export (a background task), a chat turn with the bundled model, the library table.
  The longest gap is the longest time the window could not answer a click.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import SHARED_DATA, line

GOODREADS = SHARED_DATA / "exports" / "goodreads" / "Egor-K-git-books_PREFIX" / "goodreads_library_export.csv"
TICK_MS = 5


def _launch(home: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "benchmarks.ui_launch", str(home)], env=env, check=True,
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1]).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {name: value - start for name, value in marks.items()}


def _launches() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        for label in ("first start (imports the sample)", "second start"):
            marks = _launch(home)
            line(f"launch, {label}",
                 f"interactive {marks['interactive']:.2f} s · library open {marks['library']:.2f} s · "
                 f"first recommendations {marks['recommendations']:.2f} s")


class StallProbe:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, str]] = []
        self.phase = "start"
        self._last = time.perf_counter()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last - TICK_MS / 1000, self.phase))
        self._last = now

    def worst(self) -> tuple[float, str]:
        return max(self.gaps, default=(0.0, ""))


def _wait(app: object, condition: Callable[[], bool], timeout: float) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.time() + timeout
    while not condition():
        if time.time() > deadline:
            raise TimeoutError("the UI flow did not finish in time")
        app.processEvents()
        time.sleep(0.002)


def _flow() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.main_window import MainWindow
    from desktop_app.views.for_you import ForYouView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "home")
        window.show()  # building the window is launch time (measured above), not a stall
        probe = StallProbe()
        probe.phase = "open + sample"
        _wait(app, lambda: window.library is not None, 60)
        view = window.views["for_you"]
        assert isinstance(view, ForYouView)
        probe.phase = "For you"
        _wait(app, lambda: bool(view.cards), 60)
        probe.phase = "background index"
        _wait(app, lambda: window.index_task is None, 600)
        probe.phase = "feedback"
        before = view.cards[0].item_id
        view.give_feedback(before, "dismiss")
        _wait(app, lambda: bool(view.cards) and view.cards[0].item_id != before, 60)
        if GOODREADS.is_file():
            probe.phase = "import (the import view's own job)"
            importer = window.views["import"]
            importer.add_paths([GOODREADS])  # type: ignore[attr-defined]
            _wait(app, lambda: importer.import_button.isEnabled(), 60)  # type: ignore[attr-defined]
            importer.start_import()  # type: ignore[attr-defined]
            _wait(app, lambda: importer.task is None and importer.outcome is not None, 300)  # type: ignore[attr-defined]
            probe.phase = "index after import"
            _wait(app, lambda: window.index_task is None, 600)
        probe.phase = "chat turn (bundled model)"
        turns: list[object] = []
        window.ctx.call(lambda lib: lib.chat("a sci-fi film like Arrival but lighter"), turns.append)
        _wait(app, lambda: bool(turns), 120)
        probe.phase = "library table"
        window.show_view("library")
        _wait(app, lambda: window.views["library"].model.rowCount() > 0, 60)  # type: ignore[attr-defined]
        window.close()
    gaps = sorted(gap for gap, _ in probe.gaps)
    worst, phase = probe.worst()
    line("UI thread, longest stall during the whole flow", f"{worst * 1000:,.0f} ms (during {phase})")
    line("UI thread, 99th percentile gap between 5 ms ticks", f"{gaps[int(len(gaps) * 0.99)] * 1000:,.1f} ms")
    by_phase: dict[str, float] = {}
    for gap, name in probe.gaps:
        by_phase[name] = max(by_phase.get(name, 0.0), gap)
    for name, gap in by_phase.items():
        line(f"  longest stall: {name}", f"{gap * 1000:,.0f} ms")


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("desktop app (offscreen unless DISPLAY is set; 2 cores)")
    _launches()
    _flow()

"""Save a PNG of the whole X screen named by $DISPLAY (the Linux smoke test's screenshot).

    DISPLAY=:99 .venv/bin/python packaging/grab_screen.py OUT.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def grab(out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "xcb"  # the real display, never offscreen
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    if screen is None:
        raise SystemExit("no screen on DISPLAY=" + os.environ.get("DISPLAY", ""))
    pixmap = screen.grabWindow(0)
    out.parent.mkdir(parents=True, exist_ok=True)
    if pixmap.isNull() or not pixmap.save(str(out), "PNG"):
        raise SystemExit(f"could not grab the screen into {out}")
    print(f"{out} ({pixmap.width()}x{pixmap.height()})")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    grab(Path(sys.argv[1]))

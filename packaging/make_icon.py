"""The icon files: render resources/icons/shelfwise.svg to the committed 256 px PNG, or turn that
PNG into the .ico the Windows installer uses (needs Pillow; PyInstaller itself converts the PNG
for the executables and the macOS .app when Pillow is installed).

    .venv/bin/python packaging/make_icon.py              # SVG -> resources/icons/shelfwise.png
    python packaging/make_icon.py --ico build/shelfwise.ico
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256


def render_png(svg: Path, png: Path, size: int = SIZE) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"cannot write {png}")


def write_ico(png: Path, ico: Path) -> None:
    from PIL import Image  # only where an .ico is wanted (the Windows installer build)

    with Image.open(png) as image:
        image.save(ico, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ico", type=Path, default=None,
                        help="write a Windows .ico from the committed PNG instead (needs Pillow)")
    args = parser.parse_args()
    png = ICONS / "shelfwise.png"
    if args.ico is not None:
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        write_ico(png, args.ico)
        print(args.ico)
    else:
        render_png(ICONS / "shelfwise.svg", png)
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())

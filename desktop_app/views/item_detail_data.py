"""What the item detail pane shows, read on the engine thread: the item's detail, and its cover
decoded at the size shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from desktop_app.i18n import current_language
from engine import Library
from engine.item_detail import ItemDetail, item_detail

COVER_SIZE = QSize(150, 225)


@dataclass(frozen=True)
class LoadedDetail:
    detail: ItemDetail
    cover: QImage | None


def load_detail(lib: Library, item_id: int, profile: str | None) -> LoadedDetail:
    """Runs on the engine thread: the detail, and the cover decoded at the size shown (QImage,
    unlike QPixmap, may be made off the UI thread)."""
    detail = item_detail(lib, item_id, profile, language=current_language())
    cover = None
    if detail.cover_file:
        reader = QImageReader(detail.cover_file)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and (size.width() > COVER_SIZE.width() or size.height() > COVER_SIZE.height()):
            reader.setScaledSize(size.scaled(COVER_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        cover = None if image.isNull() else image
    return LoadedDetail(detail, cover)

"""What every chart shares: its data (``Bar``, ``Series``), colours from the palette, axis steps,
and the ``Chart`` base class with tooltips, the keyboard cursor and a textual description."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str = ""  # what the tooltip and the description say of it; "label: value" when empty


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]  # one per category


def chart_colors(palette: QPalette, count: int) -> list[QColor]:
    """The highlight colour, then hues spread around it, lighter on a dark background."""
    base = palette.color(QPalette.ColorRole.Highlight)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    hue = base.hslHue() if base.hslHue() >= 0 else 210
    colors = [base]
    for index in range(1, count):
        colors.append(QColor.fromHsl((hue + index * 137) % 360, 150, 165 if dark else 105))
    return colors[:count]


def nice_ceiling(value: float) -> tuple[float, float]:
    """(top of the axis, step between grid lines) for values up to ``value``; whole steps."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1.0, step)
    return math.ceil(value / step) * step, step


class Chart(QWidget):
    """What the charts share: hit areas for tooltips, the keyboard cursor, the description."""

    data_changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 160)
        self.current = -1
        self._hits: list[QRectF] = []

    # -- what subclasses give ---------------------------------------------------------------------------

    def entries(self) -> list[str]:
        """One sentence per bar (or per category), in order."""
        raise NotImplementedError

    def draw(self, painter: QPainter, area: QRectF) -> list[QRectF]:
        """Paint the data into ``area``; return each entry's rectangle."""
        raise NotImplementedError

    # -- shared -----------------------------------------------------------------------------------------

    def summary(self) -> str:
        entries = self.entries()
        return "; ".join(entries) if entries else self.tr("No data yet")

    def _data_set(self) -> None:
        self.current = -1
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()
        self.data_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.contentsRect()).adjusted(6, 6, -6, -6)
        if not self.entries():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            self._hits = []
            return
        self._hits = self.draw(painter, area)
        if self.hasFocus() and 0 <= self.current < len(self._hits):
            pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._hits[self.current].adjusted(-2, -2, 2, 2))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = next((i for i, r in enumerate(self._hits) if r.contains(QPointF(event.pos()))), -1)
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.entries()[index], self)
            else:
                QToolTip.showText(event.globalPos(), self.summary(), self)
            return True
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.entries())
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        key = Qt.Key(event.key())
        if count and key in moves:
            self.current = min(count - 1, max(0, self.current + moves[key]))
        elif count and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.current = 0 if key == Qt.Key.Key_Home else count - 1
        else:
            super().keyPressEvent(event)
            return
        self.update()
        self.repaint()  # so the hit areas are current before the tooltip is placed
        if 0 <= self.current < len(self._hits):
            where = self._hits[self.current].center().toPoint()
            QToolTip.showText(self.mapToGlobal(where), self.entries()[self.current], self)

    def current_text(self) -> str:
        entries = self.entries()
        return entries[self.current] if 0 <= self.current < len(entries) else ""

    def _pen(self, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QPen:
        return QPen(self.palette().color(role))

    def _grid(self, painter: QPainter, plot: QRectF, top: float, step: float) -> None:
        """Horizontal grid lines with their values on the left of ``plot``."""
        metrics = QFontMetrics(self.font())
        value = 0.0
        while value <= top + 1e-9:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(self._pen(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._pen())
            label = f"{value:g}"
            width = metrics.horizontalAdvance(label)
            box = QRectF(plot.left() - width - 6, y - metrics.height() / 2, width + 2, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            value += step

    def _labels_below(self, painter: QPainter, plot: QRectF, labels: Sequence[str]) -> None:
        metrics = QFontMetrics(self.font())
        slot = plot.width() / len(labels)
        widest = max(metrics.horizontalAdvance(label) for label in labels) + 6
        every = max(1, math.ceil(widest / slot)) if widest > slot and slot < 40 else 1
        painter.setPen(self._pen())
        for index, label in enumerate(labels):
            if index % every:
                continue
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot * every))
            box = QRectF(plot.left() + slot * index - slot * (every - 1) / 2, plot.bottom() + 3,
                         slot * every, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

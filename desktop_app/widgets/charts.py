"""Small charts drawn with QPainter (no QtCharts): bars, horizontal bars, and stacked bars over
time. Colours come from the palette, so they follow light and dark mode. Every chart has an
accessible name, a textual description of all its data (also shown by ``ChartCard``'s "Show as
text"), a tooltip per bar, and keyboard use: arrow keys, Home and End step through the bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.widgets.chart_base import Bar, Chart, Series, chart_colors, nice_ceiling

__all__ = ["Bar", "BarChart", "Chart", "ChartCard", "Series", "StackedBarChart", "chart_colors",
           "nice_ceiling"]


class BarChart(Chart):
    """One bar per value; ``horizontal`` puts the labels on the left (for long names)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.horizontal = horizontal
        self._data_set()

    def set_data(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self._data_set()

    def entries(self) -> list[str]:
        return [bar.text or self.tr("%s: %s") % (bar.label, f"{bar.value:g}") for bar in self.bars]

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(380, max(160, 26 * len(self.bars) + 16))
        return QSize(380, 220)

    def draw(self, painter: QPainter, area: QRectF) -> list[QRectF]:
        color = chart_colors(self.palette(), 1)[0]
        painter.setBrush(color)
        return self._draw_horizontal(painter, area) if self.horizontal else self._draw_vertical(painter, area)

    def _draw_vertical(self, painter: QPainter, area: QRectF) -> list[QRectF]:
        metrics = QFontMetrics(self.font())
        top, step = nice_ceiling(max(bar.value for bar in self.bars))
        left = metrics.horizontalAdvance(f"{top:g}") + 10
        plot = area.adjusted(left, metrics.height() + 4, 0, -(metrics.height() + 6))
        self._grid(painter, plot, top, step)
        slot = plot.width() / len(self.bars)
        hits = []
        for index, bar in enumerate(self.bars):
            height = plot.height() * bar.value / top
            width = min(48.0, slot * 0.7)
            x = plot.left() + slot * index + (slot - width) / 2
            rect = QRectF(x, plot.bottom() - height, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(rect)
            if bar.value:
                painter.setPen(self._pen())
                above = QRectF(x - 10, rect.top() - metrics.height() - 2, width + 20, metrics.height())
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, f"{bar.value:g}")
            hits.append(QRectF(plot.left() + slot * index, plot.top(), slot, plot.height()))
        self._labels_below(painter, plot, [bar.label for bar in self.bars])
        return hits

    def _draw_horizontal(self, painter: QPainter, area: QRectF) -> list[QRectF]:
        metrics = QFontMetrics(self.font())
        label_width = min(area.width() * 0.4, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8)
        value_width = max(metrics.horizontalAdvance(f"{b.value:g}") for b in self.bars) + 8
        row = min(26.0, area.height() / len(self.bars))
        top = max(bar.value for bar in self.bars) or 1.0
        span = area.width() - label_width - value_width
        hits = []
        for index, bar in enumerate(self.bars):
            y = area.top() + row * index
            painter.setPen(self._pen())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(QRectF(area.left(), y, label_width - 8, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            rect = QRectF(area.left() + label_width, y + row * 0.15, span * bar.value / top, row * 0.7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(rect)
            painter.setPen(self._pen())
            painter.drawText(QRectF(rect.right() + 4, y, value_width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{bar.value:g}")
            hits.append(QRectF(area.left(), y, area.width(), row))
        return hits


class StackedBarChart(Chart):
    """One stacked bar per category (a year, say), one coloured part per series, with a legend."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self._data_set()

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = [s for s in series if len(s.values) == len(self.categories)]
        self._data_set()

    def entries(self) -> list[str]:
        texts = []
        for index, category in enumerate(self.categories):
            parts = [self.tr("%s %s") % (s.label, f"{s.values[index]:g}")
                     for s in self.series if s.values[index]]
            texts.append(self.tr("%s: %s") % (category, ", ".join(parts) if parts else self.tr("none")))
        return texts if self.series else []

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def _legend(self, painter: QPainter, area: QRectF, colors: list[QColor]) -> float:
        """Draws the legend across the top, wrapping; returns its height."""
        metrics = QFontMetrics(self.font())
        x, y, line = area.left(), area.top(), metrics.height() + 4
        for serie, color in zip(self.series, colors, strict=True):
            width = metrics.horizontalAdvance(serie.label) + 26
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + (line - 10) / 2, 10, 10))
            painter.setPen(self._pen())
            painter.drawText(QPoint(int(x + 14), int(y + metrics.ascent() + 2)), serie.label)
            x += width
        return y + line - area.top()

    def draw(self, painter: QPainter, area: QRectF) -> list[QRectF]:
        metrics = QFontMetrics(self.font())
        colors = chart_colors(self.palette(), len(self.series))
        legend = self._legend(painter, area, colors)
        totals = [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]
        top, step = nice_ceiling(max(totals))
        left = metrics.horizontalAdvance(f"{top:g}") + 10
        plot = area.adjusted(left, legend + metrics.height() / 2 + 4, 0, -(metrics.height() + 6))
        self._grid(painter, plot, top, step)
        slot = plot.width() / len(self.categories)
        width = min(56.0, slot * 0.7)
        hits = []
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.categories)):
            y = plot.bottom()
            x = plot.left() + slot * index + (slot - width) / 2
            for serie, color in zip(self.series, colors, strict=True):
                height = plot.height() * serie.values[index] / top
                painter.setBrush(color)
                painter.drawRect(QRectF(x, y - height, width, height))
                y -= height
            hits.append(QRectF(plot.left() + slot * index, plot.top(), slot, plot.height()))
        self._labels_below(painter, plot, self.categories)
        return hits


class ChartCard(QFrame):
    """A titled chart with a "Show as text" switch that lists its data in words."""

    def __init__(self, title: str, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        heading = QLabel(f"<b>{title}</b>")
        heading.setAccessibleName(title)
        self.as_text = QToolButton()
        self.as_text.setText(self.tr("Show as text"))
        self.as_text.setCheckable(True)
        self.as_text.setAccessibleName(self.tr("Show %s as text") % title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAccessibleName(self.tr("%s as text") % title)
        self.text.hide()
        self.as_text.toggled.connect(self.text.setVisible)
        chart.data_changed.connect(lambda: self.text.setText(chart.summary()))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(chart, 1)
        layout.addWidget(self.as_text, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)

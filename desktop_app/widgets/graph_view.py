"""An item's knowledge-graph neighbourhood, drawn: the item in the centre, the people, genres,
tags and series it links to around it, and other items beyond them. Nodes are coloured by type
and can be dragged; hovering one highlights its links; clicking an item node (or choosing it
with the arrow keys and pressing Enter) emits ``item_activated``."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from engine.item_detail import GraphNode, Neighbourhood

COLOURS = {"centre": "#e8772e", "item": "#4a7fb5", "person": "#5b9f4a", "genre": "#a64d79",
           "tag": "#c79a1c", "series": "#2f9c9c", "collection": "#8e6cc3", "phrase": "#b5734a"}
OTHER_COLOUR = "#8a8a8a"
RINGS = ((190.0, 115.0), (360.0, 215.0))  # (x, y) radii: the item's links, and what lies beyond
LABEL_CHARS = 24


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node: GraphNode, centre: bool, on_click: Callable[[NodeItem], None],
                 on_hover: Callable[[NodeItem | None], None]) -> None:
        radius = 15.0 if centre else 10.0 if node.type == "item" else 8.0
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node, self.centre = node, centre
        self.edges: list[EdgeItem] = []
        self._on_click, self._on_hover = on_click, on_hover
        self._pressed_at: QPointF | None = None
        self.setBrush(QBrush(QColor(COLOURS.get("centre" if centre else node.type, OTHER_COLOUR))))
        self.setPen(QPen(QColor("#ffffff"), 1.5))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setToolTip(node.label)
        if self.opens_item:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        text = node.label if len(node.label) <= LABEL_CHARS else node.label[:LABEL_CHARS - 1] + "…"
        self.label = QGraphicsSimpleTextItem(text, self)
        font = self.label.font()
        font.setBold(centre)
        self.label.setFont(font)
        box = self.label.boundingRect()
        self.label.setPos(-box.width() / 2, radius + 2)

    @property
    def opens_item(self) -> bool:
        return self.node.item_id is not None and not self.centre

    def set_highlight(self, on: bool) -> None:
        self.setPen(QPen(QColor("#202020" if on else "#ffffff"), 3.0 if on else 1.5))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = event.scenePos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._pressed_at = self._pressed_at, None
        if start is not None and (event.scenePos() - start).manhattanLength() < 4:
            self._on_click(self)  # a click, not a drag

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(None)
        super().hoverLeaveEvent(event)


class EdgeItem(QGraphicsLineItem):
    def __init__(self, a: NodeItem, b: NodeItem, kind: str) -> None:
        super().__init__()
        self.a, self.b, self.kind = a, b, kind
        a.edges.append(self)
        b.edges.append(self)
        style = Qt.PenStyle.DashLine if kind in ("related", "similar_to") else Qt.PenStyle.SolidLine
        self.setPen(QPen(QColor("#9aa4ae"), 1.2, style))
        self.setZValue(1)
        self.setToolTip(kind.replace("_", " "))
        self.adjust()

    def adjust(self) -> None:
        self.setLine(self.a.pos().x(), self.a.pos().y(), self.b.pos().x(), self.b.pos().y())

    def set_highlight(self, on: bool) -> None:
        pen = self.pen()
        pen.setWidthF(2.5 if on else 1.2)
        pen.setColor(QColor("#303840" if on else "#9aa4ae"))
        self.setPen(pen)


class GraphView(QGraphicsView):
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(320)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Connections graph"))
        self.setAccessibleDescription(self.tr(
            "The item and what it is linked to. Arrow keys choose an item, Enter opens it."))
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self._cursor: int | None = None

    def type_label(self, kind: str) -> str:
        labels = {"item": self.tr("Item"), "person": self.tr("Person"), "genre": self.tr("Genre"),
                  "tag": self.tr("Tag"), "series": self.tr("Series"), "collection": self.tr("Collection"),
                  "phrase": self.tr("Theme"), "decade": self.tr("Decade"), "language": self.tr("Language")}
        return labels.get(kind, kind)

    def legend(self) -> str:
        """Rich text naming each colour shown."""
        kinds = dict.fromkeys(n.node.type for n in self.nodes.values() if not n.centre)
        return "  ".join(f"<span style='color:{COLOURS.get(k, OTHER_COLOUR)}'>●</span> {self.type_label(k)}"
                         for k in kinds)

    def set_neighbourhood(self, graph: Neighbourhood) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges, self._cursor = {}, [], None
        for key, point in radial_layout(graph).items():
            node = graph.node(key)
            if node is None:
                continue
            item = NodeItem(node, key == graph.centre, self._clicked, self._hovered)
            item.setPos(point)
            item.setToolTip(f"{node.label} ({self.type_label(node.type)})")
            scene.addItem(item)
            self.nodes[key] = item
        for edge in graph.edges:
            if edge.source in self.nodes and edge.target in self.nodes:
                line = EdgeItem(self.nodes[edge.source], self.nodes[edge.target], edge.type)
                scene.addItem(line)
                self.edges.append(line)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -20, 30, 20))
        self._fit()

    def item_nodes(self) -> list[NodeItem]:
        """The nodes that open an item, in drawing order (the keyboard goes through these)."""
        return [n for n in self.nodes.values() if n.opens_item]

    def activate(self, key: str) -> None:
        """What a click on the node ``key`` does: an item node opens its item."""
        node = self.nodes.get(key)
        if node is not None and node.opens_item and node.node.item_id is not None:
            self.item_activated.emit(node.node.item_id)

    def _clicked(self, node: NodeItem) -> None:
        self.activate(node.node.key)

    def _hovered(self, node: NodeItem | None) -> None:
        self.highlight(node.node.key if node is not None else None)

    def highlight(self, key: str | None) -> None:
        """Bring out a node, its links and its neighbours; dim the rest (None: all plain)."""
        near = {key} if key else set()
        for edge in self.edges:
            on = key is not None and key in (edge.a.node.key, edge.b.node.key)
            edge.set_highlight(on)
            if on:
                near |= {edge.a.node.key, edge.b.node.key}
            edge.setOpacity(1.0 if key is None or on else 0.25)
        for node_key, node in self.nodes.items():
            node.set_highlight(node_key == key)
            node.setOpacity(1.0 if key is None or node_key in near else 0.35)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        items = self.item_nodes()
        step = {int(Qt.Key.Key_Right): 1, int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Left): -1,
                int(Qt.Key.Key_Up): -1}.get(int(event.key()))
        if items and step is not None:
            self._cursor = (step + (self._cursor if self._cursor is not None else -1)) % len(items)
            chosen = items[self._cursor]
            self.highlight(chosen.node.key)
            self.ensureVisible(chosen)
            self.setAccessibleDescription(chosen.node.label)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._cursor is not None and items:
            self.activate(items[self._cursor % len(items)].node.key)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:  # never blow a small graph up
            self.resetTransform()


def radial_layout(graph: Neighbourhood) -> dict[str, QPointF]:
    """The centre at the origin, its links evenly round a ring, and each further node beyond the
    link it hangs from (spread round that link's angle)."""
    links: dict[str, list[str]] = {}
    for edge in graph.edges:
        links.setdefault(edge.source, []).append(edge.target)
        links.setdefault(edge.target, []).append(edge.source)
    points = {graph.centre: QPointF(0, 0)}
    ring = list(dict.fromkeys(links.get(graph.centre, [])))
    step = 2 * math.pi / max(len(ring), 1)
    angles = {key: -math.pi / 2 + i * step for i, key in enumerate(ring)}
    for key, angle in angles.items():
        points[key] = QPointF(RINGS[0][0] * math.cos(angle), RINGS[0][1] * math.sin(angle))
    beyond: dict[str, list[str]] = {}
    for node in graph.nodes:
        if node.key not in points:
            parent = next((k for k in links.get(node.key, []) if k in angles), None)
            beyond.setdefault(parent or "", []).append(node.key)
    for parent, children in beyond.items():
        base = angles.get(parent, 0.0)
        spread = min(step * 0.8, 0.45 * len(children)) if parent else 2 * math.pi
        for i, key in enumerate(children):
            offset = (i - (len(children) - 1) / 2) * spread / max(len(children), 1)
            angle = base + offset
            points[key] = QPointF(RINGS[1][0] * math.cos(angle), RINGS[1][1] * math.sin(angle))
    return points

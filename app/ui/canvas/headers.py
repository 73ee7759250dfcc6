"""The headers of stages (columns) and lanes (rows): drag to reorder, a stage's right
edge to resize it."""

from __future__ import annotations

from typing import Literal, cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout.geometry import Rect
from app.layout.glance import GLANCE_PADDING, GLANCE_PIXELS, glance_lines, glance_style
from app.layout.map_layout import (
    HEADER_INSET,
    HEADER_TOP,
    LANE_KIND,
    LANE_TITLE,
    STAGE_GOAL,
    STAGE_TITLE,
    LaneBox,
    StageBox,
)
from app.layout.map_marks import lane_plate, stage_plate
from app.layout.shapes import Shape
from app.ui.canvas.painting import draw_lines
from app.ui.canvas.requests import requests_of
from app.ui.canvas.shape_painter import paint_shapes
from app.ui.look import SELECTION, Look, look

RESIZE_GRIP = 6.0
LANE_NAME_INDENT = 8.0
"""From far out a lane's name starts after the lane's coloured stripe."""


class StageHeaderItem(QGraphicsItem):
    """A stage's name and customer goal; drag to reorder, drag its right edge to resize."""

    def __init__(self, box: StageBox) -> None:
        super().__init__()
        self.box = box
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(3)
        self.setPos(box.rect.x, 0)
        self.glance_words: tuple[str, ...] = ()
        """The name as last drawn from far out; empty when drawn in the header's own type."""
        self._press_x: float | None = None
        self._resizing = False

    def display(self, box: StageBox) -> None:
        if box == self.box:
            return
        self.prepareGeometryChange()
        self.box = box
        self.setPos(box.rect.x, 0)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.box.rect.width, self.box.rect.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = look()
        _paint_plate(painter, self, stage_plate(self.box), self.box.rect, colours)
        self.glance_words = _draw_glance(painter, self, self.box.name, 0, colours, "stages") or ()
        if self.glance_words:
            return
        name, x = self.box.name_lines, HEADER_INSET
        y = draw_lines(painter, name, STAGE_TITLE, x, HEADER_TOP, colours.ink)
        draw_lines(painter, self.box.goal_lines, STAGE_GOAL, x, y + 2, colours.muted_ink)

    def hoverMoveEvent(self, event: object) -> None:
        near_edge = self._near_edge(cast(QGraphicsSceneMouseEvent, event).pos().x())
        cursor = Qt.CursorShape.SizeHorCursor if near_edge else Qt.CursorShape.OpenHandCursor
        self.setCursor(cursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press_x = event.scenePos().x()
        self._resizing = self._near_edge(event.pos().x())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_x is None:
            return
        if self._resizing:
            width = self.box.rect.width + event.scenePos().x() - self._press_x
            requests_of(self).stage_resized(self.box.stage_id, width, done=False)
        else:
            self.setX(self.box.rect.x + event.scenePos().x() - self._press_x)
            requests_of(self).stage_dragged(self.box.stage_id, event.scenePos().x())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_x is None:
            return
        moved = event.scenePos().x() - self._press_x
        self._press_x = None
        if self._resizing:
            width = self.box.rect.width + moved
            requests_of(self).stage_resized(self.box.stage_id, width, done=True)
        elif abs(moved) > 4:
            requests_of(self).stage_dropped(self.box.stage_id, event.scenePos().x())
        else:
            self.setX(self.box.rect.x)

    def _near_edge(self, x: float) -> bool:
        return x >= self.box.rect.width - RESIZE_GRIP


class LaneHeaderItem(QGraphicsItem):
    """A lane's title and kind, with its colour; drag it up or down to reorder."""

    def __init__(self, box: LaneBox) -> None:
        super().__init__()
        self.box = box
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(3)
        self.setPos(0, box.rect.y)
        self.glance_words: tuple[str, ...] = ()
        """The title as last drawn from far out; empty when drawn in the header's own type."""
        self._press_y: float | None = None

    def display(self, box: LaneBox) -> None:
        if box == self.box:
            return
        self.prepareGeometryChange()
        self.box = box
        self.setPos(0, box.rect.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.box.rect.width, self.box.rect.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = look()
        _paint_plate(painter, self, lane_plate(self.box), self.box.rect, colours)
        self.glance_words = (
            _draw_glance(painter, self, self.box.title, LANE_NAME_INDENT, colours, "lanes") or ()
        )
        if self.glance_words:
            return
        y = draw_lines(painter, self.box.title_lines, LANE_TITLE, 16, 10, colours.ink)
        if self.box.kind_label:
            label = [self.box.kind_label]
            draw_lines(painter, label, LANE_KIND, 16, y + 2, colours.muted_ink)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press_y = event.scenePos().y()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_y is None:
            return
        self.setY(self.box.rect.y + event.scenePos().y() - self._press_y)
        requests_of(self).lane_dragged(self.box.lane_id, event.scenePos().y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_y is None:
            return
        moved = event.scenePos().y() - self._press_y
        self._press_y = None
        if abs(moved) > 4:
            requests_of(self).lane_dropped(self.box.lane_id, event.scenePos().y())
        else:
            self.setY(self.box.rect.y)


def _draw_glance(
    painter: QPainter,
    item: QGraphicsItem,
    name: str,
    indent: float,
    colours: Look,
    row: Literal["stages", "lanes"],
) -> tuple[str, ...] | None:
    """From far out, where a header's own type would not read, its name alone set as
    large as it must be to read, in the weight of its `row` of headers, wrapped and
    shortened to fit: the lines drawn, or None if the header's own type reads."""
    zoom = painter.worldTransform().m11()
    style = glance_style(zoom)
    scene = item.scene()
    typesetter = getattr(scene, "typesetter", None)
    if zoom * LANE_TITLE.size >= GLANCE_PIXELS or style is None or typesetter is None:
        return None
    shared = getattr(scene, "header_name_style", None)
    if shared is not None:
        style = shared(row, style)
    rect = item.boundingRect()
    lines = glance_lines(name, rect.width() - indent, rect.height(), style, typesetter)
    draw_lines(painter, lines, style, indent + GLANCE_PADDING, GLANCE_PADDING, colours.ink)
    return lines


def _paint_plate(
    painter: QPainter, item: QGraphicsItem, plate: list[Shape], at: Rect, colours: Look
) -> None:
    """A header's plate, laid out where the header is, from the item's own corner;
    outlined in the selection's colour while selected."""
    painter.translate(-at.x, -at.y)
    paint_shapes(painter, plate, colours.theme)
    painter.translate(at.x, at.y)
    if item.isSelected():
        painter.setPen(QPen(SELECTION, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(item.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))

"""Emotion curves and their points, painted from the shapes of the laid-out lane
(`app.layout.emotion_marks`): a curve with its name, a face with its label and tag."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout.emotion_lane import CALLOUT_TEXT, Curve, PointBox
from app.layout.shapes import Shape, Text, bounds
from app.ui.canvas.requests import requests_of
from app.ui.canvas.shape_painter import paint_shapes, qrect
from app.ui.look import SELECTION, font, look


class CurveItem(QGraphicsItem):
    """One persona's emotion curve, in the persona's colour and line pattern, named at
    its end."""

    def __init__(self, curve: Curve, shapes: list[Shape]) -> None:
        super().__init__()
        self.setZValue(4)
        self.curve, self.shapes = curve, shapes
        self._bounds = qrect(bounds(shapes))

    def display(self, curve: Curve, shapes: list[Shape]) -> None:
        if shapes == self.shapes:
            self.curve = curve
            return
        self.prepareGeometryChange()
        self.curve, self.shapes = curve, shapes
        self._bounds = qrect(bounds(shapes))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_shapes(painter, self.shapes, look().theme)


class PointItem(QGraphicsItem):
    """An emotion point: its face, label and tag. Drag it up or down; it snaps to whole
    scores, and shows the score it would take while it moves."""

    def __init__(self, box: PointBox, shapes: list[Shape], score_text: str) -> None:
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(5)
        self._preview: str | None = None
        self.box, self.shapes = box, shapes
        self._take(box, shapes, score_text)

    @property
    def point_id(self) -> str:
        return self.box.point_id

    @property
    def words(self) -> str:
        """What the point says on the canvas: its label and tag, as far as they show."""
        return " ".join(
            line for shape in self.shapes if isinstance(shape, Text) for line in shape.lines
        )

    def display(self, box: PointBox, shapes: list[Shape], score_text: str) -> None:
        if (box, shapes) == (self.box, self.shapes) and self._preview is None:
            return
        self.prepareGeometryChange()
        self._take(box, shapes, score_text)
        self.update()

    def _take(self, box: PointBox, shapes: list[Shape], score_text: str) -> None:
        self.box, self.shapes, self._preview = box, shapes, None
        self.setPos(box.at.x, box.at.y)
        around = bounds(shapes)
        reach = box.radius + 5  # the selection ring, and the score shown while dragged
        self._bounds = (
            qrect(around)
            .translated(-box.at.x, -box.at.y)
            .united(QRectF(-reach, -reach, 2 * reach + 60, 2 * reach))
        )
        self.setToolTip(f"{score_text}  {box.label}".strip())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        reach = self.box.radius + 3
        path.addEllipse(QPointF(0, 0), reach, reach)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.box.radius
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 4, radius + 4)
        painter.translate(-self.box.at.x, -self.box.at.y)
        paint_shapes(painter, self.shapes, look().theme)
        painter.translate(self.box.at.x, self.box.at.y)
        if self._preview is not None:
            self._paint_preview(painter, self._preview)

    def _paint_preview(self, painter: QPainter, score: str) -> None:
        """The score the point would take, beside the face while it is dragged."""
        painter.setFont(font(CALLOUT_TEXT))
        width = painter.fontMetrics().horizontalAdvance(score) + 10
        plate = QRectF(self.box.radius + 4, -9, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SELECTION)
        painter.drawRoundedRect(plate, 9, 9)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, score)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        y = event.scenePos().y()
        self.setY(y)
        self._preview = requests_of(self).point_dragged(self.point_id, y)
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._preview is not None:
            requests_of(self).point_dropped(self.point_id, event.scenePos().y())

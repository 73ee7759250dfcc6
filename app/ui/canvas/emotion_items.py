"""Emotion curves and their points: a face, a score and a label for each point."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout.map_layout import (
    CARD_META,
    Curve,
    PointBox,
)
from app.layout.text import TextStyle
from app.model.vocabulary import signed
from app.ui.canvas.painting import draw_face
from app.ui.canvas.requests import requests_of
from app.ui.look import MOMENT, SELECTION, font, look_of, shows_text

CALLOUT_TEXT = TextStyle(10, bold=True)


class CurveItem(QGraphicsItem):
    """One persona's emotion curve, in the persona's colour and line pattern."""

    def __init__(self, curve: Curve, colour: QColor, pattern: Qt.PenStyle) -> None:
        super().__init__()
        self.setZValue(4)
        self.curve = curve
        self.colour, self.pattern = colour, pattern
        self._path = self._build()

    def display(self, curve: Curve, colour: QColor, pattern: Qt.PenStyle) -> None:
        if (curve, colour, pattern) == (self.curve, self.colour, self.pattern):
            return
        self.prepareGeometryChange()
        self.curve, self.colour, self.pattern = curve, colour, pattern
        self._path = self._build()
        self.update()

    def _build(self) -> QPainterPath:
        path = QPainterPath()
        if self.curve.segments:
            first = self.curve.segments[0].start
            path.moveTo(first.x, first.y)
            for segment in self.curve.segments:
                path.cubicTo(
                    QPointF(segment.control1.x, segment.control1.y),
                    QPointF(segment.control2.x, segment.control2.y),
                    QPointF(segment.end.x, segment.end.y),
                )
        return path

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = look_of(self).persona_colour(self.colour)
        painter.setPen(QPen(colour, 3, self.pattern, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class PointItem(QGraphicsItem):
    """An emotion point: a face with its score and label. Drag it up or down; it snaps to
    whole scores."""

    RADIUS = 11.0
    CALLOUT_HEIGHT = 18.0

    def __init__(self, box: PointBox, colour: QColor, callouts: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.box, self.colour = box, colour
        self.callouts = callouts
        """What makes the point worth pointing at ("lowest point"…), shown above it."""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(5)
        self.setPos(box.at.x, box.at.y)
        self._preview: int | None = None

    @property
    def point_id(self) -> str:
        return self.box.point_id

    def display(self, box: PointBox, colour: QColor, callouts: tuple[str, ...] = ()) -> None:
        same = (box, colour, callouts) == (self.box, self.colour, self.callouts)
        if same and self._preview is None:
            return
        self.prepareGeometryChange()
        self.box, self.colour, self._preview = box, colour, None
        self.callouts = callouts
        self.setPos(box.at.x, box.at.y)
        self.update()

    def boundingRect(self) -> QRectF:
        top = self.RADIUS + 4 + (self.CALLOUT_HEIGHT if self.callouts else 0)
        return QRectF(-120, -top, 240, top + self.RADIUS + 24)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.RADIUS + 3, self.RADIUS + 3)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = look_of(self)
        fill = colours.persona_colour(self.colour)
        fill.setAlpha(70)
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.RADIUS + 4, self.RADIUS + 4)
        draw_face(painter, QPointF(0, 0), self.RADIUS, self.box.face, fill, colours.ink)
        if self.callouts:
            painter.setPen(QPen(MOMENT, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.RADIUS + 3, self.RADIUS + 3)
        if not shows_text(self, painter):
            return
        if self.callouts:
            self._paint_callouts(painter)
        score = signed(self._preview if self._preview is not None else self.box.score)
        label = f"{score}  {self.box.label}" if self.box.label else score
        painter.setFont(font(CARD_META))
        width = painter.fontMetrics().horizontalAdvance(label) + 8
        plate = QRectF(-width / 2, self.RADIUS + 4, width, CARD_META.line_height + 2)
        plate_fill = QColor(colours.plate)
        plate_fill.setAlpha(225)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(plate_fill)
        painter.drawRoundedRect(plate, 4, 4)
        painter.setPen(colours.ink)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_callouts(self, painter: QPainter) -> None:
        """A tag above the face: "▼ lowest point", on the moments' colour."""
        text = "▼ " + " · ".join(self.callouts)
        painter.setFont(font(CALLOUT_TEXT))
        width = painter.fontMetrics().horizontalAdvance(text) + 10
        tag = QRectF(-width / 2, -self.RADIUS - 4 - self.CALLOUT_HEIGHT, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MOMENT)
        painter.drawRoundedRect(tag, 8, 8)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        y = event.scenePos().y()
        self.setY(y)
        self._preview = requests_of(self).point_dragged(self.point_id, y)
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._preview is not None:
            requests_of(self).point_dropped(self.point_id, event.scenePos().y())

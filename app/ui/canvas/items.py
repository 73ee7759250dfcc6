"""The graphics items of the canvas. Each is given a small frozen value from the layout
to paint, and asks the scene (through `CanvasRequests`) when the person drags or
double-clicks it; none touches the map itself."""

from __future__ import annotations

import enum
from typing import Protocol, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout.map_layout import (
    CARD_META,
    CARD_NOTES,
    CARD_TITLE,
    LANE_KIND,
    LANE_TITLE,
    STAGE_GOAL,
    STAGE_TITLE,
    CardBox,
    Curve,
    LaneBox,
    PointBox,
    StageBox,
)
from app.model.vocabulary import signed
from app.ui.canvas.painting import draw_badge, draw_face, draw_lines
from app.ui.look import (
    GRID_LINE,
    HEADER_FILL,
    INK,
    MUTED_INK,
    SELECTION,
    font,
    lane_accent,
    lane_fill,
)

SHAPES_BELOW = 0.5
"""Below this zoom, a card's title would be under 7 pixels high: cards are shapes."""
TITLES_BELOW = 0.75
"""Below this zoom, notes would be under 8 pixels high: cards show their title only."""
MOMENT = QColor("#a16207")
SELECTED_PEN = QPen(SELECTION, 3)
OUTLINE_PEN = QPen(GRID_LINE, 1)
RESIZE_GRIP = 6.0


class CanvasRequests(Protocol):
    """What items ask of the scene; the scene decides and makes the change."""

    def card_dragged(self, at: QPointF) -> None: ...
    def cards_dropped(self, at: QPointF) -> None: ...
    def edit_card(self, card_id: str) -> None: ...
    def stage_dragged(self, stage_id: str, x: float) -> None: ...
    def stage_dropped(self, stage_id: str, x: float) -> None: ...
    def stage_resized(self, stage_id: str, width: float, done: bool) -> None: ...
    def lane_dragged(self, lane_id: str, y: float) -> None: ...
    def lane_dropped(self, lane_id: str, y: float) -> None: ...
    def point_dragged(self, point_id: str, y: float) -> int: ...
    def point_dropped(self, point_id: str, y: float) -> None: ...


def _requests(item: QGraphicsItem) -> CanvasRequests:
    return cast(CanvasRequests, item.scene())


class Detail(enum.IntEnum):
    """How much of each card the canvas draws at a zoom: text too small to read is not
    drawn at all, and far out the cards are drawn all at once as shapes."""

    SHAPES = 0
    TITLES = 1
    FULL = 2


def detail_at(zoom: float) -> Detail:
    if zoom < SHAPES_BELOW:
        return Detail.SHAPES
    return Detail.TITLES if zoom < TITLES_BELOW else Detail.FULL


class _CardFace:
    """What a card paints, made once per value when it is first painted: text laid out as
    static text (never read as markup) and colours ready, so a repaint only draws."""

    PAD = 8.0

    def __init__(self, box: CardBox, kind: str) -> None:
        self.body = QRectF(0, 0, box.rect.width, box.rect.height)
        self.stripe = QRectF(0, 4, 4, box.rect.height - 8)
        self.fill = QBrush(card_fill(box, kind))
        self.accent = lane_accent(kind)
        self.text: list[tuple[QFont, QColor, list[tuple[QPointF, QStaticText]]]] = []
        y = self.PAD
        for lines, style, colour in (
            (box.title_lines, CARD_TITLE, INK),
            (box.notes_lines, CARD_NOTES, MUTED_INK),
            ((box.meta,) if box.meta else (), CARD_META, MUTED_INK),
        ):
            placed = []
            for line in lines:
                placed.append((QPointF(self.PAD, y + 1), _static_text(line, font(style))))
                y += style.line_height
            self.text.append((font(style), colour, placed))
        right, bottom = box.rect.width - 6, box.rect.height - 20
        self.badges: list[tuple[QRectF, str, QColor]] = []
        if box.votes:
            self.badges.append((QRectF(right - 34, bottom, 34, 15), f"● {box.votes}", INK))
            right -= 38
        if box.moment:
            self.badges.append((QRectF(right - 18, bottom, 18, 15), "★", MOMENT))


def _static_text(text: str, with_font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), with_font)
    return static


def card_fill(box: CardBox, kind: str) -> QColor:
    return QColor(box.colour) if box.colour else lane_fill(kind)


class CardItem(QGraphicsItem):
    def __init__(self, box: CardBox, kind: str, detail: Detail = Detail.FULL) -> None:
        super().__init__()
        self.box = box
        self.kind = kind
        self._face: _CardFace | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.rect.x, box.rect.y)
        self.setZValue(2)
        self._dragging = False
        self._detail = detail
        self.set_detail(detail)

    @property
    def card_id(self) -> str:
        return self.box.card_id

    def display(self, box: CardBox, kind: str) -> None:
        """Take a new value from the layout; repaint only if it changed."""
        if box == self.box and kind == self.kind and not self._dragging:
            return
        self.prepareGeometryChange()
        self.box, self.kind, self._face = box, kind, None
        self.setPos(box.rect.x, box.rect.y)
        self.update()

    def set_detail(self, detail: Detail) -> None:
        """Far out, the overview item draws every card at once; this one paints nothing
        (but can still be clicked, dragged and selected)."""
        self._detail = detail
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, detail == Detail.SHAPES)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.box.rect.width + 4, self.box.rect.height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._face is None:
            self._face = _CardFace(self.box, self.kind)
        face = self._face
        painter.setPen(SELECTED_PEN if self.isSelected() else OUTLINE_PEN)
        painter.setBrush(face.fill)
        painter.drawRoundedRect(face.body, 5, 5)
        painter.fillRect(face.stripe, face.accent)
        blocks = face.text if self._detail == Detail.FULL else face.text[:1]
        for text_font, colour, placed in blocks:
            painter.setFont(text_font)
            painter.setPen(colour)
            for at, static in placed:
                painter.drawStaticText(at, static)
        if self._detail == Detail.FULL:
            for rect, text, colour in face.badges:
                draw_badge(painter, rect, text, colour)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._dragging = True
        _requests(self).card_dragged(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            _requests(self).cards_dropped(event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        _requests(self).edit_card(self.card_id)


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
        rect = self.boundingRect()
        painter.setPen(QPen(SELECTION, 3) if self.isSelected() else QPen(GRID_LINE, 1))
        painter.setBrush(QBrush(HEADER_FILL))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        y = draw_lines(painter, self.box.name_lines, STAGE_TITLE, 10, 10)
        draw_lines(painter, self.box.goal_lines, STAGE_GOAL, 10, y + 2, MUTED_INK)

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
            _requests(self).stage_resized(self.box.stage_id, width, done=False)
        else:
            self.setX(self.box.rect.x + event.scenePos().x() - self._press_x)
            _requests(self).stage_dragged(self.box.stage_id, event.scenePos().x())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_x is None:
            return
        moved = event.scenePos().x() - self._press_x
        self._press_x = None
        if self._resizing:
            width = self.box.rect.width + moved
            _requests(self).stage_resized(self.box.stage_id, width, done=True)
        elif abs(moved) > 4:
            _requests(self).stage_dropped(self.box.stage_id, event.scenePos().x())
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
        rect = self.boundingRect()
        painter.setPen(QPen(SELECTION, 3) if self.isSelected() else QPen(GRID_LINE, 1))
        painter.setBrush(QBrush(HEADER_FILL))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.fillRect(QRectF(0, 0, 6, rect.height()), lane_accent(self.box.kind))
        y = draw_lines(painter, self.box.title_lines, LANE_TITLE, 16, 10)
        if self.box.kind_label:
            draw_lines(painter, [self.box.kind_label], LANE_KIND, 16, y + 2, MUTED_INK)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press_y = event.scenePos().y()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_y is None:
            return
        self.setY(self.box.rect.y + event.scenePos().y() - self._press_y)
        _requests(self).lane_dragged(self.box.lane_id, event.scenePos().y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_y is None:
            return
        moved = event.scenePos().y() - self._press_y
        self._press_y = None
        if abs(moved) > 4:
            _requests(self).lane_dropped(self.box.lane_id, event.scenePos().y())
        else:
            self.setY(self.box.rect.y)


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
        painter.setPen(QPen(self.colour, 3, self.pattern, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class PointItem(QGraphicsItem):
    """An emotion point: a face with its score and label. Drag it up or down; it snaps to
    whole scores."""

    RADIUS = 11.0

    def __init__(self, box: PointBox, colour: QColor) -> None:
        super().__init__()
        self.box, self.colour = box, colour
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

    def display(self, box: PointBox, colour: QColor) -> None:
        if (box, colour) == (self.box, self.colour) and self._preview is None:
            return
        self.prepareGeometryChange()
        self.box, self.colour, self._preview = box, colour, None
        self.setPos(box.at.x, box.at.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-120, -self.RADIUS - 4, 240, 2 * self.RADIUS + 28)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.RADIUS + 3, self.RADIUS + 3)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(70)
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), self.RADIUS + 4, self.RADIUS + 4)
        draw_face(painter, QPointF(0, 0), self.RADIUS, self.box.face, fill)
        score = signed(self._preview if self._preview is not None else self.box.score)
        label = f"{score}  {self.box.label}" if self.box.label else score
        painter.setFont(font(CARD_META))
        width = painter.fontMetrics().horizontalAdvance(label) + 8
        plate = QRectF(-width / 2, self.RADIUS + 4, width, CARD_META.line_height + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(plate, 4, 4)
        painter.setPen(INK)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, label)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        y = event.scenePos().y()
        self.setY(y)
        self._preview = _requests(self).point_dragged(self.point_id, y)
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._preview is not None:
            _requests(self).point_dropped(self.point_id, event.scenePos().y())

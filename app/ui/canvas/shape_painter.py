"""The layout's shapes (`app.layout.shapes`) painted with QPainter, in the colours of the
scene's theme."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from app.layout.geometry import Rect
from app.layout.shapes import Circle, Path, Plate, Polygon, Shape, Stroke, Text, paint
from app.layout.themes import Theme
from app.ui.look import font, pen_style


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def paint_shapes(painter: QPainter, shapes: Iterable[Shape], theme: Theme) -> None:
    for shape in shapes:
        if isinstance(shape, Text):
            _text(painter, shape, theme)
            continue
        painter.setPen(_pen(shape.stroke, theme))
        fill = None if isinstance(shape, Path) else shape.fill
        painter.setBrush(Qt.BrushStyle.NoBrush if fill is None else QColor(paint(fill, theme)))
        if isinstance(shape, Circle):
            centre = QPointF(shape.centre.x, shape.centre.y)
            painter.drawEllipse(centre, shape.radius, shape.radius)
        elif isinstance(shape, Plate):
            painter.drawRoundedRect(qrect(shape.rect), shape.radius, shape.radius)
        elif isinstance(shape, Polygon):
            painter.drawPolygon(QPolygonF([QPointF(p.x, p.y) for p in shape.corners]))
        else:
            painter.drawPath(path_of(shape))


def path_of(shape: Path) -> QPainterPath:
    path = QPainterPath()
    start = shape.segments[0].start
    path.moveTo(start.x, start.y)
    for piece in shape.segments:
        one, two, end = piece.control1, piece.control2, piece.end
        path.cubicTo(QPointF(one.x, one.y), QPointF(two.x, two.y), QPointF(end.x, end.y))
    return path


def _pen(line: Stroke | None, theme: Theme) -> QPen | Qt.PenStyle:
    if line is None:
        return Qt.PenStyle.NoPen
    pen = QPen(QColor(paint(line.colour, theme)), line.width)
    pen.setStyle(pen_style(line.pattern))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _text(painter: QPainter, text: Text, theme: Theme) -> None:
    style = text.style
    painter.setFont(font(style))
    painter.setPen(QColor(paint(text.colour, theme)))
    rect = text.rect
    top = rect.y
    if text.centred:
        top += (rect.height - len(text.lines) * style.line_height) / 2
    align = Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignHCenter if text.centred else Qt.AlignmentFlag.AlignLeft
    )
    for number, line in enumerate(text.lines):
        y = top + number * style.line_height
        width = rect.width if text.centred else 10_000
        painter.drawText(QRectF(rect.x, y, width, style.line_height), align, line)

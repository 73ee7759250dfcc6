"""Drawing routines shared by the canvas items: text lines, faces, badges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QStaticText, QTransform

from app.layout.emotions import MOUTH_CURVE, Face
from app.layout.text import TextStyle
from app.ui.look import INK, font


def draw_lines(
    painter: QPainter,
    lines: Sequence[str],
    style: TextStyle,
    x: float,
    y: float,
    colour: QColor = INK,
) -> float:
    """Draw lines of text from their top at `y`; return the y below the last one."""
    painter.setFont(font(style))
    painter.setPen(colour)
    height = style.line_height
    for line in lines:
        painter.drawText(QRectF(x, y, 10_000, height), Qt.AlignmentFlag.AlignVCenter, line)
        y += height
    return y


def draw_face(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    face: Face,
    fill: QColor,
    ink: QColor = INK,
) -> None:
    """A round face whose mouth shows the score: readable without colour."""
    painter.setPen(QPen(ink, max(1.0, radius / 6)))
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(centre, radius, radius)
    eye = radius * 0.14
    painter.setBrush(QBrush(ink))
    for side in (-1, 1):
        painter.drawEllipse(
            QPointF(centre.x() + side * radius * 0.36, centre.y() - radius * 0.25), eye, eye
        )
    bend = MOUTH_CURVE[face] * radius * 0.35
    mouth = QPainterPath(QPointF(centre.x() - radius * 0.45, centre.y() + radius * 0.3))
    mouth.quadTo(
        QPointF(centre.x(), centre.y() + radius * 0.3 + bend),
        QPointF(centre.x() + radius * 0.45, centre.y() + radius * 0.3),
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


BADGE_TEXT = TextStyle(10, bold=True)
BADGE_INK = QColor("white")


class Badge:
    """A pill with a few words of white text, laid out once and then only drawn."""

    HEIGHT = 15.0

    def __init__(self, right: float, top: float, least: float, text: str, fill: QColor) -> None:
        """A badge ending at `right`, at least `least` wide and as wide as its text needs."""
        self.fill = QBrush(fill)
        self.font = font(BADGE_TEXT)
        self.text = QStaticText(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.prepare(QTransform(), self.font)
        size = self.text.size()
        width = max(least, size.width() + 10)
        self.rect = QRectF(right - width, top, width, self.HEIGHT)
        self.at = QPointF(
            self.rect.center().x() - size.width() / 2,
            self.rect.center().y() - size.height() / 2,
        )

    def draw(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        radius = self.rect.height() / 2
        painter.drawRoundedRect(self.rect, radius, radius)
        painter.setPen(BADGE_INK)
        painter.setFont(self.font)
        painter.drawStaticText(self.at, self.text)

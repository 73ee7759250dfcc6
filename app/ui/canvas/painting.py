"""Drawing routines shared by the canvas items: text lines and badges."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QStaticText, QTransform

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

"""Lines of text, as the canvas items draw them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

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

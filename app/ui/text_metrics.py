"""Qt's font metrics as the layout's measuring function, so lines break on the canvas
exactly where the canvas draws them."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontMetricsF

from app.layout.text import TextStyle, Typesetter
from app.ui.look import font


@cache
def _metrics(style: TextStyle) -> QFontMetricsF:
    return QFontMetricsF(font(style))


def measure(text: str, style: TextStyle) -> float:
    return _metrics(style).horizontalAdvance(text)


def qt_typesetter() -> Typesetter:
    return Typesetter(measure)

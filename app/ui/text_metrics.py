"""Qt's font metrics as the layout's measuring function, so lines break on the canvas
exactly where the canvas draws them."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontMetricsF

from app.layout.text import TextStyle, Typesetter
from app.ui.look import font

_per_thread = threading.local()
"""Each thread's own metrics: a map may be laid out on a worker while it opens, and a
QFontMetricsF may not be used by two threads at once."""


def _metrics(style: TextStyle) -> QFontMetricsF:
    try:
        known: dict[TextStyle, QFontMetricsF] = _per_thread.metrics
    except AttributeError:
        known = _per_thread.metrics = {}
    metrics = known.get(style)
    if metrics is None:
        metrics = known[style] = QFontMetricsF(font(style))
    return metrics


def measure(text: str, style: TextStyle) -> float:
    return _metrics(style).horizontalAdvance(text)


def qt_typesetter() -> Typesetter:
    return Typesetter(measure)

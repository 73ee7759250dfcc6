"""Text fitted to a few lines of a given width, as the room's large text needs: broken
between words, the last line elided when the rest does not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF


def fitted_lines(
    metrics: QFontMetricsF | QFontMetrics, text: str, width: float, lines: int
) -> list[str]:
    """`text` on up to `lines` lines of `width`, broken between words, the last line
    elided if the rest does not fit."""
    words, result = text.split(), list[str]()
    while words and len(result) < lines - 1:
        count = len(words)
        while count > 1 and metrics.horizontalAdvance(" ".join(words[:count])) > width:
            count -= 1
        if metrics.horizontalAdvance(words[0]) > width:
            break  # a word too long for a line: elided on the last line below
        result.append(" ".join(words[:count]))
        words = words[count:]
    if words:
        result.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, int(width)))
    return result

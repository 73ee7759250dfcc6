"""How the map looks on screen: the shipped font, and the colours of `app.layout.palette`
as Qt colours and pen styles."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.layout import palette
from app.layout.text import TextStyle
from app.model.resources import resource_path

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

INK = QColor(palette.INK)
MUTED_INK = QColor(palette.MUTED_INK)
GRID_LINE = QColor(palette.GRID_LINE)
HEADER_FILL = QColor(palette.HEADER_FILL)
SELECTION = QColor(palette.SELECTION)
MOMENT = QColor(palette.MOMENT)

_PEN_STYLES: dict[palette.LinePattern, Qt.PenStyle] = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dash-dot": Qt.PenStyle.DashDotLine,
    "dash-dot-dot": Qt.PenStyle.DashDotDotLine,
}


def lane_fill(kind: str) -> QColor:
    return QColor(palette.lane_fill(kind))


def lane_accent(kind: str) -> QColor:
    return QColor(palette.lane_accent(kind))


def lane_tint(kind: str) -> QColor:
    return QColor(palette.lane_tint(kind))


def persona_line(index: int) -> tuple[QColor, Qt.PenStyle]:
    colour, pattern = palette.persona_line(index)
    return QColor(colour), _PEN_STYLES[pattern]


def load_fonts() -> None:
    """Make the shipped font known to Qt (once a QGuiApplication exists)."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


@cache
def font(style: TextStyle) -> QFont:
    """The font for a layout style; sizes are pixels, as layout units are."""
    result = QFont(FONT_FAMILY)
    result.setPixelSize(style.size)
    result.setBold(style.bold)
    result.setItalic(style.italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result

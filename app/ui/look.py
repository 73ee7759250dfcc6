"""How the map looks on screen: the shipped font, and the colours of `app.layout.palette`
and of the scene's theme (`app.layout.themes`) as Qt colours and pen styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.layout import palette
from app.layout.text import TextStyle
from app.layout.themes import LIGHT, Theme
from app.model.resources import resource_path

FONT_FAMILY = "DejaVu Sans"
FALLBACK_FAMILIES = ("Droid Sans Fallback", "NanumGothic")
"""For Chinese and Japanese, then Korean: the fonts the PDF falls back to, so that the
canvas measures and draws those scripts as the print does, whatever the system has."""
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
    "DroidSansFallbackFull.ttf",
    "NanumGothic.ttf",
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


@dataclass(frozen=True, slots=True)
class Look:
    """A theme's colours, as Qt colours."""

    theme: Theme
    header_fill: QColor
    ink: QColor
    muted_ink: QColor
    grid_line: QColor
    plate: QColor

    def lane_tint(self, kind: str) -> QColor:
        return QColor(self.theme.lane_tint(kind))

    def persona_colour(self, colour: QColor) -> QColor:
        """A persona's line colour, lifted where the background is dark."""
        return QColor(self.theme.persona_colour(colour.name()))


@cache
def look(theme: Theme = LIGHT) -> Look:
    return Look(
        theme,
        QColor(theme.header_fill),
        QColor(theme.ink),
        QColor(theme.muted_ink),
        QColor(theme.grid_line),
        QColor(theme.plate),
    )


def lane_fill(kind: str) -> QColor:
    return QColor(palette.lane_fill(kind))


def lane_accent(kind: str) -> QColor:
    return QColor(palette.lane_accent(kind))


def pen_style(pattern: palette.LinePattern) -> Qt.PenStyle:
    return _PEN_STYLES[pattern]


def persona_line(index: int) -> tuple[QColor, Qt.PenStyle]:
    colour, pattern = palette.persona_line(index)
    return QColor(colour), _PEN_STYLES[pattern]


@cache
def load_fonts() -> None:
    """Make the shipped fonts known to Qt, once (a QGuiApplication must exist)."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def family_font() -> QFont:
    """The shipped family with its fallbacks, at Qt's default size."""
    result = QFont(FONT_FAMILY)
    result.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    return result


@cache
def font(style: TextStyle) -> QFont:
    """The font for a layout style; sizes are pixels, as layout units are."""
    result = family_font()
    result.setPixelSize(style.size)
    result.setBold(style.bold)
    result.setItalic(style.italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result

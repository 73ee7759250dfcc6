"""How the map looks on screen: the shipped font, and the colours of lanes and personas.

Lanes are told apart by their label and place as well as by colour, and persona curves
by their line pattern, so that a greyscale projector or a colour-blind reader loses
nothing.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.layout.text import TextStyle
from app.model.resources import resource_path

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

INK = QColor("#1f2933")
MUTED_INK = QColor("#52606d")
GRID_LINE = QColor("#cbd2d9")
HEADER_FILL = QColor("#f5f7fa")
SELECTION = QColor("#2563eb")

_LANE_COLOURS: dict[str, tuple[str, str]] = {
    # kind: (card fill, accent stripe)
    "touchpoints": ("#e0ecff", "#2563eb"),
    "actions": ("#dcf5ef", "#0f766e"),
    "goals": ("#e3f5dc", "#3f7d20"),
    "thoughts": ("#eee5fb", "#6d28d9"),
    "emotions": ("#fde7f1", "#be185d"),
    "pain_points": ("#fde2e2", "#b91c1c"),
    "opportunities": ("#fdf1cf", "#a16207"),
    "channels": ("#dff4f8", "#0e7490"),
    "backstage": ("#e9ecef", "#495057"),
    "metrics": ("#e4e7fb", "#3730a3"),
    "notes": ("#f3f1ea", "#6b5e3f"),
    "custom": ("#eef0f3", "#475569"),
}

PERSONA_LINES: tuple[tuple[str, Qt.PenStyle], ...] = (
    ("#be185d", Qt.PenStyle.SolidLine),
    ("#1d4ed8", Qt.PenStyle.DashLine),
    ("#15803d", Qt.PenStyle.DotLine),
    ("#b45309", Qt.PenStyle.DashDotLine),
    ("#6d28d9", Qt.PenStyle.DashDotDotLine),
)


def lane_fill(kind: str) -> QColor:
    return QColor(_LANE_COLOURS.get(kind, _LANE_COLOURS["custom"])[0])


def lane_accent(kind: str) -> QColor:
    return QColor(_LANE_COLOURS.get(kind, _LANE_COLOURS["custom"])[1])


def persona_line(index: int) -> tuple[QColor, Qt.PenStyle]:
    colour, style = PERSONA_LINES[index % len(PERSONA_LINES)]
    return QColor(colour), style


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

"""The colours of a map, as hex strings, for every renderer: the canvas and the PDF draw
from the same table, so a printed map looks like the one on screen.

Lanes are told apart by their label and place as well as by colour, and persona curves by
their line pattern, so that a greyscale printer or a colour-blind reader loses nothing.
"""

from __future__ import annotations

from functools import cache
from typing import Final, Literal

INK: Final = "#1f2933"
MUTED_INK: Final = "#52606d"
GRID_LINE: Final = "#cbd2d9"
HEADER_FILL: Final = "#f5f7fa"
SELECTION: Final = "#2563eb"
MOMENT: Final = "#a16207"
"""The badge of a card flagged as a moment that matters."""
PRIORITY: Final = "#9f1239"
"""The badge of a card's priority."""

LIGHT_INK: Final = "#ffffff"
LIGHT_MUTED_INK: Final = "#e4e7eb"
"""Text on a card someone has coloured dark."""

LANE_TINT: Final = 0.35
"""How strongly a lane's row is tinted with its cards' colour (0 white, 1 the colour)."""

_LANE_COLOURS: Final[dict[str, tuple[str, str]]] = {
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
    "inbox": ("#fff4e0", "#9a3412"),
    "custom": ("#eef0f3", "#475569"),
}

LinePattern = Literal["solid", "dash", "dot", "dash-dot", "dash-dot-dot"]

PERSONA_LINES: Final[tuple[tuple[str, LinePattern], ...]] = (
    ("#be185d", "solid"),
    ("#1d4ed8", "dash"),
    ("#15803d", "dot"),
    ("#b45309", "dash-dot"),
    ("#6d28d9", "dash-dot-dot"),
)


def lane_fill(kind: str) -> str:
    return _LANE_COLOURS.get(kind, _LANE_COLOURS["custom"])[0]


def card_fill(colour: str | None, kind: str) -> str:
    """A card's background: its own colour, or its lane's."""
    return colour or lane_fill(kind)


def lane_accent(kind: str) -> str:
    return _LANE_COLOURS.get(kind, _LANE_COLOURS["custom"])[1]


def persona_line(index: int) -> tuple[str, LinePattern]:
    return PERSONA_LINES[index % len(PERSONA_LINES)]


def persona_face(index: int) -> str:
    """The fill of a persona's faces: its line's colour, lightened so the features show."""
    return mix(persona_line(index)[0], "#ffffff", 0.3)


@cache
def inks_on(background: str) -> tuple[str, str]:
    """The colours of text and of quieter text on `background`: the dark inks, or the
    light ones where they contrast more (a card coloured dark stays readable)."""
    dark, light = contrast(background, INK), contrast(background, LIGHT_INK)
    return (INK, MUTED_INK) if dark >= light else (LIGHT_INK, LIGHT_MUTED_INK)


def contrast(colour: str, other: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    brighter, darker = sorted((_luminance(colour), _luminance(other)), reverse=True)
    return (brighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def mix(colour: str, other: str, amount: float) -> str:
    """`amount` of `colour` and the rest of `other`, as an opaque hex colour (print has no
    transparency to rely on)."""
    first, second = _rgb(colour), _rgb(other)
    mixed = (round(a * amount + b * (1 - amount)) for a, b in zip(first, second, strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)

"""Two themes, as hex colours: light, for the canvas, paper and slides in a bright room, and
dark, for slides projected in a dim one. Cards keep their lane's colour in both, with ink
chosen against it; what changes is everything around them.

Every text colour meets WCAG's 4.5:1 on every background it is drawn on, for every lane
kind (tests/test_themes.py computes them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.layout import palette


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    header_fill: str
    ink: str
    """Text on headers and lanes."""
    muted_ink: str
    """Quieter text: stage goals, lane kinds, empty lanes' hints, the emotion scale."""
    grid_line: str
    tint_base: str
    tint_amount: float
    """A lane's row is its colour, `tint_amount` of it over `tint_base`."""
    plate: str
    """Behind an emotion point's score and label."""
    slide: str
    """Behind a presentation's slides."""
    highlight: str
    """Behind the stage a slide's emotion curve marks as the one being talked about."""
    line_lift: float
    """How much white is mixed into a persona's line colour, so the curve stands out."""

    def lane_tint(self, kind: str) -> str:
        return palette.mix(palette.lane_fill(kind), self.tint_base, self.tint_amount)

    def persona_colour(self, colour: str) -> str:
        return palette.mix("#ffffff", colour, self.line_lift)


LIGHT: Final = Theme(
    name="light",
    header_fill=palette.HEADER_FILL,
    ink=palette.INK,
    muted_ink=palette.MUTED_INK,
    grid_line=palette.GRID_LINE,
    tint_base="#ffffff",
    tint_amount=palette.LANE_TINT,
    plate="#ffffff",
    slide="#ffffff",
    highlight="#fef3c7",
    line_lift=0.0,
)
DARK: Final = Theme(
    name="dark",
    header_fill="#1f2937",
    ink="#f9fafb",
    muted_ink="#d1d5db",
    grid_line="#4b5563",
    tint_base="#111827",
    tint_amount=0.16,
    plate="#111827",
    slide="#111827",
    highlight="#4a3b12",
    line_lift=0.3,
)
THEMES: Final[dict[str, Theme]] = {theme.name: theme for theme in (LIGHT, DARK)}

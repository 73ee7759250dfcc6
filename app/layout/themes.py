"""The presentation's two projector themes, as hex colours: light for a bright room, dark
for a dim one. Every text colour meets WCAG's 4.5:1 on every background it is drawn on
(tests/test_themes.py computes them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    surround: str
    """Around the map, and over the stages not being talked about (see `dim`)."""
    caption: str
    """The band under the map with the stage's name, goal and emotions."""
    ink: str
    muted_ink: str
    dim: float
    """How much of the surround covers the stages not being talked about (0 to 1)."""


THEMES: Final[dict[str, Theme]] = {
    "light": Theme("light", "#e4e7eb", "#ffffff", "#111827", "#374151", 0.55),
    "dark": Theme("dark", "#0b0f19", "#111827", "#f9fafb", "#d1d5db", 0.7),
}

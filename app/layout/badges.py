"""A card's badges, the pills at its lower right: its votes, ★ if it is a moment that
matters, and its priority. What they say and how wide they are is known before the card
is placed, so that the words at its foot can keep clear of them."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.text import TextMeasure, TextStyle

BADGE_TEXT: Final = TextStyle(10, bold=True)
BADGE_HEIGHT: Final = 15.0
BADGE_FROM_BOTTOM: Final = 20.0
BADGE_GAP: Final = 4.0
VOTES_LEAST: Final = 34.0
MOMENT_LEAST: Final = 18.0
PRIORITY_MARKS: Final = {1: "!", 2: "!!", 3: "!!!"}
"""A card's priority, low to high, as a badge: read at a glance and in black and white."""


def badges(
    votes: int, moment: bool, priority: int, measure: TextMeasure
) -> list[tuple[str, float, str]]:
    """Each badge a card shows, from the right: its words, width and fill."""
    shown = []
    for present, words, least, fill in (
        (votes > 0, f"● {votes}", VOTES_LEAST, palette.INK),
        (moment, "★", MOMENT_LEAST, palette.MOMENT),
        (priority > 0, PRIORITY_MARKS.get(priority, ""), MOMENT_LEAST, palette.PRIORITY),
    ):
        if present:
            shown.append((words, max(least, measure(words, BADGE_TEXT) + 10), fill))
    return shown


def badges_width(votes: int, moment: bool, priority: int, measure: TextMeasure) -> float:
    """How much of a card's foot its badges take, from its right edge."""
    widths = [width for _words, width, _fill in badges(votes, moment, priority, measure)]
    return sum(widths) + BADGE_GAP * len(widths) + (6 if widths else 0)

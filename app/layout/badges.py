"""A card's badges, the pills at its lower right: its votes, ★ if it is a moment that
matters, and its priority. What they say and how wide they are is known before the card
is placed, so that the words at its foot can keep clear of them."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.text import TextMeasure, TextStyle
from app.model.data.vocabulary import PRIORITY_MARKS

BADGE_TEXT: Final = TextStyle(10, bold=True)
BADGE_HEIGHT: Final = 15.0
BADGE_FROM_BOTTOM: Final = 20.0
BADGE_GAP: Final = 4.0
VOTES_LEAST: Final = 34.0
MOMENT_LEAST: Final = 18.0


def badges(
    votes: int, moment: bool, priority: int, measure: TextMeasure
) -> list[tuple[str, float, str]]:
    """Each badge a card shows, from the right: its words, width and fill."""
    shown = []
    if votes > 0:
        words = f"● {votes}"
        shown.append((words, max(VOTES_LEAST, measure(words, BADGE_TEXT) + 10), palette.INK))
    if moment:
        shown.append(("★", max(MOMENT_LEAST, measure("★", BADGE_TEXT) + 10), palette.MOMENT))
    if priority > 0:
        words = PRIORITY_MARKS.get(priority, "")
        shown.append((words, max(MOMENT_LEAST, measure(words, BADGE_TEXT) + 10), palette.PRIORITY))
    return shown


def badges_width(votes: int, moment: bool, priority: int, measure: TextMeasure) -> float:
    """How much of a card's foot its badges take, from its right edge."""
    widths = [width for _words, width, _fill in badges(votes, moment, priority, measure)]
    return sum(widths) + BADGE_GAP * len(widths) + (6 if widths else 0)

"""The marks of the map around the words, as shapes: a card's body, its lane's stripe and
its badges (priority, votes, ★ moment that matters), and the plates of the stage and lane headers
with the lane's stripe. The canvas and the PDF paint these same shapes."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.badges import BADGE_FROM_BOTTOM, BADGE_GAP, BADGE_HEIGHT, BADGE_TEXT, badges
from app.layout.geometry import Rect
from app.layout.map_layout import CardBox, LaneBox, StageBox
from app.layout.shapes import Plate, Shape, Stroke, tag
from app.layout.text import TextMeasure, TextStyle

CARD_RADIUS: Final = 5.0
CARD_STRIPE: Final = 4.0
LANE_STRIPE: Final = 6.0


def card_body(box: CardBox, kind: str) -> list[Shape]:
    """A card outlined on its colour, with its lane's stripe down its left edge."""
    rect = box.rect
    stripe = Rect(rect.x, rect.y + 4, CARD_STRIPE, rect.height - 8)
    return [
        Plate(rect, CARD_RADIUS, palette.card_fill(box.colour, kind), Stroke("grid_line", 1)),
        Plate(stripe, 0, palette.lane_accent(kind)),
    ]


def card_badges(box: CardBox, measure: TextMeasure) -> list[Shape]:
    """Pills at the card's lower right, from the right: its votes, ★ if it is a moment
    that matters, and its priority."""
    shapes: list[Shape] = []
    right, top = box.rect.right - 6, box.rect.bottom - BADGE_FROM_BOTTOM
    for words, width, fill in badges(box.votes, box.moment, box.priority, measure):
        shapes += tag(Rect(right - width, top, width, BADGE_HEIGHT), words, BADGE_TEXT, fill)
        right -= width + BADGE_GAP
    return shapes


def stage_plate(box: StageBox) -> list[Shape]:
    return [_header_plate(box.rect)]


def lane_plate(box: LaneBox) -> list[Shape]:
    rect = box.rect
    stripe = Rect(rect.x, rect.y, LANE_STRIPE, rect.height)
    return [_header_plate(rect), Plate(stripe, 0, palette.lane_accent(box.kind))]


def _header_plate(rect: Rect) -> Plate:
    """A header's box, its line inside its edge so that two headers share one line."""
    inner = Rect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1)
    return Plate(inner, 0, "header_fill", Stroke("grid_line", 1))


def glance_star(box: CardBox, style: TextStyle, measure: TextMeasure) -> list[Shape]:
    """From far out, where a card shows its title alone set large, the ★ of a moment
    that matters at its top right, as large as the title."""
    if not box.moment:
        return []
    width = measure("★", style) + style.size * 0.6
    rect = Rect(box.rect.right - width - 3, box.rect.y + 3, width, style.line_height)
    return tag(rect, "★", style)

"""A slide and the sizes it is set in: what the room sees, as shapes in the pixels of the
screen, with what the presenter's screen and the clicker need to know about it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from app.layout.geometry import Point, Rect
from app.layout.shapes import Shape, Text
from app.layout.text import TextStyle, Typesetter

CORNER_EMS: Final = 6.0
"""How much of the top right corner, in title sizes, a slide's header leaves free for the
timebox."""


ORIGIN: Final = Point(0, 0)


class SlideKind(StrEnum):
    OPENING = "opening"
    STAGE = "stage"
    CLOSING = "closing"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class SlideSizes:
    """The room's sizes on one screen: its pixels, and the least height of a card's title
    there (the text-size setting, given for a screen 1,080 pixels high)."""

    width: float
    height: float
    title: int

    @property
    def margin(self) -> float:
        return round(self.height * 0.035)

    @property
    def gap(self) -> float:
        return round(self.title * 0.5)

    @property
    def padding(self) -> float:
        return round(self.title * 0.4)

    @property
    def corner(self) -> float:
        return self.title * CORNER_EMS

    @property
    def card_title(self) -> TextStyle:
        return TextStyle(self.title, bold=True)

    @property
    def heading(self) -> TextStyle:
        return TextStyle(round(self.title * 1.5), bold=True)

    @property
    def body(self) -> TextStyle:
        return TextStyle(self.title)

    @property
    def goal(self) -> TextStyle:
        return TextStyle(self.title, italic=True)

    @property
    def small(self) -> TextStyle:
        """The least text a slide shows beside the titles: badges, the curve's words."""
        return TextStyle(round(self.title * 0.8))

    @property
    def small_bold(self) -> TextStyle:
        return TextStyle(round(self.title * 0.8), bold=True)


@dataclass(frozen=True, slots=True)
class Layer:
    """Shapes laid out in units of their own and drawn `scale` times larger from `origin`:
    the emotion curve is laid out as on the canvas, then shown larger."""

    shapes: tuple[Shape, ...]
    origin: Point = ORIGIN
    scale: float = 1.0

    def on_slide(self, rect: Rect) -> Rect:
        """`rect`, in the layer's units, in the slide's pixels."""
        s, o = self.scale, self.origin
        return Rect(o.x + rect.x * s, o.y + rect.y * s, rect.width * s, rect.height * s)


@dataclass(frozen=True, slots=True)
class SlideCard:
    """A card on a slide, where a click zooms into it."""

    card_id: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class Slide:
    kind: SlideKind
    layers: tuple[Layer, ...]
    name: str
    """What the slide shows, in a few words, for the presenter's screen."""
    stage_id: str | None = None
    part: int = 1
    """From 1 to `parts`: a stage too full for one slide takes two."""
    parts: int = 1
    cards: tuple[SlideCard, ...] = ()
    lane_ids: tuple[str, ...] = ()
    """The lanes whose cards the slide shows, left to right."""
    size: tuple[float, float] = field(default=(1920.0, 1080.0))
    curve: Rect | None = None
    """Where the emotion curve is drawn, if the slide shows it."""

    def texts(self) -> Iterator[tuple[Text, Rect, float]]:
        """Each text the slide draws, with its place on the slide and its height in pixels."""
        for layer in self.layers:
            for shape in layer.shapes:
                if isinstance(shape, Text):
                    yield shape, layer.on_slide(shape.rect), shape.style.size * layer.scale

    def words(self) -> list[str]:
        """Each text the slide draws, its lines joined."""
        return [" ".join(text.lines) for text, _rect, _pixels in self.texts()]

    def card_at(self, x: float, y: float) -> str | None:
        return next((card.card_id for card in self.cards if card.rect.contains(x, y)), None)


def text_block(
    typesetter: Typesetter,
    words: str,
    at: Point,
    width: float,
    style: TextStyle,
    colour: str,
    max_lines: int | None = None,
) -> tuple[Text, float]:
    """`words` wrapped to `width` from `at` (elided after `max_lines`), and the y below."""
    lines = typesetter.wrap(words, width, style, max_lines) if words else ()
    height = len(lines) * style.line_height
    return Text(Rect(at.x, at.y, width, height), tuple(lines), style, colour), at.y + height

"""A card as the handout's stage pages print it: all of its text on the lane's colour,
with the lane's stripe, split across pages between lines when it is too long for what is
left of one.

The text is wrapped by the layout's typesetter and drawn line by line with `drawString`,
like the map: no markup is read, and it costs a fraction of a `Paragraph` in a `Table`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.export.ink import colour, fill, stroke
from app.export.pdf_text import write_lines
from app.layout import palette
from app.layout.text import TextStyle, Typesetter
from app.model.data.card_facts import card_facts, card_flags
from app.model.data.records import CardRecord
from app.model.messages import Translate

FLAGS = TextStyle(9, bold=True)
TITLE = TextStyle(11, bold=True)
BODY = TextStyle(10)
FACTS = TextStyle(9)
PAD_X, PAD_TOP, PAD_BOTTOM, STRIPE = 8.0, 5.0, 6.0, 3.0


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    style: TextStyle
    colour: str


class CardBlock(Flowable):
    """A card kept whole on one page, split between lines only when it is taller than a
    page (`page_height`); `on_draw` is told the canvas each part is drawn on."""

    def __init__(
        self,
        parts: list[Line],
        background: str,
        accent: str,
        typesetter: Typesetter,
        page_height: float = 0.0,
    ) -> None:
        super().__init__()
        self.parts, self.background, self.accent = parts, background, accent
        self.typesetter = typesetter
        self.page_height = page_height
        self.on_draw: Callable[[Canvas], None] | None = None
        self.lines: list[Line] = []
        self._wrapped_at: float | None = None
        """The width `lines` were wrapped to, if they were, and their height."""
        self._lines_height = 0.0
        self.spaceAfter = 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - 2 * PAD_X - STRIPE
        if inner != self._wrapped_at:
            self.lines = [
                Line(text, part.style, part.colour)
                for part in self.parts
                for text in self.typesetter.wrap(part.text, inner, part.style)
            ]
            self._wrapped_at = inner
            self._lines_height = sum(line.style.line_height for line in self.lines)
        self.width = available_width
        self.height = PAD_TOP + self._lines_height + PAD_BOTTOM
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Nothing, so that the card goes whole to the next page, when it fits on one;
        else the lines that fit in `available_height` and a block of the rest (nothing
        if not even one line fits)."""
        self.wrap(available_width, available_height)
        if self.height <= self.page_height:
            return []
        room, fitting = available_height - PAD_TOP - PAD_BOTTOM, 0
        for line in self.lines:
            if line.style.line_height > room:
                break
            room -= line.style.line_height
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(self.lines):
            return [self]
        fitted = available_height - PAD_TOP - PAD_BOTTOM - room
        return [
            self._with(self.lines[:fitting], fitted),
            self._with(self.lines[fitting:], self._lines_height - fitted),
        ]

    def draw(self) -> None:
        canvas = self.canv
        if self.on_draw is not None:
            self.on_draw(canvas)
        fill(canvas, self.background)
        stroke(canvas, palette.GRID_LINE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        fill(canvas, self.accent)
        canvas.rect(0, 0, STRIPE, self.height, stroke=0, fill=1)
        text, top = canvas.beginText(), self.height - PAD_TOP
        ink = None
        for (style, line_colour), run in itertools.groupby(
            self.lines, key=lambda line: (line.style, line.colour)
        ):
            if line_colour != ink:
                ink = line_colour
                text.setFillColor(colour(ink))
            lines = [line.text for line in run]
            write_lines(text, STRIPE + PAD_X, top - style.size, lines, style)
            top -= style.line_height * len(lines)
        canvas.drawText(text)

    def _with(self, lines: list[Line], height: float) -> CardBlock:
        """A block of lines already wrapped: each is one part that wraps to itself, and
        is not wrapped again at the same width (a card of 40,000 lines of notes would be,
        once for every page it runs over)."""
        block = CardBlock(lines, self.background, self.accent, self.typesetter)
        block.lines, block._wrapped_at, block._lines_height = lines, self._wrapped_at, height
        block.on_draw = self.on_draw
        return block


def card_block(
    card: CardRecord, kind: str, typesetter: Typesetter, translate: Translate, page_height: float
) -> CardBlock:
    """The card's flags (a moment that matters, its priority) set bold above its title,
    its notes, and a quiet line of the rest."""
    background = palette.card_fill(card.colour, kind)
    ink, muted = palette.inks_on(background)
    flags = [flag.translated(translate) for flag in card_flags(card)]
    parts = [Line("   ".join(flags), FLAGS, ink)] if flags else []
    parts.append(Line(card.title, TITLE, ink))
    if card.notes.strip():
        parts.append(Line(card.notes, BODY, ink))
    facts = [fact.translated(translate) for fact in card_facts(card)]
    if facts:
        parts.append(Line(" · ".join(facts), FACTS, muted))
    return CardBlock(parts, background, palette.lane_accent(kind), typesetter, page_height)

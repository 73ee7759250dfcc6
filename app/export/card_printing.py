"""The cards of a printed map, drawn a colour at a time.

Cards never overlap, so the order they are drawn in does not matter: all cards of one
colour are one path, all stripes of one lane kind another, and the words of all cards
one text object, a style and colour at a time. Colours and fonts are then set a few
times for the whole map rather than several times for every card, which is most of
what a card would otherwise cost beyond its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.export.ink import colour, fill, stroke
from app.export.pdf_fonts import font_name, measure
from app.export.pictures import draw_fitted
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import CARD_META, CARD_NOTES, CARD_TITLE, CardBox, text_below_picture
from app.layout.text import TextStyle

CARD_PADDING = 8.0
CARD_RADIUS = 5.0
STRIPE_WIDTH = 4.0
BADGE_TEXT = TextStyle(10, bold=True)


def draw_cards(canvas: Canvas, cards: Sequence[tuple[CardBox, str]]) -> None:
    """Each card (with the kind of its lane) as the canvas draws it: outlined on its
    colour, the lane's stripe, its badges, and its words over them."""
    outlines = _Paths()  # by fill colour, each outlined
    marks = _Paths()  # stripes and badges, by fill colour
    words = _Words()
    pictures: list[tuple[bytes | None, Rect]] = []
    for card, kind in cards:
        rect = card.rect
        background = palette.card_fill(card.colour, kind)
        outlines.of(background).roundRect(
            rect.x, -rect.bottom, rect.width, rect.height, CARD_RADIUS
        )
        stripe = Rect(rect.x, rect.y + 4, STRIPE_WIDTH, rect.height - 8)
        marks.of(palette.lane_accent(kind)).rect(
            stripe.x, -stripe.bottom, stripe.width, stripe.height
        )
        right, top = rect.right - 6, rect.bottom - 20
        if card.votes:
            right = _badge(marks, words, right, top, 34, f"● {card.votes}", palette.INK)
        if card.moment:
            _badge(marks, words, right, top, 18, "★", palette.MOMENT)
        x, y = rect.x + CARD_PADDING, rect.y + CARD_PADDING
        ink, muted = palette.inks_on(background)
        y = words.add(card.title_lines, CARD_TITLE, x, y, ink)
        if card.picture is not None:
            y = rect.y + text_below_picture(card, y - rect.y)
            pictures.append((card.image, _moved(card.picture, rect.x, rect.y)))
        y = words.add(card.notes_lines, CARD_NOTES, x, y, muted)
        if card.meta:
            words.add([card.meta], CARD_META, x, y, muted)
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    outlines.draw(canvas, outline=True)
    marks.draw(canvas, outline=False)
    for data, band in pictures:
        draw_fitted(canvas, data, band)
    words.draw(canvas)


def _moved(rect: Rect, dx: float, dy: float) -> Rect:
    return Rect(rect.x + dx, rect.y + dy, rect.width, rect.height)


def _badge(
    marks: _Paths,
    words: _Words,
    right: float,
    top: float,
    least: float,
    label: str,
    background: str,
) -> float:
    """A pill ending at `right`, as wide as its label needs, with the label on it; the
    x its left edge leaves for the next badge."""
    width = measure(label, BADGE_TEXT)
    pill = Rect(right - max(least, width + 10), top, max(least, width + 10), 15)
    radius = pill.height / 2
    marks.of(background).roundRect(pill.x, -pill.bottom, pill.width, pill.height, radius)
    words.add(
        [label], BADGE_TEXT, pill.center.x - width / 2, pill.y + 11.5 - BADGE_TEXT.size, "#ffffff"
    )
    return pill.x - 4


class _Paths:
    """A path per fill colour."""

    def __init__(self) -> None:
        self._paths: dict[str, PDFPathObject] = {}

    def of(self, hex_colour: str) -> PDFPathObject:
        path = self._paths.get(hex_colour)
        if path is None:
            path = self._paths[hex_colour] = PDFPathObject()
        return path

    def draw(self, canvas: Canvas, *, outline: bool) -> None:
        for hex_colour, path in self._paths.items():
            fill(canvas, hex_colour)
            canvas.drawPath(path, stroke=1 if outline else 0, fill=1)


class _Words:
    """Lines of text by style and colour, written as one text object."""

    def __init__(self) -> None:
        self._blocks: dict[tuple[TextStyle, str], list[tuple[float, float, Sequence[str]]]] = {}

    def add(self, lines: Sequence[str], style: TextStyle, x: float, y: float, ink: str) -> float:
        """Lines from their top at `y` (layout units, y down), as `draw_lines` sets
        them; the y below the last."""
        if lines:
            self._blocks.setdefault((style, ink), []).append((x, -(y + style.size), lines))
        return y + style.line_height * len(lines)

    def draw(self, canvas: Canvas) -> None:
        text = canvas.beginText()
        for (style, ink), blocks in self._blocks.items():
            text.setFont(font_name(style), style.size, style.line_height)
            text.setFillColor(colour(ink))
            for x, baseline, lines in blocks:
                text.setTextOrigin(x, baseline)
                for line in lines:
                    text.textLine(line)
        canvas.drawText(text)

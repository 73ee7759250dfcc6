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
from app.export.pdf_fonts import measure
from app.export.pdf_text import write_lines
from app.export.pictures import draw_fitted
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import CardBox, Metrics, text_below_picture
from app.layout.map_marks import card_badges, card_body
from app.layout.shapes import Plate, Shape, Text, paint
from app.layout.text import TextStyle
from app.layout.themes import LIGHT


def draw_cards(canvas: Canvas, cards: Sequence[tuple[CardBox, str]], metrics: Metrics) -> None:
    """Each card (with the kind of its lane) as the canvas draws it: outlined on its
    colour, the lane's stripe, its badges, and its words over them in the styles of the
    `metrics` they were laid out in."""
    outlines = _Paths()  # by fill colour, each outlined
    marks = _Paths()  # stripes and badges, by fill colour
    words = _Words()
    pictures: list[tuple[bytes | None, Rect]] = []
    for card, kind in cards:
        rect = card.rect
        background = palette.card_fill(card.colour, kind)
        _gather(card_body(card, kind), outlines, marks, words)
        _gather(card_badges(card, measure), outlines, marks, words)
        x, y = rect.x + metrics.card_padding, rect.y + metrics.card_padding
        ink, muted = palette.inks_on(background)
        y = words.add(card.title_lines, metrics.card_title, x, y, ink)
        if card.picture is not None:
            y = rect.y + text_below_picture(card, y - rect.y, metrics)
            pictures.append((card.image, _moved(card.picture, rect.x, rect.y)))
        y = words.add(card.notes_lines, metrics.card_notes, x, y, muted)
        if card.meta:
            words.add([card.meta], metrics.card_meta, x, y, muted)
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    outlines.draw(canvas, outline=True)
    marks.draw(canvas, outline=False)
    for data, band in pictures:
        draw_fitted(canvas, data, band)
    words.draw(canvas)


def _moved(rect: Rect, dx: float, dy: float) -> Rect:
    return Rect(rect.x + dx, rect.y + dy, rect.width, rect.height)


def _gather(shapes: list[Shape], outlines: _Paths, marks: _Paths, words: _Words) -> None:
    """The plates and words of a card's marks, into the paths and text of their colour:
    the thin painter of app.export.shape_painter, for a few thousand cards at once. A
    card's marks are plates (outlined or not) and words on one line."""
    for shape in shapes:
        if isinstance(shape, Text):
            (line,) = shape.lines
            style, rect = shape.style, shape.rect
            x = rect.center.x - measure(line, style) / 2 if shape.centred else rect.x
            top = rect.y + (rect.height - style.line_height) / 2 if shape.centred else rect.y
            words.add([line], style, x, top, paint(shape.colour, LIGHT))
            continue
        assert isinstance(shape, Plate) and shape.fill is not None, shape
        rect, fill_colour = shape.rect, paint(shape.fill, LIGHT)
        path = (outlines if shape.stroke is not None else marks).of(fill_colour)
        if shape.radius:
            path.roundRect(rect.x, -rect.bottom, rect.width, rect.height, shape.radius)
        else:
            path.rect(rect.x, -rect.bottom, rect.width, rect.height)


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
            text.setFillColor(colour(ink))
            for x, baseline, lines in blocks:
                write_lines(text, x, baseline, lines, style)
        canvas.drawText(text)

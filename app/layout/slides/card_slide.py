"""One card zoomed in for the room: a large card under a band of its lane's colour that
says where it sits in the journey, its title large, its notes at a size the back row
reads, and what else is known about it."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.geometry import Point, Rect
from app.layout.shapes import Plate, Shape, Stroke, Text, moved
from app.layout.slides.slide import Layer, Slide, SlideCard, SlideKind, SlideSizes, text_block
from app.layout.text import TextStyle, Typesetter
from app.model.data.card_facts import card_facts, card_flags
from app.model.data.records import MapContent
from app.model.messages import Message, Translate

WIDTH_SHARE: Final = 0.82
"""How much of the slide's width the zoomed card takes."""
TITLE_EMS: Final = 2.2
NOTES_EMS: Final = 1.5
FACTS_EMS: Final = 1.1
"""The zoomed card's title, notes and facts, in title sizes."""
WHERE_EMS: Final = 1.2
"""The band saying where the card sits, in title sizes: the one clue the slide gives."""
TITLE_LINES: Final = 4
GROWTH: Final = (2.0, 1.7, 1.45, 1.2, 1.0)
"""How much larger than those a short card's words are set, largest first."""
FILLED: Final = 0.8
"""The most of the slide's height a card set larger than the least may take."""
STRIPE: Final = 10.0


def card_slide(
    content: MapContent,
    card_id: str,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
) -> Slide:
    """The card as large as it fits in most of the slide: a short card is set larger."""
    for grow in GROWTH:
        slide, height = _composed(content, card_id, sizes, typesetter, translate, grow)
        if height <= sizes.height * FILLED:
            break
    return slide


def _composed(
    content: MapContent,
    card_id: str,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    grow: float,
) -> tuple[Slide, float]:
    card = next(card for card in content.cards if card.id == card_id)
    stage = next(stage for stage in content.stages if stage.id == card.stage_id)
    lane = next(lane for lane in content.lanes if lane.id == card.lane_id)
    m, pad = sizes.margin, sizes.padding * 2
    width = min(sizes.width - 2 * m, WIDTH_SHARE * sizes.width)
    x = (sizes.width - width) / 2
    inner = width - 2 * pad - STRIPE
    text_x = x + pad + STRIPE
    number = [s.id for s in content.stages].index(stage.id) + 1
    where = (
        Message("Slides", "Stage {number} of {count}: {stage} · {lane}")
        .format(number=number, count=len(content.stages), stage=stage.name, lane=lane.title)
        .translated(translate)
    )
    band_style = TextStyle(round(sizes.title * WHERE_EMS), bold=True)
    band_height = band_style.line_height + 2 * sizes.padding
    fill = palette.card_fill(card.colour, lane.kind)
    ink, quiet = palette.inks_on(fill)
    title_style = TextStyle(round(sizes.title * TITLE_EMS * grow), bold=True)
    notes_style = TextStyle(round(sizes.title * NOTES_EMS * grow))
    facts_style = TextStyle(round(sizes.title * FACTS_EMS * grow))
    words: list[Shape] = [
        Text(
            Rect(text_x, sizes.padding, inner, band_style.line_height),
            (typesetter.shorten(where, inner, band_style),),
            band_style,
            palette.LIGHT_INK,
        )
    ]
    title, y = text_block(
        typesetter,
        card.title,
        Point(text_x, band_height + pad),
        inner,
        title_style,
        ink,
        TITLE_LINES,
    )
    words.append(title)
    facts = [said.translated(translate) for said in (*card_flags(card), *card_facts(card))]
    facts_height = len(facts) * facts_style.line_height
    room = sizes.height - 2 * m - y - sizes.gap - facts_height - pad
    if card.notes.strip() and room >= notes_style.line_height:
        lines = int(room // notes_style.line_height)
        notes, y = text_block(
            typesetter,
            card.notes.strip(),
            Point(text_x, y + sizes.gap),
            inner,
            notes_style,
            ink,
            lines,
        )
        words.append(notes)
    if facts:
        shown = tuple(typesetter.shorten(fact, inner, facts_style) for fact in facts)
        words.append(
            Text(Rect(text_x, y + sizes.gap, inner, facts_height), shown, facts_style, quiet)
        )
        y += sizes.gap + facts_height
    height = y + pad
    # The card stands in the middle of the slide.
    top = max(m, (sizes.height - height) / 2)
    rect = Rect(x, top, width, height)
    shapes: list[Shape] = [
        Plate(rect, 14, fill, Stroke("grid_line", 1)),
        Plate(
            Rect(x, top + band_height, STRIPE, height - band_height - 8),
            0,
            palette.lane_accent(lane.kind),
        ),
        Plate(Rect(x, top, width, band_height), 14, palette.lane_accent(lane.kind)),
        Plate(
            Rect(x, top + band_height / 2, width, band_height / 2),
            0,
            palette.lane_accent(lane.kind),
        ),
        *(moved(shape, 0, top) for shape in words),
    ]
    slide = Slide(
        SlideKind.CARD,
        (Layer(tuple(shapes)),),
        card.title,
        stage.id,
        cards=(SlideCard(card.id, rect),),
        lane_ids=(lane.id,),
        size=(sizes.width, sizes.height),
    )
    return slide, height

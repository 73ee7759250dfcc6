"""One card zoomed in for the room: where it sits in the journey, its title large, its notes
at the room's size, and what else is known about it."""

from __future__ import annotations

from app.layout import palette
from app.layout.geometry import Point, Rect
from app.layout.shapes import Plate, Shape, Stroke, Text, moved
from app.layout.slides.slide import Layer, Slide, SlideCard, SlideKind, SlideSizes, text_block
from app.layout.text import Typesetter
from app.model.messages import Message, Translate
from app.model.records import MapContent
from app.model.vocabulary import EVIDENCE_NAMES, PRIORITIES

WIDEST_EMS = 40.0
"""The widest the zoomed card is, in title sizes: lines a room reads without losing them."""
STRIPE = 10.0
TITLE_EMS = 2.0
NOTES_EMS = 1.25
"""The zoomed card's title and notes, in title sizes."""


def card_slide(
    content: MapContent,
    card_id: str,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
) -> Slide:
    card = next(card for card in content.cards if card.id == card_id)
    stage = next(stage for stage in content.stages if stage.id == card.stage_id)
    lane = next(lane for lane in content.lanes if lane.id == card.lane_id)
    m, pad = sizes.margin, sizes.padding * 2
    number = [s.id for s in content.stages].index(stage.id) + 1
    where = (
        Message("Slides", "Stage {number}: {stage} · {lane}")
        .format(number=number, stage=stage.name, lane=lane.title)
        .translated(translate)
    )
    line, _ = text_block(
        typesetter,
        where,
        Point(m, m),
        sizes.width - 2 * m - sizes.corner,
        sizes.body,
        "muted_ink",
        1,
    )
    width = min(sizes.width - 2 * m, WIDEST_EMS * sizes.title)
    x = (sizes.width - width) / 2
    inner = width - 2 * pad - STRIPE
    top = line.rect.bottom + sizes.gap
    bottom = sizes.height - m
    fill = palette.card_fill(card.colour, lane.kind)
    ink, quiet = palette.inks_on(fill)
    words: list[Shape] = []
    text_x = x + pad + STRIPE
    title, y = text_block(
        typesetter, card.title, Point(text_x, top + pad), inner, sizes.heading, ink, 4
    )
    words.append(title)
    facts = _facts(
        card.channel, card.owner, card.evidence, card.priority, card.votes, card.moment, translate
    )
    facts_height = len(facts) * sizes.body.line_height
    if card.notes.strip():
        room = bottom - pad - facts_height - sizes.gap - (y + sizes.gap)
        lines = max(1, int(room // sizes.body.line_height))
        notes, y = text_block(
            typesetter,
            card.notes.strip(),
            Point(text_x, y + sizes.gap),
            inner,
            sizes.body,
            ink,
            lines,
        )
        words.append(notes)
    if facts:
        block = Text(
            Rect(text_x, y + sizes.gap, inner, facts_height),
            tuple(typesetter.shorten(f, inner, sizes.body) for f in facts),
            sizes.body,
            quiet,
        )
        words.append(block)
        y = block.rect.bottom
    rect = Rect(x, top, width, y + pad - top)
    # The card stands in the middle of the room the header leaves.
    down = max(0.0, (bottom - rect.bottom) / 2)
    rect = Rect(x, top + down, width, rect.height)
    words = [moved(shape, 0, down) for shape in words]
    shapes: list[Shape] = [
        line,
        Plate(rect, 12, fill, Stroke("grid_line", 1)),
        Plate(Rect(x, rect.y + 6, STRIPE, rect.height - 12), 0, palette.lane_accent(lane.kind)),
        *words,
    ]
    return Slide(
        SlideKind.CARD,
        (Layer(tuple(shapes)),),
        card.title,
        stage.id,
        cards=(SlideCard(card.id, rect),),
        lane_ids=(lane.id,),
        size=(sizes.width, sizes.height),
    )


def _facts(
    channel: str,
    owner: str,
    evidence: str,
    priority: int,
    votes: int,
    moment: bool,
    translate: Translate,
) -> list[str]:
    """What else the card says, a line each."""
    facts = []
    if moment:
        facts.append(Message("Slides", "★ A moment that matters").translated(translate))
    if votes:
        facts.append(
            Message("Slides", "● Dots from the vote: {count}")
            .format(count=votes)
            .translated(translate)
        )
    if priority:
        value = translate("Vocabulary", PRIORITIES[priority])
        facts.append(
            Message("Slides", "Priority: {value}").format(value=value).translated(translate)
        )
    if channel:
        facts.append(
            Message("Slides", "Channel: {value}").format(value=channel).translated(translate)
        )
    if owner:
        facts.append(Message("Slides", "Owner: {value}").format(value=owner).translated(translate))
    if evidence:
        value = translate("Vocabulary", EVIDENCE_NAMES.get(evidence, evidence))
        facts.append(
            Message("Slides", "Evidence: {value}").format(value=value).translated(translate)
        )
    return facts

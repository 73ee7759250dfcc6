"""The closing slide: what the room takes away. The whole emotion curve, and beside each
other the top pain points and the top opportunities: the room's vote when one was held,
else by priority, then in the order of the journey."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.emotion_lane import AXIS_WIDTH
from app.layout.geometry import Point, Rect
from app.layout.shapes import Plate, Shape, Text, bounds, moved, tag
from app.layout.slides.curve_band import band_unit, curve_band
from app.layout.slides.slide import Layer, Slide, SlideKind, SlideSizes, text_block
from app.layout.text import Typesetter
from app.model.data.ranking import ranked
from app.model.data.records import CardRecord, MapContent
from app.model.data.vocabulary import PRIORITIES
from app.model.messages import Message, Translate

LEAST_BAND_SHARE: Final = 0.35
"""The least share of the slide's height the curve takes; the lists have the rest."""
MOST_ITEMS: Final = 4
ITEM_LINES: Final = 2


def closing_slide(
    content: MapContent,
    hidden_lanes: set[str],
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    curve: bool,
) -> Slide:
    m, gap = sizes.margin, sizes.gap
    width = sizes.width - 2 * m
    where = Message("Slides", "What we take away").translated(translate)
    line, y = text_block(
        typesetter, where, Point(m, m), width - sizes.corner, sizes.body, "muted_ink", 1
    )
    title, y = text_block(
        typesetter, content.map.title, Point(m, y), width - sizes.corner, sizes.heading, "ink", 1
    )
    y += gap
    voted = any(card.votes for card in content.cards)
    half = (width - gap) / 2
    lists: list[Shape] = []
    below = 0.0
    for index, (kind, heading, by_vote) in enumerate(
        (
            (
                "pain_points",
                Message("Slides", "Top pain points"),
                Message("Slides", "Top pain points, by the room's vote"),
            ),
            (
                "opportunities",
                Message("Slides", "Top opportunities"),
                Message("Slides", "Top opportunities, by the room's vote"),
            ),
        )
    ):
        shown = [
            lane.id for lane in content.lanes if lane.kind == kind and lane.id not in hidden_lanes
        ]
        cards = [card for card in ranked(content, {kind}) if card.lane_id in shown]
        most = sizes.height - m - y - (sizes.height * LEAST_BAND_SHARE + gap if curve else 0)
        box = Rect(m + index * (half + gap), 0, half, most)
        said = (by_vote if voted else heading).translated(translate)
        drawn = _list(content, kind, said, cards, box, sizes, typesetter, translate)
        lists += drawn
        below = max(below, bounds(drawn).bottom)
    # The curve takes the height the lists leave.
    layers: list[Layer] = []
    if curve:
        band = Rect(m, y, width, sizes.height - m - y - below - gap)
        left = band.x + AXIS_WIDTH * band_unit(sizes, band.height)
        layers.append(curve_band(content, band, left, sizes, typesetter, translate))
        y = band.bottom + gap
    shapes: list[Shape] = [line, title, *(moved(shape, 0, y) for shape in lists)]
    layers.insert(0, Layer(tuple(shapes)))
    return Slide(SlideKind.CLOSING, tuple(layers), where, size=(sizes.width, sizes.height))


def _list(
    content: MapContent,
    kind: str,
    heading: str,
    cards: list[CardRecord],
    box: Rect,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
) -> list[Shape]:
    """A heading on a plate of the lane's colour, then the best cards, each with its dots
    (when it has any), the stage it belongs to and its priority."""
    pad, style = sizes.padding, sizes.card_title
    head_height = style.line_height + 2 * pad
    shapes: list[Shape] = [
        Plate(Rect(box.x, box.y, box.width, head_height), 8, palette.lane_accent(kind)),
        Text(
            Rect(box.x + pad, box.y + pad, box.width - 2 * pad, style.line_height),
            (typesetter.shorten(heading, box.width - 2 * pad, style),),
            style,
            palette.LIGHT_INK,
        ),
    ]
    y = box.y + head_height + pad
    if not cards:
        said = Message("Slides", "None on the map yet.").translated(translate)
        shapes.append(
            Text(
                Rect(box.x + pad, y, box.width - 2 * pad, sizes.body.line_height),
                (said,),
                sizes.body,
                "muted_ink",
            )
        )
        return shapes
    stages = {stage.id: stage.name for stage in content.stages}
    dots = sizes.small_bold
    voted = any(card.votes for card in cards)
    dot_width = typesetter.width("● 888", dots) + sizes.small.size if voted else 0.0
    for card in cards[:MOST_ITEMS]:
        text_x = box.x + pad + (dot_width + pad if voted else 0.0)
        lines = typesetter.wrap(card.title, box.right - pad - text_x, style, ITEM_LINES)
        height = len(lines) * style.line_height + sizes.body.line_height
        if y + height > box.bottom:
            break
        if card.votes:
            shapes += tag(
                Rect(
                    box.x + pad,
                    y + (style.line_height - dots.line_height) / 2,
                    dot_width,
                    dots.line_height,
                ),
                f"● {card.votes}",
                dots,
                palette.INK,
            )
        shapes.append(
            Text(
                Rect(text_x, y, box.right - pad - text_x, len(lines) * style.line_height),
                lines,
                style,
                "ink",
            )
        )
        y += len(lines) * style.line_height
        where = stages.get(card.stage_id, "")
        if card.priority in PRIORITIES and card.priority:
            value = translate("Vocabulary", PRIORITIES[card.priority])
            where = (
                Message("Slides", "{stage} · {priority} priority")
                .format(stage=where, priority=value.lower())
                .translated(translate)
            )
        stage = typesetter.shorten(where, box.right - pad - text_x, sizes.body)
        shapes.append(
            Text(
                Rect(text_x, y, box.right - pad - text_x, sizes.body.line_height),
                (stage,),
                sizes.body,
                "muted_ink",
            )
        )
        y += sizes.body.line_height + pad
    return shapes

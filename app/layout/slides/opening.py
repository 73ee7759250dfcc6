"""The opening slide: the whole journey at once. Every stage named whole, the lanes down the
left as strongly as their cards, in each cell the cards' titles where they fit at the
room's size and otherwise how many cards it holds, and the emotion curve drawn large below
with its lowest point and biggest drop called out."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.emotion_lane import AXIS_WIDTH
from app.layout.geometry import Point, Rect
from app.layout.shapes import Path, Plate, Shape, Stroke, Text, straight
from app.layout.slides.curve_band import band_unit, curve_band
from app.layout.slides.slide import Layer, Slide, SlideKind, SlideSizes, text_block
from app.layout.slides.stage_slide import CARD_STRIPE
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import LaneRecord, MapContent
from app.model.messages import Message, Translate, one_or_many

LEAST_TITLE: Final = 12
"""The smallest titles the opening slide is set in, whatever the room's text size."""
ROW_GAP: Final = 4.0
ACTED_ON: Final = ("pain_points", "opportunities")
LEAST_BAND_SHARE: Final = 0.3
"""The least share of the slide's height the curve takes."""
LANE_NAMES_SHARE: Final = (0.1, 0.22)
"""The least and the most of the slide's width the lanes' names take."""


def opening_slide(
    content: MapContent,
    lanes: list[LaneRecord],
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    curve: bool,
    until: str | None = None,
) -> Slide:
    """The whole journey at the room's text size, or as little smaller as lets every
    stage's name break between words and every lane have its row."""
    least = max(LEAST_TITLE, sizes.title // 2)
    for title in range(sizes.title, least - 1, -2):
        smaller = SlideSizes(sizes.width, sizes.height, title)
        slide, fits = _composed(content, lanes, smaller, typesetter, translate, curve, until)
        if fits:
            break
    return slide


def _composed(
    content: MapContent,
    lanes: list[LaneRecord],
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    curve: bool,
    until: str | None,
) -> tuple[Slide, bool]:
    """The opening slide in `sizes`, and whether it fits them."""
    m, pad, gap = sizes.margin, sizes.padding, sizes.gap
    width = sizes.width - 2 * m
    title, y = text_block(
        typesetter, content.map.title, Point(m, m), width - sizes.corner, sizes.heading, "ink", 1
    )
    objective, y = text_block(
        typesetter,
        content.map.objective,
        Point(m, y),
        width - sizes.corner,
        sizes.body,
        "muted_ink",
        1,
    )
    shapes: list[Shape] = [title, objective]
    y += gap
    bold = sizes.card_title
    names = [lane.title for lane in lanes] + [
        lane.title for lane in content.lanes if lane.kind == "emotions"
    ][: int(curve)]
    widest = max((typesetter.width(name, bold) for name in names), default=0.0)
    least, most = (share * sizes.width for share in LANE_NAMES_SHARE)
    side = max(least, min(most, widest + 2 * pad + CARD_STRIPE))
    left = m + side + gap / 2
    count = max(1, len(content.stages))
    column = (sizes.width - m - left) / count
    header = 0.0
    words = [word for stage in content.stages for word in stage.name.split()]
    fits = all(typesetter.width(word, bold) <= column - 2 * pad for word in words)
    for number, stage in enumerate(content.stages, start=1):
        x = left + (number - 1) * column
        text, bottom = text_block(
            typesetter,
            f"{number}. {stage.name}",
            Point(x + pad, y + pad),
            column - 2 * pad,
            bold,
            "ink",
        )
        shapes.append(text)
        header = max(header, bottom + pad - y)
    shapes.insert(2, Plate(Rect(left, y, sizes.width - m - left, header), 6, "header_fill"))
    y += header + gap / 2
    row = bold.line_height + pad + ROW_GAP
    # The lanes take a line each, the curve the rest: the journey's shape is what the
    # room takes in first. What the room will act on, the pain points and opportunities,
    # take two lines where the curve can spare them, so that their titles may show.
    room = sizes.height - m - y - (sizes.height * LEAST_BAND_SHARE + gap if curve else 0)
    fits = fits and room >= row * len(lanes)
    rows = [row] * len(lanes)
    for index, lane in enumerate(lanes):
        if lane.kind in ACTED_ON and sum(rows) + bold.line_height <= room:
            rows[index] += bold.line_height
    band = sizes.height - m - y - sum(rows) - gap if curve else 0.0
    if not curve:
        rows = [max(row, room / max(1, len(lanes)))] * len(lanes)
    top = y
    for lane, height in zip(lanes, rows, strict=True):
        shapes += _row(
            content,
            lane,
            Rect(m, y, sizes.width - 2 * m, height - ROW_GAP),
            side,
            left,
            column,
            sizes,
            typesetter,
            translate,
        )
        y += height
    # Lines between the stages, through their names and cells, so that a name wrapped
    # onto two lines is not read with its neighbour's.
    for number in range(1, count):
        x = left + number * column
        edge = straight(Point(x, top - header - gap / 2), Point(x, y))
        shapes.append(Path((edge,), Stroke("grid_line", 1.5)))
    layers = [Layer(tuple(shapes))]
    if curve:
        rect = Rect(m, sizes.height - m - band, sizes.width - 2 * m, band)
        emotions = next(lane for lane in content.lanes if lane.kind == "emotions")
        # The scale stands between the lane's name and the first stage, whose column the
        # curve's stages share with the lanes' above.
        scale_width = AXIS_WIDTH * band_unit(sizes, band)
        plate = Rect(m, rect.y, max(side - scale_width, side / 2), row - ROW_GAP)
        layers.insert(0, Layer(tuple(_lane_name(emotions, plate, sizes, typesetter))))
        layers.append(
            curve_band(content, rect, left, sizes, typesetter, translate, until=until, names=False)
        )
    name = Message("Slides", "The whole journey").translated(translate)
    slide = Slide(
        SlideKind.OPENING,
        tuple(layers),
        name,
        size=(sizes.width, sizes.height),
        lane_ids=tuple(lane.id for lane in lanes),
    )
    return slide, fits


def _row(
    content: MapContent,
    lane: LaneRecord,
    rect: Rect,
    side: float,
    left: float,
    column: float,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
) -> list[Shape]:
    """A lane across the journey: its name, then each stage's cell."""
    pad = sizes.padding
    shapes: list[Shape] = [
        Plate(Rect(left, rect.y, rect.right - left, rect.height), 6, f"tint:{lane.kind}")
    ]
    shapes += _lane_name(lane, Rect(rect.x, rect.y, side, rect.height), sizes, typesetter)
    style = sizes.body
    quiet = TextStyle(style.size, italic=True)
    fits = max(0, int((rect.height - pad) // style.line_height))
    for number, stage in enumerate(content.stages):
        cards = [
            card for card in content.cards if card.stage_id == stage.id and card.lane_id == lane.id
        ]
        if not cards:
            continue
        inner = column - 2 * pad
        titles = [typesetter.wrap(card.title, inner, style) for card in cards]
        lines = tuple(line for title in titles for line in title)
        colour, shown = "ink", style
        if len(lines) > fits:  # too many to read: how many there are, quieter
            said = one_or_many(
                len(cards), Message("Slides", "1 card"), Message("Slides", "{count} cards")
            )
            lines, colour, shown = (said.translated(translate),), "muted_ink", quiet
        at = Rect(left + number * column + pad, rect.y + pad / 2, inner, rect.height - pad)
        shapes.append(Text(at, lines[: max(1, fits)], shown, colour))
    return shapes


def _lane_name(
    lane: LaneRecord, rect: Rect, sizes: SlideSizes, typesetter: Typesetter
) -> list[Shape]:
    """A lane's name on a plate of its colour, on as many lines as its row holds."""
    pad, style = sizes.padding, sizes.card_title
    inner = rect.width - 2 * pad - CARD_STRIPE
    lines = max(1, int((rect.height - pad) // style.line_height))
    words = typesetter.wrap(lane.title, inner, style, lines)
    top = rect.y + (rect.height - len(words) * style.line_height) / 2
    return [
        Plate(rect, 6, palette.lane_accent(lane.kind)),
        Text(
            Rect(rect.x + pad + CARD_STRIPE, top, inner, len(words) * style.line_height),
            words,
            style,
            palette.LIGHT_INK,
        ),
    ]

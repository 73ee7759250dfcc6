"""A stage on a slide: its number, name and goal, and its lanes side by side across the
screen, each named as large and as strongly as its cards, with the cards' titles at the
room's size (their notes are on the presenter's screen), over the whole emotion curve.

A stage too full for one slide takes two, its lanes shared between them, titles cut to two
lines if they must; only a stage that fits on no two slides goes on to more, its columns
cut between cards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from app.layout import palette
from app.layout.badges import badges
from app.layout.emotion_lane import AXIS_WIDTH
from app.layout.geometry import Rect
from app.layout.shapes import Plate, Shape, Stroke, Text, tag
from app.layout.slides.curve_band import band_unit, curve_band
from app.layout.slides.slide import Layer, Slide, SlideCard, SlideKind, SlideSizes
from app.layout.slides.stage_header import quoted_points, stage_header
from app.layout.text import Typesetter
from app.model.data.records import CardRecord, LaneRecord, MapContent, StageRecord
from app.model.messages import Message, Translate, english

CARD_LINES: Final = 5
"""The most lines of a card's title on a slide; the whole title is on its zoom."""
SHORT_LINES: Final = 2
"""The lines a title is cut to before a stage takes a third slide."""
LANE_LINES: Final = 3
LEAST_COLUMN: Final = 7.0
"""The narrowest a lane's column is, in title sizes: ten letters or so to a line."""
MOST_COLUMN: Final = 18.0
BAND_SHARES: Final = (0.3, 0.25)
"""The shares of the slide's height the emotion curve takes under the lanes: the first
unless the second saves a stage a slide."""
LEAST_ROOM: Final = 6
"""The fewest lines of titles the lanes' columns hold beside the curve: a lane's name and
a card of two lines."""
"""The share of the slide's height the emotion curve takes under the lanes."""
CARD_STRIPE: Final = 6.0
BADGE_SHADE: Final = 0.8


@dataclass(frozen=True, slots=True)
class StageFrame:
    """Where a stage slide's parts go: the header above, the lanes' columns between
    `top` and `bottom`, and the curve's band (if the map has a curve) below."""

    top: float
    bottom: float
    band: Rect | None


@dataclass(frozen=True, slots=True)
class _Card:
    """A card measured for its column."""

    card: CardRecord
    lines: tuple[str, ...]
    height: float


@dataclass(frozen=True, slots=True)
class _Page:
    """One slide's share of a stage: its lanes, and the cards each shows."""

    lanes: tuple[LaneRecord, ...]
    cards: tuple[tuple[_Card, ...], ...]
    continued: tuple[bool, ...]
    """For each lane, whether its cards go on on the next slide."""
    names: tuple[tuple[str, ...], ...]
    """The lines of each lane's name."""
    widths: tuple[float, ...]
    """The width of each lane's column."""
    header: float
    """The height of the lanes' names."""


def stage_slides(
    content: MapContent,
    stage: StageRecord,
    lanes: list[LaneRecord],
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    curve: bool,
    until: str | None = None,
    band_height: float | None = None,
    top: float | None = None,
) -> list[Slide]:
    """The slides of `stage` showing `lanes` (the emotion curve below them if `curve`,
    `band_height` pixels high, up to the stage `until` when it is revealed stage by
    stage), the lanes from `top` down."""
    band_height = band_height or round(sizes.height * BAND_SHARES[0])
    top = top or lanes_top(content, sizes, typesetter)
    frame = _frame(sizes, top, band_height if curve else 0.0)
    cells = {
        lane.id: [c for c in content.cards if c.stage_id == stage.id and c.lane_id == lane.id]
        for lane in lanes
    }
    pages = _paged(lanes, cells, frame, sizes, typesetter)
    band = None
    if frame.band is not None:
        left = frame.band.x + AXIS_WIDTH * band_unit(sizes, frame.band.height)
        # The head quotes the first of the stage's points; the curve labels the others.
        quotes = quoted_points(content, stage)
        quoted = {point.id for _index, _persona, points in quotes for point in points}
        others = frozenset(
            p.id for p in content.emotions if p.stage_id == stage.id and p.id not in quoted
        )
        band = curve_band(
            content,
            frame.band,
            left,
            sizes,
            typesetter,
            translate,
            highlight=stage.id,
            labelled=others,
            named=frozenset(persona.id for _index, persona, _points in quotes),
            until=until,
        )
    slides = []
    for part, page in enumerate(pages, start=1):
        header, _ = stage_header(content, stage, part, len(pages), sizes, typesetter, translate)
        shapes, placed = _columns(page, frame, sizes, typesetter, translate)
        number = [s.id for s in content.stages].index(stage.id) + 1
        name = Message("Slides", "Stage {number} of {count}: {name}").format(
            number=number, count=len(content.stages), name=stage.name
        )
        if len(pages) > 1:
            name = Message("Slides", "{stage} (slide {part} of {parts})").format(
                stage=name, part=part, parts=len(pages)
            )
        layers = [Layer(tuple(header + shapes))] + ([band] if band is not None else [])
        slides.append(
            Slide(
                SlideKind.STAGE,
                tuple(layers),
                name.translated(translate),
                stage.id,
                part,
                len(pages),
                tuple(placed),
                tuple(lane.id for lane in page.lanes),
                (sizes.width, sizes.height),
                frame.band,
            )
        )
    return slides


def lanes_top(content: MapContent, sizes: SlideSizes, typesetter: Typesetter) -> float:
    """Where the lanes start on every stage's slide: under the tallest head of them all,
    so that a lane stays where it was from one slide to the next."""
    bottoms = [
        stage_header(content, stage, 1, 2, sizes, typesetter, english)[1]
        for stage in content.stages
    ]
    return max(bottoms, default=sizes.margin) + sizes.gap


def _frame(sizes: SlideSizes, top: float, band_height: float) -> StageFrame:
    m = sizes.margin
    if not band_height:
        return StageFrame(top, sizes.height - m, None)
    band = Rect(m, sizes.height - m - band_height, sizes.width - 2 * m, band_height)
    if band.y - sizes.gap - top < LEAST_ROOM * sizes.card_title.line_height:
        # Text this large leaves the lanes too little room beside the curve: the stage's
        # slides show the lanes, the opening and closing slides the curve.
        return StageFrame(top, sizes.height - m, None)
    return StageFrame(top, band.y - sizes.gap, band)


def spare_height(slide: Slide, sizes: SlideSizes) -> float:
    """How much higher the curve under a stage's slide could be without moving a card:
    none where a column goes on to the next slide."""
    if slide.curve is None or slide.parts > 1:
        return 0.0
    lowest = max((card.rect.bottom for card in slide.cards), default=slide.curve.y)
    return max(0.0, slide.curve.y - sizes.gap - lowest - sizes.gap)


def _paged(
    lanes: list[LaneRecord],
    cells: dict[str, list[CardRecord]],
    frame: StageFrame,
    sizes: SlideSizes,
    typesetter: Typesetter,
) -> list[_Page]:
    """The fewest slides the stage's lanes fit on, whole titles first."""
    if not lanes:
        return [_Page((), (), (), (), (), 0.0)]
    room = sizes.width - 2 * sizes.margin + sizes.gap
    most = max(1, math.floor(room / (LEAST_COLUMN * sizes.title + sizes.gap)))
    least = math.ceil(len(lanes) / most)
    tries = [
        (groups, lines)
        for groups, lines in ((1, CARD_LINES), (2, CARD_LINES), (2, SHORT_LINES))
        if least <= groups <= len(lanes)
    ]
    for groups, lines in tries:
        pages = _pages(lanes, cells, groups, lines, frame, sizes, typesetter)
        if len(pages) == groups:
            return pages
    return _pages(
        lanes, cells, max(least, min(2, len(lanes))), CARD_LINES, frame, sizes, typesetter
    )


def _pages(
    lanes: list[LaneRecord],
    cells: dict[str, list[CardRecord]],
    groups: int,
    lines: int,
    frame: StageFrame,
    sizes: SlideSizes,
    typesetter: Typesetter,
) -> list[_Page]:
    """The lanes in `groups` runs side by side, each run on as many slides as its
    fullest column needs."""
    size, extra = divmod(len(lanes), groups)
    pages: list[_Page] = []
    start = 0
    for group in range(groups):
        run = lanes[start : start + size + (group < extra)]
        start += len(run)
        widths = _widths(len(run), sizes)
        inner = [width - 2 * sizes.padding - CARD_STRIPE for width in widths]
        names = tuple(
            typesetter.wrap(lane.title, room, sizes.card_title, LANE_LINES)
            for lane, room in zip(run, inner, strict=True)
        )
        header = max(len(name) for name in names) * sizes.card_title.line_height + 2 * sizes.padding
        room = frame.bottom - frame.top - header - sizes.gap / 2
        columns = [
            _split(
                [_measured(c, width, lines, room, sizes, typesetter) for c in cells[lane.id]],
                room,
                sizes,
            )
            for lane, width in zip(run, inner, strict=True)
        ]
        count = max(len(parts) for parts in columns)
        for index in range(count):
            shown = tuple(tuple(parts[index]) if index < len(parts) else () for parts in columns)
            more = tuple(index + 1 < len(parts) for parts in columns)
            pages.append(_Page(tuple(run), shown, more, names, widths, header))
    # Lanes with no card in the stage need no slide of their own; a stage with no card
    # at all keeps one.
    with_cards = [page for page in pages if any(page.cards)]
    return with_cards or pages[:1]


def _widths(count: int, sizes: SlideSizes) -> tuple[float, ...]:
    """Each lane's column, all as wide: a lane keeps its place from one stage to the next,
    cards or none."""
    room = sizes.width - 2 * sizes.margin - (count - 1) * sizes.gap
    return (min(MOST_COLUMN * sizes.title, room / count),) * count


def _measured(
    card: CardRecord,
    width: float,
    lines: int,
    room: float,
    sizes: SlideSizes,
    typesetter: Typesetter,
) -> _Card:
    """A card's title in as many of `lines` as it needs and the column's `room` holds."""
    style = sizes.card_title
    foot = _foot(card, sizes)
    # Never taller than a column that goes on to the next slide leaves it.
    room -= sizes.small.line_height
    fit = max(1, int((room - 2 * sizes.padding - foot) // style.line_height))
    title = typesetter.wrap(card.title or "…", width, style, min(lines, fit))
    return _Card(card, title, len(title) * style.line_height + 2 * sizes.padding + foot)


def _foot(card: CardRecord, sizes: SlideSizes) -> float:
    """Room for the card's badges, when it has any."""
    shown = card.votes > 0 or card.moment or card.priority > 0
    return sizes.card_title.line_height + sizes.padding / 2 if shown else 0.0


def _split(cards: list[_Card], room: float, sizes: SlideSizes) -> list[list[_Card]]:
    """A column's cards in slides' worth; a column that goes on keeps a line to say so."""
    total = sum(card.height for card in cards) + sizes.gap / 2 * max(0, len(cards) - 1)
    if total <= room:
        return [cards]
    room -= sizes.small.line_height
    parts: list[list[_Card]] = [[]]
    used = 0.0
    for card in cards:
        needed = card.height + (sizes.gap / 2 if parts[-1] else 0)
        if parts[-1] and used + needed > room:
            parts.append([])
            used, needed = 0.0, card.height
        parts[-1].append(card)
        used += needed
    return parts


def _columns(
    page: _Page, frame: StageFrame, sizes: SlideSizes, typesetter: Typesetter, translate: Translate
) -> tuple[list[Shape], list[SlideCard]]:
    """Each lane's column: its name on a plate of its colour, then its cards."""
    shapes: list[Shape] = []
    placed: list[SlideCard] = []
    total = sum(page.widths) + (len(page.lanes) - 1) * sizes.gap
    x = (sizes.width - total) / 2
    pad = sizes.padding
    for lane, name, cards, more, column in zip(
        page.lanes, page.names, page.cards, page.continued, page.widths, strict=True
    ):
        inner = column - 2 * pad - CARD_STRIPE
        whole = Rect(x, frame.top, column, frame.bottom - frame.top)
        shapes.append(Plate(whole, 8, f"tint:{lane.kind}"))
        header = Rect(x, frame.top, column, page.header)
        shapes.append(Plate(header, 8, palette.lane_accent(lane.kind)))
        words = Rect(x + pad + CARD_STRIPE, frame.top + pad, inner, page.header - 2 * pad)
        shapes.append(Text(words, name, sizes.card_title, palette.LIGHT_INK))
        y = header.bottom + sizes.gap / 2
        for card in cards:
            rect = Rect(x, y, column, card.height)
            shapes += _card(card, rect, lane.kind, sizes, typesetter)
            placed.append(SlideCard(card.card.id, rect))
            y = rect.bottom + sizes.gap / 2
        if more:
            said = Message("Slides", "more on the next slide").translated(translate)
            # Under the last card, which only text too large for the screen pushes down.
            top = max(frame.bottom - sizes.small.line_height, y)
            foot = Rect(x + pad, top, column - 2 * pad, sizes.small.line_height)
            shapes.append(
                Text(foot, (typesetter.shorten(said, foot.width, sizes.small),), sizes.small, "ink")
            )
        x += column + sizes.gap
    return shapes, placed


def _card(
    card: _Card, rect: Rect, kind: str, sizes: SlideSizes, typesetter: Typesetter
) -> list[Shape]:
    """A card as the room sees it: its colour, its lane's stripe, its title and badges."""
    fill = palette.card_fill(card.card.colour, kind)
    stripe = Rect(rect.x, rect.y + 4, CARD_STRIPE, rect.height - 8)
    pad = sizes.padding
    title = Rect(
        rect.x + pad + CARD_STRIPE,
        rect.y + pad,
        rect.width - 2 * pad - CARD_STRIPE,
        len(card.lines) * sizes.card_title.line_height,
    )
    shapes: list[Shape] = [
        Plate(rect, 8, fill, Stroke("grid_line", 1)),
        Plate(stripe, 0, palette.lane_accent(kind)),
        Text(title, card.lines, sizes.card_title, palette.inks_on(fill)[0]),
    ]
    style = sizes.card_title  # marks a room can see, as large as the titles
    right, top = rect.right - pad, rect.bottom - pad / 2 - style.line_height
    for words, _width, badge in badges(
        card.card.votes, card.card.moment, card.card.priority, typesetter.width
    ):
        width = typesetter.width(words, style) + style.size
        # A shade darker than on the canvas: a thin mark like ★ must stand out across a room.
        darker = palette.mix(badge, "#000000", BADGE_SHADE)
        place = Rect(right - width, top, width, style.line_height)
        shapes += tag(place, words, style, darker)
        right -= width + pad / 2
    return shapes

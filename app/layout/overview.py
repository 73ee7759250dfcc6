"""The whole map composed for one page of paper: a title block, the map and its legend on
one grid, the map filling the page at a size that reads at arm's length.

The map is laid out again for the page rather than scaled down from the screen: its stage
columns share the page's width, its lanes are only as tall as their cards, and what each
card prints is chosen by the room there is, its title (wrapped) before its notes and its
channel and owner. Sizes here are in points of the page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from app.layout.emotion_lane import lane_height
from app.layout.geometry import Rect
from app.layout.legend import lay_out_legend, legend_entries
from app.layout.map_layout import (
    CARD_TITLE,
    HEADER_BOTTOM,
    HEADER_INSET,
    HEADER_TOP,
    MapLayout,
    Metrics,
    layout_map,
)
from app.layout.shapes import Plate, Shape, Text, moved
from app.layout.text import ELLIPSIS, TextStyle, Typesetter
from app.model.data.records import LaneRecord, MapContent, StageRecord
from app.model.messages import Translate

LEAST_TITLE_POINTS: Final = 7.0
"""Card titles print at least this large: what reads on paper held at arm's length."""
MOST_TITLE_POINTS: Final = 10.0
"""Beyond this a small map grows no more: its lanes take the rest of the page."""
LEAST_SCALE: Final = LEAST_TITLE_POINTS / CARD_TITLE.size
MOST_SCALE: Final = MOST_TITLE_POINTS / CARD_TITLE.size

TITLE: Final = TextStyle(15, bold=True)
OBJECTIVE: Final = TextStyle(9)
PERSONA_NAME: Final = TextStyle(8, bold=True)
PERSONA: Final = TextStyle(8)
LEGEND: Final = TextStyle(7)
LEGEND_ROWS: Final = 1.4
"""The legend's rows, in lines: a little closer than on a slide, where it is read from afar."""
GAP: Final = 4.0
RULE: Final = 0.5
PERSONA_SHARE: Final = 0.42
"""The part of the width the personas take beside the title and objective."""
MOST_PERSONAS: Final = 3
PERSONA_LINES: Final = 4
TITLE_LINES: Final = 3
"""The most lines the title, and the objective, take: enough for any sensible one."""


@dataclass(frozen=True, slots=True)
class Detail:
    """What the map prints: the cards' titles in up to `title_lines`, up to `notes_lines`
    of their notes, and their channel and owner (`feet`); the stages' goals and the lanes'
    kinds under their names (`headers`); the emotion lane's band `emotion_band` high."""

    title_lines: int
    notes_lines: int
    feet: bool
    headers: bool = True
    emotion_band: float = 150.0


DETAILS: Final = (
    Detail(5, 2, True),
    Detail(5, 1, True),
    Detail(5, 0, True),
    Detail(5, 0, False),
    Detail(5, 0, False, headers=False),
    Detail(5, 0, False, headers=False, emotion_band=120.0),
    Detail(3, 0, False, headers=False, emotion_band=120.0),
    Detail(2, 0, False, headers=False, emotion_band=120.0),
    Detail(1, 0, False, headers=False, emotion_band=120.0),
)
"""From the most the map prints to the least, tried in turn until it fits: the cards'
notes go first, then their channel and owner, the headers' goals and kinds, room in the
emotion lane, and only then lines of the cards' titles."""

PRINT_METRICS: Final = Metrics(
    lane_header_width=130,
    cell_padding=4,
    card_gap=4,
    card_padding=5,
    add_slot=1,  # paper keeps no room to add a card: the cell's padding below its last
    emotion_text_scale=1.2,
    stage_goal=TextStyle(12, italic=True),
    lane_kind=TextStyle(12),
    card_notes=TextStyle(12),
    card_meta=TextStyle(12),
)
"""A map's sizes in print, in layout units: whatever the scale the page takes between
LEAST_SCALE and MOST_SCALE, every word of a card or header prints at 6 pt or more."""
NAME_LINES: Final = 3
GOAL_LINES: Final = 2
"""The most lines a stage's name, and its goal, take in its header."""


@dataclass(frozen=True, slots=True)
class OverviewPlan:
    layout: MapLayout
    scale: float
    """Points of the page per layout unit of the map."""
    map_at: Rect
    """Where the map is drawn, in points from the frame's top left corner."""
    shapes: list[Shape]
    """The title block and the legend, in points from the frame's top left corner."""

    @property
    def title_points(self) -> float:
        """How large the cards' titles print."""
        return CARD_TITLE.size * self.scale

    @property
    def readable(self) -> bool:
        return self.title_points >= LEAST_TITLE_POINTS - 1e-6


def compose_overview(
    content: MapContent,
    width: float,
    height: float,
    typesetter: Typesetter,
    translate: Translate,
) -> OverviewPlan:
    """The overview on a frame of `width` × `height` points: the richest detail that fits
    with titles at LEAST_TITLE_POINTS, grown as far as the page allows, its lanes then
    stretched to fill the page and the cards' words run on into the room of their cells.
    A map too large for that is fitted at the least detail, smaller than reads
    (`OverviewPlan.readable` is false)."""
    parts = {
        feet: _page_parts(content, width, height, typesetter, translate, feet)
        for feet in (True, False)
    }
    tried: dict[int, MapLayout] = {}

    def fits(index: int) -> bool:
        _shapes, area = parts[DETAILS[index].feet]
        tried[index] = _layout(
            content, DETAILS[index], area.width / LEAST_SCALE, typesetter, translate
        )
        return _fits(tried[index], LEAST_SCALE, area)

    chosen = _richest(fits)
    detail = DETAILS[chosen if chosen is not None else -1]
    shapes, area = parts[detail.feet]
    layout = tried[chosen if chosen is not None else len(DETAILS) - 1]
    if chosen is None:
        scale = min(area.width / layout.width, area.height / layout.height)
        return OverviewPlan(layout, scale, _placed(layout, scale, area), shapes)

    def laid_out(scale: float, stretch: tuple[MapLayout, float] | None = None) -> MapLayout:
        width = area.width / scale
        return _layout(content, detail, width, typesetter, translate, stretch=stretch)

    scale = LEAST_SCALE
    split, cut = _split_words(layout), _cut(layout)
    for larger in _steps_up(LEAST_SCALE, MOST_SCALE):
        if layout.height * larger > area.height:
            break  # narrower columns never make the map shorter: no need to lay it out
        grown = laid_out(larger)
        if not _fits(grown, larger, area) or _split_words(grown) > split or _cut(grown) > cut:
            break
        layout, scale = grown, larger
    room = max(0.0, area.height / scale - layout.height)
    stretched = laid_out(scale, (layout, room))  # words run on into the cells' room too
    if _fits(stretched, scale, area):
        layout = stretched
    return OverviewPlan(layout, scale, _placed(layout, scale, area), shapes)


def _richest(fits: Callable[[int], bool]) -> int | None:
    """The index of the first of DETAILS that fits, trying the least, then the richest,
    then halving between: each try lays the whole map out, and less detail is never
    taller. None if not even the least fits (a map too large is known by one layout)."""
    last = len(DETAILS) - 1
    if not fits(last):
        return None
    if fits(0):
        return 0
    low, high = 0, last  # low does not fit, high does
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle
    return high


def prints_readably(
    content: MapContent, width: float, height: float, typesetter: Typesetter, translate: Translate
) -> bool:
    """Whether the map's overview reads on a frame of `width` × `height` points: whether
    it fits there at the least detail with its titles at LEAST_TITLE_POINTS."""
    _shapes, area = _page_parts(content, width, height, typesetter, translate, False)
    layout = _layout(content, DETAILS[-1], area.width / LEAST_SCALE, typesetter, translate)
    return _fits(layout, LEAST_SCALE, area)


def _page_parts(
    content: MapContent,
    width: float,
    height: float,
    typesetter: Typesetter,
    translate: Translate,
    card_feet: bool = True,
) -> tuple[list[Shape], Rect]:
    """The title block at the top and the legend at the foot of the frame, and the area
    left for the map between them; `card_feet`: whether the cards show their channel and
    owner, which the legend then explains."""
    header, header_height = _title_block(content, width, typesetter)
    entries = legend_entries(content, translate, card_feet=card_feet)
    legend = lay_out_legend(entries, width, LEGEND, typesetter.measure, row_spacing=LEGEND_ROWS)
    top = header_height + GAP
    legend_top = height - legend.height
    area = Rect(0, top, width, max(1.0, legend_top - GAP - top))
    shapes = [*header, Plate(Rect(0, legend_top - GAP / 2, width, RULE), 0, "grid_line")]
    shapes += [moved(shape, 0, legend_top) for shape in legend.shapes]
    return shapes, area


def _fits(layout: MapLayout, scale: float, area: Rect) -> bool:
    return layout.width * scale <= area.width + 0.5 and layout.height * scale <= area.height


def _split_words(layout: MapLayout) -> int:
    """How many names of stages and lanes and titles of cards are broken inside a word
    ("Considerat / ion"): larger type that narrows the columns must not break more."""
    named = [(box.name, box.name_lines) for box in layout.stages]
    named += [(box.title, box.title_lines) for box in layout.lanes]
    named += [(box.title, box.title_lines) for box in layout.cards.values()]
    return sum(
        len(" ".join(lines).removesuffix("…").split()) > len(text.split()) for text, lines in named
    )


def _cut(layout: MapLayout) -> int:
    """How many cards' titles are cut short: larger type must not cut more."""
    return sum(
        bool(box.title_lines) and box.title_lines[-1].endswith(ELLIPSIS)
        for box in layout.cards.values()
    )


def _steps_up(least: float, most: float) -> Iterator[float]:
    """Scales from just above `least` to `most`, a point of title size apart."""
    size = least * CARD_TITLE.size
    while size + 1 <= most * CARD_TITLE.size + 1e-9:
        size += 1
        yield size / CARD_TITLE.size


def _placed(layout: MapLayout, scale: float, area: Rect) -> Rect:
    """The map at `scale`, centred across `area` at its top."""
    width, height = layout.width * scale, layout.height * scale
    return Rect(area.x + (area.width - width) / 2, area.y, width, height)


def _layout(
    content: MapContent,
    detail: Detail,
    width: float,
    typesetter: Typesetter,
    translate: Translate,
    base: Metrics = PRINT_METRICS,
    stretch: tuple[MapLayout, float] | None = None,
) -> MapLayout:
    """The map laid out `width` units wide in the sizes of `base`, its stages keeping
    their widths' proportions and its lanes as short as their cards allow; or, to
    `stretch` a layout made so by some units, its lanes with cards that much taller
    between them, their words running on into the room."""
    metrics = dataclasses.replace(
        base,
        card_title_lines=detail.title_lines,
        card_notes_lines=detail.notes_lines,
        card_feet=detail.feet,
        header_notes=detail.headers,
        emotion_band_height=detail.emotion_band,
        words_fill_cells=stretch is not None,
    )
    stages_width = sum(stage.width for stage in content.stages) or 1
    share = max(0.0, width - metrics.lane_header_width) / stages_width
    stages = tuple(
        dataclasses.replace(stage, width=max(1, int(stage.width * share)))
        for stage in content.stages
    )
    metrics = dataclasses.replace(
        metrics, stage_header_height=_header_height(stages, metrics, typesetter)
    )
    least = [_least_lane(metrics)] * len(content.lanes)
    if stretch is not None:
        filling, fill = stretch
        filled = {card.lane_id for card in content.cards}
        grows = [  # lanes with cards; all, in a map that has none yet
            lane.kind != "emotions" and (lane.id in filled or not filled) for lane in content.lanes
        ]
        extra = fill / max(1, sum(grows))
        least = [
            box.row.height + (extra if grow else 0)
            for box, grow in zip(filling.lanes, grows, strict=True)
        ]
    lanes = _heights(content, least)
    shaped = dataclasses.replace(content, stages=stages, lanes=lanes)
    return layout_map(shaped, typesetter, metrics, translate=translate)


def _least_lane(metrics: Metrics) -> float:
    """A lane's height in print where its cards need less: room in its header for its
    name on one line, and for its kind on another where headers show it."""
    kind = metrics.lane_kind.line_height + 2 if metrics.header_notes else 0.0
    return HEADER_TOP + metrics.lane_title.line_height + kind + HEADER_BOTTOM


def _header_height(
    stages: tuple[StageRecord, ...], metrics: Metrics, typesetter: Typesetter
) -> float:
    """How tall the stages' headers are in print: as the longest name needs, up to
    NAME_LINES, and with `metrics.header_notes` as the longest goal needs, up to
    GOAL_LINES."""

    def most_lines(texts: list[str], style: TextStyle, most: int) -> int:
        return min(
            most,
            max(
                (
                    len(typesetter.wrap(text, stage.width - 2 * HEADER_INSET, style))
                    for text, stage in zip(texts, stages, strict=True)
                    if text.strip()
                ),
                default=0,
            ),
        )

    names = max(1, most_lines([stage.name for stage in stages], metrics.stage_title, NAME_LINES))
    height = HEADER_TOP + HEADER_BOTTOM + names * metrics.stage_title.line_height + 1
    if metrics.header_notes:
        goals = most_lines([stage.goal for stage in stages], metrics.stage_goal, GOAL_LINES)
        height += goals * metrics.stage_goal.line_height + (2 if goals else 0)
    return height


def _heights(content: MapContent, heights: list[float]) -> tuple[LaneRecord, ...]:
    """The map's lanes, each at least as tall as given."""
    return tuple(
        dataclasses.replace(lane, height=int(height))
        for lane, height in zip(content.lanes, heights, strict=True)
    )


def _title_block(
    content: MapContent, width: float, typesetter: Typesetter
) -> tuple[list[Shape], float]:
    """The title and objective at the left, the personas beside them at the right, each
    wrapped to its column; and the block's height."""
    persona_width = width * PERSONA_SHARE if content.personas else 0.0
    left_width = width - persona_width - (GAP * 2 if persona_width else 0)
    shapes: list[Shape] = []
    y = 0.0
    title = typesetter.wrap(content.map.title, left_width, TITLE, TITLE_LINES)
    shapes.append(Text(Rect(0, y, left_width, len(title) * TITLE.line_height), title, TITLE, "ink"))
    y += len(title) * TITLE.line_height + 2
    if content.map.objective.strip():
        objective = typesetter.wrap(content.map.objective, left_width, OBJECTIVE, TITLE_LINES)
        rect = Rect(0, y, left_width, len(objective) * OBJECTIVE.line_height)
        shapes.append(Text(rect, objective, OBJECTIVE, "muted_ink"))
        y += rect.height
    left_height = y
    x, y = width - persona_width, 0.0
    for persona in content.personas[:MOST_PERSONAS]:
        name = typesetter.shorten(persona.name, persona_width, PERSONA_NAME)
        rect = Rect(x, y, persona_width, PERSONA_NAME.line_height)
        shapes.append(Text(rect, (name,), PERSONA_NAME, "ink"))
        y += PERSONA_NAME.line_height
        said = " — ".join(
            part
            for part in (
                persona.role.strip(),
                f"“{persona.quote.strip()}”" if persona.quote.strip() else "",
            )
            if part
        )
        if said:
            lines = typesetter.wrap(said.replace("\n", " "), persona_width, PERSONA, PERSONA_LINES)
            rect = Rect(x, y, persona_width, len(lines) * PERSONA.line_height)
            shapes.append(Text(rect, lines, PERSONA, "muted_ink"))
            y += rect.height
        y += GAP / 2
    return shapes, max(left_height, y - GAP / 2 if content.personas else 0.0)


CURVE_SCALE: Final = 8.5 / CARD_TITLE.size
"""The scale of the curve drawn large on a handout's first page: its words at 7 pt or more."""
CURVE_STAGE: Final = TextStyle(13, bold=True)
"""The stages' names above that curve: 8.5 pt, so that a long word keeps to its column."""


def compose_curve(
    content: MapContent, width: float, height: float, typesetter: Typesetter, translate: Translate
) -> MapLayout | None:
    """The emotion lane alone under the stages' headers, laid out to be drawn at
    CURVE_SCALE `width` points wide and about `height` tall; None if the map has no
    emotion lane or no points on it."""
    lanes = tuple(lane for lane in content.lanes if lane.kind == "emotions")[:1]
    if not lanes or not content.emotions:
        return None
    alone = dataclasses.replace(content, lanes=lanes, cards=())
    detail = Detail(1, 0, False, headers=False)
    names_only = dataclasses.replace(  # no lane header: the curve is the page's only lane
        PRINT_METRICS, header_notes=False, stage_title=CURVE_STAGE, lane_header_width=0
    )
    header = _header_height(alone.stages, names_only, typesetter)
    feeling = len({point.persona_id for point in content.emotions})
    band = max(detail.emotion_band, height / CURVE_SCALE - header - lane_height(0, feeling))
    detail = dataclasses.replace(detail, emotion_band=band)
    return _layout(alone, detail, width / CURVE_SCALE, typesetter, translate, names_only)

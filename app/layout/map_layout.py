"""A map turned into geometry: stage columns, lane rows, cells, cards and emotion curves.

Cards are placed by cell and order, never by stored x/y: the width of each stage, the
lanes shown and the text of the cards decide where everything goes, so a resized stage
or a new lane never scrambles a map. Every cell keeps an empty place below its cards,
where a double-click adds one.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Generator, Iterable
from dataclasses import dataclass

from app.layout.badges import badges_width
from app.layout.emotion_lane import (
    AXIS_WIDTH,
    Curve,
    EmotionLane,
    LaneType,
    lane_height,
    lay_out_emotion_lane,
    least_stage_width,
)
from app.layout.emotions import Scale
from app.layout.geometry import Rect
from app.layout.text import ELLIPSIS, TextStyle, Typesetter
from app.model.data.records import CardRecord, EmotionRecord, LaneRecord, MapContent, StageRecord
from app.model.data.vocabulary import LANE_KIND_BY_KEY
from app.model.messages import Translate, english

STAGE_TITLE = TextStyle(16, bold=True)
STAGE_GOAL = TextStyle(11, italic=True)
LANE_TITLE = TextStyle(13, bold=True)
LANE_KIND = TextStyle(10)
HINT = TextStyle(12, italic=True)
HINT_PADDING = 4.0
HEADER_TOP = 10.0
HEADER_INSET = 10.0
"""How far a header's words stand in from the left and right of its column."""
"""Above the first line of a stage's or lane's header."""
HEADER_BOTTOM = 6.0
CARD_TITLE = TextStyle(13, bold=True)
CARD_NOTES = TextStyle(11)
CARD_META = TextStyle(10)


@dataclass(frozen=True, slots=True)
class Metrics:
    """The sizes of the parts of a map, in layout units."""

    stage_header_height: float = 88
    lane_header_width: float = 190
    cell_padding: float = 10
    card_gap: float = 8
    card_padding: float = 8
    add_slot: float = 40
    """Empty room below a cell's cards, to drop or double-click into."""
    emotion_band_height: float = 190
    emotion_band_padding: float = 34
    """Above the highest score and below the lowest: room for a face and its tag."""
    card_title_lines: int = 3
    card_notes_lines: int = 2
    card_feet: bool = True
    header_notes: bool = True
    """Whether a stage's header shows its goal under its name, and a lane's its kind."""
    """Whether a card shows its channel and owner at its foot. Without them (in print,
    where room is short) a card keeps a foot only for its badges."""
    emotion_text_scale: float = 1.0
    """How much larger than up close the emotion lane's words are set (`LaneType`): more
    where the map is seen small. It moves no card, so a StackMemo keeps its stacks."""
    words_fill_cells: bool = False
    """Whether cards show more of their titles cut short, then of their notes, where
    their cell has room below them (in a picture or on paper, where no place is kept for
    adding a card)."""
    card_picture_height: float = 90
    """The band under a card's title where its picture is fitted."""
    card_picture_gap: float = 6
    stage_title: TextStyle = STAGE_TITLE
    stage_goal: TextStyle = STAGE_GOAL
    lane_title: TextStyle = LANE_TITLE
    lane_kind: TextStyle = LANE_KIND
    hint: TextStyle = HINT
    card_title: TextStyle = CARD_TITLE
    card_notes: TextStyle = CARD_NOTES
    card_meta: TextStyle = CARD_META


@dataclass(frozen=True, slots=True)
class StageBox:
    stage_id: str
    rect: Rect
    """The header; the column below it runs the height of the map."""
    name_lines: tuple[str, ...]
    goal_lines: tuple[str, ...]
    column: Rect
    name: str = ""
    """The whole name, for the views that set it larger (app.layout.glance)."""


@dataclass(frozen=True, slots=True)
class LaneBox:
    lane_id: str
    kind: str
    rect: Rect
    """The header at the left; the row to its right runs the width of the map."""
    title_lines: tuple[str, ...]
    kind_label: str
    row: Rect
    hint: tuple[str, ...] = ()
    """What belongs in the lane, shown while it is empty: lines wrapped to fit inside
    `hint_rect`, in the lane's first cell (after the emotion scale)."""
    hint_rect: Rect | None = None
    title: str = ""
    """The whole title, for the views that set it larger (app.layout.glance)."""


@dataclass(frozen=True, slots=True)
class CardBox:
    card_id: str
    stage_id: str
    lane_id: str
    position: int
    rect: Rect
    title_lines: tuple[str, ...]
    notes_lines: tuple[str, ...]
    meta: str
    """Channel and owner, shortened to one line."""
    votes: int
    moment: bool
    priority: int
    colour: str | None
    image: bytes | None = None
    picture: Rect | None = None
    """Where the image is fitted, keeping its shape, from the card's top left corner."""
    title: str = ""
    """The whole title, for the views that set it larger (app.layout.glance)."""

    def moved_to(self, rect: Rect) -> CardBox:
        """The same card at `rect` (dataclasses.replace, without its cost per call)."""
        return CardBox(
            self.card_id,
            self.stage_id,
            self.lane_id,
            self.position,
            rect,
            self.title_lines,
            self.notes_lines,
            self.meta,
            self.votes,
            self.moment,
            self.priority,
            self.colour,
            self.image,
            self.picture,
            self.title,
        )


@dataclass(frozen=True, slots=True)
class MapLayout:
    width: float
    height: float
    stages: list[StageBox]
    lanes: list[LaneBox]
    cells: dict[tuple[str, str], Rect]
    cards: dict[str, CardBox]
    emotions: EmotionLane | None = None
    """The first Emotions lane shown, laid out, if there is one."""
    metrics: Metrics = Metrics()
    """The sizes it was laid out in, whose styles its words are drawn in."""

    @property
    def scale(self) -> Scale | None:
        return None if self.emotions is None else self.emotions.scale

    @property
    def curves(self) -> list[Curve]:
        return [] if self.emotions is None else self.emotions.curves

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        for key, rect in self.cells.items():
            if rect.contains(x, y):
                return key
        return None

    def cards_in(self, stage_id: str, lane_id: str) -> list[CardBox]:
        cell = [
            box for box in self.cards.values() if (box.stage_id, box.lane_id) == (stage_id, lane_id)
        ]
        return sorted(cell, key=lambda box: box.position)

    def neighbour(self, card_id: str | None, dx: int, dy: int) -> str | None:
        """The card next to `card_id` in a direction (dx, dy of -1, 0 or 1): the nearest one
        in the stage beside it, or above or below in its own column; with no card, the first
        of the map."""
        if not self.cards:
            return None
        if card_id is None:
            return min(self.cards.values(), key=lambda b: (b.rect.x, b.rect.y)).card_id
        here = self.cards[card_id].rect.center
        candidates = []
        for box in self.cards.values():
            ahead_x, ahead_y = box.rect.center.x - here.x, box.rect.center.y - here.y
            if (dx and ahead_x * dx > 1) or (dy and ahead_y * dy > 1 and abs(ahead_x) < 1):
                distance = abs(ahead_x) * (1 if dx else 10) + abs(ahead_y) * (3 if dx else 1)
                candidates.append((distance, box.card_id))
        return min(candidates)[1] if candidates else None

    def insertion_at(
        self, stage_id: str, lane_id: str, y: float, moving: Collection[str] = ()
    ) -> tuple[int, float]:
        """Where cards dropped at height `y` of a cell go: their index among the cell's
        cards that stay (all but `moving`), and the y of the line that shows it, between
        two of those cards or below the last. The canvas draws the line and makes the
        move from this one answer, so the cards land where the line was."""
        cell = self.cells[(stage_id, lane_id)]
        cards = [box for box in self.cards_in(stage_id, lane_id) if box.card_id not in moving]
        for index, box in enumerate(cards):
            if y < box.rect.center.y:
                return index, box.rect.y - 4
        if cards:
            return len(cards), cards[-1].rect.bottom + 4
        return 0, cell.y + 6


CellKey = tuple[str, str]
"""A cell: its stage's id and its lane's id."""
_StackKey = tuple[tuple[CardRecord, ...], float, float]
"""What a cell's stack is made from, but for its top: its cards, its column's x and width."""


class StackMemo:
    """The card stacks of the last layout, by cell, for laying out the same map again.

    A map of 10,000 cards has thousands of cells, and an edit changes one or two: a cell
    whose cards, column and top are as before keeps its boxes (the same objects, so the
    canvas can skip them at a glance), and one that only moved up or down keeps its
    wrapped text. Only the typesetter and metrics it was made for may use it.
    """

    def __init__(self, typesetter: Typesetter, metrics: Metrics = Metrics()) -> None:
        self.typesetter, self.metrics = typesetter, metrics
        self._stacks: dict[CellKey, tuple[_StackKey, float, list[CardBox]]] = {}
        self._next: dict[CellKey, tuple[_StackKey, float, list[CardBox]]] = {}
        self._badge_rooms: dict[tuple[int, bool, int], float] = {}

    def stack(
        self, cell: CellKey, cards: list[CardRecord], column: Rect, top: float
    ) -> list[CardBox]:
        """The boxes of a cell's cards, stacked from `top` down."""
        key = (tuple(cards), column.x, column.width)
        known = self._stacks.get(cell)
        if known is None or known[0] != key:
            boxes = _stack(cards, column, top, self.typesetter, self.metrics, self._badge_room)
        elif known[1] != top:
            boxes = _restacked(known[2], top, self.metrics)
        else:
            boxes = known[2]
        self._next[cell] = (key, top, boxes)
        return boxes

    def _badge_room(self, card: CardRecord) -> float:
        """How much of the card's foot its badges take: a few kinds of badges, many cards."""
        key = (card.votes, card.moment, card.priority)
        room = self._badge_rooms.get(key)
        if room is None:
            room = self._badge_rooms[key] = badges_width(*key, self.typesetter.width)
        return room

    def finish(self) -> None:
        """Forget the cells the layout just made did not have."""
        self._stacks, self._next = self._next, {}

    def prepare(
        self, content: MapContent, cards_per_step: int = 500
    ) -> Generator[float, None, None]:
        """Measure and wrap the text of every card of `content`, a few hundred cards at a
        time, yielding the share done between: the costly part of laying out a large map,
        in steps the window can paint between. A layout made afterwards only places
        the boxes (the cells' tops are not known until then)."""
        columns = _columns(content.stages, self.metrics)
        cells: dict[CellKey, list[CardRecord]] = defaultdict(list)
        for card in content.cards:
            cells[(card.stage_id, card.lane_id)].append(card)
        done = since_step = 0
        for lane in content.lanes:
            for stage, column in columns:
                cards = cells[(stage.id, lane.id)]
                self.stack((stage.id, lane.id), cards, column, 0.0)
                done += len(cards)
                since_step += len(cards)
                if since_step >= cards_per_step:
                    since_step = 0
                    yield done / len(content.cards)
        self.finish()
        yield 1.0


def layout_map(
    content: MapContent,
    typesetter: Typesetter,
    metrics: Metrics = Metrics(),
    *,
    hidden_lanes: Iterable[str] = (),
    shown_personas: Iterable[str] | None = None,
    memo: StackMemo | None = None,
    translate: Translate = english,
) -> MapLayout:
    """The geometry of `content`, with the lanes in `hidden_lanes` left out and the
    curves of `shown_personas` only (all when None). A `memo` of the last layout of the
    same map (made for the same typesetter and metrics) saves most of the work of laying
    it out again after an edit. The lanes' words (their kind, the hint of an empty one)
    are looked up with `translate`."""
    if memo is None:
        memo = StackMemo(typesetter, metrics)
    assert memo.typesetter is typesetter and memo.metrics == metrics, "a memo of another layout"
    hidden = set(hidden_lanes)
    lanes = [lane for lane in content.lanes if lane.id not in hidden]
    shows_emotions = any(lane.kind == "emotions" for lane in lanes)
    shown = [
        persona.id
        for persona in content.personas
        if shown_personas is None or persona.id in set(shown_personas)
    ]
    points = [point for point in content.emotions if point.persona_id in shown]
    columns = _columns(content.stages, metrics, points if shows_emotions else [])
    cards_by_cell: dict[CellKey, list[CardRecord]] = defaultdict(list)
    for card in content.cards:
        cards_by_cell[(card.stage_id, card.lane_id)].append(card)

    map_width = columns[-1][1].right if columns else metrics.lane_header_width
    y = metrics.stage_header_height
    lane_boxes: list[LaneBox] = []
    cells: dict[CellKey, Rect] = {}
    card_boxes: dict[str, CardBox] = {}
    scale: Scale | None = None
    for lane in lanes:
        stacks = {
            stage.id: memo.stack((stage.id, lane.id), cards_by_cell[(stage.id, lane.id)], column, y)
            for stage, column in columns
        }
        height = max(
            [float(lane.height), *(_stack_height(stack, metrics) for stack in stacks.values())]
        )
        if lane.kind == "emotions":
            personas = len({point.persona_id for point in points})
            height = max(height, lane_height(metrics.emotion_band_height, personas))
        row = Rect(metrics.lane_header_width, y, map_width - metrics.lane_header_width, height)
        for stage, column in columns:
            cells[(stage.id, lane.id)] = Rect(column.x, y, column.width, height)
            if metrics.words_fill_cells and lane.kind != "emotions":
                cell_cards = cards_by_cell[(stage.id, lane.id)]
                stacks[stage.id] = _filled(
                    stacks[stage.id], cell_cards, y + height, typesetter, metrics
                )
            for box in stacks[stage.id]:
                card_boxes[box.card_id] = box
        empty = not any(stacks.values())
        if lane.kind == "emotions":
            empty = empty and not content.emotions  # the curve fills it
            if scale is None:
                low, high = content.map.emotion_min, content.map.emotion_max
                scale = Scale(row, low, high, metrics.emotion_band_padding)
        first = columns[0][1] if columns else None
        hint = _hint(lane, first, y, height, typesetter, metrics, translate) if empty else None
        lane_boxes.append(_lane_box(lane, y, height, row, hint, typesetter, metrics, translate))
        y += height

    memo.finish()
    stage_boxes = [_stage_box(stage, column, y, typesetter, metrics) for stage, column in columns]
    emotions = (
        None
        if scale is None
        else lay_out_emotion_lane(
            content,
            columns,
            scale,
            shown,
            typesetter,
            translate,
            LaneType.at(metrics.emotion_text_scale),
        )
    )
    return MapLayout(map_width, y, stage_boxes, lane_boxes, cells, card_boxes, emotions, metrics)


def with_emotion_text(
    layout: MapLayout,
    content: MapContent,
    typesetter: Typesetter,
    text_scale: float,
    *,
    shown_personas: Iterable[str] | None = None,
    translate: Translate = english,
) -> MapLayout:
    """`layout` with its emotion lane laid out again, its words `text_scale` times their
    size: nothing else of the map moves, so zooming out need not lay out every card."""
    if layout.emotions is None:
        return layout
    stages = {stage.id: stage for stage in content.stages}
    columns = [(stages[box.stage_id], box.column) for box in layout.stages]
    emotions = lay_out_emotion_lane(
        content,
        columns,
        layout.emotions.scale,
        shown_personas,
        typesetter,
        translate,
        LaneType.at(text_scale),
    )
    return dataclasses.replace(layout, emotions=emotions)


def _columns(
    stages: Iterable[StageRecord], metrics: Metrics, points: Iterable[EmotionRecord] = ()
) -> list[tuple[StageRecord, Rect]]:
    """Each stage's column: as wide as the stage is set, or wider where it holds more
    emotion `points` than faces of the smallest size fit across it."""
    points_in = Counter(point.stage_id for point in points)
    x = metrics.lane_header_width
    columns = []
    for number, stage in enumerate(stages):
        width = max(float(stage.width), least_stage_width(points_in[stage.id], number == 0))
        columns.append((stage, Rect(x, metrics.stage_header_height, width, 0)))
        x += width
    return columns


def _stack(
    cards: list[CardRecord],
    column: Rect,
    top: float,
    typesetter: Typesetter,
    metrics: Metrics,
    badge_room: Callable[[CardRecord], float],
) -> list[CardBox]:
    width = column.width - 2 * metrics.cell_padding
    inner = width - 2 * metrics.card_padding
    offset = metrics.cell_padding
    boxes = []
    for card in cards:
        title = typesetter.wrap(card.title, inner, metrics.card_title, metrics.card_title_lines)
        notes = (
            typesetter.wrap(card.notes, inner, metrics.card_notes, metrics.card_notes_lines)
            if card.notes.strip() and metrics.card_notes_lines
            else ()
        )
        meta = ""
        badges = badge_room(card)
        if metrics.card_feet:
            meta_text = " · ".join(text for text in (card.channel, card.owner) if text)
            meta = typesetter.shorten(meta_text, inner - badges, metrics.card_meta)
        title_height = len(title) * metrics.card_title.line_height
        picture = None
        if card.image is not None:
            picture_top = metrics.card_padding + title_height + metrics.card_picture_gap
            picture = Rect(metrics.card_padding, picture_top, inner, metrics.card_picture_height)
        height = (
            2 * metrics.card_padding
            + title_height
            + (metrics.card_picture_height + 2 * metrics.card_picture_gap if picture else 0)
            + len(notes) * metrics.card_notes.line_height
            + (metrics.card_meta.line_height if metrics.card_feet or badges else 0)
        )
        rect = Rect(column.x + metrics.cell_padding, top + offset, width, height)
        boxes.append(
            CardBox(
                card.id,
                card.stage_id,
                card.lane_id,
                card.position,
                rect,
                title,
                notes,
                meta,
                card.votes,
                card.moment,
                card.priority,
                card.colour,
                card.image,
                picture,
                card.title,
            )
        )
        offset += height + metrics.card_gap
    return boxes


def _filled(
    stack: list[CardBox],
    cards: list[CardRecord],
    bottom: float,
    typesetter: Typesetter,
    metrics: Metrics,
) -> list[CardBox]:
    """The stack with its cards' words run on into the room left below the last card
    down to `bottom`, as far as it reaches: first the titles cut short, then the notes,
    each card in order."""
    if not stack:
        return stack
    room = bottom - metrics.cell_padding - stack[-1].rect.bottom
    title_line, notes_line = metrics.card_title.line_height, metrics.card_notes.line_height
    titles = []
    for box, card in zip(stack, cards, strict=True):
        title = box.title_lines
        extra = int(room // title_line)
        if extra > 0 and title and title[-1].endswith(ELLIPSIS):
            inner = box.rect.width - 2 * metrics.card_padding
            title = typesetter.wrap(card.title, inner, metrics.card_title, len(title) + extra)
            room -= (len(title) - len(box.title_lines)) * title_line
        titles.append(title)
    filled = []
    for box, card, title in zip(stack, cards, titles, strict=True):
        notes = box.notes_lines
        extra = int(room // notes_line)
        if extra > 0 and notes:
            inner = box.rect.width - 2 * metrics.card_padding
            notes = typesetter.wrap(card.notes, inner, metrics.card_notes, len(notes) + extra)
            room -= (len(notes) - len(box.notes_lines)) * notes_line
        title_grown = (len(title) - len(box.title_lines)) * title_line
        grown = box.rect.height + title_grown + (len(notes) - len(box.notes_lines)) * notes_line
        rect = Rect(box.rect.x, box.rect.y, box.rect.width, grown)
        picture = box.picture
        if picture is not None:
            picture = Rect(picture.x, picture.y + title_grown, picture.width, picture.height)
        filled.append(
            dataclasses.replace(
                box, rect=rect, title_lines=title, notes_lines=notes, picture=picture
            )
        )
    return _restacked(filled, stack[0].rect.y - metrics.cell_padding, metrics)


def _restacked(stack: list[CardBox], top: float, metrics: Metrics) -> list[CardBox]:
    """The boxes of `stack` moved to start at `top`, added up as _stack adds them, so
    that each y is the same float, to the last bit, as a new layout would give."""
    offset = metrics.cell_padding
    boxes = []
    for box in stack:
        rect = box.rect
        boxes.append(box.moved_to(Rect(rect.x, top + offset, rect.width, rect.height)))
        offset += rect.height + metrics.card_gap
    return boxes


def text_below_picture(box: CardBox, y: float, metrics: Metrics = Metrics()) -> float:
    """Where a card's notes start, `y` being where its title ends (both from the card's
    top): below its picture, if it has one."""
    return y if box.picture is None else box.picture.bottom + metrics.card_picture_gap


def _stack_height(stack: list[CardBox], metrics: Metrics) -> float:
    used = sum(box.rect.height + metrics.card_gap for box in stack)
    return metrics.cell_padding + used + metrics.add_slot


def _lane_box(
    lane: LaneRecord,
    y: float,
    height: float,
    row: Rect,
    hint: tuple[tuple[str, ...], Rect] | None,
    typesetter: Typesetter,
    metrics: Metrics,
    translate: Translate,
) -> LaneBox:
    """A lane's header: its title in as many lines as the lane's height holds, keeping a
    line for the kind of lane when the title does not say it; none in a layout without
    headers (`lane_header_width` 0)."""
    kind = LANE_KIND_BY_KEY[lane.kind]
    inner = metrics.lane_header_width - 24
    lines, hint_rect = hint if hint is not None else ((), None)
    if inner <= 0:
        rect = Rect(0, y, 0, height)
        return LaneBox(lane.id, lane.kind, rect, (), "", row, lines, hint_rect, lane.title)
    kind_title = translate("Vocabulary", kind.title)
    named = lane.title in (kind.title, kind_title) or not metrics.header_notes
    kind_label = "" if named else typesetter.shorten(kind_title, inner, metrics.lane_kind)
    room = height - HEADER_TOP - HEADER_BOTTOM
    room -= metrics.lane_kind.line_height + 2 if kind_label else 0
    title = typesetter.wrap(
        lane.title, inner, metrics.lane_title, max(1, int(room // metrics.lane_title.line_height))
    )
    rect = Rect(0, y, metrics.lane_header_width, height)
    return LaneBox(lane.id, lane.kind, rect, title, kind_label, row, lines, hint_rect, lane.title)


def _hint(
    lane: LaneRecord,
    first: Rect | None,
    y: float,
    height: float,
    typesetter: Typesetter,
    metrics: Metrics,
    translate: Translate,
) -> tuple[tuple[str, ...], Rect] | None:
    """What belongs in an empty lane, wrapped to fit inside its first cell (after the
    emotion scale, in the emotion lane), as many lines as the cell has room for."""
    if first is None:
        return None
    left = first.x + metrics.cell_padding + (AXIS_WIDTH if lane.kind == "emotions" else 0)
    width = first.right - metrics.cell_padding - left - 2 * HINT_PADDING
    lines = int((height - 2 * metrics.cell_padding) // metrics.hint.line_height)
    if width < metrics.hint.size * 4 or lines < 1:
        return None
    text = translate("Vocabulary", LANE_KIND_BY_KEY[lane.kind].hint)
    wrapped = typesetter.wrap(text, width, metrics.hint, lines)
    widest = max(typesetter.width(line, metrics.hint) for line in wrapped)
    rect = Rect(
        left,
        y + metrics.cell_padding,
        widest + 2 * HINT_PADDING,
        len(wrapped) * metrics.hint.line_height,
    )
    return wrapped, rect


def _stage_box(
    stage: StageRecord, column: Rect, bottom: float, typesetter: Typesetter, metrics: Metrics
) -> StageBox:
    """A stage's header: its name in as many lines as it needs and the header holds
    (keeping a line for the goal, if it has one), then as much of the goal as fits."""
    inner = column.width - 2 * HEADER_INSET
    room = metrics.stage_header_height - HEADER_TOP - HEADER_BOTTOM
    goal_line = metrics.stage_goal.line_height + 2 if stage.goal and metrics.header_notes else 0.0
    name_lines = max(1, int((room - goal_line) // metrics.stage_title.line_height))
    name = typesetter.wrap(stage.name, inner, metrics.stage_title, name_lines)
    left = room - len(name) * metrics.stage_title.line_height - 2
    goal_lines = min(2, int(left // metrics.stage_goal.line_height))
    goal = (
        typesetter.wrap(stage.goal, inner, metrics.stage_goal, goal_lines)
        if goal_line and goal_lines > 0
        else ()
    )
    header = Rect(column.x, 0, column.width, metrics.stage_header_height)
    body = Rect(
        column.x, metrics.stage_header_height, column.width, bottom - metrics.stage_header_height
    )
    return StageBox(stage.id, header, name, goal, body, stage.name)

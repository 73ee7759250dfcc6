"""The emotion lane laid out as geometry: every persona's points and faces, the labels
beside them, the call-out tags of the lowest points and biggest drops, the scale at the
left and each curve's name at its end, placed so that none covers another and none
leaves the lane.

Faces go first, each in its own slot of its stage (a stage crowded with points is widened
by the map's layout, see `least_stage_width`). Then the words, the most telling first:
the scale's numbers, tags, the labels of called-out points and curve ends, curve names,
then the other labels from left to right, each over its own stage. A label tries its whole
text beside its point (wrapped to three lines), clear of the curves if it can, then aside
with a leader line, then shortened with an ellipsis; the whole text is in the tooltip and
the Inspector. `app.layout.word_room` keeps the room free.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import Final, NamedTuple

from app.layout.callouts import emotion_callouts
from app.layout.emotions import Face, Scale, face_for, smooth_curve
from app.layout.geometry import Point, Rect, Segment
from app.layout.shapes import FACE_OUTLINES, Outline
from app.layout.text import TextStyle, Typesetter
from app.layout.word_room import (
    CLEARANCE,
    GAP,
    LABEL_PLACES,
    NAME_PLACES,
    TAG_PLACES,
    Reach,
    Room,
    place_aside,
    place_beside,
)
from app.model.data.records import EmotionRecord, MapContent, StageRecord
from app.model.messages import Translate

FACE_RADIUS: Final = 11.0
SMALLEST_FACE: Final = 5.0
"""How small faces get where a stage holds many points, before the stage is widened."""
FACE_GAP: Final = 2.0
AXIS_WIDTH: Final = 58.0
"""The strip at the left of the lane that holds the scale's numbers and faces."""
AXIS_FACE: Final = 6.0
LABEL_PADDING: Final = 4.0
LABEL_WIDTH: Final = 150.0
"""The widest a label runs on one line before it wraps."""
SHORTENED_WIDTHS: Final = (110.0, 70.0, 40.0)
TAG_PADDING: Final = 6.0
NAME_WIDTH: Final = 140.0
BAND_PER_PERSONA: Final = 60.0
"""How much taller the lane grows for each persona after the first."""
MOST_BANDS: Final = 5
"""The lane grows for up to this many personas; more share the room of five."""

EMOTION_LABEL: Final = TextStyle(11)
CALLOUT_TEXT: Final = TextStyle(10, bold=True)
CURVE_NAME: Final = TextStyle(12, bold=True)
AXIS_TEXT: Final = TextStyle(11)
NARROWER: Final = (0.7, 0.4)
"""The shares of the label's width a label is also tried in, on more lines, before it is
shortened: in a stage narrowed by the scale beside it, a point's words still show whole."""
NARROW_LINES: Final = 4


@dataclass(frozen=True, slots=True)
class LaneType:
    """The lane's words at a size: the sizes above up close and in print, larger where
    the lane is seen small (a whole-map view, a picture for an email) so that what it
    says still reads. Room for words grows with them; the faces and the scale's strip
    keep their size, which the map's layout depends on."""

    label: TextStyle
    callout: TextStyle
    name: TextStyle
    axis: TextStyle
    padding: float
    tag_padding: float
    label_width: float
    shortened_widths: tuple[float, ...]
    name_width: float

    @classmethod
    def at(cls, scale: float) -> LaneType:
        def style(base: TextStyle) -> TextStyle:
            return TextStyle(round(base.size * scale), bold=base.bold)

        return cls(
            style(EMOTION_LABEL),
            style(CALLOUT_TEXT),
            style(CURVE_NAME),
            style(AXIS_TEXT),
            LABEL_PADDING * scale,
            TAG_PADDING * scale,
            LABEL_WIDTH * scale,
            tuple(width * scale for width in SHORTENED_WIDTHS),
            NAME_WIDTH * scale,
        )


UP_CLOSE: Final = LaneType.at(1.0)


class PointBox(NamedTuple):
    point_id: str
    persona_id: str
    stage_id: str
    at: Point
    score: int
    face: Face
    label: str
    """The whole label; what shows of it is in the lane's `labels`."""
    radius: float = FACE_RADIUS
    outline: Outline = "circle"

    @property
    def face_rect(self) -> Rect:
        """The square the face is drawn in."""
        r, at = self.radius, self.at
        return Rect(at.x - r, at.y - r, 2 * r, 2 * r)


@dataclass(frozen=True, slots=True)
class Words:
    """Words the lane shows, where: a label, a tag, a curve's name or a number of the
    scale. `leader` runs from the mark to the words when they had to move aside."""

    rect: Rect
    lines: tuple[str, ...]
    leader: Segment | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    score: int
    y: float
    number: Words | None
    """The number written at the line, on the lines there is room to number."""
    face: Face | None
    """A face at the ends and the middle of the scale."""


@dataclass(frozen=True, slots=True)
class Curve:
    persona_id: str
    persona_index: int
    """The persona's place in the map, which decides its colour, line and face outline."""
    points: list[PointBox]
    segments: list[Segment]
    name: Words | None = None


@dataclass(frozen=True, slots=True)
class EmotionLane:
    scale: Scale
    ticks: list[Tick]
    axis_face_x: float
    curves: list[Curve]
    labels: dict[str, Words]
    """By point id: the points whose label shows."""
    tags: dict[str, Words]
    """By point id: "▼ lowest point", "▲ biggest drop, 3 down", the arrow pointing at the
    point from above or below."""
    text: LaneType = UP_CLOSE

    @property
    def band(self) -> Rect:
        return self.scale.band

    def axis_face_rect(self, tick: Tick) -> Rect:
        return Rect(self.axis_face_x - AXIS_FACE, tick.y - AXIS_FACE, 2 * AXIS_FACE, 2 * AXIS_FACE)

    def boxes(self) -> Iterator[tuple[str, Rect]]:
        """Every box the lane draws, each named by what it is (for tests and tooltips)."""
        for tick in self.ticks:
            if tick.number is not None:
                yield f"number {tick.score}", tick.number.rect
            if tick.face is not None:
                yield f"scale face {tick.score}", self.axis_face_rect(tick)
        for curve in self.curves:
            if curve.name is not None:
                yield f"name of {curve.persona_id}", curve.name.rect
            for point in curve.points:
                yield f"face {point.point_id}", point.face_rect
        for point_id, words in self.labels.items():
            yield f"label {point_id}", words.rect
        for point_id, words in self.tags.items():
            yield f"tag {point_id}", words.rect


def lane_height(base: float, personas_with_points: int) -> float:
    """The emotion lane's least height: taller with every persona whose curve it holds."""
    return base + BAND_PER_PERSONA * (
        min(personas_with_points, MOST_BANDS) - 1 if personas_with_points else 0
    )


def least_stage_width(points_in_stage: int, first: bool) -> float:
    """The least width of a stage that leaves each of its points a face of the smallest
    size (the first stage also holds the scale)."""
    return (points_in_stage + 1) * (2 * SMALLEST_FACE + FACE_GAP) + (AXIS_WIDTH if first else 0)


def lay_out_emotion_lane(
    content: MapContent,
    columns: Sequence[tuple[StageRecord, Rect]],
    scale: Scale,
    shown_personas: Iterable[str] | None,
    typesetter: Typesetter,
    translate: Translate,
    text: LaneType = UP_CLOSE,
) -> EmotionLane:
    """The lane laid out in `scale`'s band, over `columns`, its words set in `text`."""
    room = Room(Rect(scale.band.x, scale.band.y, scale.band.width, scale.band.height))
    text = dataclasses.replace(text, axis=_axis_style(scale, text.axis, typesetter))
    ticks, axis_face_x = _axis(scale, text.axis, typesetter, room)
    room.take(Rect(scale.band.x, scale.band.y, AXIS_WIDTH, scale.band.height))
    curves = _curves(content, columns, scale, shown_personas)
    for curve in curves:
        for point in curve.points:
            room.take(point.face_rect)
    for curve in curves:
        room.trace(curve.segments)
    points = {point.point_id: point for curve in curves for point in curve.points}
    # Words stay over their point's stage, where a reader looks for them.
    reach = {stage.id: (column.x, column.right) for stage, column in columns}
    tags = _tags(content, points, len(curves) > 1, text, typesetter, translate, room, reach)
    # The labels that tell the story first: the called-out points and each curve's end.
    telling = set(tags) | {curve.points[-1].point_id for curve in curves}
    order = sorted(points.values(), key=lambda point: (point.point_id not in telling, point.at.x))
    labels: dict[str, Words] = {}
    for point in order:
        if point.point_id not in telling:
            break
        words = _label(point, text, typesetter, room, reach[point.stage_id])
        if words is not None:
            labels[point.point_id] = words
    curves = [
        _named(curve, content, text, typesetter, room, reach[curve.points[-1].stage_id])
        for curve in curves
    ]
    for point in order:
        if point.point_id in telling:
            continue
        words = _label(point, text, typesetter, room, reach[point.stage_id])
        if words is not None:
            labels[point.point_id] = words
    return EmotionLane(scale, ticks, axis_face_x, curves, labels, tags, text)


def _axis_style(scale: Scale, style: TextStyle, typesetter: Typesetter) -> TextStyle:
    """`style`, or as much smaller as lets the scale's widest number fit its strip (the
    strip keeps its width, which the map's layout depends on), never below up close."""
    room = AXIS_WIDTH - 2 * AXIS_FACE - 2 * GAP
    widest = max(typesetter.width(scale.text(score), style) for score in (scale.low, scale.high))
    if widest <= room:
        return style
    size = max(AXIS_TEXT.size, math.floor(style.size * room / widest))
    return TextStyle(size, bold=style.bold)


def _axis(
    scale: Scale, style: TextStyle, typesetter: Typesetter, room: Room
) -> tuple[list[Tick], float]:
    """The scale's lines, numbered as often as the numbers fit (every line, or every
    second, fifth or tenth counted from the middle), always at the ends and the middle,
    with a face at both ends and the middle."""
    step = abs(scale.y_of(1) - scale.y_of(0))
    every = next((n for n in (1, 2, 5, 10) if n * step >= style.line_height + CLEARANCE), 20)
    number_right = scale.band.x + AXIS_WIDTH - 2 * AXIS_FACE - 2 * GAP
    middle = int(scale.middle) if float(scale.middle).is_integer() else None
    landmarks = [score for score in (scale.low, scale.high, middle) if score is not None]
    counted_from = scale.low if middle is None else middle
    others = [
        score
        for score in range(scale.low, scale.high + 1)
        if (score - counted_from) % every == 0 and score not in landmarks
    ]
    numbers: dict[int, Words] = {}
    for score in landmarks + others:  # the ends and the middle first: they always show
        text = scale.text(score)
        width = typesetter.width(text, style)
        height = style.line_height
        rect = Rect(number_right - width, scale.y_of(score) - height / 2, width, height)
        if room.fits(rect):
            room.take(rect)
            numbers[score] = Words(rect, (text,))
    ticks = [
        Tick(
            score,
            y,
            numbers.get(score),
            face_for(score, scale.low, scale.high) if score in landmarks else None,
        )
        for score, y in scale.ticks
    ]
    return ticks, scale.band.x + AXIS_WIDTH - AXIS_FACE - GAP


def _curves(
    content: MapContent,
    columns: Sequence[tuple[StageRecord, Rect]],
    scale: Scale,
    shown_personas: Iterable[str] | None,
) -> list[Curve]:
    """Each shown persona's points, given a slot each across their stage: points of
    several personas in one stage stand side by side, never on top of each other."""
    shown = None if shown_personas is None else set(shown_personas)
    personas = [
        (index, persona)
        for index, persona in enumerate(content.personas)
        if shown is None or persona.id in shown
    ]
    in_cell: dict[tuple[str, str], list[EmotionRecord]] = defaultdict(list)
    for _, persona in personas:
        for point in content.curve(persona.id):
            in_cell[(point.stage_id, persona.id)].append(point)
    places: dict[str, tuple[float, float]] = {}
    for number, (stage, column) in enumerate(columns):
        slots = _interleaved([in_cell[(stage.id, persona.id)] for _, persona in personas])
        left = column.x + (AXIS_WIDTH if number == 0 else 0)
        spacing = (column.right - left) / (len(slots) + 1)
        radius = max(SMALLEST_FACE, min(FACE_RADIUS, (spacing - FACE_GAP) / 2))
        for slot, point in enumerate(slots):
            places[point.id] = (left + spacing * (slot + 1), radius)
    curves = []
    for index, persona in personas:
        outline = FACE_OUTLINES[index % len(FACE_OUTLINES)]
        boxes = []
        for stage, _column in columns:
            for point in in_cell[(stage.id, persona.id)]:
                x, radius = places[point.id]
                boxes.append(
                    PointBox(
                        point.id,
                        persona.id,
                        stage.id,
                        Point(x, scale.y_of(point.score)),
                        point.score,
                        face_for(point.score, scale.low, scale.high),
                        point.label,
                        radius,
                        outline,
                    )
                )
        if boxes:
            curves.append(Curve(persona.id, index, boxes, smooth_curve([b.at for b in boxes])))
    return curves


def _interleaved(runs: list[list[EmotionRecord]]) -> list[EmotionRecord]:
    """The first point of each persona in a stage, then the second of each, and so on."""
    return [point for group in zip_longest(*runs) for point in group if point is not None]


def _tags(
    content: MapContent,
    points: dict[str, PointBox],
    several: bool,
    text: LaneType,
    typesetter: Typesetter,
    translate: Translate,
    room: Room,
    reach: dict[str, Reach],
) -> dict[str, Words]:
    """The call-out tags, worked out over the whole journey (a picture of one stage
    tags the lowest point of the journey, not of the stage); where `several` curves are
    drawn, each tag names whose point it marks."""
    said: dict[str, list[str]] = defaultdict(list)
    for callout in emotion_callouts(content):
        if callout.point_id in points:
            said[callout.point_id].append(callout.label.translated(translate))
    names = {persona.id: persona.name for persona in content.personas}
    tags = {}
    for point_id, words in said.items():
        point = points[point_id]
        whose = f"{typesetter.shorten(names[point.persona_id], text.name_width, text.callout)}: "
        line = (whose if several else "") + " · ".join(words)
        width = typesetter.width(f"▼ {line}", text.callout) + 2 * text.tag_padding
        height = text.callout.line_height + 3
        within = reach[point.stage_id]
        placed = place_beside(point.face_rect, width, height, TAG_PLACES, room, within)
        if placed is None:
            placed = place_aside(point.face_rect, width, height, room, within)
        if placed is not None:
            rect = placed[0]
            toward = "▼" if rect.center.y < point.at.y else "▲"  # pointing at the point
            tags[point_id] = Words(rect, (f"{toward} {line}",), placed[1])
    return tags


def _named(
    curve: Curve,
    content: MapContent,
    text: LaneType,
    typesetter: Typesetter,
    room: Room,
    within: Reach,
) -> Curve:
    """The curve with its persona's name at its end, where the name finds room."""
    persona = next(persona for persona in content.personas if persona.id == curve.persona_id)
    name = typesetter.shorten(persona.name, text.name_width, text.name)
    if not name:
        return curve
    width = typesetter.width(name, text.name) + 2 * text.padding
    height = text.name.line_height
    end = curve.points[-1].face_rect
    within = (within[0], math.inf)  # or past the curve's end
    placed = place_beside(end, width, height, NAME_PLACES, room, within) or place_aside(
        end, width, height, room, within
    )
    if placed is None:
        return curve
    words = Words(placed[0], (name,), placed[1])
    return Curve(curve.persona_id, curve.persona_index, curve.points, curve.segments, words)


def _label(
    point: PointBox, text: LaneType, typesetter: Typesetter, room: Room, within: Reach
) -> Words | None:
    """The label of a point where it finds room: whole on one line, wrapped on two,
    shortened, or moved aside with a leader line; None if nowhere."""
    said = " ".join(point.label.split())
    if not said:
        return None
    for make_forms in (_whole_forms, _shortened_forms):
        # Clear of the curves: beside the point, in any of its forms, or moved aside with
        # a leader line; then over a curve, beside or aside; and only then shortened.
        forms = [
            (lines, _words_size(lines, text, typesetter))
            for lines in make_forms(said, text, typesetter)
        ]
        for clear in (True, False):
            for beside in (True, False):
                for lines, (width, height) in forms:
                    placed = (
                        place_beside(
                            point.face_rect,
                            width,
                            height,
                            LABEL_PLACES,
                            room,
                            within,
                            clear,
                        )
                        if beside
                        else place_aside(point.face_rect, width, height, room, within, clear)
                    )
                    if placed is not None:
                        return Words(placed[0], lines, placed[1])
    return None


def _words_size(
    lines: tuple[str, ...], text: LaneType, typesetter: Typesetter
) -> tuple[float, float]:
    width = max(typesetter.width(line, text.label) for line in lines) + 2 * text.padding
    return width, len(lines) * text.label.line_height


def _whole_forms(said: str, text: LaneType, typesetter: Typesetter) -> list[tuple[str, ...]]:
    """A label on as few lines as hold it whole, up to three (the third ended with an
    ellipsis if even they do not); then, for a narrow stage, whole in narrower columns
    of up to NARROW_LINES lines."""
    forms = []
    for lines in (1, 2, 3):
        wrapped = typesetter.wrap(said, text.label_width, text.label, lines)
        if " ".join(wrapped) == said or lines == 3:
            forms.append(wrapped)
            break
    for share in NARROWER:
        wrapped = typesetter.wrap(said, text.label_width * share, text.label, NARROW_LINES)
        if " ".join(wrapped) == said and len(wrapped) > len(forms[-1]):
            forms.append(wrapped)
    return forms


def _shortened_forms(said: str, text: LaneType, typesetter: Typesetter) -> list[tuple[str, ...]]:
    """A label on one line, shortened with an ellipsis, longest first."""
    return [(typesetter.shorten(said, width, text.label),) for width in text.shortened_widths]

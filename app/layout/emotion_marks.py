"""What the laid-out emotion lane draws, as shapes: the scale, each curve with its name,
and each point with its face, label and tag. The canvas and the PDF paint these same
shapes."""

from __future__ import annotations

from app.layout import palette
from app.layout.emotion_lane import AXIS_FACE, Curve, EmotionLane, LaneType, PointBox, Words
from app.layout.geometry import Point
from app.layout.shapes import (
    Path,
    Shape,
    Stroke,
    Text,
    face,
    label,
    label_plate,
    label_words,
    outline,
    persona_ink,
    straight,
    tag,
)

CURVE_WIDTH = 3.0
CALLOUT_RING = 2.5


def scale_shapes(lane: EmotionLane, numbers: str = "muted_ink") -> list[Shape]:
    """The lines of the scale, the neutral line at the middle drawn stronger, their
    numbers in the colour `numbers`, and faces at the ends and the middle."""
    scale, band = lane.scale, lane.band
    left = lane.axis_face_x + AXIS_FACE + 4
    shapes: list[Shape] = []
    middle = scale.y_of(scale.middle)
    for tick in lane.ticks:
        if tick.y != middle:
            line = Stroke("grid_line", 1, "dot")
            shapes.append(Path((straight(Point(left, tick.y), Point(band.right, tick.y)),), line))
    neutral = Stroke("muted_ink", 1.5)
    shapes.append(Path((straight(Point(left, middle), Point(band.right, middle)),), neutral))
    for tick in lane.ticks:
        if tick.number is not None:
            shapes.append(Text(tick.number.rect, tick.number.lines, lane.text.axis, numbers))
        if tick.face is not None:
            centre = Point(lane.axis_face_x, tick.y)
            shapes += face(centre, AXIS_FACE, tick.face, "#ffffff")
    return shapes


def curve_shapes(curve: Curve, text: LaneType, width: float = CURVE_WIDTH) -> list[Shape]:
    """A persona's curve in its colour and line pattern, `width` wide, and its name at its
    end, set in the lane's `text`."""
    pattern = palette.persona_line(curve.persona_index)[1]
    ink = persona_ink(curve.persona_index)
    shapes: list[Shape] = []
    if curve.segments:
        shapes.append(Path(tuple(curve.segments), Stroke(ink, width, pattern)))
    if curve.name is not None:
        shapes += _leader(curve.name)
        shapes += label(curve.name.rect, curve.name.lines, text.name, text.padding, ink)
    return shapes


def point_shapes(lane: EmotionLane, point: PointBox, persona_index: int) -> list[Shape]:
    """A point's face in its persona's outline, outlined in the moments' colour when
    it is called out, with its tag and its label where the lane found room for them."""
    fill = palette.persona_face(persona_index)
    shapes: list[Shape] = face(point.at, point.radius, point.face, fill, point.outline)
    tagged = lane.tags.get(point.point_id)
    if tagged is not None:
        ring = Stroke(palette.MOMENT, CALLOUT_RING)
        shapes.append(outline(point.at, point.radius, point.outline, None, ring))
        shapes += tag(tagged.rect, tagged.lines[0], lane.text.callout)
    words = lane.labels.get(point.point_id)
    if words is not None:
        shapes.append(label_words(words.rect, words.lines, lane.text.label, lane.text.padding))
    return shapes


def beneath_curves(lane: EmotionLane) -> list[Shape]:
    """What goes under the curves: the leader lines of words moved aside, and the plates
    under the points' labels. A plate keeps the grid's lines and the leaders from cutting
    through its words, while a curve runs on over it (under its words) rather than be
    broken where the emotion changes."""
    moved = [*lane.labels.values(), *lane.tags.values()]
    leaders = [shape for words in moved for shape in _leader(words)]
    return leaders + [label_plate(words.rect) for words in lane.labels.values()]


def _leader(words: Words) -> list[Shape]:
    if words.leader is None:
        return []
    return [Path((words.leader,), Stroke("muted_ink", 1))]

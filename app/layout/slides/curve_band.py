"""The whole emotion curve on a slide, in a band across it: every persona's curve laid out
as the canvas lays out the emotion lane (faces, labels, the lowest point and biggest drop
called out, each curve named, no words over others), shown larger, with the scale at its
left, the stages' names along its top and the stage being talked about highlighted."""

from __future__ import annotations

import dataclasses
from typing import Final

from app.layout import palette
from app.layout.callouts import emotion_callouts
from app.layout.emotion_lane import (
    AXIS_WIDTH,
    EMOTION_LABEL,
    FACE_RADIUS,
    LaneType,
    lay_out_emotion_lane,
)
from app.layout.emotion_marks import (
    beneath_curves,
    curve_shapes,
    point_shapes,
    scale_shapes,
)
from app.layout.emotions import Scale
from app.layout.geometry import Point, Rect
from app.layout.shapes import (
    FACE_OUTLINES,
    Path,
    Plate,
    Shape,
    Stroke,
    Text,
    label,
    outline,
    persona_ink,
    straight,
)
from app.layout.slides.slide import Layer, SlideSizes
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent, PersonaRecord
from app.model.messages import Translate

UNIT_EMS: Final = 1 / 20
"""A unit of the lane, in title sizes: its faces (11 units) are 15 pixels where titles
are 28."""
KEY_LINE: Final = 36.0
KEY_GAP: Final = 28.0
KEY_PADDING: Final = 4.0
"""The key under the curves: the length of each curve's sample of line, and the room
between one persona and the next."""
SLIDE_CURVE_WIDTH: Final = 4.5
HIGHLIGHT_EDGE: Final = "#d97706"
"""The frame of the stage talked about, in both themes: amber, seen on white and on navy."""
WORDS_EMS: Final = 0.9
"""The curve's words, in title sizes: a little smaller than the titles, for room."""
LEAST_BAND: Final = 190.0
"""The least height of the band, in units: the emotion lane's on the canvas."""
BAND_LINES: Final = 13
"""The fewest lines of the curve's words a band is high."""
BAND_PADDING: Final = 34.0
"""The least room, in units, above the highest score and below the lowest (see
`Metrics.emotion_band_padding`)."""


def shows_curve(content: MapContent, hidden_lanes: set[str]) -> bool:
    """Whether the map has an emotion curve the slides show."""
    lanes = [lane for lane in content.lanes if lane.kind == "emotions"]
    return bool(content.emotions) and any(lane.id not in hidden_lanes for lane in lanes)


def band_unit(sizes: SlideSizes, height: float) -> float:
    """How many pixels a unit of the emotion lane is in a band `height` pixels high: in
    proportion to the titles, but never so large that the band holds less of a lane than
    the canvas's."""
    return min(sizes.title * UNIT_EMS, height / LEAST_BAND)


def words_pixels(sizes: SlideSizes, height: float) -> float:
    """The height of the curve's words: a little less than the titles', or less still in
    a band too low to hold them beside the scale and the faces."""
    return min(sizes.title * WORDS_EMS, height / BAND_LINES)


def curve_band(
    content: MapContent,
    rect: Rect,
    stages_left: float,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    *,
    highlight: str | None = None,
    labelled: frozenset[str] | None = None,
    named: frozenset[str] = frozenset(),
    until: str | None = None,
    names: bool = True,
) -> Layer:
    """The curve in `rect` (slide pixels), its stages side by side from `stages_left` (the
    scale just left of it), the stage `highlight` marked and, if `names`, each stage named
    along the top; with `until`, only the points up to that stage (the curve revealed stage
    by stage; an unknown stage: none of it).

    Only the points the room is talking about say what the customer feels: those
    `labelled`, or, with none given, the lowest points and biggest drops. The others show
    their faces, so that the shape of the whole journey stays in view."""
    unit = band_unit(sizes, rect.height)
    width, height = rect.width / unit, rect.height / unit
    left = (stages_left - rect.x) / unit
    pixels = words_pixels(sizes, rect.height)
    name_style = TextStyle(round(pixels / unit))
    top = name_style.line_height + 4 if names else 0.0
    text = LaneType.at(max(1.0, pixels / (EMOTION_LABEL.size * unit)))
    count = max(1, len(content.stages))
    column_width = (width - left) / count
    # The first stage also holds the scale, as on the canvas.
    columns = [
        (stage, Rect(left + column_width * number, top, column_width, 0))
        for number, stage in enumerate(content.stages)
    ]
    first = columns[0][1]
    columns[0] = (columns[0][0], Rect(left - AXIS_WIDTH, top, first.width + AXIS_WIDTH, 0))
    padding = max(BAND_PADDING, 14 + text.callout.line_height + 2 * text.tag_padding)
    low, high = content.map.emotion_min, content.map.emotion_max
    shown = _labelled(_revealed(content, until), labelled)
    drawn = [(i, p) for i, p in enumerate(content.personas) if shown.curve(p.id)]
    keyed = [(i, p) for i, p in drawn if p.id not in named] if len(drawn) > 1 else []
    key = text.name.line_height + 8 if keyed else 0.0
    band = Rect(left - AXIS_WIDTH, top, width - left + AXIS_WIDTH, height - top - key)
    scale = Scale(band, low, high, min(padding, band.height / 4))
    lane = lay_out_emotion_lane(shown, columns, scale, None, typesetter, translate, text)
    if len(drawn) > 1:  # named by the key or the slide: no name at a curve's end as well
        curves = [dataclasses.replace(curve, name=None) for curve in lane.curves]
        lane = dataclasses.replace(lane, curves=curves)
    shapes: list[Shape] = []
    for number, (stage, column) in enumerate(columns):
        x = column.x + (AXIS_WIDTH if number == 0 else 0)
        current = stage.id == highlight
        if current:
            edge = Stroke(HIGHLIGHT_EDGE, 3)
            shapes.append(Plate(Rect(x, 0, column.right - x, height), 6, "highlight", edge))
        if number:
            line = Stroke("grid_line", 1)
            shapes.append(Path((straight(Point(x, 0), Point(x, height)),), line))
        if names:
            style = TextStyle(name_style.size, bold=current)
            room = column.right - x - 12
            name = typesetter.shorten(stage.name, room, style)
            shapes.append(Text(Rect(x + 6, 2, room, style.line_height), (name,), style, "ink"))
    # The scale's numbers in the words' ink and the lines bolder than on the canvas: they
    # are read from the back of the room.
    shapes += scale_shapes(lane, numbers="ink") + beneath_curves(lane)
    for curve in lane.curves:
        shapes += curve_shapes(curve, lane.text, SLIDE_CURVE_WIDTH)
    for curve in lane.curves:
        for point in curve.points:
            shapes += point_shapes(lane, point, curve.persona_index)
    if key:
        shapes += _key(keyed, Point(left, height - key + 4), text.name, typesetter)
    return Layer(tuple(shapes), Point(rect.x, rect.y), unit)


def _key(
    personas: list[tuple[int, PersonaRecord]], at: Point, style: TextStyle, typesetter: Typesetter
) -> list[Shape]:
    """Whose each curve is, in a row under them: its line, its face's outline and its
    name, for a curve the lane found no room to name at its end."""
    shapes: list[Shape] = []
    x, middle = at.x, at.y + style.line_height / 2
    for index, persona in personas:
        ink = persona_ink(index)
        pattern = palette.persona_line(index)[1]
        line = straight(Point(x, middle), Point(x + KEY_LINE, middle))
        shapes.append(Path((line,), Stroke(ink, SLIDE_CURVE_WIDTH, pattern)))
        centre = Point(x + KEY_LINE + FACE_RADIUS + 4, middle)
        fill = palette.persona_face(index)
        shape = FACE_OUTLINES[index % len(FACE_OUTLINES)]
        shapes.append(outline(centre, FACE_RADIUS * 0.8, shape, fill, Stroke(palette.INK, 1.5)))
        x = centre.x + FACE_RADIUS + 6
        width = typesetter.width(persona.name, style) + 2 * KEY_PADDING
        place = Rect(x, at.y, width, style.line_height)
        shapes += label(place, (persona.name,), style, KEY_PADDING, ink)
        x += width + KEY_GAP
    return shapes


def _labelled(content: MapContent, labelled: frozenset[str] | None) -> MapContent:
    """`content` with the labels of the points a slide does not talk about left out."""
    kept = labelled
    if kept is None:
        kept = frozenset(callout.point_id for callout in emotion_callouts(content))
    points = tuple(
        point if point.id in kept else dataclasses.replace(point, label="")
        for point in content.emotions
    )
    return dataclasses.replace(content, emotions=points)


def _revealed(content: MapContent, until: str | None) -> MapContent:
    if until is None:
        return content
    order = {stage.id: number for number, stage in enumerate(content.stages)}
    last = order.get(until, -1)  # an unknown stage: none of the curve yet
    points = tuple(point for point in content.emotions if order.get(point.stage_id, 0) <= last)
    return dataclasses.replace(content, emotions=points)

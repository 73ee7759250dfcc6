"""What the map's marks look like, described once in layout units: faces, badges,
call-out tags, plates, stripes and lines, as a few plain shapes that the canvas paints with
QPainter and the PDF with reportlab (`app.ui.canvas.shape_painter`,
`app.export.shape_painter`). Neither renderer knows how a face is drawn; both know how to
draw a circle.

A colour is a hex string ("#be185d") or the name of a role of the theme ("ink",
"muted_ink", "plate", "grid_line"; "tint:pain_points", a lane's row), looked up by `paint`
when drawn, so that one description serves the light canvas, the dark one and paper.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from app.layout import palette
from app.layout.emotions import MOUTH_CURVE, Face
from app.layout.geometry import Point, Rect, Segment
from app.layout.palette import LinePattern
from app.layout.text import TextStyle
from app.layout.themes import Theme

Outline = Literal["circle", "square", "diamond", "hexagon", "pentagon"]

FACE_OUTLINES: Final[tuple[Outline, ...]] = ("circle", "square", "diamond", "hexagon", "pentagon")
"""The outline of each persona's faces, in the order of `palette.PERSONA_LINES`: curves
differ by shape and line pattern as well as by colour."""


@dataclass(frozen=True, slots=True)
class Stroke:
    colour: str
    width: float
    pattern: LinePattern = "solid"


@dataclass(frozen=True, slots=True)
class Circle:
    centre: Point
    radius: float
    fill: str | None
    stroke: Stroke | None = None


@dataclass(frozen=True, slots=True)
class Polygon:
    corners: tuple[Point, ...]
    fill: str | None
    stroke: Stroke | None = None


@dataclass(frozen=True, slots=True)
class Plate:
    """A rectangle with rounded corners (a badge, a tag, a header, a stripe)."""

    rect: Rect
    radius: float
    fill: str | None
    stroke: Stroke | None = None


@dataclass(frozen=True, slots=True)
class Path:
    """An open line through Bézier segments (a curve, a mouth, a leader line)."""

    segments: tuple[Segment, ...]
    stroke: Stroke


@dataclass(frozen=True, slots=True)
class Text:
    """Lines of text from the top left of `rect`, or centred in it."""

    rect: Rect
    lines: tuple[str, ...]
    style: TextStyle
    colour: str
    centred: bool = False


Shape = Circle | Polygon | Plate | Path | Text


def paint(colour: str, theme: Theme) -> str:
    """A shape's colour as hex, in `theme`: a role's colour, a persona's line lifted
    where the background is dark, or the colour itself."""
    if colour.startswith("#"):
        return colour
    if colour.startswith("persona:"):
        return theme.persona_colour(palette.persona_line(int(colour[8:]))[0])
    if colour.startswith("tint:"):
        return theme.lane_tint(colour[5:])
    value = getattr(theme, colour)
    assert isinstance(value, str), colour
    return value


def persona_ink(index: int) -> str:
    """The colour of a persona's curve and name, lifted on dark backgrounds."""
    return f"persona:{index % len(palette.PERSONA_LINES)}"


def straight(start: Point, end: Point) -> Segment:
    """A line from `start` to `end`, as a Bézier segment."""
    return Segment(start, start, end, end)


def face(
    centre: Point, radius: float, mood: Face, fill: str, shape: Outline = "circle"
) -> list[Shape]:
    """A face whose mouth shows the score, readable without colour, in an outline that
    tells whose it is. A face is a sticker: dark features on a light fill on any
    background."""
    ink = palette.INK
    line = Stroke(ink, max(1.0, radius / 6))
    shapes: list[Shape] = [outline(centre, radius, shape, fill, line)]
    eye = radius * 0.14
    for side in (-1, 1):
        eye_at = Point(centre.x + side * radius * 0.36, centre.y - radius * 0.25)
        shapes.append(Circle(eye_at, eye, ink))
    bend = MOUTH_CURVE[mood] * radius * 0.35
    start = Point(centre.x - radius * 0.45, centre.y + radius * 0.3)
    end = Point(centre.x + radius * 0.45, centre.y + radius * 0.3)
    control_y = start.y + bend * 2 / 3  # a quadratic bend, as a cubic
    mouth = Segment(
        start, Point(start.x + radius * 0.3, control_y), Point(end.x - radius * 0.3, control_y), end
    )
    shapes.append(Path((mouth,), line))
    return shapes


def outline(centre: Point, radius: float, shape: Outline, fill: str | None, line: Stroke) -> Shape:
    """A face's outline, within `radius` of its centre."""
    if shape == "circle":
        return Circle(centre, radius, fill, line)
    if shape == "square":
        side = radius * 0.9
        rect = Rect(centre.x - side, centre.y - side, 2 * side, 2 * side)
        return Plate(rect, radius * 0.3, fill, line)
    corners, start = {"diamond": (4, -90.0), "hexagon": (6, 0.0), "pentagon": (5, -90.0)}[shape]
    return Polygon(
        tuple(
            Point(
                centre.x + radius * math.cos(math.radians(start + 360 * i / corners)),
                centre.y + radius * math.sin(math.radians(start + 360 * i / corners)),
            )
            for i in range(corners)
        ),
        fill,
        line,
    )


def tag(rect: Rect, words: str, style: TextStyle, fill: str = palette.MOMENT) -> list[Shape]:
    """A pill of white words on `fill`: a call-out tag or a badge."""
    return [
        Plate(rect, rect.height / 2, fill),
        Text(rect, (words,), style, palette.LIGHT_INK, centred=True),
    ]


def label(
    rect: Rect, lines: tuple[str, ...], style: TextStyle, padding: float, colour: str = "ink"
) -> list[Shape]:
    """Words on a plate of the background's colour, so that a line under them does not
    cut through them."""
    return [label_plate(rect), label_words(rect, lines, style, padding, colour)]


def label_plate(rect: Rect) -> Plate:
    return Plate(rect, 4, "plate")


def label_words(
    rect: Rect, lines: tuple[str, ...], style: TextStyle, padding: float, colour: str = "ink"
) -> Text:
    inner = Rect(rect.x + padding, rect.y, rect.width - 2 * padding, rect.height)
    return Text(inner, lines, style, colour)


def bounds(shapes: Iterable[Shape]) -> Rect:
    """The smallest rectangle holding every shape, strokes included."""
    left = top = math.inf
    right = bottom = -math.inf
    for shape in shapes:
        box = _bounds_of(shape)
        left, top = min(left, box.x), min(top, box.y)
        right, bottom = max(right, box.right), max(bottom, box.bottom)
    if left == math.inf:
        return Rect(0, 0, 0, 0)
    return Rect(left, top, right - left, bottom - top)


def _bounds_of(shape: Shape) -> Rect:
    if isinstance(shape, Text):
        return shape.rect
    half = shape.stroke.width / 2 if shape.stroke is not None else 0.0
    if isinstance(shape, Circle):
        reach = shape.radius + half
        return Rect(shape.centre.x - reach, shape.centre.y - reach, 2 * reach, 2 * reach)
    if isinstance(shape, Plate):
        rect = shape.rect
        return Rect(rect.x - half, rect.y - half, rect.width + 2 * half, rect.height + 2 * half)
    if isinstance(shape, Polygon):
        corners: Iterable[Point] = shape.corners
    else:
        corners = [p for s in shape.segments for p in (s.start, s.control1, s.control2, s.end)]
    xs, ys = [p.x for p in corners], [p.y for p in corners]
    return Rect(
        min(xs) - half, min(ys) - half, max(xs) - min(xs) + 2 * half, max(ys) - min(ys) + 2 * half
    )


def moved(shape: Shape, dx: float, dy: float) -> Shape:
    """`shape` moved by (dx, dy): a block laid out from its own corner, put in place."""

    def at(point: Point) -> Point:
        return Point(point.x + dx, point.y + dy)

    def rect(box: Rect) -> Rect:
        return Rect(box.x + dx, box.y + dy, box.width, box.height)

    if isinstance(shape, Circle):
        return Circle(at(shape.centre), shape.radius, shape.fill, shape.stroke)
    if isinstance(shape, Polygon):
        return Polygon(tuple(at(p) for p in shape.corners), shape.fill, shape.stroke)
    if isinstance(shape, Plate):
        return Plate(rect(shape.rect), shape.radius, shape.fill, shape.stroke)
    if isinstance(shape, Text):
        return Text(rect(shape.rect), shape.lines, shape.style, shape.colour, shape.centred)
    segments = tuple(
        Segment(at(s.start), at(s.control1), at(s.control2), at(s.end)) for s in shape.segments
    )
    return Path(segments, shape.stroke)

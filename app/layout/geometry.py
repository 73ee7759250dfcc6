"""Rectangles and points in layout units (pixels at 100 % on the canvas)."""

from __future__ import annotations

from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


class Rect(NamedTuple):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def fitted(self, width: float, height: float) -> Rect:
        """Where something `width` × `height` goes to be as large as fits in this
        rectangle, keeping its shape, centred: a picture in its band."""
        scale = min(self.width / width, self.height / height)
        centre = self.center
        width, height = width * scale, height * scale
        return Rect(centre.x - width / 2, centre.y - height / 2, width, height)


class Segment(NamedTuple):
    """A cubic Bézier piece of a line, from `start` to `end`."""

    start: Point
    control1: Point
    control2: Point
    end: Point

"""The emotion curve's geometry: where a score sits in its band, the smooth path through
the points, and the face that shows a score without relying on colour."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from app.layout.geometry import Point, Rect
from app.model.messages import QT_TRANSLATE_NOOP


class Face(enum.Enum):
    """Five faces, from the lowest scores to the highest; each value is what the face
    shows, in words (marked in "Faces")."""

    VERY_UNHAPPY = QT_TRANSLATE_NOOP("Faces", "very unhappy")
    UNHAPPY = QT_TRANSLATE_NOOP("Faces", "unhappy")
    NEUTRAL = QT_TRANSLATE_NOOP("Faces", "neutral")
    HAPPY = QT_TRANSLATE_NOOP("Faces", "happy")
    VERY_HAPPY = QT_TRANSLATE_NOOP("Faces", "very happy")


def face_for(score: int, low: int, high: int) -> Face:
    """The face of a score on the scale `low`…`high` (low < 0 < high)."""
    if score == 0:
        return Face.NEUTRAL
    if score < 0:
        return Face.VERY_UNHAPPY if score <= low * 0.6 else Face.UNHAPPY
    return Face.VERY_HAPPY if score >= high * 0.6 else Face.HAPPY


@dataclass(frozen=True, slots=True)
class Scale:
    """Where each score of the map's scale lies in the emotion band."""

    band: Rect
    low: int
    high: int
    padding: float

    def y_of(self, score: float) -> float:
        top, bottom = self.band.y + self.padding, self.band.bottom - self.padding
        return top + (self.high - score) / (self.high - self.low) * (bottom - top)

    def score_at(self, y: float) -> int:
        """The whole score nearest to `y`, kept on the scale (points snap to it)."""
        top, bottom = self.band.y + self.padding, self.band.bottom - self.padding
        fraction = (y - top) / (bottom - top) if bottom > top else 0.0
        score = round(self.high - fraction * (self.high - self.low))
        return max(self.low, min(self.high, score))

    @property
    def ticks(self) -> list[tuple[int, float]]:
        return [(score, self.y_of(score)) for score in range(self.low, self.high + 1)]


@dataclass(frozen=True, slots=True)
class Segment:
    """A cubic Bézier piece of the curve, from `start` to `end`."""

    start: Point
    control1: Point
    control2: Point
    end: Point


def smooth_curve(points: Sequence[Point], low_y: float, high_y: float) -> list[Segment]:
    """A Catmull-Rom curve through the points, as Bézier segments.

    Control points are kept between `high_y` and `low_y`, so that the curve never bulges
    past the ends of the scale between two points.
    """
    segments: list[Segment] = []
    for i in range(len(points) - 1):
        before = points[i - 1] if i > 0 else points[i]
        start, end = points[i], points[i + 1]
        after = points[i + 2] if i + 2 < len(points) else end
        control1 = Point(
            start.x + (end.x - before.x) / 6,
            _clamp(start.y + (end.y - before.y) / 6, high_y, low_y),
        )
        control2 = Point(
            end.x - (after.x - start.x) / 6,
            _clamp(end.y - (after.y - start.y) / 6, high_y, low_y),
        )
        segments.append(Segment(start, control1, control2, end))
    return segments


def _clamp(value: float, smallest: float, largest: float) -> float:
    return max(smallest, min(largest, value))


MOUTH_CURVE: dict[Face, float] = {
    Face.VERY_UNHAPPY: -1.0,
    Face.UNHAPPY: -0.5,
    Face.NEUTRAL: 0.0,
    Face.HAPPY: 0.5,
    Face.VERY_HAPPY: 1.0,
}
"""How far each face's mouth bends, from a frown (-1) to a smile (+1), for any renderer."""

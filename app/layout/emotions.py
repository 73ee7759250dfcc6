"""The emotion curve's geometry: where a score sits in its band, the smooth path through
the points, and the face that shows a score without relying on colour."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.layout.geometry import Point, Rect, Segment
from app.model.data.vocabulary import score_text
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
    """The face of a score by its place on the scale `low`…`high`: neutral at the middle
    (or either side of it, when the middle falls between two scores), very unhappy or
    very happy in the outer fifths."""
    offset = score - (low + high) / 2
    if abs(offset) <= 0.5:
        return Face.NEUTRAL
    share = offset / ((high - low) / 2)
    if share < 0:
        return Face.VERY_UNHAPPY if share <= -0.6 else Face.UNHAPPY
    return Face.VERY_HAPPY if share >= 0.6 else Face.HAPPY


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
    def middle(self) -> float:
        """Where the neutral line is drawn: halfway, which may lie between two scores."""
        return (self.low + self.high) / 2

    def text(self, score: int) -> str:
        return score_text(score, self.low)

    @property
    def ticks(self) -> list[tuple[int, float]]:
        return [(score, self.y_of(score)) for score in range(self.low, self.high + 1)]


def smooth_curve(points: Sequence[Point]) -> list[Segment]:
    """A smooth curve through the points (left to right), as Bézier segments, that never
    rises above or dips below the two points it runs between: a monotone cubic
    (Fritsch–Carlson, with PCHIP's weighted harmonic mean for the slopes), so the curve
    draws no feeling nobody recorded. Where a point is a peak or a trough, or two
    neighbours share a score, the curve is flat there."""
    if len(points) < 2:
        return []
    widths = [after.x - before.x for before, after in pairwise(points)]
    secants = [
        (after.y - before.y) / width if width else 0.0
        for (before, after), width in zip(pairwise(points), widths, strict=True)
    ]
    slopes = [secants[0]]
    for i in range(1, len(points) - 1):
        slopes.append(_slope_between(secants[i - 1], secants[i], widths[i - 1], widths[i]))
    slopes.append(secants[-1])
    segments = []
    for i, (start, end) in enumerate(pairwise(points)):
        third = widths[i] / 3
        segments.append(
            Segment(
                start,
                Point(start.x + third, start.y + slopes[i] * third),
                Point(end.x - third, end.y - slopes[i + 1] * third),
                end,
            )
        )
    return segments


def _slope_between(before: float, after: float, width_before: float, width_after: float) -> float:
    """The slope at a point between two secants: none at a peak, a trough or a plateau,
    else their weighted harmonic mean, which is never more than three times the smaller
    and so keeps both pieces monotone."""
    if before * after <= 0:
        return 0.0
    weight_before = 2 * width_after + width_before
    weight_after = width_after + 2 * width_before
    return (weight_before + weight_after) / (weight_before / before + weight_after / after)


MOUTH_CURVE: dict[Face, float] = {
    Face.VERY_UNHAPPY: -1.0,
    Face.UNHAPPY: -0.5,
    Face.NEUTRAL: 0.0,
    Face.HAPPY: 0.5,
    Face.VERY_HAPPY: 1.0,
}
"""How far each face's mouth bends, from a frown (-1) to a smile (+1), for any renderer."""

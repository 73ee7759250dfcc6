"""Finding room for words beside the marks they go with, so that no two cover each
other: the places tried beside a mark, the places a few rows or a width aside (with a
leader line back), and the room itself, which knows the boxes taken and exactly where
the curves run (words would rather not cover them)."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from typing import Final

from app.layout.geometry import Point, Rect, Segment
from app.layout.shapes import straight

GAP: Final = 4.0
"""Between a mark and the words that go with it."""
CLEARANCE: Final = 2.0
"""The least room between two boxes taken."""


Place = tuple[int, int, int]
"""Where words go beside a mark: the side across (-1 left, 1 right, 0 neither), the lean
when on neither side (-1 left, 0 centred, 1 right), and the side up or down (-1 above,
1 below, 0 level)."""

Reach = tuple[float, float]
"""The stretch across the lane that words should lie over: their point's stage."""


def over(x: float, width: float, reach: Reach) -> bool:
    """Whether words from `x`, `width` wide, lie over the reach: at least half of them,
    or of the reach where they are wider than it."""
    low, high = reach
    return min(x + width, high) - max(x, low) >= min(width, high - low) / 2


RIGHT, LEFT, BELOW, ABOVE = (1, 0, 0), (-1, 0, 0), (0, 0, 1), (0, 0, -1)
BELOW_RIGHT, ABOVE_RIGHT = (0, 1, 1), (0, 1, -1)
BELOW_LEFT, ABOVE_LEFT = (0, -1, 1), (0, -1, -1)
CORNERS = (BELOW_RIGHT, ABOVE_RIGHT, BELOW_LEFT, ABOVE_LEFT)
LABEL_PLACES = (RIGHT, LEFT, BELOW, ABOVE, *CORNERS)
TAG_PLACES = (ABOVE, BELOW, ABOVE_RIGHT, ABOVE_LEFT, BELOW_RIGHT, BELOW_LEFT, RIGHT, LEFT)
NAME_PLACES = (RIGHT, ABOVE_RIGHT, BELOW_RIGHT, ABOVE, BELOW, LEFT)


def place_beside(
    mark: Rect,
    width: float,
    height: float,
    places: Iterable[Place],
    room: Room,
    within: Reach,
    clear: bool = False,
) -> tuple[Rect, Segment | None] | None:
    """The first of `places` beside `mark` where words `width` × `height` are free and
    lie over the reach (with `clear`, clear of the curves too)."""
    centre_x, centre_y = mark.x + mark.width / 2, mark.y + mark.height / 2
    nearby = room.near(
        mark.x - GAP - width,
        mark.y - GAP - height,
        mark.right + GAP + width,
        mark.bottom + GAP + height,
    )
    for side_x, lean_x, side_y in places:
        if side_x > 0:
            x = mark.right + GAP
        elif side_x < 0:
            x = mark.x - GAP - width
        elif lean_x > 0:
            x = centre_x - mark.width / 4
        elif lean_x < 0:
            x = centre_x + mark.width / 4 - width
        else:
            x = centre_x - width / 2
        if side_y > 0:
            y = mark.bottom + GAP
        elif side_y < 0:
            y = mark.y - GAP - height
        else:
            y = centre_y - height / 2
        if (
            not over(x, width, within)
            or not room.inside(x, y, width, height)
            or _covers(nearby, x, y, x + width, y + height)
        ):
            continue
        if not clear or room.clear_of_lines(x, y, width, height):
            break
    else:
        return None
    rect = Rect(x, y, width, height)
    room.take(rect)
    return rect, None


ASIDE_STEPS: Final = 5
"""How many rows up and down, and widths left and right, words may move aside."""
ASIDE_SHIFTS: Final = (0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5)
"""How far aside words may move, in their own widths."""


def place_aside(
    mark: Rect, width: float, height: float, room: Room, within: Reach, clear: bool = False
) -> tuple[Rect, Segment | None] | None:
    """The nearest free place a few rows above or below `mark`, or a width to its side,
    over the reach (with `clear`, clear of the curves too), and the leader line from the
    mark to it."""
    centre = mark.center
    row = height + GAP
    across = max(map(abs, ASIDE_SHIFTS)) * width + width / 2
    down = ASIDE_STEPS * row + height / 2
    nearby = room.near(centre.x - across, centre.y - down, centre.x + across, centre.y + down)
    in_row: dict[int, list[tuple[float, float]]] = {}
    for shift, rows in _aside_order(width, row):
        x = centre.x + shift * width - width / 2
        y = centre.y + rows * row - height / 2
        if not over(x, width, within) or not room.inside(x, y, width, height):
            continue
        if rows not in in_row:  # what blocks this row, across
            in_row[rows] = [(x0, x1) for x0, y0, x1, y1 in nearby if y < y1 and y0 < y + height]
        if all(x1 <= x or x + width <= x0 for x0, x1 in in_row[rows]) and (
            not clear or room.clear_of_lines(x, y, width, height)
        ):
            rect = Rect(x, y, width, height)
            room.take(rect)
            return rect, straight(_edge_toward(mark, rect.center), _edge_toward(rect, centre))
    return None


@functools.lru_cache(maxsize=256)
def _aside_order(width: float, row: float) -> tuple[tuple[float, int], ...]:
    """The shifts across (in widths) and rows up or down that words may move aside to,
    nearest first."""
    choices = [
        (shift, rows) for rows in range(-ASIDE_STEPS, ASIDE_STEPS + 1) for shift in ASIDE_SHIFTS
    ]
    return tuple(sorted(choices, key=lambda c: (math.hypot(c[0] * width, c[1] * row), c[1], c[0])))


def _edge_toward(rect: Rect, target: Point) -> Point:
    """Where a line from the centre of `rect` to `target` leaves the rectangle."""
    centre = rect.center
    dx, dy = target.x - centre.x, target.y - centre.y
    if dx == 0 and dy == 0:
        return centre
    reach = min(
        rect.width / 2 / abs(dx) if dx else math.inf,
        rect.height / 2 / abs(dy) if dy else math.inf,
    )
    reach = min(reach, 1.0)
    return Point(centre.x + dx * reach, centre.y + dy * reach)


Box = tuple[float, float, float, float]
"""A box taken: its left, top, right and bottom, grown by `CLEARANCE` on every side."""


def _covers(boxes: Iterable[Box], left: float, top: float, right: float, bottom: float) -> bool:
    """Whether any of `boxes` covers part of the box from (left, top) to (right, bottom)."""
    for x0, y0, x1, y1 in boxes:  # noqa: SIM110 - a third faster than any() here
        if left < x1 and x0 < right and top < y1 and y0 < bottom:
            return True
    return False


class Room:
    """The free room of the lane: which boxes are taken, kept in a grid of bins so that
    words are only checked against the boxes near them."""

    BIN: Final = 96.0

    def __init__(self, bounds: Rect) -> None:
        self._left, self._top = bounds.x, bounds.y
        self._right, self._bottom = bounds.right, bounds.bottom
        self._bins: dict[tuple[int, int], list[Box]] = {}
        self._lines: dict[int, list[_Line]] = {}

    def inside(self, x: float, y: float, width: float, height: float) -> bool:
        """Whether the box at (x, y), `width` × `height`, lies in the lane."""
        return (
            self._left <= x
            and x + width <= self._right
            and self._top <= y
            and y + height <= self._bottom
        )

    def near(self, left: float, top: float, right: float, bottom: float) -> list[Box]:
        """The boxes taken that reach into the area (one across several bins comes once
        for each): words tried at many places in it are checked against these alone."""
        size, bins = self.BIN, self._bins
        rows = range(int(top // size), int(bottom // size) + 1)
        found: list[Box] = []
        for column in range(int(left // size), int(right // size) + 1):
            for row in rows:
                boxes = bins.get((column, row))
                if boxes:
                    found += boxes
        return found

    def free(self, x: float, y: float, width: float, height: float) -> bool:
        """Whether the box at (x, y), `width` × `height`, lies in the lane, clear of every
        box taken."""
        right, bottom = x + width, y + height
        return self.inside(x, y, width, height) and not _covers(
            self.near(x, y, right, bottom), x, y, right, bottom
        )

    def trace(self, segments: Sequence[Segment]) -> None:
        """Keep where a curve runs, for words that would rather not cover it
        (`clear_of_lines`). The pieces must come from `smooth_curve`: each runs evenly
        from left to right and never turns back up or down between its ends."""
        size, lines = self.BIN, self._lines
        for piece in segments:
            line = _line(piece)
            for column in range(int(line[0] // size), int(line[1] // size) + 1):
                if column in lines:
                    lines[column].append(line)
                else:
                    lines[column] = [line]

    def clear_of_lines(self, x: float, y: float, width: float, height: float) -> bool:
        """Whether no traced curve passes through the box. Over the box's width a
        piece that never turns back spans the heights between its two ends there, so the
        heights at the box's two sides (or the piece's ends) say it exactly."""
        right, bottom = x + width, y + height
        size, lines = self.BIN, self._lines
        for column in range(int(x // size), int(right // size) + 1):
            for left, far, top, low, a, b, c, d in lines.get(column, ()):
                if left >= right or far <= x or top > bottom or low < y:
                    continue
                span = far - left
                t = (max(x, left) - left) / span
                first = ((a * t + b) * t + c) * t + d
                t = (min(right, far) - left) / span
                last = ((a * t + b) * t + c) * t + d
                if (first <= bottom or last <= bottom) and (first >= y or last >= y):
                    return False
        return True

    def fits(self, rect: Rect) -> bool:
        return self.free(rect.x, rect.y, rect.width, rect.height)

    def take(self, rect: Rect) -> None:
        box = (
            rect.x - CLEARANCE,
            rect.y - CLEARANCE,
            rect.right + CLEARANCE,
            rect.bottom + CLEARANCE,
        )
        size, bins = self.BIN, self._bins
        rows = range(int(box[1] // size), int(box[3] // size) + 1)
        for column in range(int(box[0] // size), int(box[2] // size) + 1):
            for row in rows:
                if (column, row) in bins:
                    bins[(column, row)].append(box)
                else:
                    bins[(column, row)] = [box]


_Line = tuple[float, float, float, float, float, float, float, float]
"""A piece of a curve from `smooth_curve`: its left and right, its top and bottom, and
the coefficients a, b, c, d of its height y = ((a·t + b)·t + c)·t + d, where t runs
evenly from 0 at its left to 1 at its right (its control points lie at the thirds of
its width)."""


def _line(piece: Segment) -> _Line:
    y0, y1, y2, y3 = piece.start.y, piece.control1.y, piece.control2.y, piece.end.y
    return (
        piece.start.x,
        piece.end.x,
        min(y0, y3),
        max(y0, y3),
        y3 - 3 * y2 + 3 * y1 - y0,
        3 * y2 - 6 * y1 + 3 * y0,
        3 * y1 - 3 * y0,
        y0,
    )

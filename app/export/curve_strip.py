"""A small strip of the whole emotion curve at the head of a stage's page, the stage's
part of it marked: where in the journey the reader is, and how the customer feels there.

Drawn from the emotion lane the map's layout already has: the curves' lines and the
neutral line only, without faces or words, which would be too small to read at this size.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.export.ink import fill
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.emotion_lane import EmotionLane
from app.layout.geometry import Point, Segment
from app.layout.map_layout import MapLayout
from app.layout.shapes import Path, Shape, Stroke, persona_ink, straight

STRIP_HEIGHT = 34.0
"""Points: a glance, not a chart."""
STRIP_PAD = 3.0
"""Points kept above the scale's top and below its bottom, for the line's width."""
HIGHLIGHT = "#fde68a"
TICK = Stroke("grid_line", 0.6)


class CurveStrip(Flowable):
    """The curves of `layout` across the width, the column of `stage_id` shaded."""

    def __init__(self, layout: MapLayout, stage_id: str) -> None:
        super().__init__()
        assert layout.emotions is not None
        self.lane: EmotionLane = layout.emotions
        self.column = next(box.column for box in layout.stages if box.stage_id == stage_id)
        self.left = layout.stages[0].column.x
        self.right = layout.stages[-1].column.right
        self.stage_edges = [box.column.x for box in layout.stages] + [self.right]
        self.spaceBefore, self.spaceAfter = 2, 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, STRIP_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        left, scale = self.left, self.lane.scale
        scale_x = self.width / (self.right - left)
        top, bottom = scale.y_of(scale.high), scale.y_of(scale.low)  # the scale's ends
        scale_y = (self.height - 2 * STRIP_PAD) / max(1e-9, bottom - top)

        def placed(point: Point) -> Point:
            return Point((point.x - left) * scale_x, STRIP_PAD + (point.y - top) * scale_y)

        canvas = self.canv
        canvas.saveState()
        fill(canvas, palette.HEADER_FILL)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        fill(canvas, HIGHLIGHT)
        shaded = (self.column.x - left) * scale_x
        canvas.rect(shaded, 0, self.column.width * scale_x, self.height, stroke=0, fill=1)
        canvas.translate(0, self.height)  # the shapes' y runs down from the strip's top
        middle = placed(Point(left, self.lane.scale.y_of(self.lane.scale.middle))).y
        shapes: list[Shape] = [
            Path((straight(Point(0, middle), Point(self.width, middle)),), Stroke("muted_ink", 0.6))
        ]
        for x in self.stage_edges[1:-1]:  # where one stage ends and the next begins
            edge = (x - left) * scale_x
            shapes.append(Path((straight(Point(edge, 0), Point(edge, self.height)),), TICK))
        for curve in self.lane.curves:
            if curve.segments:
                pieces = tuple(
                    Segment(*(placed(point) for point in piece)) for piece in curve.segments
                )
                pattern = palette.persona_line(curve.persona_index)[1]
                ink = persona_ink(curve.persona_index)
                shapes.append(Path(pieces, Stroke(ink, 1.6, pattern)))
        paint_shapes(canvas, shapes)
        canvas.restoreState()


def shows_a_curve(layout: MapLayout) -> bool:
    """Whether the map has a curve for a strip to show."""
    return layout.emotions is not None and any(curve.segments for curve in layout.emotions.curves)

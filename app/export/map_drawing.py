"""The map drawn on a reportlab canvas from the same layout the editor's canvas uses.

Everything is vector: shapes are paths and text is text in the shipped font. The caller
places the map with a translation and a scale; here one layout unit is one unit of the
canvas, with y growing downwards as in the layout (every y is negated on the way out).
Text is only ever drawn with `drawString`, which prints what it is given literally.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from app.export.card_printing import draw_cards
from app.export.ink import colour, fill, stroke
from app.export.pdf_text import write_lines
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.emotion_marks import beneath_curves, curve_shapes, point_shapes, scale_shapes
from app.layout.map_layout import HEADER_INSET, HEADER_TOP, LaneBox, MapLayout, Metrics, StageBox
from app.layout.map_marks import lane_plate, stage_plate
from app.layout.text import TextStyle
from app.layout.themes import LIGHT
from app.model.data.records import MapContent


def draw_map(canvas: Canvas, layout: MapLayout, content: MapContent) -> None:
    canvas.saveState()
    canvas.setLineJoin(1)
    for lane in layout.lanes:
        _lane_row(canvas, lane)
    _column_lines(canvas, layout)
    if layout.emotions is not None:
        paint_shapes(canvas, scale_shapes(layout.emotions) + beneath_curves(layout.emotions))
    kinds = {lane.id: lane.kind for lane in content.lanes}
    metrics = layout.metrics
    draw_cards(
        canvas,
        [(card, kinds.get(card.lane_id, "custom")) for card in layout.cards.values()],
        metrics,
    )
    for stage in layout.stages:
        _stage_header(canvas, stage, metrics)
    for lane in layout.lanes:
        _lane_header(canvas, lane, metrics)
    emotions = layout.emotions
    if emotions is not None:
        for curve in emotions.curves:
            paint_shapes(canvas, curve_shapes(curve, emotions.text))
        for curve in emotions.curves:
            for point in curve.points:
                paint_shapes(canvas, point_shapes(emotions, point, curve.persona_index))
    canvas.restoreState()


def draw_lines(
    canvas: Canvas,
    lines: Sequence[str],
    style: TextStyle,
    x: float,
    y: float,
    ink: str = palette.INK,
) -> float:
    """Lines of text from their top at `y` (layout units, y down); the y below the last.

    The baseline sits one font size below the top of a line, where Qt's vertically
    centred line of the same height puts it, so print and screen agree.
    """
    if not lines:
        return y
    text = canvas.beginText()
    text.setFillColor(colour(ink))
    write_lines(text, x, -(y + style.size), lines, style)
    canvas.drawText(text)
    return y + style.line_height * len(lines)


def _lane_row(canvas: Canvas, lane: LaneBox) -> None:
    row = lane.row
    fill(canvas, LIGHT.lane_tint(lane.kind))  # paper is light
    canvas.rect(row.x, -row.bottom, row.width, row.height, stroke=0, fill=1)
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    canvas.line(row.x, -row.bottom, row.right, -row.bottom)


def _column_lines(canvas: Canvas, layout: MapLayout) -> None:
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    for stage in layout.stages:
        column = stage.column
        canvas.line(column.right, -column.y, column.right, -column.bottom)


def _stage_header(canvas: Canvas, stage: StageBox, metrics: Metrics) -> None:
    rect = stage.rect
    paint_shapes(canvas, stage_plate(stage))
    x = rect.x + HEADER_INSET
    y = draw_lines(canvas, stage.name_lines, metrics.stage_title, x, rect.y + HEADER_TOP)
    goal = metrics.stage_goal
    draw_lines(canvas, stage.goal_lines, goal, x, y + 2, palette.MUTED_INK)


def _lane_header(canvas: Canvas, lane: LaneBox, metrics: Metrics) -> None:
    rect = lane.rect
    paint_shapes(canvas, lane_plate(lane))
    y = draw_lines(canvas, lane.title_lines, metrics.lane_title, rect.x + 16, rect.y + 10)
    if lane.kind_label:
        kind = metrics.lane_kind
        draw_lines(canvas, [lane.kind_label], kind, rect.x + 16, y + 2, palette.MUTED_INK)

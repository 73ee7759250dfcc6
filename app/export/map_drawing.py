"""The map drawn on a reportlab canvas from the same layout the editor's canvas uses.

Everything is vector: shapes are paths and text is text in the shipped font. The caller
places the map with a translation and a scale; here one layout unit is one unit of the
canvas, with y growing downwards as in the layout (every y is negated on the way out).
Text is only ever drawn with `drawString`, which prints what it is given literally.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.pdfgen.textobject import PDFTextObject

from app.export.card_printing import draw_cards
from app.export.ink import colour, fill, stroke
from app.export.pdf_fonts import font_name
from app.layout import palette
from app.layout.emotions import MOUTH_CURVE, Face, face_for
from app.layout.geometry import Rect
from app.layout.map_layout import (
    CARD_META,
    HINT,
    LANE_KIND,
    LANE_TITLE,
    STAGE_GOAL,
    STAGE_TITLE,
    Curve,
    LaneBox,
    MapLayout,
    PointBox,
    StageBox,
)
from app.layout.text import TextStyle
from app.layout.themes import LIGHT
from app.model.records import MapContent
from app.model.vocabulary import signed

POINT_RADIUS = 11.0
CURVE_WIDTH = 3.0
_DASHES: dict[palette.LinePattern, list[float]] = {
    # Qt's patterns, in line widths, so the print matches the screen.
    "solid": [],
    "dash": [4, 2],
    "dot": [1, 2],
    "dash-dot": [4, 2, 1, 2],
    "dash-dot-dot": [4, 2, 1, 2, 1, 2],
}


def draw_map(canvas: Canvas, layout: MapLayout, content: MapContent) -> None:
    canvas.saveState()
    canvas.setLineJoin(1)
    for lane in layout.lanes:
        _lane_row(canvas, lane)
    _column_lines(canvas, layout)
    if layout.scale is not None:
        _scale(canvas, layout)
    kinds = {lane.id: lane.kind for lane in content.lanes}
    draw_cards(
        canvas, [(card, kinds.get(card.lane_id, "custom")) for card in layout.cards.values()]
    )
    for stage in layout.stages:
        _stage_header(canvas, stage)
    for lane in layout.lanes:
        _lane_header(canvas, lane)
    persona_index = {persona.id: i for i, persona in enumerate(content.personas)}
    if layout.scale is not None:
        for curve in layout.curves:
            _curve(canvas, curve, persona_index.get(curve.persona_id, 0))
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
    text = canvas.beginText()
    y = add_lines(text, lines, style, x, y, ink)
    canvas.drawText(text)
    return y


def add_lines(
    text: PDFTextObject,
    lines: Sequence[str],
    style: TextStyle,
    x: float,
    y: float,
    ink: str | None = palette.INK,
) -> float:
    """`draw_lines` into a text object, so that the blocks of one card are one object;
    with no `ink`, in the colour the object is already in."""
    if not lines:
        return y
    text.setTextOrigin(x, -(y + style.size))
    text.setFont(font_name(style), style.size, style.line_height)
    if ink is not None:
        text.setFillColor(colour(ink))
    for line in lines:
        text.textLine(line)
    return y + style.line_height * len(lines)


def draw_face(
    canvas: Canvas, x: float, y: float, radius: float, face: Face, face_colour: str
) -> None:
    """A round face whose mouth shows the score, centred at (x, y) in layout units."""
    stroke(canvas, palette.INK)
    canvas.setLineWidth(max(1.0, radius / 6))
    fill(canvas, face_colour)
    canvas.circle(x, -y, radius, stroke=1, fill=1)
    fill(canvas, palette.INK)
    for side in (-1, 1):
        canvas.circle(x + side * radius * 0.36, -(y - radius * 0.25), radius * 0.14, 0, 1)
    bend = MOUTH_CURVE[face] * radius * 0.35
    start_x, end_x, mouth_y = x - radius * 0.45, x + radius * 0.45, y + radius * 0.3
    control_y = mouth_y + bend * 2 / 3  # the quadratic bend of the screen, as a cubic
    mouth = canvas.beginPath()
    mouth.moveTo(start_x, -mouth_y)
    mouth.curveTo(
        start_x + radius * 0.3, -control_y, end_x - radius * 0.3, -control_y, end_x, -mouth_y
    )
    canvas.drawPath(mouth, stroke=1, fill=0)


def dash_array(pattern: palette.LinePattern, line_width: float) -> list[float]:
    return [length * line_width for length in _DASHES[pattern]]


def _lane_row(canvas: Canvas, lane: LaneBox) -> None:
    row = lane.row
    fill(canvas, LIGHT.lane_tint(lane.kind))  # paper is light
    canvas.rect(row.x, -row.bottom, row.width, row.height, stroke=0, fill=1)
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    canvas.line(row.x, -row.bottom, row.right, -row.bottom)
    if lane.hint:
        draw_lines(canvas, [lane.hint], HINT, row.x + 16, row.y + 14, palette.MUTED_INK)


def _column_lines(canvas: Canvas, layout: MapLayout) -> None:
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    for stage in layout.stages:
        column = stage.column
        canvas.line(column.right, -column.y, column.right, -column.bottom)


def _stage_header(canvas: Canvas, stage: StageBox) -> None:
    rect = stage.rect
    _header_box(canvas, rect)
    y = draw_lines(canvas, stage.name_lines, STAGE_TITLE, rect.x + 10, rect.y + 10)
    draw_lines(canvas, stage.goal_lines, STAGE_GOAL, rect.x + 10, y + 2, palette.MUTED_INK)


def _lane_header(canvas: Canvas, lane: LaneBox) -> None:
    rect = lane.rect
    _header_box(canvas, rect)
    fill(canvas, palette.lane_accent(lane.kind))
    canvas.rect(rect.x, -rect.bottom, 6, rect.height, stroke=0, fill=1)
    y = draw_lines(canvas, lane.title_lines, LANE_TITLE, rect.x + 16, rect.y + 10)
    if lane.kind_label:
        draw_lines(canvas, [lane.kind_label], LANE_KIND, rect.x + 16, y + 2, palette.MUTED_INK)


def _header_box(canvas: Canvas, rect: Rect) -> None:
    stroke(canvas, palette.GRID_LINE)
    canvas.setLineWidth(1)
    fill(canvas, palette.HEADER_FILL)
    canvas.rect(rect.x + 0.5, -(rect.bottom - 0.5), rect.width - 1, rect.height - 1, 1, 1)


def _scale(canvas: Canvas, layout: MapLayout) -> None:
    """The scale of the emotion band: a line per score, the zero line stronger, a number
    at each line and a face at both ends and at zero."""
    scale = layout.scale
    assert scale is not None
    band = scale.band
    for score, y in scale.ticks:
        stroke(canvas, palette.MUTED_INK if score == 0 else palette.GRID_LINE)
        canvas.setLineWidth(1.5 if score == 0 else 1)
        canvas.setDash([] if score == 0 else [1, 2])
        canvas.line(band.x + 40, -y, band.right, -y)
        draw_lines(canvas, [signed(score)], HINT, band.x + 4, y - 8, palette.MUTED_INK)
    canvas.setDash([])
    for score in (scale.low, 0, scale.high):
        face = face_for(score, scale.low, scale.high)
        draw_face(canvas, band.x + 30, scale.y_of(score), 6, face, "#ffffff")


def _curve(canvas: Canvas, curve: Curve, persona_index: int) -> None:
    line_colour, pattern = palette.persona_line(persona_index)
    if curve.segments:
        stroke(canvas, line_colour)
        canvas.setLineWidth(CURVE_WIDTH)
        canvas.setLineCap(1)
        canvas.setDash(dash_array(pattern, CURVE_WIDTH))
        path: PDFPathObject = canvas.beginPath()
        first = curve.segments[0].start
        path.moveTo(first.x, -first.y)
        for segment in curve.segments:
            c1, c2, end = segment.control1, segment.control2, segment.end
            path.curveTo(c1.x, -c1.y, c2.x, -c2.y, end.x, -end.y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setDash([])
        canvas.setLineCap(0)
    for point in curve.points:
        _point(canvas, point, palette.persona_face(persona_index))


def _point(canvas: Canvas, point: PointBox, face_colour: str) -> None:
    """A face, and under it the score and label on a white plate."""
    x, y = point.at.x, point.at.y
    score = signed(point.score)
    label = f"{score}  {point.label}" if point.label else score
    name = font_name(CARD_META)
    width = max(canvas.stringWidth(label, name, CARD_META.size) + 8, 2 * POINT_RADIUS)
    top = y + POINT_RADIUS + 4
    plate_height = CARD_META.line_height + 2
    draw_face(canvas, x, y, POINT_RADIUS, point.face, face_colour)
    fill(canvas, "#ffffff")
    canvas.roundRect(x - width / 2, -(top + plate_height), width, plate_height, 4, 0, 1)
    fill(canvas, palette.INK)
    canvas.setFont(name, CARD_META.size)
    canvas.drawCentredString(x, -(top + CARD_META.size + 2), label)

"""The layout's shapes (`app.layout.shapes`) painted on a reportlab canvas, in layout
units with y growing downwards, as `app.export.map_drawing` places them. Paper is light:
roles take the light theme's colours."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.pdf_text import draw_line
from app.layout.palette import LinePattern
from app.layout.shapes import Circle, Path, Plate, Polygon, Shape, Stroke, Text, paint
from app.layout.themes import LIGHT

_DASHES: dict[LinePattern, list[float]] = {
    # Qt's patterns, in line widths, so the print matches the screen.
    "solid": [],
    "dash": [4, 2],
    "dot": [1, 2],
    "dash-dot": [4, 2, 1, 2],
    "dash-dot-dot": [4, 2, 1, 2, 1, 2],
}


def dash_array(pattern: LinePattern, line_width: float) -> list[float]:
    return [length * line_width for length in _DASHES[pattern]]


def paint_shapes(canvas: Canvas, shapes: Iterable[Shape]) -> None:
    for shape in shapes:
        if isinstance(shape, Text):
            _text(canvas, shape)
            continue
        filled = _fill_with(canvas, shape.fill if not isinstance(shape, Path) else None)
        stroked = _stroke_with(canvas, shape.stroke)
        if isinstance(shape, Circle):
            canvas.circle(shape.centre.x, -shape.centre.y, shape.radius, stroked, filled)
        elif isinstance(shape, Plate) and shape.radius == 0:
            rect = shape.rect
            canvas.rect(rect.x, -rect.bottom, rect.width, rect.height, stroked, filled)
        elif isinstance(shape, Plate):
            rect = shape.rect
            canvas.roundRect(
                rect.x, -rect.bottom, rect.width, rect.height, shape.radius, stroked, filled
            )
        else:
            path = canvas.beginPath()
            if isinstance(shape, Polygon):
                first, *others = shape.corners
                path.moveTo(first.x, -first.y)
                for corner in others:
                    path.lineTo(corner.x, -corner.y)
                path.close()
            else:
                start = shape.segments[0].start
                path.moveTo(start.x, -start.y)
                for piece in shape.segments:
                    one, two, end = piece.control1, piece.control2, piece.end
                    path.curveTo(one.x, -one.y, two.x, -two.y, end.x, -end.y)
                canvas.setLineCap(1)  # lines end round, as on screen
            canvas.drawPath(path, stroke=stroked, fill=filled)
            canvas.setLineCap(0)
        if stroked and shape.stroke is not None and shape.stroke.pattern != "solid":
            canvas.setDash([])


def _fill_with(canvas: Canvas, colour: str | None) -> int:
    if colour is None:
        return 0
    fill(canvas, paint(colour, LIGHT))
    return 1


def _stroke_with(canvas: Canvas, line: Stroke | None) -> int:
    if line is None:
        return 0
    stroke(canvas, paint(line.colour, LIGHT))
    canvas.setLineWidth(line.width)
    if line.pattern != "solid":
        canvas.setDash(dash_array(line.pattern, line.width))
    return 1


def _text(canvas: Canvas, text: Text) -> None:
    """Lines from the top of the rectangle, or centred in it; each baseline one font size
    below the top of its line, where Qt's vertically centred line puts it."""
    style, rect = text.style, text.rect
    fill(canvas, paint(text.colour, LIGHT))
    top = rect.y
    if text.centred:
        top += (rect.height - len(text.lines) * style.line_height) / 2
    for number, line in enumerate(text.lines):
        baseline = -(top + number * style.line_height + style.size)
        if text.centred:
            draw_line(canvas, rect.center.x, baseline, line, style, "centre")
        else:
            draw_line(canvas, rect.x, baseline, line, style)

"""The one-page overview: the map's title and objective, its personas, the whole map scaled
to fit, and a legend of lanes, emotion faces and persona curves.

Drawn on a reportlab canvas inside a frame; used alone and as the first page of a handout.
Inside the frame, coordinates run from its top left corner with y growing downwards, as in
the layout.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from app.export.map_drawing import draw_lines, draw_map
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.legend import lay_out_legend, legend_entries
from app.layout.map_header import persona_summary
from app.layout.map_layout import MapLayout
from app.layout.text import TextStyle, Typesetter
from app.model.messages import Translate
from app.model.records import MapContent

TITLE = TextStyle(18, bold=True)
OBJECTIVE = TextStyle(10)
PERSONA = TextStyle(9)
LEGEND = TextStyle(8)
GAP = 8.0
SWATCH = 10.0
MAX_PERSONA_LINES = 4
MAX_LEGEND_PERSONAS = 6
MAX_LEGEND_SHARE = 0.2
"""The legend takes no more than this part of the page's height, however big the map."""
LEGEND_ROW = LEGEND.line_height * 1.6


def draw_overview(
    canvas: Canvas,
    content: MapContent,
    layout: MapLayout,
    frame: Rect,
    typesetter: Typesetter,
    translate: Translate,
) -> None:
    """The overview in `frame` (points, from the page's bottom left corner)."""
    canvas.saveState()
    canvas.translate(frame.x, frame.y + frame.height)  # the frame's top left corner
    width = frame.width
    y = draw_lines(canvas, typesetter.wrap(content.map.title, width, TITLE, 2), TITLE, 0, 0)
    if content.map.objective.strip():
        objective = typesetter.wrap(content.map.objective, width, OBJECTIVE, 2)
        y = draw_lines(canvas, objective, OBJECTIVE, 0, y + 2, palette.MUTED_INK)
    persona_lines = [typesetter.shorten(line, width, PERSONA) for line in persona_summary(content)]
    y = draw_lines(canvas, persona_lines[:MAX_PERSONA_LINES], PERSONA, 0, y + 4) + GAP

    most_rows = max(1, int(frame.height * MAX_LEGEND_SHARE / LEGEND_ROW))
    entries = legend_entries(content, translate)
    legend = lay_out_legend(entries, width, LEGEND, typesetter.measure, most_rows)
    map_area = Rect(0, y, width, frame.height - y - legend.height - GAP)
    _draw_map_fitted(canvas, content, layout, map_area)
    canvas.saveState()
    canvas.translate(0, -(frame.height - legend.height))
    paint_shapes(canvas, legend.shapes)
    canvas.restoreState()
    canvas.restoreState()


def _draw_map_fitted(canvas: Canvas, content: MapContent, layout: MapLayout, area: Rect) -> None:
    """The map as large as fits in `area`, centred across it."""
    if layout.width <= 0 or layout.height <= 0 or area.height <= 0:
        return
    scale = min(area.width / layout.width, area.height / layout.height)
    canvas.saveState()
    canvas.translate(area.x + (area.width - layout.width * scale) / 2, -area.y)
    canvas.scale(scale, scale)
    draw_map(canvas, layout, content)
    canvas.restoreState()

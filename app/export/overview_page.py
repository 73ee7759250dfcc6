"""The one-page overview painted on a reportlab canvas, as `app.layout.overview` composes
it for the page: the title block, the map and the legend. Used alone and in a handout.

Inside the frame, coordinates run from its top left corner with y growing downwards, as in
the layout.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from app.export.map_drawing import draw_map
from app.export.shape_painter import paint_shapes
from app.layout.geometry import Rect
from app.layout.overview import OverviewPlan
from app.model.data.records import MapContent


def draw_overview(canvas: Canvas, content: MapContent, plan: OverviewPlan, frame: Rect) -> None:
    """The overview in `frame` (points, from the page's bottom left corner)."""
    canvas.saveState()
    canvas.translate(frame.x, frame.y + frame.height)  # the frame's top left corner
    paint_shapes(canvas, plan.shapes)
    canvas.translate(plan.map_at.x, -plan.map_at.y)
    canvas.scale(plan.scale, plan.scale)
    draw_map(canvas, plan.layout, content)
    canvas.restoreState()

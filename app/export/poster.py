"""A wall poster: the map at a true scale, tiled over sheets that overlap
(`poster_plan`, `poster_sheets`), after a first sheet that shows how they fit together,
says how large the cards print and names the one sheet a print shop would print.

The map is drawn once, as a PDF form (an XObject), and every sheet shows its part of that
form through a clip, as print tiling tools do: the file holds one copy of the map however
many sheets it spans, and nothing that reaches over a sheet's edge can go missing from it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.map_drawing import draw_lines, draw_map
from app.export.pdf_options import (
    MIN_POSTER_SCALE,
    PAPER_LABELS,
    PAPERS,
    POINTS_PER_UNIT,
    PdfOptions,
)
from app.export.pdf_text import draw_line
from app.export.poster_plan import PosterPlan, percent, plan_poster, sheet_name
from app.export.poster_sheets import MAP_FORM, draw_sheet
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import CARD_TITLE
from app.layout.overview import LEAST_TITLE_POINTS
from app.layout.poster_band import PosterArt
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent
from app.model.messages import Message, one_or_many

HEADING = TextStyle(16, bold=True)
BODY = TextStyle(10)
SHEET_NAME = TextStyle(12, bold=True)
WALL_TITLE_POINTS = 12.0
"""Cards' titles this large read from a step back; smaller, from close up."""
SHOP_SHRINK = 0.2
"""How much smaller than asked the poster may print on a print shop's one sheet, or for
its seams to fall between stages and lanes."""


def draw_poster(
    canvas: Canvas,
    content: MapContent,
    art: PosterArt,
    options: PdfOptions,
    typesetter: Typesetter,
    page_done: Callable[[], None],
) -> None:
    """The assembly sheet, then every sheet row by row; `page_done` after each page."""
    plan = plan_poster(art, options)
    _map_form(canvas, content, art, plan)
    _assembly_sheet(canvas, content, art, options, typesetter)
    canvas.showPage()
    page_done()
    for row in range(plan.rows):
        for column in range(plan.columns):
            draw_sheet(canvas, content, plan, (row, column), typesetter, options.translate)
            canvas.showPage()
            page_done()


def _map_form(canvas: Canvas, content: MapContent, art: PosterArt, plan: PosterPlan) -> None:
    """The poster's art at its scale, the band above the map, as the form `MAP_FORM`,
    its bottom left corner at (0, 0) of the form."""
    canvas.beginForm(MAP_FORM, 0, 0, plan.width, plan.height)
    canvas.translate(0, plan.height)
    canvas.scale(plan.points_per_unit, plan.points_per_unit)
    paint_shapes(canvas, art.band)
    canvas.translate(0, -art.band_height)
    draw_map(canvas, art.layout, content)
    canvas.endForm()


def _assembly_sheet(
    canvas: Canvas,
    content: MapContent,
    art: PosterArt,
    options: PdfOptions,
    typesetter: Typesetter,
) -> None:
    """How the sheets fit together: the map small, with each sheet's place drawn over it."""
    plan = plan_poster(art, options)
    frame = options.frame
    canvas.saveState()
    canvas.translate(frame.x, frame.bottom)
    y = draw_lines(
        canvas, typesetter.wrap(content.map.title, frame.width, HEADING, 2), HEADING, 0, 0
    )
    facts = _assembly_facts(art, options, plan)
    for fact in (fact.translated(options.translate) for fact in facts):
        y = draw_lines(canvas, typesetter.wrap(fact, frame.width, BODY), BODY, 0, y + 4)
    area = Rect(0, y + 12, frame.width, frame.height - y - 12)
    scale = min(area.width / plan.width, area.height / plan.height)
    canvas.translate((area.width - plan.width * scale) / 2, -area.y)
    canvas.scale(scale, scale)
    canvas.saveState()
    canvas.translate(0, -plan.height)
    canvas.doForm(MAP_FORM)
    canvas.restoreState()
    canvas.setLineWidth(1.5 / scale)
    for row in range(plan.rows):
        for column in range(plan.columns):
            left, top = plan.origin(row, column)
            width = min(plan.sheet.width, plan.width - left)
            height = min(plan.sheet.height, plan.height - top)
            stroke(canvas, palette.SELECTION)
            canvas.rect(left, -(top + height), width, height, stroke=1, fill=0)
            name = sheet_name(row, column, options.translate)
            style = TextStyle(max(1, round(min(48.0, width / 5))), bold=SHEET_NAME.bold)
            baseline = -(top + height / 2 + style.size / 3)
            label_width = typesetter.measure(name, style) + style.size
            fill(canvas, "#ffffff")  # a plate, so that the name does not sit on the cards
            canvas.roundRect(
                left + (width - label_width) / 2,
                baseline - style.size * 0.35,
                label_width,
                style.size * 1.3,
                style.size * 0.3,
                stroke=0,
                fill=1,
            )
            fill(canvas, palette.SELECTION)
            draw_line(canvas, left + width / 2, baseline, name, style, "centre")
    canvas.restoreState()


def _assembly_facts(art: PosterArt, options: PdfOptions, plan: PosterPlan) -> list[Message]:
    """What the assembly sheet says: the poster's size, how large its cards print, the
    steps of putting it together, and the paper a print shop would print it on whole."""
    width_cm, height_cm = plan.width / (10 * mm), plan.height / (10 * mm)
    sheets = one_or_many(
        plan.sheet_count,
        Message("Pdf", "A poster of 1 sheet"),
        Message("Pdf", "A poster of {count} sheets"),
    )
    rows = one_or_many(
        plan.rows,
        Message("Pdf", "1 row of {columns}"),
        Message("Pdf", "{count} rows of {columns}"),
    ).format(columns=plan.columns)
    turned = Message("Pdf", "landscape") if options.landscape else Message("Pdf", "portrait")
    title_points = CARD_TITLE.size * plan.points_per_unit
    poster = Message(
        "Pdf",
        "{sheets}: {rows}, {paper} {turned}, at {percent} % ({size}); card titles print at "
        "{points} pt.",
    ).format(
        sheets=sheets,
        rows=rows,
        paper=PAPER_LABELS[options.paper],
        turned=turned,
        percent=percent(plan),
        size=f"{width_cm:.0f} × {height_cm:.0f} cm",
        points=f"{title_points:.0f}",
    )
    facts = [poster]
    if title_points < WALL_TITLE_POINTS:
        facts.append(
            Message(
                "Pdf",
                "That reads from close up; at {percent} % they print at {points} pt, to read "
                "from a step back.",
            ).format(percent=_scale_for(WALL_TITLE_POINTS), points=f"{WALL_TITLE_POINTS:.0f}")
        )
    facts += [
        Message("Pdf", "1. Print at actual size (100 %, not “fit to page”)."),
        Message(
            "Pdf",
            "2. Leave R1 C1 as it is. On all the other sheets, trim the dashed edges: the "
            "left, the top, or both.",
        ),
        Message(
            "Pdf",
            "3. Lay each sheet over its neighbours, its edge on the cyan line that names it, "
            "so that the magenta ticks meet across the seam. Tape on the back.",
        ),
        Message("Pdf", "4. Trim the outer edges last, at the corner marks."),
    ]
    if plan.seams and plan.seams_between == plan.seams:
        facts.append(Message("Pdf", "The seams all fall between stages and lanes."))
    elif plan.seams and (between := scale_with_seams_between(art, options)) is not None:
        facts.append(
            Message(
                "Pdf",
                "At {percent} % the seams would all fall between stages and lanes, on {sheets} "
                "sheets.",
            ).format(percent=between.poster_scale, sheets=plan_poster(art, between).sheet_count)
        )
    shop = print_shop_sheet(art, options) if plan.sheet_count > 1 else None
    if shop is not None:
        facts.append(
            Message(
                "Pdf",
                "For a print shop: export it on {paper} at {percent} %: one sheet, nothing "
                "to tape.",
            ).format(paper=shop.paper_name(), percent=shop.poster_scale)
        )
    return facts


def scale_with_seams_between(art: PosterArt, options: PdfOptions) -> PdfOptions | None:
    """The largest scale a little smaller than asked (down to SHOP_SHRINK smaller, in
    steps of 5 %) at which every seam falls between stages and lanes, on no more sheets;
    None if there is none."""
    sheets = plan_poster(art, options).sheet_count
    least = max(_least_scale(), options.poster_scale * (1 - SHOP_SHRINK))
    for scale in range((options.poster_scale - 1) // 5 * 5, math.ceil(least) - 1, -5):
        plan = plan_poster(art, replace(options, poster_scale=scale))
        if plan.seams and plan.seams_between == plan.seams and plan.sheet_count <= sheets:
            return replace(options, poster_scale=scale)
    return None


def print_shop_sheet(art: PosterArt, options: PdfOptions) -> PdfOptions | None:
    """The smallest paper, larger than the one chosen, that holds the whole poster on one
    sheet, in either orientation, at its scale or at most SHOP_SHRINK smaller (in steps
    of 5 %); None if none does."""
    chosen = PAPERS[options.paper][0] * PAPERS[options.paper][1]
    larger = sorted(
        (size[0] * size[1], paper) for paper, size in PAPERS.items() if size[0] * size[1] > chosen
    )
    least = min(options.poster_scale, max(_least_scale(), options.poster_scale * (1 - SHOP_SHRINK)))
    scales = [options.poster_scale, *range(options.poster_scale // 5 * 5, math.ceil(least) - 1, -5)]
    for _area, paper in larger:
        for scale in dict.fromkeys(scale for scale in scales if scale >= least):
            for landscape in (False, True):
                choice = replace(options, paper=paper, landscape=landscape, poster_scale=scale)
                if plan_poster(art, choice).sheet_count == 1:
                    return choice
    return None


def _least_scale() -> int:
    """The smallest scale the poster suggests: its cards' titles as large as on paper
    held at arm's length."""
    return max(MIN_POSTER_SCALE, _scale_for(LEAST_TITLE_POINTS))


def _scale_for(title_points: float) -> int:
    """The scale, in steps of 5 %, at which cards' titles print at least `title_points`."""
    return math.ceil(title_points / (CARD_TITLE.size * POINTS_PER_UNIT) * 100 / 5) * 5

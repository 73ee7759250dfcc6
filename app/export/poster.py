"""A wall poster: the map at a true scale, tiled over sheets that overlap, with crop and
alignment marks and a label on each, after a first sheet that shows how they fit together.

The map is drawn once, as a PDF form (an XObject), and every sheet shows its part of that
form through a clip, as print tiling tools do: the file holds one copy of the map however
many sheets it spans, and nothing that reaches over a sheet's edge can go missing from it.

Neighbouring sheets both print a band of the map `POSTER_OVERLAP` wide. An alignment mark
(a circle and cross) sits in the margins at the middle of every such band, at the same place
of the map on both sheets: lay one sheet over the other so the marks meet, and tape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.map_drawing import draw_lines, draw_map
from app.export.pdf_options import (
    MIN_POSTER_SCALE,
    PAPER_LABELS,
    PAPERS,
    POINTS_PER_UNIT,
    POSTER_OVERLAP,
    PdfOptions,
)
from app.export.pdf_text import Align, draw_line
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import MapLayout
from app.layout.poster_band import PosterArt, poster_art
from app.layout.text import TextStyle, Typesetter
from app.model.errors import JourneyboardError
from app.model.messages import Message, Translate, one_or_many
from app.model.records import MapContent

MAX_POSTER_SHEETS = 400
"""The most sheets a poster may take: 20 × 20 A4 sheets cover a wall of 4 × 6 metres. A
map within every limit at a large scale would otherwise take hundreds of thousands."""
MARK_GAP, MARK_LENGTH, MARK_RADIUS = 2 * mm, 5 * mm, 2.2 * mm
MARK_REACH = MARK_RADIUS * 1.6
"""How far an alignment mark's cross reaches from its centre."""
LABEL = TextStyle(7)
HEADING = TextStyle(16, bold=True)
BODY = TextStyle(10)
SHEET_NAME = TextStyle(12, bold=True)
MAP_FORM, TARGET_FORM = "poster-map", "alignment-mark"
LAY_LINE = "#9aa5b1"
"""Light: the line a neighbour's edge goes on is covered by it, or all but."""


@dataclass(frozen=True, slots=True)
class PosterPlan:
    """How a map of `width` × `height` points is cut into sheets of `sheet` points:
    where each column and row of sheets starts (`starts_across`, `starts_down`, in points
    from the art's top left corner). Neighbours share at least `overlap`; a sheet is
    trimmed at its start and laid over the one before, so the seam that shows is where it
    starts, chosen in a gutter between stages or lanes where one is near."""

    points_per_unit: float
    width: float
    height: float
    sheet: Rect
    """The printable frame of a sheet, in points from its bottom left corner."""
    overlap: float
    starts_across: tuple[float, ...]
    starts_down: tuple[float, ...]

    @property
    def columns(self) -> int:
        return len(self.starts_across)

    @property
    def rows(self) -> int:
        return len(self.starts_down)

    @property
    def sheet_count(self) -> int:
        return self.columns * self.rows

    def origin(self, row: int, column: int) -> tuple[float, float]:
        """The map point (in points, from its top left corner) at a sheet's top left."""
        return self.starts_across[column], self.starts_down[row]


def points_per_unit(options: PdfOptions) -> float:
    return POINTS_PER_UNIT * options.poster_scale / 100


def art_of(
    content: MapContent, layout: MapLayout, options: PdfOptions, typesetter: Typesetter
) -> PosterArt:
    """What the poster of `options` prints: its band and the map."""
    return poster_art(content, layout, points_per_unit(options), typesetter, options.translate)


def plan_poster(art: PosterArt, options: PdfOptions) -> PosterPlan:
    """How the poster's art (its band and map) is cut into sheets of `options`' paper."""
    scale = points_per_unit(options)
    width, height = art.width * scale, art.height * scale
    frame = options.frame
    layout = art.layout
    across = [box.column.x * scale for box in layout.stages]
    down = [art.band_height * scale]
    down += [(art.band_height + box.rect.y) * scale for box in layout.lanes]
    return PosterPlan(
        scale,
        width,
        height,
        frame,
        POSTER_OVERLAP,
        _starts(width, frame.width, POSTER_OVERLAP, across),
        _starts(height, frame.height, POSTER_OVERLAP, down),
    )


class PosterTooLargeError(JourneyboardError):
    """A poster that would take more than `MAX_POSTER_SHEETS` sheets."""


def check_poster_size(art: PosterArt, options: PdfOptions) -> None:
    """Refuse a poster of more than `MAX_POSTER_SHEETS` sheets, naming the largest scale
    that fits on this paper."""
    sheets = plan_poster(art, options).sheet_count
    if sheets <= MAX_POSTER_SHEETS:
        return
    fits = largest_scale_that_fits(art, options)
    advice = (
        Message("Pdf", "At most {scale} % fits on this paper.").format(scale=fits)
        if fits
        else Message("Pdf", "Choose larger paper.")
    )
    raise PosterTooLargeError(
        Message(
            "Pdf",
            "A poster at {percent} % would take {sheets} sheets; Journeyboard prints at most "
            "{most}. {advice}",
        ).format(
            percent=options.poster_scale,
            sheets=f"{sheets:,}",
            most=MAX_POSTER_SHEETS,
            advice=advice,
        )
    )


def largest_scale_that_fits(art: PosterArt, options: PdfOptions) -> int | None:
    """The largest scale up to the one asked for, in steps of 5 %, at which the poster
    takes at most `MAX_POSTER_SHEETS` sheets on this paper; None if none does. (Below
    100 % the band's title grows to stay readable: the art laid out for the scale asked
    for is close enough to count sheets.)"""
    for scale in range(options.poster_scale, MIN_POSTER_SCALE - 1, -5):
        if plan_poster(art, replace(options, poster_scale=scale)).sheet_count <= (
            MAX_POSTER_SHEETS
        ):
            return scale
    return None


def _starts(length: float, sheet: float, overlap: float, gutters: list[float]) -> tuple[float, ...]:
    """Where each sheet along `length` starts: back at the last gutter within the second
    half of the sheet before where that takes no more sheets, else each as far on as keeps
    `overlap` with the one before."""
    in_gutters = _starts_at(length, sheet, overlap, gutters)
    evenly = _starts_at(length, sheet, overlap, [])
    return in_gutters if len(in_gutters) <= len(evenly) else evenly


def _starts_at(
    length: float, sheet: float, overlap: float, gutters: list[float]
) -> tuple[float, ...]:
    starts = [0.0]
    while starts[-1] + sheet < length - 1e-6:
        latest = starts[-1] + sheet - overlap
        inside = [gutter for gutter in gutters if starts[-1] + sheet / 2 <= gutter <= latest]
        starts.append(max(inside, default=latest))
    return tuple(starts)


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
    _target_form(canvas)
    _assembly_sheet(canvas, content, art, options, typesetter)
    canvas.showPage()
    page_done()
    for row in range(plan.rows):
        for column in range(plan.columns):
            _sheet(canvas, content, plan, (row, column), typesetter, options.translate)
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


def _sheet(
    canvas: Canvas,
    content: MapContent,
    plan: PosterPlan,
    place: tuple[int, int],
    typesetter: Typesetter,
    translate: Translate,
) -> None:
    row, column = place
    frame = plan.sheet
    left, top = plan.origin(row, column)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(frame.x, frame.y, frame.width, frame.height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(frame.x - left, frame.bottom + top - plan.height)
    canvas.doForm(MAP_FORM)
    canvas.restoreState()
    _crop_marks(canvas, frame)
    _alignment_marks(canvas, plan, row, column)
    _seam_lines(canvas, plan, row, column, translate)
    label_of_sheet = Message(
        "Pdf", "Row {row}, column {column} · sheet {sheet} of {sheets} · {percent} % · "
    ).format(
        row=row + 1,
        column=column + 1,
        sheet=row * plan.columns + column + 1,
        sheets=plan.sheet_count,
        percent=_percent(plan),
    )
    where = label_of_sheet.translated(translate)
    room = frame.width - 2 * (MARK_GAP + MARK_LENGTH) - typesetter.measure(where, LABEL)
    label = where + typesetter.shorten(content.map.title, room, LABEL)
    fill(canvas, palette.MUTED_INK)
    draw_line(canvas, frame.center.x, frame.y - MARK_GAP - LABEL.size, label, LABEL, "centre")


def _crop_marks(canvas: Canvas, frame: Rect) -> None:
    """Short lines in the margin in line with the frame's edges, at each corner."""
    stroke(canvas, "#000000")
    canvas.setLineWidth(0.3)
    for x, y, dx, dy in (
        (frame.x, frame.y, -1, -1),
        (frame.right, frame.y, 1, -1),
        (frame.x, frame.bottom, -1, 1),
        (frame.right, frame.bottom, 1, 1),
    ):
        canvas.line(x + dx * MARK_GAP, y, x + dx * (MARK_GAP + MARK_LENGTH), y)
        canvas.line(x, y + dy * MARK_GAP, x, y + dy * (MARK_GAP + MARK_LENGTH))


def _alignment_marks(canvas: Canvas, plan: PosterPlan, row: int, column: int) -> None:
    """A mark in the margins at the middle of each band this sheet shares with another."""
    frame = plan.sheet
    for x in _shared_middles(plan.starts_across, column, frame.width):
        for y in (frame.y - MARK_GAP - MARK_RADIUS, frame.bottom + MARK_GAP + MARK_RADIUS):
            _target(canvas, frame.x + x, y)
    for y in _shared_middles(plan.starts_down, row, frame.height):
        for x in (frame.x - MARK_GAP - MARK_RADIUS, frame.right + MARK_GAP + MARK_RADIUS):
            _target(canvas, x, frame.bottom - y)


def _shared_middles(starts: tuple[float, ...], index: int, sheet: float) -> list[float]:
    """How far into sheet `index` (from its start) lie the middles of the bands it shares
    with the sheets before and after it."""
    middles = []
    if index > 0:
        middles.append((starts[index - 1] + sheet - starts[index]) / 2)
    if index < len(starts) - 1:
        middles.append((starts[index + 1] - starts[index] + sheet) / 2)
    return middles


def _seam_lines(
    canvas: Canvas, plan: PosterPlan, row: int, column: int, translate: Translate
) -> None:
    """The edges to trim (those laid over a neighbour: the left and the top, after the
    first column and row), dashed, and inside the bands the next sheets are laid over, a
    line where their trimmed edge goes, named along it near both ends."""
    frame = plan.sheet
    stroke(canvas, "#000000")
    canvas.setLineWidth(0.4)
    canvas.setDash([3, 2])
    if column > 0:
        canvas.line(frame.x, frame.y, frame.x, frame.bottom)
    if row > 0:
        canvas.line(frame.x, frame.bottom, frame.right, frame.bottom)
    canvas.setDash([])
    stroke(canvas, LAY_LINE)
    canvas.setLineWidth(0.5)
    fill(canvas, palette.MUTED_INK)
    inset = 12 * mm  # from the frame's corners, clear of the marks
    if column < plan.columns - 1:
        x = frame.x + plan.starts_across[column + 1] - plan.starts_across[column]
        canvas.line(x, frame.y, x, frame.bottom)
        said = _lay_here(row, column + 1, translate)
        ends: tuple[tuple[float, Align], ...] = (
            (frame.y + inset, "left"),
            (frame.bottom - inset, "right"),
        )
        for y, align in ends:
            canvas.saveState()  # up along the line, inside the band after it
            canvas.translate(x + 2 + LABEL.size, y)
            canvas.rotate(90)
            draw_line(canvas, 0, 0, said, LABEL, align)
            canvas.restoreState()
    if row < plan.rows - 1:
        y = frame.bottom - (plan.starts_down[row + 1] - plan.starts_down[row])
        canvas.line(frame.x, y, frame.right, y)
        said = _lay_here(row + 1, column, translate)  # along the line, in the band below it
        ends = ((frame.x + inset, "left"), (frame.right - inset, "right"))
        for x, align in ends:
            draw_line(canvas, x, y - 2 - LABEL.size, said, LABEL, align)


def _lay_here(row: int, column: int, translate: Translate) -> str:
    said = Message("Pdf", "lay the edge of R{row} C{column} here")
    return said.format(row=row + 1, column=column + 1).translated(translate)


def _target_form(canvas: Canvas) -> None:
    """An alignment mark, a circle and a cross, as the form `TARGET_FORM`: its centre
    is at (`MARK_REACH`, `MARK_REACH`) of the form."""
    canvas.beginForm(TARGET_FORM, 0, 0, 2 * MARK_REACH, 2 * MARK_REACH)
    stroke(canvas, "#000000")
    canvas.setLineWidth(0.3)
    canvas.circle(MARK_REACH, MARK_REACH, MARK_RADIUS, stroke=1, fill=0)
    canvas.line(0, MARK_REACH, 2 * MARK_REACH, MARK_REACH)
    canvas.line(MARK_REACH, 0, MARK_REACH, 2 * MARK_REACH)
    canvas.endForm()


def _target(canvas: Canvas, x: float, y: float) -> None:
    """The alignment mark centred at (x, y)."""
    canvas.saveState()
    canvas.translate(x - MARK_REACH, y - MARK_REACH)
    canvas.doForm(TARGET_FORM)
    canvas.restoreState()


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
    poster = Message("Pdf", "{sheets}: {rows}, {paper} {turned}, at {percent} % ({size}).").format(
        sheets=sheets,
        rows=rows,
        paper=PAPER_LABELS[options.paper],
        turned=turned,
        percent=_percent(plan),
        size=f"{width_cm:.0f} × {height_cm:.0f} cm",
    )
    how = Message(
        "Pdf",
        "Print at actual size (100 %, not “fit to page”). Trim each sheet along its dashed "
        "edges and lay it over its neighbours, its edge on the line that names it; then "
        "tape. Neighbouring sheets share at least {overlap} mm of the map, marked ⊕ in the "
        "margins, and the seams fall between stages and lanes where they can. Each sheet's "
        "label says where it goes.",
    ).format(overlap=f"{POSTER_OVERLAP / mm:.0f}")
    facts = [poster.translated(options.translate), how.translated(options.translate)]
    larger = one_larger_sheet(art, options) if plan.sheet_count > 1 else None
    if larger is not None:
        one = Message("Pdf", "Or have a print shop print it on one {paper} sheet, nothing to tape.")
        facts.append(one.format(paper=larger.paper_name()).translated(options.translate))
    for fact in facts:
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
    sheet_name = Message("Pdf", "R{row} C{column}")
    for row in range(plan.rows):
        for column in range(plan.columns):
            left, top = plan.origin(row, column)
            width = min(plan.sheet.width, plan.width - left)
            height = min(plan.sheet.height, plan.height - top)
            stroke(canvas, palette.SELECTION)
            canvas.rect(left, -(top + height), width, height, stroke=1, fill=0)
            name = sheet_name.format(row=row + 1, column=column + 1).translated(options.translate)
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


def one_larger_sheet(art: PosterArt, options: PdfOptions) -> PdfOptions | None:
    """The smallest paper, larger than the one chosen, that holds the whole poster on one
    sheet at its scale, in either orientation; None if none does."""
    chosen = PAPERS[options.paper][0] * PAPERS[options.paper][1]
    larger = sorted(
        (size[0] * size[1], paper) for paper, size in PAPERS.items() if size[0] * size[1] > chosen
    )
    for _area, paper in larger:
        for landscape in (False, True):
            choice = replace(options, paper=paper, landscape=landscape)
            if plan_poster(art, choice).sheet_count == 1:
                return choice
    return None


def _percent(plan: PosterPlan) -> int:
    return round(plan.points_per_unit / POINTS_PER_UNIT * 100)

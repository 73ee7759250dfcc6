"""A wall poster: the map at a true scale, tiled over sheets that overlap, with trim lines,
ticks to line up and a label on each, after a first sheet that shows how they fit together.

The map is drawn once, as a PDF form (an XObject), and every sheet shows its part of that
form through a clip, as print tiling tools do: the file holds one copy of the map however
many sheets it spans, and nothing that reaches over a sheet's edge can go missing from it.

Neighbouring sheets both print a band of the map `POSTER_OVERLAP` wide. A sheet is trimmed
on its left and top edges (the art runs `BLEED` past them, so a cut a little wide shows no
white) and laid over its neighbours, its edge on the line inside their band that names it;
short coloured ticks on both sheets then meet across the seam as one line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.map_drawing import draw_lines, draw_map
from app.export.pdf_fonts import measure
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
from app.layout.map_layout import CARD_TITLE, MapLayout
from app.layout.overview import LEAST_TITLE_POINTS
from app.layout.poster_band import PosterArt, poster_art
from app.layout.text import TextStyle, Typesetter
from app.model.errors import JourneyboardError
from app.model.messages import Message, Translate, one_or_many
from app.model.records import MapContent

MAX_POSTER_SHEETS = 400
"""The most sheets a poster may take: 20 × 20 A4 sheets cover a wall of 4 × 6 metres. A
map within every limit at a large scale would otherwise take hundreds of thousands."""
BLEED = 3 * mm
"""How far the art runs past an edge that is trimmed."""
MARK_GAP, MARK_LENGTH = 4 * mm, 5 * mm
"""Crop marks start clear of the bleed."""
TICK, TICKS_AT, TICK_CLEAR = 6 * mm, (0.2, 0.5, 0.8), 30 * mm
"""Each sheet's half of a tick across a seam; where along a seam with no gutters the
ticks are; how far from a seam's ends they keep, clear of the names along it."""
TICK_INK = "#c2255c"
LABEL = TextStyle(7)
SHEET_LABEL = TextStyle(10, bold=True)
LAY_LABEL = TextStyle(9)
HEADING = TextStyle(16, bold=True)
BODY = TextStyle(10)
SHEET_NAME = TextStyle(12, bold=True)
MAP_FORM = "poster-map"
WALL_TITLE_POINTS = 12.0
"""Cards' titles this large read from a step back; smaller, from close up."""
SHOP_SHRINK = 0.2
"""How much smaller than asked the poster may print on a print shop's one sheet, or for
its seams to fall between stages and lanes."""
LAY_LINE = "#1098ad"
"""Cyan, unlike any line of the map: the line a neighbour's edge goes on."""


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
    seams_between: int = 0
    """How many of the seams fall between stages or lanes."""
    gutters_across: tuple[float, ...] = ()
    gutters_down: tuple[float, ...] = ()
    """Where stages, and lanes, meet: in points from the art's top left corner."""

    @property
    def columns(self) -> int:
        return len(self.starts_across)

    @property
    def rows(self) -> int:
        return len(self.starts_down)

    @property
    def sheet_count(self) -> int:
        return self.columns * self.rows

    @property
    def seams(self) -> int:
        return self.columns + self.rows - 2

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
    starts_across = _starts(width, frame.width, POSTER_OVERLAP, across)
    starts_down = _starts(height, frame.height, POSTER_OVERLAP, down)
    between = sum(
        start in gutters
        for starts, gutters in ((starts_across, across), (starts_down, down))
        for start in starts[1:]
    )
    return PosterPlan(
        scale,
        width,
        height,
        frame,
        POSTER_OVERLAP,
        starts_across,
        starts_down,
        between,
        tuple(across),
        tuple(down),
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
    art = _art_on_sheet(plan, row, column)
    canvas.saveState()
    clip = canvas.beginPath()
    bleed_left, bleed_top = (BLEED if column else 0), (BLEED if row else 0)
    clip.rect(art.x - bleed_left, art.y, art.width + bleed_left, art.height + bleed_top)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(frame.x - left, frame.bottom + top - plan.height)
    canvas.doForm(MAP_FORM)
    canvas.restoreState()
    _crop_marks(canvas, art)
    _seam_lines(canvas, plan, row, column, art, translate)
    _ticks(canvas, plan, row, column, art)
    _label(canvas, content, plan, row, column, typesetter, translate)


def _art_on_sheet(plan: PosterPlan, row: int, column: int) -> Rect:
    """The part of a sheet's frame the art covers, in points from the page's bottom left:
    all of it, but on the last sheets of a row or column, where the art ends."""
    frame = plan.sheet
    left, top = plan.origin(row, column)
    width = min(frame.width, plan.width - left)
    height = min(frame.height, plan.height - top)
    return Rect(frame.x, frame.bottom - height, width, height)


def _label(
    canvas: Canvas,
    content: MapContent,
    plan: PosterPlan,
    row: int,
    column: int,
    typesetter: Typesetter,
    translate: Translate,
) -> None:
    """The sheet's name in bold, then its number, the scale and the map's title, in the
    bottom margin: under the next row's sheet once the poster is put together."""
    frame = plan.sheet
    name = _sheet_name(row, column, translate) + "  "
    rest = (
        Message("Pdf", "sheet {sheet} of {sheets} · {percent} % · ")
        .format(
            sheet=row * plan.columns + column + 1, sheets=plan.sheet_count, percent=_percent(plan)
        )
        .translated(translate)
    )
    named = typesetter.measure(name, SHEET_LABEL)
    room = frame.width - 2 * (MARK_GAP + MARK_LENGTH) - named - typesetter.measure(rest, LABEL)
    rest += typesetter.shorten(content.map.title, room, LABEL)
    x = frame.center.x - (named + typesetter.measure(rest, LABEL)) / 2
    baseline = frame.y - MARK_GAP - SHEET_LABEL.size
    fill(canvas, palette.INK)
    draw_line(canvas, x, baseline, name, SHEET_LABEL)
    fill(canvas, palette.MUTED_INK)
    draw_line(canvas, x + named, baseline, rest, LABEL)


def _sheet_name(row: int, column: int, translate: Translate) -> str:
    return (
        Message("Pdf", "R{row} C{column}")
        .format(row=row + 1, column=column + 1)
        .translated(translate)
    )


def _crop_marks(canvas: Canvas, art: Rect) -> None:
    """Short lines in the margin in line with the art's edges, at each corner."""
    stroke(canvas, "#000000")
    canvas.setLineWidth(0.3)
    for x, y, dx, dy in (
        (art.x, art.y, -1, -1),
        (art.right, art.y, 1, -1),
        (art.x, art.bottom, -1, 1),
        (art.right, art.bottom, 1, 1),
    ):
        canvas.line(x + dx * MARK_GAP, y, x + dx * (MARK_GAP + MARK_LENGTH), y)
        canvas.line(x, y + dy * MARK_GAP, x, y + dy * (MARK_GAP + MARK_LENGTH))


def _ticks(canvas: Canvas, plan: PosterPlan, row: int, column: int, art: Rect) -> None:
    """Across each seam, at the same places of the map on both sheets: on the sheet laid
    over, from its trimmed edge in; on the sheet beneath, from the line its edge goes on
    back out. Laid right, the two halves make one unbroken line."""
    frame = plan.sheet
    left, top = plan.origin(row, column)
    stroke(canvas, TICK_INK)
    canvas.setLineWidth(1)
    along_height = [art.bottom - at for at in _tick_places(plan.gutters_down, top, art.height)]
    along_width = [art.x + at for at in _tick_places(plan.gutters_across, left, art.width)]
    if column > 0:
        for y in along_height:
            canvas.line(art.x, y, art.x + TICK, y)
    if column < plan.columns - 1:
        x = frame.x + plan.starts_across[column + 1] - plan.starts_across[column]
        for y in along_height:
            canvas.line(x - TICK, y, x, y)
    if row > 0:
        for x in along_width:
            canvas.line(x, art.bottom, x, art.bottom - TICK)
    if row < plan.rows - 1:
        y = frame.bottom - (plan.starts_down[row + 1] - plan.starts_down[row])
        for x in along_width:
            canvas.line(x, y, x, y + TICK)


def _tick_places(gutters: tuple[float, ...], start: float, length: float) -> list[float]:
    """Where along a seam `length` long, from `start` of the art, its ticks go: on the
    gutters between lanes or stages, where no words are, the first, middle and last
    clear of the seam's ends; else (a seam through the title band) spread along it."""
    clear = TICK_CLEAR
    inside = [g - start for g in gutters if start + clear <= g <= start + length - clear]
    if not inside:
        return [share * length for share in TICKS_AT]
    return sorted({inside[0], inside[len(inside) // 2], inside[-1]})


def _seam_lines(
    canvas: Canvas, plan: PosterPlan, row: int, column: int, art: Rect, translate: Translate
) -> None:
    """The edges to trim (those laid over a neighbour: the left and the top, after the
    first column and row), dashed, and inside the bands the next sheets are laid over, a
    line where their trimmed edge goes, named along it near both ends."""
    frame = plan.sheet
    stroke(canvas, "#000000")
    canvas.setLineWidth(0.4)
    canvas.setDash([3, 2])
    if column > 0:
        canvas.line(art.x, art.y, art.x, art.bottom)
    if row > 0:
        canvas.line(art.x, art.bottom, art.right, art.bottom)
    canvas.setDash([])
    inset = 25 * mm  # from the art's corners, clear of the ticks
    if column < plan.columns - 1:
        x = frame.x + plan.starts_across[column + 1] - plan.starts_across[column]
        _lay_line(canvas, x, art.y, x, art.bottom)
        said = _lay_here(row, column + 1, translate)
        ends: tuple[tuple[float, Align], ...] = (
            (art.y + inset, "left"),
            (art.bottom - inset, "right"),
        )
        if art.height < 2 * inset + 2 * measure(said, LAY_LABEL) + 8:
            ends = ends[:1]  # a short sheet has room for one name only
        for y, align in ends:
            canvas.saveState()  # up along the line, inside the band after it
            canvas.translate(x + 3 + LAY_LABEL.size, y)
            canvas.rotate(90)
            _plated(canvas, said, align)
            canvas.restoreState()
    if row < plan.rows - 1:
        y = frame.bottom - (plan.starts_down[row + 1] - plan.starts_down[row])
        _lay_line(canvas, art.x, y, art.right, y)
        said = _lay_here(row + 1, column, translate)  # along the line, in the band below it
        ends = ((art.x + inset, "left"), (art.right - inset, "right"))
        if art.width < 2 * inset + 2 * measure(said, LAY_LABEL) + 8:
            ends = ends[:1]
        for x, align in ends:
            canvas.saveState()
            canvas.translate(x, y - 3 - LAY_LABEL.size)
            _plated(canvas, said, align)
            canvas.restoreState()


def _lay_line(canvas: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    stroke(canvas, LAY_LINE)
    canvas.setLineWidth(0.8)
    canvas.line(x0, y0, x1, y1)


def _plated(canvas: Canvas, said: str, align: Align) -> None:
    """`said` on a white plate, starting or ending at (0, 0), its baseline there."""
    width = measure(said, LAY_LABEL) + 4
    left = -2 if align == "left" else -width + 2
    fill(canvas, "#ffffff")
    canvas.rect(left, -LAY_LABEL.size * 0.3, width, LAY_LABEL.line_height, stroke=0, fill=1)
    fill(canvas, LAY_LINE)
    draw_line(canvas, 0, 0, said, LAY_LABEL, align)


def _lay_here(row: int, column: int, translate: Translate) -> str:
    said = Message("Pdf", "lay the edge of R{row} C{column} here")
    return said.format(row=row + 1, column=column + 1).translated(translate)


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
            name = _sheet_name(row, column, options.translate)
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
        percent=_percent(plan),
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


def _percent(plan: PosterPlan) -> int:
    return round(plan.points_per_unit / POINTS_PER_UNIT * 100)

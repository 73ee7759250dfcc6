"""One sheet of a wall poster: its part of the map, through a clip that runs `BLEED` past
the edges it is trimmed on, and the marks that put it together with its neighbours.

A sheet is trimmed on its left and top edges (dashed) and laid over its neighbours, its
edge on the cyan line inside their band that names it; short magenta ticks on both sheets,
on the gutters between lanes and stages, then meet across the seam as one line.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.pdf_fonts import measure
from app.export.pdf_text import Align, draw_line
from app.export.poster_plan import PosterPlan, percent, sheet_name
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent
from app.model.messages import Message, Translate

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
LAY_LINE = "#1098ad"
"""Cyan, unlike any line of the map: the line a neighbour's edge goes on."""
MAP_FORM = "poster-map"
"""The name of the PDF form the poster's art is drawn in once, for every sheet to show."""


def draw_sheet(
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
    name = sheet_name(row, column, translate) + "  "
    rest = (
        Message("Pdf", "sheet {sheet} of {sheets} · {percent} % · ")
        .format(
            sheet=row * plan.columns + column + 1, sheets=plan.sheet_count, percent=percent(plan)
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

"""How a wall poster is cut into sheets: where each row and column of sheets starts, so
that neighbours share at least `POSTER_OVERLAP` and the seams fall in the gutters between
stages and lanes where that costs no extra sheet; and the limits on its size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.export.pdf_options import MIN_POSTER_SCALE, POINTS_PER_UNIT, POSTER_OVERLAP, PdfOptions
from app.layout.geometry import Rect
from app.layout.map_layout import MapLayout
from app.layout.poster_band import PosterArt, poster_art
from app.layout.text import Typesetter
from app.model.data.records import MapContent
from app.model.errors import JourneyboardError
from app.model.messages import Message, Translate

MAX_POSTER_SHEETS = 400
"""The most sheets a poster may take: 20 × 20 A4 sheets cover a wall of 4 × 6 metres. A
map within every limit at a large scale would otherwise take hundreds of thousands."""


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


def sheet_name(row: int, column: int, translate: Translate) -> str:
    return (
        Message("Pdf", "R{row} C{column}")
        .format(row=row + 1, column=column + 1)
        .translated(translate)
    )


def percent(plan: PosterPlan) -> int:
    return round(plan.points_per_unit / POINTS_PER_UNIT * 100)

"""What a PDF export is asked for: the layout, the paper and how the map is scaled."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, TABLOID
from reportlab.lib.units import mm

from app import __version__
from app.layout.geometry import Rect
from app.model.data.records import MapContent
from app.model.messages import Message, Translate, english

Progress = Callable[[float], None]
"""Told the fraction of an export done, from 0 to 1; raises `ExportCancelled` to stop it."""


class PdfLayout(enum.StrEnum):
    OVERVIEW = "overview"
    """The whole map on one page, with its title, objective, personas and a legend."""
    HANDOUT = "handout"
    """The overview, the personas, a page per stage, and the ranked pain points and
    opportunities."""
    POSTER = "poster"
    """The map at a true scale over several sheets, to tape together on a wall."""


PAPERS: dict[str, tuple[float, float]] = {
    "a4": A4,
    "letter": LETTER,
    "a3": A3,
    "tabloid": TABLOID,
    "a2": A2,
    "a1": A1,
    "a0": A0,
}
"""Portrait sizes in points: office papers, then the sheets print shops print posters on."""
PAPER_LABELS: dict[str, str] = {
    "a4": "A4",
    "letter": "Letter",
    "a3": "A3",
    "tabloid": "Tabloid",
    "a2": "A2",
    "a1": "A1",
    "a0": "A0",
}

POINTS_PER_UNIT = 0.75
"""A layout unit is a pixel of the canvas at 100 %, on a 96 dpi screen: 0.75 pt. A poster
at 100 % is as large as the map on such a screen at 100 %."""

POINTS_PER_MM = mm
DEFAULT_MARGIN = 12 * mm
MIN_MARGIN, MAX_MARGIN = 10 * mm, 40 * mm
"""Below 10 mm most printers cut the edge off, and a poster's marks no longer fit."""
DEFAULT_POSTER_SCALE = 150
MIN_POSTER_SCALE, MAX_POSTER_SCALE = 25, 1000
POSTER_OVERLAP = 10 * mm
"""How much of the map two neighbouring sheets of a poster both print, to glue over."""


@dataclass(frozen=True, slots=True)
class PdfOptions:
    layout: PdfLayout = PdfLayout.OVERVIEW
    paper: str = "a4"
    landscape: bool = False
    margin: float = DEFAULT_MARGIN
    poster_scale: int = DEFAULT_POSTER_SCALE
    """Percent of the map's size on screen; posters only."""
    date: datetime.date = field(default_factory=datetime.date.today)
    """The date in the handout's footer."""
    translate: Translate = field(default=english, compare=False)
    """Looks up the PDF's own words (headings, labels, hints) in the window's language;
    the command line prints in English."""

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"unknown paper {self.paper!r}: choose one of {', '.join(PAPERS)}")
        if not MIN_MARGIN - 1e-6 <= self.margin <= MAX_MARGIN + 1e-6:
            raise ValueError(
                f"margins are {MIN_MARGIN / mm:.0f} to {MAX_MARGIN / mm:.0f} mm, "
                f"not {self.margin / mm:g} mm"
            )
        if not MIN_POSTER_SCALE <= self.poster_scale <= MAX_POSTER_SCALE:
            raise ValueError(
                f"a poster's scale is {MIN_POSTER_SCALE} to {MAX_POSTER_SCALE} %, "
                f"not {self.poster_scale} %"
            )

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = PAPERS[self.paper]
        return (height, width) if self.landscape else (width, height)

    def paper_name(self) -> Message:
        """The paper and its orientation: "A4 portrait"."""
        if self.landscape:
            return Message("Pdf", "{paper} landscape").format(paper=PAPER_LABELS[self.paper])
        return Message("Pdf", "{paper} portrait").format(paper=PAPER_LABELS[self.paper])

    @property
    def frame(self) -> Rect:
        """The printable part of a page, in points from its bottom left corner."""
        width, height = self.page_size
        return Rect(self.margin, self.margin, width - 2 * self.margin, height - 2 * self.margin)


@dataclass(frozen=True, slots=True)
class Metadata:
    """The document information every PDF carries."""

    title: str
    author: str
    subject: str
    creator: str


def metadata_of(content: MapContent, translate: Translate) -> Metadata:
    described = Message("Pdf", "Customer journey map").translated(translate)
    return Metadata(
        title=content.map.title,
        author=content.map.owner or "Journeyboard",
        subject=content.map.objective.replace("\n", " ") or described,
        creator=f"Journeyboard {__version__}",
    )

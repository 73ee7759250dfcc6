"""Journeyboard's PDF export beside bare reportlab: the overview, the handout and the poster.

For maps of 100, 1,000 and 5,000 cards this times `app.export.pdf.export_pdf` in each of
its layouts (A4 portrait, the default poster scale), each beside bare reportlab drawing the
same cards in the same run: a plain `Canvas` with the same TrueType font that draws, for
every card, a rounded rectangle with two lines of text (the title, and the first line of
the notes), the cards spread evenly over as many pages as Journeyboard's PDF has, so that
both pay the same for pages and for saving.

Bare reportlab draws each card as many times as the layout prints it (`PRINTS`): once for
the overview; once for the poster, which draws the map once and shows a part of that one
drawing on each sheet; twice for the handout, which prints every card on its overview page
and again, whole, on its stage's page.

Journeyboard's figure is the whole export: laying the map out (measuring and wrapping all
of its text), drawing it with headers, grid and emotion curves, the layout's own pages
(the handout's personas, stages and ranked lists, the poster's assembly sheet and marks),
writing beside the target and moving the PDF into place. The ratio says what all of that
costs on top of reportlab drawing the cards alone.

The figures are printed as a table with the ratio Journeyboard / bare reportlab and the
budget of DESIGN.md (Performance budget): a PDF of a 1,000-card map ≤ 1.5 × bare
reportlab. Run from the repository root:

    .venv/bin/python bench/bench_pdf.py [--sizes 100,1000,5000] [--repeat 3] [--large-repeat 1]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import random
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

# bench_document.py is beside this script, and a script's folder is first on sys.path.
from bench_document import at_least, benchmark_parser, build_map, milliseconds, timed
from reportlab import Version as reportlab_version
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.export.overview_paper import paper_that_fits
from app.export.pdf import export_pdf
from app.export.pdf_fonts import pdf_typesetter
from app.export.pdf_options import PdfLayout, PdfOptions
from app.export.poster import art_of, largest_scale_that_fits
from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import CARD_NOTES, CARD_TITLE, layout_map
from app.model.records import CardRecord, MapContent
from app.model.resources import resource_path

DEFAULT_REPEAT = 3
DEFAULT_LARGE_REPEAT = 1
LARGE_CARDS = 5_000
"""Maps of this many cards or more are exported `--large-repeat` times: one run of the
three layouts takes most of a minute on a two-core laptop."""

BUDGET_CARDS = 1_000
BUDGET_RATIO = 1.5

WARM_UP_CARDS = 100
"""A map exported in every layout, and drawn bare, before anything is timed, so that what
is loaded once (fonts, reportlab's platypus modules) counts in no figure."""

LAYOUT_ORDER = (PdfLayout.OVERVIEW, PdfLayout.HANDOUT, PdfLayout.POSTER)
"""The table lists all sizes of one layout together, in this order."""

PRINTS = {PdfLayout.OVERVIEW: 1, PdfLayout.HANDOUT: 2, PdfLayout.POSTER: 1}
"""How many times each layout prints every card."""

BARE_FONT, BARE_BOLD = "BenchSans", "BenchSans-Bold"
CARD_RADIUS = 5.0
"""The corner radius of Journeyboard's printed cards (app.export.card_printing.CARD_RADIUS)."""
CARD_GAP = 2.0

# --- bare reportlab -----------------------------------------------------------------------


def register_bare_fonts() -> None:
    """DejaVu Sans and DejaVu Sans Bold under the benchmark's own names.

    The bare side embeds a subset of the same TrueType faces as Journeyboard, which is
    much of what writing text costs, without relying on Journeyboard's registration
    (app.export.pdf_fonts.register_fonts). Registering parses the font files: done once,
    before anything is timed.
    """
    for name, file in ((BARE_FONT, "DejaVuSans.ttf"), (BARE_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))


def bare_pdf(
    path: Path, cards: Sequence[CardRecord], pages: int, prints: int, options: PdfOptions
) -> None:
    """Every card `prints` times as a rounded rectangle with two lines of text, on `pages`
    pages.

    The cards are spread evenly over the pages, each page's share in a grid that fills
    the page's frame.
    """
    cards = list(cards) * prints
    canvas = Canvas(str(path), pagesize=options.page_size)
    for page in range(pages):
        share = cards[page * len(cards) // pages : (page + 1) * len(cards) // pages]
        draw_grid(canvas, share, options.frame)
        canvas.showPage()
    canvas.save()


def draw_grid(canvas: Canvas, cards: Sequence[CardRecord], frame: Rect) -> None:
    """The cards in rows from the top of `frame`, in about as many rows as columns.

    The text keeps the sizes of Journeyboard's cards and may run past a small card: what
    a PDF costs does not depend on where its text lands.
    """
    if not cards:
        return
    columns = math.ceil(math.sqrt(len(cards)))
    rows = math.ceil(len(cards) / columns)
    width, height = frame.width / columns, frame.height / rows
    canvas.setStrokeColor(palette.GRID_LINE)  # a new page starts from reportlab's defaults
    page_top = frame.y + frame.height  # points on the page run upwards from its bottom
    for index, card in enumerate(cards):
        row, column = divmod(index, columns)
        x, top = frame.x + column * width, page_top - row * height
        draw_bare_card(canvas, card, Rect(x, top - height, width - CARD_GAP, height - CARD_GAP))


def draw_bare_card(canvas: Canvas, card: CardRecord, rect: Rect) -> None:
    """A filled, outlined rounded rectangle; the title in bold; the notes' first line.

    The notes are not wrapped (wrapping is Journeyboard's work, not reportlab's), so the
    first line is all the notes up to their first line break: for the benchmark's maps,
    all of them, about as much text as Journeyboard prints in their wrapped lines.
    """
    canvas.setFillColor(card.colour or palette.lane_fill("touchpoints"))
    canvas.roundRect(rect.x, rect.y, rect.width, rect.height, CARD_RADIUS, stroke=1, fill=1)
    canvas.setFillColor(palette.INK)
    left, top = rect.x + 8, rect.y + rect.height
    canvas.setFont(BARE_BOLD, CARD_TITLE.size)
    canvas.drawString(left, top - 8 - CARD_TITLE.size, card.title)
    canvas.setFont(BARE_FONT, CARD_NOTES.size)
    notes = card.notes.splitlines()[0] if card.notes else ""
    canvas.drawString(left, top - 8 - CARD_TITLE.line_height - CARD_NOTES.size, notes)


# --- timing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the table: the medians of both sides for one layout and map, in seconds."""

    layout: PdfLayout
    cards: int
    paper: str
    pages: int
    runs: int
    journeyboard: float
    bare: float
    budget: float | None
    """The highest ratio DESIGN.md allows, for the maps it sets a budget for."""

    @property
    def ratio(self) -> float:
        return self.journeyboard / self.bare

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.ratio <= self.budget


def measure_layout(
    content: MapContent, layout: PdfLayout, runs: int, folder: Path
) -> Figure | None:
    """Export the map and draw it bare `runs` times, taking turns.

    Journeyboard goes first in each turn, because its PDF says how many pages the bare
    one gets; both files are overwritten turn by turn. An overview is printed on the
    smallest paper where it reads, as the export names it; None when no paper does (the
    export refuses it).
    """
    cards, options = len(content.cards), PdfOptions(layout)
    if layout == PdfLayout.OVERVIEW:
        readable = paper_that_fits(content, options, pdf_typesetter(), including_this=True)
        if readable is None:
            return None
        options = readable
    if layout == PdfLayout.POSTER:  # the default scale, or the largest that Journeyboard prints
        art = art_of(content, layout_map(content, pdf_typesetter()), options, pdf_typesetter())
        options = replace(options, poster_scale=largest_scale_that_fits(art, options) or 25)
    ours, bare = (folder / f"{side}-{cards}-{layout}.pdf" for side in ("journeyboard", "bare"))
    our_seconds, bare_seconds, pages = [], [], set()
    for _ in range(runs):
        seconds, result = timed(export_pdf, content, ours, options)
        our_seconds.append(seconds)
        pages.add(result.pages)
        seconds, _ = timed(bare_pdf, bare, content.cards, result.pages, PRINTS[layout], options)
        bare_seconds.append(seconds)
    if len(pages) != 1:
        raise AssertionError(f"the {layout} of {cards} cards changed length: {sorted(pages)} pages")
    median = statistics.median
    budget = BUDGET_RATIO if cards == BUDGET_CARDS else None
    paper = str(options.paper_name())
    return Figure(
        layout, cards, paper, pages.pop(), runs, median(our_seconds), median(bare_seconds), budget
    )


def warm_up(folder: Path) -> None:
    """Export the warm-up map in every layout and draw it bare, untimed."""
    content = build_map(WARM_UP_CARDS, random.Random(0))
    for layout in LAYOUT_ORDER:
        options = PdfOptions(layout)
        result = export_pdf(content, folder / "warm-up.pdf", options)
        bare_pdf(folder / "warm-up-bare.pdf", content.cards, result.pages, PRINTS[layout], options)


def runs_for(cards: int, repeat: int, large_repeat: int) -> int:
    return min(repeat, large_repeat) if cards >= LARGE_CARDS else repeat


# --- reporting ----------------------------------------------------------------------------


def environment() -> dict[str, str | int | None]:
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    return {
        "python": platform.python_version(),
        "reportlab": reportlab_version,
        "rl_accel": "C" if accelerated else "pure Python",
        "cores": os.cpu_count(),
        "platform": platform.platform(),
    }


def budget_cell(figure: Figure) -> str:
    if figure.budget is None:
        return ""
    verdict = "ok" if figure.within_budget else "OVER"
    return f"{f'≤ {figure.budget:.1f}×':<8}{verdict}"


def table(figures: Sequence[Figure]) -> str:
    header = (
        f"{'work':<10}{'cards':>6}{'paper':>18}{'prints':>8}{'pages':>7}{'journeyboard':>15}"
        f"{'bare reportlab':>16}"
        f"{'ratio':>8}   budget"
    )
    lines = [header, "-" * (len(header) + 10)]
    for figure in figures:
        lines.append(
            f"{figure.layout:<10}{figure.cards:>6}{figure.paper:>18}"
            f"{figure.cards * PRINTS[figure.layout]:>8}"
            f"{figure.pages:>7}"
            f"{milliseconds(figure.journeyboard):>15}{milliseconds(figure.bare):>16}"
            f"{figure.ratio:>7.1f}×   {budget_cell(figure)}".rstrip()
        )
    return "\n".join(lines)


def as_json(figures: Sequence[Figure], settings: dict[str, Any]) -> dict[str, Any]:
    return {
        "environment": environment(),
        "settings": settings,
        "figures": [
            {
                "work": str(figure.layout),
                "cards": figure.cards,
                "paper": figure.paper,
                "cards_printed": figure.cards * PRINTS[figure.layout],
                "pages": figure.pages,
                "runs": figure.runs,
                "journeyboard_s": figure.journeyboard,
                "bare_reportlab_s": figure.bare,
                "ratio": figure.ratio,
                "budget_ratio": figure.budget,
                "within_budget": figure.within_budget,
            }
            for figure in figures
        ],
    }


# --- command line -------------------------------------------------------------------------


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = benchmark_parser(
        __doc__.splitlines()[0],
        DEFAULT_REPEAT,
        "exports per layout and map whose median is reported",
    )
    parser.add_argument(
        "--large-repeat",
        type=at_least(1),
        default=DEFAULT_LARGE_REPEAT,
        help=f"exports of maps of {LARGE_CARDS:,} cards or more, if fewer than --repeat"
        " (default: %(default)s)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    print(", ".join(f"{name} {value}" for name, value in environment().items()))
    large = min(arguments.repeat, arguments.large_repeat)
    print(
        "A4 portrait (an overview on the smallest paper where it reads);"
        f" medians of {arguments.repeat} runs,"
        f" of {large} for maps of {LARGE_CARDS:,} cards or more."
    )
    register_bare_fonts()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="journeyboard-bench-") as folder:
        print(f"Files in {folder}\n")
        warm_up(Path(folder))
        for card_count in arguments.sizes:
            content = build_map(card_count, random.Random(card_count))
            runs = runs_for(card_count, arguments.repeat, arguments.large_repeat)
            for layout in LAYOUT_ORDER:
                figure = measure_layout(content, layout, runs, Path(folder))
                if figure is None:
                    print(f"The overview of {card_count:,} cards reads on no paper: refused.")
                else:
                    figures.append(figure)
    print(table(sorted(figures, key=lambda figure: LAYOUT_ORDER.index(figure.layout))))
    if arguments.json is not None:
        settings = {
            "sizes": arguments.sizes,
            "repeat": arguments.repeat,
            "large_repeat": arguments.large_repeat,
            "large_cards": LARGE_CARDS,
            "paper": "a4",
        }
        arguments.json.write_text(json.dumps(as_json(figures, settings), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

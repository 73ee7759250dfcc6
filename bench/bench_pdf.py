"""Journeyboard's PDF export beside bare reportlab: the overview, the handout and the poster.

For maps of 100, 1,000 and 5,000 cards this times `app.export.pdf.export_pdf` in each of
its layouts (A4 portrait, the default poster scale), each beside bare reportlab drawing the
same cards in the same run (`bare_reportlab.py`): a plain `Canvas` with the same TrueType
faces that draws, for every card, a filled and outlined rounded rectangle, a stripe, the
very lines of text Journeyboard prints for it (each in its size, bold or not) and its
badges as pills with their words, the cards spread evenly over as many pages as
Journeyboard's PDF has, so that both pay the same for pages, text and saving. The lines are
taken from Journeyboard's own layout before anything is timed: breaking text into lines,
and choosing what a card shows, is Journeyboard's work, not reportlab's.

Bare reportlab draws each card as many times as the layout prints it (`PRINTS`): once for
the overview; once for the poster, which draws the map once and shows a part of that one
drawing on each sheet; twice for the handout, which prints every card on its overview page
and again, whole (flags, title, all its notes, its facts), on its stage's page.

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
from bare_reportlab import Page, PrintedCard, draw_pdf, register_fonts
from bench_document import at_least, benchmark_parser, build_map, milliseconds, timed
from reportlab import Version as reportlab_version

from app.export.card_block import card_block
from app.export.overview_paper import paper_that_fits, plan_overview
from app.export.pdf import export_pdf
from app.export.pdf_fonts import measure, pdf_typesetter
from app.export.pdf_options import PdfLayout, PdfOptions
from app.export.poster_plan import art_of, largest_scale_that_fits
from app.layout import palette
from app.layout.badges import badges
from app.layout.map_layout import MapLayout, Metrics, layout_map
from app.layout.overview import compose_overview
from app.layout.text import TextStyle
from app.model.data.records import MapContent
from app.model.resources import resource_path

BARE_FONTS = (
    resource_path("fonts", "DejaVuSans.ttf"),
    resource_path("fonts", "DejaVuSans-Bold.ttf"),
)
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

# --- bare reportlab -----------------------------------------------------------------------


def register_bare_fonts() -> None:
    """DejaVu Sans and DejaVu Sans Bold under the benchmark's own names: the bare side
    embeds a subset of the same faces as Journeyboard, without relying on Journeyboard's
    registration (app.export.pdf_fonts.register_fonts)."""
    regular, bold = BARE_FONTS
    register_fonts(regular, bold)


def page_of(options: PdfOptions) -> Page:
    frame = options.frame  # y up from the page's bottom, as reportlab's
    return Page(*options.page_size, (frame.x, frame.y, frame.width, frame.height))


def printed_cards(content: MapContent, layout: PdfLayout, options: PdfOptions) -> list[PrintedCard]:
    """Every card as Journeyboard prints it in `layout`, as often as it prints it."""
    typesetter = pdf_typesetter()
    if layout == PdfLayout.OVERVIEW:
        return cards_on_the_map(content, plan_overview(content, options, typesetter).layout)
    if layout == PdfLayout.POSTER:
        return cards_on_the_map(content, layout_map(content, typesetter))
    frame = options.frame  # the handout: its overview page, then every card on its stage's page
    overview = compose_overview(content, frame.width, frame.height, typesetter, options.translate)
    kinds = {lane.id: lane.kind for lane in content.lanes}
    on_stage_pages = []
    for card in content.cards:
        block = card_block(card, kinds[card.lane_id], typesetter, options.translate, frame.height)
        block.wrap(frame.width, frame.height)
        lines = tuple(printed(line.style, line.text) for line in block.lines)
        on_stage_pages.append(PrintedCard(block.background, lines))
    return cards_on_the_map(content, overview.layout) + on_stage_pages


def printed(style: TextStyle, line: str) -> tuple[float, bool, str]:
    """A line as bare reportlab draws it: its size, whether bold, its words."""
    return (style.size, style.bold, line)


def cards_on_the_map(content: MapContent, layout: MapLayout) -> list[PrintedCard]:
    """The cards of a map's drawing: title, notes and foot in the sizes it was laid out in."""
    metrics: Metrics = layout.metrics
    kinds = {lane.id: lane.kind for lane in content.lanes}
    cards = []
    for box in layout.cards.values():
        lines = [printed(metrics.card_title, line) for line in box.title_lines]
        lines += [printed(metrics.card_notes, line) for line in box.notes_lines]
        lines += [printed(metrics.card_meta, box.meta)] if box.meta else []
        shown = badges(box.votes, box.moment, box.priority, measure)
        words = tuple(text for text, _width, _fill in shown)
        fill = palette.card_fill(box.colour, kinds[box.lane_id])
        cards.append(PrintedCard(fill, tuple(lines), words))
    return cards


# --- timing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the table: the medians of both sides for one layout and map, in seconds,
    and the median of the ratios of the runs taken in turn (a machine whose speed drifts
    during a run moves both sides of a turn alike)."""

    layout: PdfLayout
    cards: int
    paper: str
    pages: int
    runs: int
    journeyboard: float
    bare: float
    ratio: float
    budget: float | None
    """The highest ratio DESIGN.md allows, for the maps it sets a budget for."""

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.ratio <= self.budget


def options_for(content: MapContent, layout: PdfLayout) -> PdfOptions | None:
    """A4 portrait, but an overview on the smallest paper where it reads (None when no
    paper does: the export refuses it), and a poster at the default scale or the largest
    that Journeyboard prints."""
    options = PdfOptions(layout)
    if layout == PdfLayout.OVERVIEW:
        return paper_that_fits(content, options, pdf_typesetter(), including_this=True)
    if layout == PdfLayout.POSTER:
        art = art_of(content, layout_map(content, pdf_typesetter()), options, pdf_typesetter())
        options = replace(options, poster_scale=largest_scale_that_fits(art, options) or 25)
    return options


def measure_layout(
    content: MapContent, layout: PdfLayout, runs: int, folder: Path
) -> Figure | None:
    """Export the map and draw it bare `runs` times, taking turns.

    Journeyboard goes first in each turn, because its PDF says how many pages the bare
    one gets; both files are overwritten turn by turn. None when the export refuses the
    layout (see `options_for`).
    """
    cards, options = len(content.cards), options_for(content, layout)
    if options is None:
        return None
    ours, bare = (folder / f"{side}-{cards}-{layout}.pdf" for side in ("journeyboard", "bare"))
    printed = printed_cards(content, layout, options)
    if len(printed) != cards * PRINTS[layout]:
        raise AssertionError(
            f"the {layout} prints {len(printed)} cards, not {cards * PRINTS[layout]}"
        )
    our_seconds, bare_seconds, pages = [], [], set()
    for _ in range(runs):
        seconds, result = timed(export_pdf, content, ours, options)
        our_seconds.append(seconds)
        pages.add(result.pages)
        seconds, _ = timed(draw_pdf, bare, printed, result.pages, page_of(options))
        bare_seconds.append(seconds)
    if len(pages) != 1:
        raise AssertionError(f"the {layout} of {cards} cards changed length: {sorted(pages)} pages")
    median = statistics.median
    budget = BUDGET_RATIO if cards == BUDGET_CARDS else None
    paper = str(options.paper_name())
    ratio = median(a / b for a, b in zip(our_seconds, bare_seconds, strict=True))
    return Figure(
        layout,
        cards,
        paper,
        pages.pop(),
        runs,
        median(our_seconds),
        median(bare_seconds),
        ratio,
        budget,
    )


def warm_up(folder: Path) -> None:
    """Export the warm-up map in every layout and draw it bare, untimed."""
    content = build_map(WARM_UP_CARDS, random.Random(0))
    for layout in LAYOUT_ORDER:
        options = PdfOptions(layout)
        result = export_pdf(content, folder / "warm-up.pdf", options)
        printed = printed_cards(content, layout, options)
        draw_pdf(folder / "warm-up-bare.pdf", printed, result.pages, page_of(options))


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

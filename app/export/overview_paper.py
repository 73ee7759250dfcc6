"""The overview planned for the paper chosen, or refused with the paper that would do: a
map that cannot print readably on one page is not printed unreadably."""

from __future__ import annotations

import dataclasses

from app.export.pdf_options import PAPERS, PdfOptions
from app.layout.overview import LEAST_TITLE_POINTS, OverviewPlan, compose_overview, prints_readably
from app.layout.text import Typesetter
from app.model.data.records import MapContent
from app.model.errors import JourneyboardError
from app.model.messages import Message


class OverviewTooLargeError(JourneyboardError):
    """The map's overview would print too small to read on the paper chosen."""


def plan_overview(
    content: MapContent, options: PdfOptions, typesetter: Typesetter, *, readable: bool = True
) -> OverviewPlan:
    """The overview on a page of `options`; with `readable`, refused when it would print
    too small to read, naming the paper that would do."""
    frame = options.frame
    plan = compose_overview(content, frame.width, frame.height, typesetter, options.translate)
    if readable and not plan.readable:
        raise OverviewTooLargeError(_advice(content, options, plan, typesetter))
    return plan


def paper_that_fits(
    content: MapContent,
    options: PdfOptions,
    typesetter: Typesetter,
    *,
    including_this: bool = False,
) -> PdfOptions | None:
    """The smallest paper larger than this one (or this one itself, `including_this`)
    on which the overview reads: the other orientation of the same paper first, then the
    larger papers of its series (A3 after A4, Tabloid after Letter), then the print
    shops' sheets."""
    width, height = PAPERS[options.paper]
    chosen = [
        dataclasses.replace(options, paper=paper, landscape=landscape)
        for paper, (paper_width, paper_height) in PAPERS.items()
        if paper_width * paper_height >= width * height - 1
        for landscape in (options.landscape, not options.landscape)
        if including_this or (paper, landscape) != (options.paper, options.landscape)
    ]
    iso = options.paper.startswith("a")
    chosen.sort(
        key=lambda choice: (
            choice.paper.startswith("a") != iso,
            PAPERS[choice.paper][0] * PAPERS[choice.paper][1],
        )
    )
    for choice in chosen:
        frame = choice.frame
        if prints_readably(content, frame.width, frame.height, typesetter, choice.translate):
            return choice
    return None


def _advice(
    content: MapContent, options: PdfOptions, plan: OverviewPlan, typesetter: Typesetter
) -> Message:
    fits = paper_that_fits(content, options, typesetter)
    advice = (
        Message("Pdf", "It reads on {paper}; or print it as a handout or a poster.").format(
            paper=fits.paper_name()
        )
        if fits is not None
        else Message("Pdf", "No paper is large enough: print it as a handout or a poster.")
    )
    return Message(
        "Pdf",
        "On one {paper} page this map's cards would print at {size} pt, too small to read "
        "(at least {least} pt). {advice}",
    ).format(
        paper=options.paper_name(),
        size=f"{plan.title_points:.1f}",
        least=f"{LEAST_TITLE_POINTS:g}",
        advice=advice,
    )

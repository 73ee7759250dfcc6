"""PDF export: a map as an overview, a handout pack or a poster, written whole or not at all.

The PDF is written beside the target and moved into place when it is complete, so a
cancelled or failed export never leaves half a PDF, nor replaces a good one.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from app.export.handout import build_handout
from app.export.overview_page import draw_overview
from app.export.overview_paper import plan_overview
from app.export.pdf_fonts import FAMILY, pdf_typesetter, uncovered
from app.export.pdf_options import PdfLayout, PdfOptions, Progress, metadata_of
from app.export.pictures import forget_printed_pictures
from app.export.poster import draw_poster
from app.export.poster_plan import art_of, check_poster_size, plan_poster
from app.layout.map_layout import layout_map
from app.layout.overview import OverviewPlan
from app.layout.poster_band import PosterArt
from app.layout.text import Typesetter
from app.model.data.records import MapContent
from app.model.file.safe_write import written_beside
from app.model.messages import Message


class ExportCancelled(Exception):
    """The person stopped the export; nothing was written."""


@dataclass(frozen=True, slots=True)
class PdfResult:
    pages: int
    missing_characters: str
    """Characters of the map no shipped font has a glyph for: they print as empty boxes."""

    def warnings(self) -> list[Message]:
        """What the person should know about how their text printed."""
        said = []
        if self.missing_characters:
            said.append(
                Message(
                    "Pdf",
                    "The PDF's fonts have no letters for {characters}: they print as empty boxes.",
                ).format(characters=self.missing_characters[:40])
            )
        return said


def export_pdf(
    content: MapContent,
    path: Path,
    options: PdfOptions,
    progress: Progress | None = None,
) -> PdfResult:
    told: Progress = progress or (lambda _fraction: None)
    typesetter = pdf_typesetter()
    drawing: OverviewPlan | PosterArt | None = None  # a handout composes its own pages
    if options.layout == PdfLayout.OVERVIEW:
        drawing = plan_overview(content, options, typesetter)
    elif options.layout == PdfLayout.POSTER:
        layout = layout_map(content, typesetter, translate=options.translate)
        drawing = art_of(content, layout, options, typesetter)
        check_poster_size(drawing, options)
    told(0.0)
    try:
        with written_beside(path) as temporary:
            pages = _write(str(temporary), content, drawing, options, typesetter, told)
            told(1.0)  # the last chance to cancel, before the PDF takes the target's place
    finally:
        forget_printed_pictures()
    texts = _texts(content)
    return PdfResult(pages, uncovered(texts))


def count_pages(content: MapContent, options: PdfOptions) -> int:
    """How many pages an export will make: a handout is written to memory, since where
    its pages break only writing it tells. An overview that would not read is refused,
    as by `export_pdf`."""
    typesetter = pdf_typesetter()
    if options.layout == PdfLayout.OVERVIEW:
        plan_overview(content, options, typesetter)
        return 1
    if options.layout == PdfLayout.POSTER:
        layout = layout_map(content, typesetter, translate=options.translate)
        return plan_poster(art_of(content, layout, options, typesetter), options).sheet_count + 1
    metadata = metadata_of(content, options.translate)
    try:
        return build_handout(BytesIO(), content, options, typesetter, metadata, lambda _done: None)
    finally:
        forget_printed_pictures()


def _write(
    target: str,
    content: MapContent,
    drawing: OverviewPlan | PosterArt | None,
    options: PdfOptions,
    typesetter: Typesetter,
    progress: Progress,
) -> int:
    """The PDF of `drawing`: the overview's plan or the poster's art; None for the
    handout, which composes its own pages."""
    metadata = metadata_of(content, options.translate)
    if drawing is None:
        return build_handout(target, content, options, typesetter, metadata, progress)
    # The stubs type initialFontName as a number; reportlab takes a font's name.
    canvas = Canvas(target, pagesize=options.page_size, initialFontName=FAMILY)  # type: ignore[arg-type]
    canvas.setTitle(metadata.title)
    canvas.setAuthor(metadata.author)
    canvas.setSubject(metadata.subject)
    canvas.setCreator(metadata.creator)
    if isinstance(drawing, OverviewPlan):
        draw_overview(canvas, content, drawing, options.frame)
        canvas.showPage()
        pages = 1
    else:
        assert isinstance(drawing, PosterArt)
        art = drawing
        total = plan_poster(art, options).sheet_count + 1
        done = 0

        def page_done() -> None:
            nonlocal done
            done += 1
            progress(done / total)

        draw_poster(canvas, content, art, options, typesetter, page_done)
        pages = total
    canvas.save()
    return pages


def _texts(content: MapContent) -> list[str]:
    texts = [content.map.title, content.map.objective]
    for persona in content.personas:
        texts += [persona.name, persona.role, persona.quote, persona.goals, persona.frustrations]
        texts += [persona.demographics, persona.behaviours, persona.motivations]
    texts += [
        text for stage in content.stages for text in (stage.name, stage.goal, stage.description)
    ]
    texts += [lane.title for lane in content.lanes]
    for card in content.cards:
        texts += [card.title, card.notes, card.channel, card.owner]
    texts += [point.label for point in content.emotions]
    return texts

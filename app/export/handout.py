"""The handout pack: the overview, the personas, a page (or more) per stage where every card
is printed whole, and the pain points and opportunities ranked by votes and priority.

Flowing text is set with reportlab's platypus; user text reaches a `Paragraph` only
through `paragraphs.literal()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from app.export.card_block import CardBlock, card_block
from app.export.curve_strip import CurveStrip, shows_a_curve
from app.export.ink import fill
from app.export.overview_page import draw_overview
from app.export.paragraphs import BODY, HEADING, SUBHEADING, literal
from app.export.pdf_fonts import FAMILY
from app.export.pdf_options import Metadata, PdfOptions, Progress
from app.export.pdf_text import draw_line
from app.export.persona_page import persona_card
from app.export.pictures import fitted_image
from app.export.ranked_table import RankedRow, RankedTable
from app.export.shape_painter import paint_shapes
from app.export.story_page import story_page
from app.layout import palette
from app.layout.emotions import face_for
from app.layout.geometry import Point, Rect
from app.layout.map_layout import MapLayout
from app.layout.overview import OverviewPlan, compose_overview
from app.layout.shapes import FACE_OUTLINES, face
from app.layout.text import TextStyle, Typesetter
from app.model.data.ranking import ranked
from app.model.data.records import CardRecord, MapContent, StageRecord
from app.model.data.vocabulary import LANE_KIND_BY_KEY, PRIORITIES, score_text
from app.model.messages import QT_TRANSLATE_NOOP, Message, Translate

FOOTER = TextStyle(8)
FOOTER_ROOM = 16.0
"""The height kept at the foot of each page's printable part for the footer."""
RUNNING_HEAD = TextStyle(9, bold=True)
HEAD_ROOM = 16.0
"""The height kept at the top of a body page for the running head of a stage continued."""
GUTTER = 18.0
"""Between the two columns of a landscape page."""
STAGE_BREAK = 24.0
"""Above a stage's heading, where it follows another stage on a page."""
NEW_PAGE_BELOW = 0.3
"""A stage starts on a new page when less than this part of the page is left."""
CARD_PICTURE_WIDTH, CARD_PICTURE_HEIGHT = 80 * mm, 50 * mm
"""At most this large under its card on the stage's page."""
RANKED_KINDS = ("pain_points", "opportunities")
RANKED_COLUMNS = (
    QT_TRANSLATE_NOOP("Pdf", "Stage"),
    QT_TRANSLATE_NOOP("Pdf", "Votes"),
    QT_TRANSLATE_NOOP("Pdf", "Priority"),
)
"""The headings of a ranked table's columns after the rank and the card."""


def build_handout(
    target: BytesIO | str,
    content: MapContent,
    options: PdfOptions,
    typesetter: Typesetter,
    metadata: Metadata,
    progress: Progress,
) -> int:
    """Write the handout to `target`; return its number of pages."""
    frame = options.frame
    document = BaseDocTemplate(
        target,
        pagesize=options.page_size,
        leftMargin=options.margin,
        rightMargin=options.margin,
        topMargin=options.margin,
        bottomMargin=options.margin,
        initialFontName=FAMILY,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator=metadata.creator,
    )
    body = _body_frames(frame, options.landscape)
    wide = _above_footer(frame, "wide")
    overview_options, overview_plan = _overview_paper(content, options, typesetter)
    overview = _above_footer(overview_options.frame, "overview")
    footer_text = f"{content.map.title} · {options.date.isoformat()}"
    words = options.translate
    page_number = Message("Pdf", "Page {page}").translated(words)
    running = Running()

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        fill(canvas, palette.MUTED_INK)
        width = doc.pageTemplate.pagesize[0]  # the overview's page may be turned
        left, right, below = options.margin, width - options.margin, options.margin + 3
        title = typesetter.shorten(footer_text, right - left - 80, FOOTER)
        draw_line(canvas, left, below, title, FOOTER)
        draw_line(canvas, right, below, page_number.format(page=doc.page), FOOTER, "right")
        canvas.restoreState()

    def head(canvas: Canvas, doc: BaseDocTemplate) -> None:
        continued = running.continued(doc.page)
        if continued:
            stage, lane = continued
            said = (
                Message("Pdf", "{stage}, continued").format(stage=stage)
                if lane is None
                else Message("Pdf", "{stage}, continued · {lane}").format(stage=stage, lane=lane)
            ).translated(words)
            top = doc.pagesize[1] - options.margin - RUNNING_HEAD.size
            canvas.saveState()
            fill(canvas, palette.MUTED_INK)
            shown = typesetter.shorten(said, frame.width, RUNNING_HEAD)
            draw_line(canvas, options.margin, top, shown, RUNNING_HEAD)
            canvas.restoreState()

    document.addPageTemplates(
        [
            PageTemplate("wide", [wide], footer, pagesize=options.page_size),  # the first
            PageTemplate("overview", [overview], footer, pagesize=overview_options.page_size),
            PageTemplate("page", body, footer, onPageEnd=head, pagesize=options.page_size),
        ]
    )
    story = _story(content, overview_plan, typesetter, words, wide, body[0].height, running)
    total, reached = len(story), 0.0

    def told(kind: str, value: Any) -> None:
        """reportlab counts the flowables left; split ones go back in, so the count can
        run backwards for a while: only progress forwards is passed on."""
        nonlocal reached
        if kind == "PROGRESS" and total and value / total > reached:
            reached = min(1.0, value / total)
            progress(reached)

    document.setProgressCallBack(told)
    document.build(story)
    return int(document.page)


class Heading(Paragraph):
    """A page's heading, with an entry in the PDF's outline pointing at it."""

    def __init__(self, title: str) -> None:
        super().__init__(literal(title), HEADING)
        self.title = title

    def draw(self) -> None:
        super().draw()
        _outline(self.canv, self.title)


class Running:
    """Which stages and lanes each page shows and which it heads, so that a page that
    goes on with a stage, or a lane, begun on an earlier one says so at its top."""

    def __init__(self) -> None:
        self._shown: dict[int, list[tuple[str, str]]] = {}
        """The stage and lane of each card drawn on a page, in order."""
        self._headed: dict[int, set[str | tuple[str, str]]] = {}
        """The stages, and lanes of a stage, a page has the headings of."""

    def shows(self, stage: str, lane: str) -> Callable[[Canvas], None]:
        """What a card of `stage` in `lane` tells as it is drawn."""

        def drawn(canvas: Canvas) -> None:
            self._shown.setdefault(canvas.getPageNumber(), []).append((stage, lane))

        return drawn

    def heads(self, page: int, heading: str | tuple[str, str]) -> None:
        """Tell that `page` has the heading of a stage, or of a (stage, lane)."""
        self._headed.setdefault(page, set()).add(heading)

    def continued(self, page: int) -> tuple[str, str | None] | None:
        """The stage the page goes on with, and the lane if it goes on with that too:
        what its first card belongs to, where the page does not head it."""
        shown = self._shown.get(page)
        if not shown:
            return None
        stage, lane = shown[0]
        headed = self._headed.get(page, set())
        if stage in headed:
            return None
        return stage, (None if (stage, lane) in headed else lane)


class StageHeading(Heading):
    """A stage's heading, which tells `running` the page it heads the stage on."""

    def __init__(self, title: str, running: Running) -> None:
        super().__init__(title)
        self.running = running
        self.spaceBefore = STAGE_BREAK  # a new stage reads as a larger break than a lane

    def draw(self) -> None:
        super().draw()
        self.running.heads(self.canv.getPageNumber(), self.title)


class LaneHeading(Paragraph):
    """A lane's name above its first card in a stage, which tells `running` the page."""

    def __init__(self, stage: str, lane: str, running: Running) -> None:
        super().__init__(literal(lane), SUBHEADING)
        self.heading, self.running = (stage, lane), running

    def draw(self) -> None:
        super().draw()
        self.running.heads(self.canv.getPageNumber(), self.heading)


def _outline(canvas: Canvas, title: str) -> None:
    key = f"outline-{canvas.getPageNumber()}-{title}"
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(title, key, level=0)


class OverviewFlowable(Flowable):
    """The overview page as `plan` composes it for the frame it fills."""

    def __init__(self, content: MapContent, plan: OverviewPlan, words: Translate) -> None:
        super().__init__()
        self.content, self.plan, self.words = content, plan, words

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        frame = Rect(0, 0, self.width, self.height)
        draw_overview(self.canv, self.content, self.plan, frame)
        _outline(self.canv, Message("Pdf", "Overview").translated(self.words))


class FaceLine(Flowable):
    """An emotion point as the stage page shows it: a face, then its score and words."""

    RADIUS = 7.0

    def __init__(self, score: int, low: int, high: int, text: str, persona_index: int) -> None:
        """The face is in the persona's colour and outline."""
        super().__init__()
        self.face = face_for(score, low, high)
        self.colour = palette.persona_face(persona_index)
        self.outline = FACE_OUTLINES[persona_index % len(FACE_OUTLINES)]
        self.text = Paragraph(literal(text), BODY)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _w, text_height = self.text.wrap(available_width - 24, available_height)
        self.width, self.height = available_width, max(2 * self.RADIUS + 4, text_height + 2)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(0, self.height)
        centre = Point(self.RADIUS + 1, self.RADIUS + 1)
        paint_shapes(self.canv, face(centre, self.RADIUS, self.face, self.colour, self.outline))
        self.canv.restoreState()
        self.text.drawOn(self.canv, 24, self.height - self.text.height - 1)


def _story(
    content: MapContent,
    overview: OverviewPlan,
    typesetter: Typesetter,
    words: Translate,
    wide: Frame,
    page_height: float,
    running: Running,
) -> list[Flowable]:
    """Every part of the handout; `wide`: the frame of a page set in one column,
    `page_height`: the height of a column of text."""
    return [
        *story_page(content, typesetter, words, wide.width, wide.height),
        NextPageTemplate("overview"),
        PageBreak(),
        OverviewFlowable(content, overview, words),
        *_persona_pages(content, words, wide),
        NextPageTemplate("page"),
        PageBreak(),
        *_stage_pages(content, overview.layout, typesetter, words, page_height, running),
        NextPageTemplate("wide"),  # a ranked table reads down one column
        PageBreak(),
        *_ranked_pages(content, typesetter, words),
    ]


def _body_frames(frame: Rect, landscape: bool) -> list[Frame]:
    """The columns text flows in on a body page, below the running head and above the
    footer: two on a landscape page, so that lines keep a length that reads."""
    top = frame.height - FOOTER_ROOM - HEAD_ROOM
    if not landscape:
        return [Frame(frame.x, frame.y + FOOTER_ROOM, frame.width, top, 0, 0, 0, 0, id="body")]
    width = (frame.width - GUTTER) / 2
    return [
        Frame(x, frame.y + FOOTER_ROOM, width, top, 0, 0, 0, 0, id=f"column-{number}")
        for number, x in enumerate((frame.x, frame.x + width + GUTTER))
    ]


def _above_footer(frame: Rect, name: str) -> Frame:
    """The frame that text flows in: the printable part of the page above the footer."""
    return Frame(
        frame.x, frame.y + FOOTER_ROOM, frame.width, frame.height - FOOTER_ROOM, 0, 0, 0, 0, id=name
    )


def _overview_paper(
    content: MapContent, options: PdfOptions, typesetter: Typesetter
) -> tuple[PdfOptions, OverviewPlan]:
    """The paper of the overview page, the handout's or turned where only that lets the
    map read, and the overview composed for its frame."""
    plans = []
    for choice in (options, replace(options, landscape=not options.landscape)):
        frame = choice.frame
        height = frame.height - FOOTER_ROOM - 1  # as the flowable takes it
        plan = compose_overview(content, frame.width, height, typesetter, options.translate)
        if plan.readable:
            return choice, plan
        plans.append((choice, plan))
    return plans[0]


def _persona_pages(content: MapContent, words: Translate, wide: Frame) -> list[Flowable]:
    if not content.personas:
        return []
    story: list[Flowable] = [
        NextPageTemplate("wide"),
        PageBreak(),
        Heading(Message("Pdf", "Personas").translated(words)),
    ]
    primary = content.map.primary_persona_id
    for index, persona in enumerate(content.personas):
        story += persona_card(persona, index, persona.id == primary, words, wide.width, wide.height)
    return story


def _stage_pages(
    content: MapContent,
    layout: MapLayout,
    typesetter: Typesetter,
    words: Translate,
    page_height: float,
    running: Running,
) -> list[Flowable]:
    """A section per stage: its heading, where it sits on the curve, its goal, its
    emotions and its cards by lane, each card whole. A stage starts a new page only when
    little of one is left; its heading and each lane's name keep with the first card."""
    goal_label = literal(Message("Fields", "Customer goal").translated(words))
    story: list[Flowable] = []
    in_cell: dict[tuple[str, str], list[CardRecord]] = {}
    for card in content.cards:
        in_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
    strip = shows_a_curve(layout)
    for number, stage in enumerate(content.stages, start=1):
        section: list[Flowable] = [StageHeading(stage_heading(number, stage), running)]
        if strip:
            section.append(CurveStrip(layout, stage.id))
        if stage.goal:
            section.append(Paragraph(f"<b>{goal_label}.</b> {literal(stage.goal)}", BODY))
        if stage.description:
            section.append(Paragraph(literal(stage.description), BODY))
        section += _stage_emotions(content, stage, words)
        for lane in content.lanes:
            cards = sorted(in_cell.get((stage.id, lane.id), []), key=lambda c: c.position)
            if not cards:
                continue
            heading = stage_heading(number, stage)
            section.append(LaneHeading(heading, lane.title, running))
            for card in cards:
                block = card_block(card, lane.kind, typesetter, words, page_height)
                block.on_draw = running.shows(heading, lane.title)
                section.append(block)
                picture = fitted_image(card.image, CARD_PICTURE_WIDTH, CARD_PICTURE_HEIGHT)
                if picture is not None:
                    picture.hAlign, picture.spaceAfter = "LEFT", 8
                    section.append(picture)
        for flowable in section[: _first_card(section)]:
            flowable.keepWithNext = True
        for flowable in section:
            if isinstance(flowable, Paragraph) and flowable.style is SUBHEADING:
                flowable.keepWithNext = True  # a lane's name with its first card
        blocks = [n for n, flowable in enumerate(section) if isinstance(flowable, CardBlock)]
        for flowable in section[blocks[-2] : blocks[-1]] if len(blocks) > 1 else ():
            flowable.keepWithNext = True  # no stage ends with one card alone atop a page
        story += [CondPageBreak(page_height * NEW_PAGE_BELOW), *section]
    return story


def stage_heading(number: int, stage: StageRecord) -> str:
    return f"{number}. {stage.name}"


def _first_card(section: list[Flowable]) -> int:
    """The index of the first card of a stage's section (its length if it has none)."""
    return next(
        (index for index, flowable in enumerate(section) if isinstance(flowable, CardBlock)),
        len(section),
    )


def _stage_emotions(content: MapContent, stage: StageRecord, words: Translate) -> list[Flowable]:
    low, high = content.map.emotion_min, content.map.emotion_max
    lines: list[Flowable] = []
    for index, persona in enumerate(content.personas):
        for point in content.curve(persona.id):
            if point.stage_id == stage.id:
                said = f"{score_text(point.score, low)} {persona.name}" + (
                    f": {point.label}" if point.label else ""
                )
                lines.append(FaceLine(point.score, low, high, said, index))
    if lines:
        return [
            Paragraph(literal(Message("Pdf", "Emotions").translated(words)), SUBHEADING),
            *lines,
        ]
    return []


def _ranked_pages(content: MapContent, typesetter: Typesetter, words: Translate) -> list[Flowable]:
    stage_names = {stage.id: stage.name for stage in content.stages}
    voted = any(card.votes for card in content.cards)
    story: list[Flowable] = []
    for kind in RANKED_KINDS:
        cards = ranked(content, (kind,))
        if not cards:
            continue
        title = words("Vocabulary", LANE_KIND_BY_KEY[kind].title)
        rows = [
            RankedRow(
                rank,
                card.title + (" ★" if card.moment else ""),
                stage_names.get(card.stage_id, ""),
                card.votes,
                words("Vocabulary", PRIORITIES[card.priority]) if card.priority else "–",
            )
            for rank, card in enumerate(cards, start=1)
        ]
        stage, votes, priority = (words("Pdf", name) for name in RANKED_COLUMNS)
        table = RankedTable(
            title, rows, palette.lane_fill(kind), typesetter, (stage, votes, priority), voted
        )
        heading = (
            Message("Pdf", "{title}, ranked by votes and priority")
            if voted
            else Message("Pdf", "{title}, ranked by priority")
        ).format(title=title)
        story += [CondPageBreak(120), Heading(heading.translated(words)), table]
    return story

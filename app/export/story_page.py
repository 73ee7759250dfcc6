"""The handout's first page: the story a manager reads in two minutes. The map's title,
objective and scenario; the persona in brief; the emotion curve drawn large with its
lowest point and biggest drop said in words; and the top pain points, each with the
opportunities of its stage beside it and who owns them."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.export.ink import colour
from app.export.map_drawing import draw_map
from app.export.paragraphs import BODY, SMALL, literal, style_of
from app.export.pdf_fonts import FAMILY
from app.export.persona_page import Initials
from app.export.pictures import fitted_image
from app.layout import palette
from app.layout.callouts import CalloutKind, emotion_callouts
from app.layout.map_layout import MapLayout
from app.layout.overview import CURVE_SCALE, compose_curve
from app.layout.text import Typesetter
from app.model.data.ranking import ranked
from app.model.data.records import CardRecord, MapContent
from app.model.data.vocabulary import score_text
from app.model.messages import Message, Translate, cut

TITLE = style_of("story title", BODY, 22, bold=True, leading=26)
OBJECTIVE = style_of("story objective", BODY, 12, leading=15, space_before=4)
LABEL = style_of("story label", BODY, 10, bold=True, leading=13, space_before=8)
CELL = style_of("story cell", BODY, 9, leading=11.5)
CELL_HEAD = style_of("story cell head", BODY, 9, bold=True, leading=11.5)
PORTRAIT = 18 * mm
TOP_PAIN_POINTS = 5
OPPORTUNITIES_EACH = 2
MOST_CURVES_SAID = 3
"""The personas whose lowest point and biggest drop the page says in words."""
CURVE_SHARE, CURVE_MOST = 0.32, 0.5
"""The part of the page's height the curve takes at least, and at most when the rest of
the page leaves it room: the larger, the more room its words have."""
CURVE_GAP = 8.0
SLACK = 24.0
"""Points kept free at the foot of the page: what platypus adds between flowables that
their own heights do not say."""
LONGEST = 160
"""Characters of a card's title the summary prints; the stage pages print it whole."""


class CurveDrawing(Flowable):
    """The emotion lane with its stages' headers, as the map draws it, at CURVE_SCALE."""

    def __init__(self, layout: MapLayout, content: MapContent) -> None:
        super().__init__()
        self.layout, self.content = layout, content
        self.width = layout.width * CURVE_SCALE
        self.height = layout.height * CURVE_SCALE

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(0, self.height)
        self.canv.scale(CURVE_SCALE, CURVE_SCALE)
        draw_map(self.canv, self.layout, self.content)
        self.canv.restoreState()


def story_page(
    content: MapContent,
    typesetter: Typesetter,
    words: Translate,
    width: float,
    height: float,
) -> list[Flowable]:
    """The first page's flowables, for a frame of `width` × `height` points."""
    the_map = content.map
    story: list[Flowable] = [Paragraph(literal(the_map.title), TITLE)]
    if the_map.objective.strip():
        story.append(Paragraph(literal(the_map.objective), OBJECTIVE))
    if the_map.scenario.strip():
        story.append(_labelled(Message("Fields", "Scenario"), the_map.scenario, words))
    story += _persona_in_brief(content, words, width)
    said = _callouts(content, words)
    table = _pain_points_and_opportunities(content, words, width)
    room = height - _height_of([*story, *said, *table], width) - CURVE_GAP - SLACK
    curve_height = min(height * CURVE_MOST, max(height * CURVE_SHARE, room))
    curve = compose_curve(content, width, curve_height, typesetter, words)
    if curve is not None:
        story += [Spacer(0, CURVE_GAP), CurveDrawing(curve, content), *said]
    return [*story, KeepTogether(table)]  # the table whole, on the next page if need be


def _height_of(flowables: list[Flowable], width: float) -> float:
    """How tall `flowables` are, one below the other, in a frame `width` wide."""
    return sum(
        flowable.wrap(width, math.inf)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        for flowable in flowables
    )


def _labelled(label: Message, text: str, words: Translate) -> Paragraph:
    named = literal(label.translated(words))
    return Paragraph(f"<b>{named}.</b> {literal(text)}", BODY)


def _persona_in_brief(content: MapContent, words: Translate, width: float) -> list[Flowable]:
    """The primary persona (or the first): a small portrait, name, role and quote."""
    if not content.personas:
        return []
    primary = next(
        (p for p in content.personas if p.id == content.map.primary_persona_id),
        content.personas[0],
    )
    index = content.personas.index(primary)
    picture = fitted_image(primary.photo, PORTRAIT, PORTRAIT) or Initials(
        primary.name, index, PORTRAIT
    )
    said = [f"<b>{literal(primary.name)}</b>"]
    if primary.role.strip():
        said.append(literal(primary.role))
    lines = [Paragraph("&nbsp;·&nbsp;".join(said), BODY)]  # no line ends on the dot
    if primary.quote.strip():
        lines.append(Paragraph(f"<i>“{literal(primary.quote.strip())}”</i>", BODY))
    table = Table([[picture, lines]], colWidths=[PORTRAIT + 8, width - PORTRAIT - 8])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [table]


def _callouts(content: MapContent, words: Translate) -> list[Flowable]:
    """The lowest point and biggest drop of each curve, in words."""
    stages = {stage.id: stage.name for stage in content.stages}
    names = {persona.id: persona.name for persona in content.personas}
    points = {point.id: point for point in content.emotions}
    low = content.map.emotion_min
    several = len({point.persona_id for point in content.emotions}) > 1
    lines: list[Flowable] = []
    shown = [persona.id for persona in content.personas if content.curve(persona.id)]
    shown = shown[:MOST_CURVES_SAID]
    callouts = [c for c in emotion_callouts(content) if c.persona_id in shown]
    both = {  # a persona's lowest point that is also where its biggest drop ends
        c.point_id
        for c in callouts
        if c.kind != CalloutKind.LOWEST
        and any(o.point_id == c.point_id and o.kind == CalloutKind.LOWEST for o in callouts)
    }
    for callout in callouts:
        if callout.point_id in both and callout.kind == CalloutKind.LOWEST:
            continue  # said once, with the drop
        point = points[callout.point_id]
        if callout.point_id in both:
            said = Message("Pdf", "Lowest point and biggest drop, {fall} down")
        elif callout.kind == CalloutKind.LOWEST:
            said = Message("Pdf", "Lowest point")
        else:
            said = Message("Pdf", "Biggest drop, {fall} down")
        kind = said.format(fall=callout.fall).translated(words)
        whose = f" ({literal(names.get(callout.persona_id, ''))})" if several else ""
        where = literal(stages.get(callout.stage_id, ""))
        score = score_text(callout.score, low)
        label = f" — {literal(point.label)}" if point.label.strip() else ""
        lines.append(Paragraph(f"<b>▼ {literal(kind)}</b>{whose}: {where}, {score}{label}", SMALL))
    return lines


def _pain_points_and_opportunities(
    content: MapContent, words: Translate, width: float
) -> list[Flowable]:
    """The top pain points, each beside the opportunities of its stage and their owners."""
    pains = ranked(content, ("pain_points",))[:TOP_PAIN_POINTS]
    if not pains:
        said = Message("Pdf", "No pain points on the map yet.").translated(words)
        return [Spacer(0, 10), Paragraph(literal(said), SMALL)]
    beside = _opportunities_beside(pains, ranked(content, ("opportunities",)))
    stages = {stage.id: stage.name for stage in content.stages}
    heads = [
        Message("Pdf", "Top pain points"),
        Message("Pdf", "Stage"),
        Message("Pdf", "Opportunities there"),
        Message("Fields", "Owner"),
    ]
    rows: list[list[object]] = [[Paragraph(literal(h.translated(words)), CELL_HEAD) for h in heads]]
    for pain in pains:
        here = beside[pain.id]
        bullet = "• " if len(here) > 1 else ""
        rows.append(
            [
                Paragraph(literal(_short(pain)), CELL),
                Paragraph(literal(stages.get(pain.stage_id, "")), CELL),
                [Paragraph(literal(bullet + _short(card)), CELL) for card in here]
                or [Paragraph("–", CELL)],
                Paragraph(
                    literal(", ".join(dict.fromkeys(c.owner for c in here if c.owner))), CELL
                ),
            ]
        )
    table = Table(rows, colWidths=[width * 0.34, width * 0.16, width * 0.34, width * 0.16])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colour(palette.HEADER_FILL)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colour(palette.GRID_LINE)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Spacer(0, 10), table]


def _opportunities_beside(
    pains: list[CardRecord], chances: list[CardRecord]
) -> dict[str, list[CardRecord]]:
    """Up to OPPORTUNITIES_EACH of its stage's opportunities beside each pain point, each
    opportunity beside one only, dealt in turn: where a stage has two pain points and two
    opportunities, each pain point gets one, rather than the first both."""
    beside: dict[str, list[CardRecord]] = {pain.id: [] for pain in pains}
    given: set[str] = set()
    for _turn in range(OPPORTUNITIES_EACH):
        for pain in pains:
            chance = next(
                (c for c in chances if c.stage_id == pain.stage_id and c.id not in given), None
            )
            if chance is not None:
                beside[pain.id].append(chance)
                given.add(chance.id)
    return beside


def _short(card: CardRecord) -> str:
    return cut(" ".join(card.title.split()), LONGEST)

"""The head of a stage's slide, which says where the room is: the stage's number and its
place among the stages (a row of numbered chips), which of its slides this is and what the
marks on its cards mean, its name large, the customer's goal there, and how each persona
feels there."""

from __future__ import annotations

from itertools import zip_longest
from typing import Final

from app.layout import palette
from app.layout.badges import PRIORITY_MARKS
from app.layout.emotions import face_for
from app.layout.geometry import Point, Rect
from app.layout.shapes import FACE_OUTLINES, Plate, Shape, Stroke, Text, face
from app.layout.slides.slide import SlideSizes, text_block
from app.layout.text import Typesetter
from app.model.messages import Message, Translate
from app.model.records import EmotionRecord, MapContent, PersonaRecord, StageRecord
from app.model.vocabulary import score_text

MOST_FEELINGS: Final = 3
"""The most points of the stage the head quotes; the curve below labels the others."""
PRIORITY_WORDS: Final = {
    3: Message("Slides", "!!! high priority"),
    2: Message("Slides", "!! medium priority"),
    1: Message("Slides", "! low priority"),
}


def stage_header(
    content: MapContent,
    stage: StageRecord,
    part: int,
    parts: int,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
) -> tuple[list[Shape], float]:
    """The head's shapes, and the y below it."""
    m = sizes.margin
    width = sizes.width - 2 * m - sizes.corner
    number = [s.id for s in content.stages].index(stage.id) + 1
    chips, chips_width = _chips(len(content.stages), number, Point(m + width, m), sizes, typesetter)
    where = Message("Slides", "Stage {number} of {count}").format(
        number=number, count=len(content.stages)
    )
    if parts > 1:
        where = Message("Slides", "{stage} · slide {part} of {parts}").format(
            stage=where, part=part, parts=parts
        )
    said = "   ·   ".join([where.translated(translate), *_marks(content, stage, translate)])
    room = width - chips_width - sizes.gap
    shown = typesetter.shorten(said, room, sizes.body)
    line = Text(
        Rect(m, m, typesetter.width(shown, sizes.body), sizes.body.line_height),
        (shown,),
        sizes.body,
        "muted_ink",
    )
    name, y = text_block(
        typesetter, stage.name, Point(m, line.rect.bottom), width, sizes.heading, "ink", 2
    )
    goal, y = text_block(typesetter, stage.goal, Point(m, y), width, sizes.goal, "muted_ink", 2)
    feelings, y = _feelings(content, stage, Point(m, y), sizes.width - 2 * m, sizes, typesetter)
    return [*chips, line, name, goal, *feelings], y


def _chips(
    count: int, current: int, right: Point, sizes: SlideSizes, typesetter: Typesetter
) -> tuple[list[Shape], float]:
    """The stages as numbered chips ending at `right`, the current one filled."""
    style = sizes.small_bold
    height = style.line_height
    width = typesetter.width(str(count), style) + style.size
    gap = sizes.padding / 2
    total = count * width + (count - 1) * gap
    top = right.y + (sizes.body.line_height - height) / 2
    shapes: list[Shape] = []
    for number in range(1, count + 1):
        rect = Rect(right.x - total + (number - 1) * (width + gap), top, width, height)
        if number == current:
            shapes.append(Plate(rect, height / 2, "ink"))
            shapes.append(Text(rect, (str(number),), style, "slide", centred=True))
        else:
            shapes.append(Plate(rect, height / 2, None, Stroke("muted_ink", 1.5)))
            shapes.append(Text(rect, (str(number),), style, "muted_ink", centred=True))
    return shapes, total


def _marks(content: MapContent, stage: StageRecord, translate: Translate) -> list[str]:
    """What the marks on the stage's cards mean, for those it has."""
    cards = [card for card in content.cards if card.stage_id == stage.id]
    said = []
    if any(card.moment for card in cards):
        said.append(Message("Slides", "★ a moment that matters").translated(translate))
    for level in sorted(
        {card.priority for card in cards if card.priority in PRIORITY_MARKS}, reverse=True
    ):
        said.append(PRIORITY_WORDS[level].translated(translate))
    if any(card.votes for card in cards):
        said.append(Message("Slides", "● dots from the vote").translated(translate))
    return said


def _feelings(
    content: MapContent,
    stage: StageRecord,
    at: Point,
    width: float,
    sizes: SlideSizes,
    typesetter: Typesetter,
) -> tuple[list[Shape], float]:
    """How each persona feels in the stage, a line each with its face: the curve's words
    for this stage, large enough for the room."""
    low, high = content.map.emotion_min, content.map.emotion_max
    style = sizes.body
    radius = style.line_height * 0.4
    shapes: list[Shape] = []
    y = at.y
    for index, persona, point in quoted_points(content, stage):
        centre = Point(at.x + radius, y + style.line_height / 2)
        outline = FACE_OUTLINES[index % len(FACE_OUTLINES)]
        mood = face_for(point.score, low, high)
        shapes += face(centre, radius, mood, palette.persona_face(index), outline)
        words = f"{score_text(point.score, low)}  {persona.name}"
        if point.label:
            words += f": {' '.join(point.label.split())}"
        left = at.x + 2 * radius + sizes.padding
        shown = typesetter.shorten(words, at.x + width - left, style)
        shapes.append(
            Text(Rect(left, y, at.x + width - left, style.line_height), (shown,), style, "ink")
        )
        y += style.line_height
    return shapes, y


def quoted_points(
    content: MapContent, stage: StageRecord
) -> list[tuple[int, PersonaRecord, EmotionRecord]]:
    """The stage's points the head quotes (with each persona and its place in the map):
    the first of each persona, then the next, up to `MOST_FEELINGS`."""
    runs = [
        [
            (index, persona, point)
            for point in content.curve(persona.id)
            if point.stage_id == stage.id
        ]
        for index, persona in enumerate(content.personas)
    ]
    ordered = [entry for group in zip_longest(*runs) for entry in group if entry is not None]
    return ordered[:MOST_FEELINGS]

"""The head of a stage's slide, which says where the room is: the stage's number and its
place among the stages (a row of numbered chips), which of its slides this is and what the
marks on its cards mean, its name large, the customer's goal there, and how each persona
feels there."""

from __future__ import annotations

from typing import Final

from app.layout import palette
from app.layout.emotions import face_for
from app.layout.geometry import Point, Rect
from app.layout.shapes import (
    FACE_OUTLINES,
    Path,
    Plate,
    Shape,
    Stroke,
    Text,
    face,
    persona_ink,
    straight,
)
from app.layout.slides.slide import SlideSizes, text_block
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import EmotionRecord, MapContent, PersonaRecord, StageRecord
from app.model.data.vocabulary import PRIORITY_MARKS, score_text
from app.model.messages import Message, Translate

NAME_SHARE: Final = 0.4
"""The share of the head's width the stage's name and goal take, beside the feelings."""
FEELING_EMS: Final = 1.15
"""How large the stage's feelings are set, in title sizes: what the room discusses."""
MOST_FEELINGS: Final = 3
"""The most personas the head quotes; the curve below labels the others' points."""
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
    # The stage's name and goal at the left, how each persona feels there at the right.
    quotes = quoted_points(content, stage)
    left = (sizes.width - 2 * m) * (NAME_SHARE if quotes else 1.0)
    top = line.rect.bottom
    name, y = text_block(typesetter, stage.name, Point(m, top), left, sizes.heading, "ink", 2)
    goal, y = text_block(typesetter, stage.goal, Point(m, y), left, sizes.goal, "ink", 3)
    right = Point(m + left + sizes.gap, top + sizes.padding)
    feelings, below = _feelings(
        content, quotes, right, sizes.width - m - right.x, sizes, typesetter
    )
    return [*chips, line, name, goal, *feelings], max(y, below)


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
    quotes: list[tuple[int, PersonaRecord, list[EmotionRecord]]],
    at: Point,
    width: float,
    sizes: SlideSizes,
    typesetter: Typesetter,
) -> tuple[list[Shape], float]:
    """How each persona feels in the stage, larger than the titles, a line each: its
    curve's line and face (the key to the curve below), its name in bold, then each of its
    points there, score and words, one leading to the next."""
    low, high = content.map.emotion_min, content.map.emotion_max
    style = TextStyle(round(sizes.title * FEELING_EMS))
    bold = TextStyle(style.size, bold=True)
    radius = style.line_height * 0.4
    sample = style.size * 1.2
    shapes: list[Shape] = []
    y = at.y
    for index, persona, points in quotes:
        middle = y + style.line_height / 2
        pattern = palette.persona_line(index)[1]
        line = straight(Point(at.x, middle), Point(at.x + sample, middle))
        shapes.append(Path((line,), Stroke(persona_ink(index), radius / 3, pattern)))
        centre = Point(at.x + sample + radius + 4, middle)
        outline = FACE_OUTLINES[index % len(FACE_OUTLINES)]
        mood = face_for(points[-1].score, low, high)  # where the stage leaves them
        shapes += face(centre, radius, mood, palette.persona_face(index), outline)
        left = centre.x + radius + sizes.padding
        who = f"{persona.name}:"
        who_width = typesetter.width(who, bold)
        shapes.append(Text(Rect(left, y, who_width, style.line_height), (who,), bold, "ink"))
        said = "  →  ".join(
            f"{score_text(point.score, low)} {' '.join(point.label.split())}".strip()
            for point in points
        )
        if said:
            room = at.x + width - left
            first = room - who_width - typesetter.width(" ", style)
            lines = _hanging(said, first, room, style, typesetter)
            shapes.append(
                Text(
                    Rect(left + room - first, y, first, style.line_height), lines[:1], style, "ink"
                )
            )
            if len(lines) > 1:
                rest = Rect(left, y + style.line_height, room, style.line_height)
                shapes.append(Text(rest, lines[1:], style, "ink"))
            y += style.line_height * len(lines)
        else:
            y += style.line_height
    return shapes, y


def _hanging(
    said: str, first: float, rest: float, style: TextStyle, typesetter: Typesetter
) -> tuple[str, ...]:
    """`said` on a first line `first` wide, then one more line as wide as `rest`."""
    head = typesetter.wrap(said, first, style, 1)
    if head and not head[0].endswith("…"):
        return head
    words = said.split()
    count = 0
    while count < len(words) and typesetter.width(" ".join(words[: count + 1]), style) <= first:
        count += 1
    if count == 0:
        return ("", typesetter.shorten(said, rest, style))
    return (" ".join(words[:count]), typesetter.shorten(" ".join(words[count:]), rest, style))


def quoted_points(
    content: MapContent, stage: StageRecord
) -> list[tuple[int, PersonaRecord, list[EmotionRecord]]]:
    """The personas the head quotes (with their places in the map) and their points in the
    stage: up to `MOST_FEELINGS` of them, the others named in the curve's key."""
    quoted: list[tuple[int, PersonaRecord, list[EmotionRecord]]] = []
    for index, persona in enumerate(content.personas):
        points = [point for point in content.curve(persona.id) if point.stage_id == stage.id]
        if points and len(quoted) < MOST_FEELINGS:
            quoted.append((index, persona, points))
    return quoted

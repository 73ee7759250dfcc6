"""What a map's marks mean, laid out once for every picture of it: a swatch for each kind
of lane, the faces of the scale, each persona's line and face, the ★ of a moment that
matters, the badges of votes and priority, the ringed face and tag of a call-out, and what
a card's foot says. The PDF
overview and the exported pictures paint the same shapes at the size they choose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.layout import palette
from app.layout.callouts import emotion_callouts
from app.layout.emotions import Face, face_for
from app.layout.geometry import Point, Rect
from app.layout.shapes import (
    FACE_OUTLINES,
    Path,
    Plate,
    Shape,
    Stroke,
    Text,
    face,
    outline,
    persona_ink,
    straight,
    tag,
)
from app.layout.text import TextMeasure, TextStyle
from app.model.data.records import MapContent
from app.model.data.vocabulary import LANE_KIND_BY_KEY, PRIORITY_MARKS, score_text
from app.model.messages import Message, Translate, one_or_many

MAX_PERSONAS: Final = 6


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One item of the legend: a small drawing and the words beside it."""

    kind: str
    """"lane", "face", "curve", "moment", "votes", "priority", "callout", "card" or "note"
    (words alone)."""
    label: str
    lane_kind: str = ""
    face: Face = Face.NEUTRAL
    persona_index: int = 0


@dataclass(frozen=True, slots=True)
class Legend:
    shapes: list[Shape]
    height: float


def legend_entries(
    content: MapContent, translate: Translate, lanes: bool = True, card_feet: bool = True
) -> list[LegendEntry]:
    """With `lanes`, a swatch per kind of lane (named after the lane when only one has
    that kind); the faces, the lines of the first personas with a curve, the marks of
    moments and call-outs the map has, and with `card_feet` what a card's foot says:
    only what is drawn. A picture leaves the lanes out (its rows are named beside their
    colour), and the feet where its cards are seen too small to show them."""
    lanes_by_kind: dict[str, list[str]] = {}
    for lane in content.lanes if lanes else ():
        lanes_by_kind.setdefault(lane.kind, []).append(lane.title)
    entries = [
        LegendEntry(
            "lane",
            titles[0]
            if len(titles) == 1
            else translate("Vocabulary", LANE_KIND_BY_KEY[kind].title),
            kind,
        )
        for kind, titles in lanes_by_kind.items()
    ]
    low, high = content.map.emotion_min, content.map.emotion_max
    scores_by_face: dict[Face, list[int]] = {}
    for score in range(low, high + 1):
        scores_by_face.setdefault(face_for(score, low, high), []).append(score)
    for mood, scores in scores_by_face.items():
        first, last = score_text(scores[0], low), score_text(scores[-1], low)
        shown = first if len(scores) == 1 else f"{first}…{last}"
        entries.append(LegendEntry("face", f"{shown} {translate('Faces', mood.value)}", face=mood))
    feeling = {point.persona_id for point in content.emotions}
    drawn = [(i, persona) for i, persona in enumerate(content.personas) if persona.id in feeling]
    for index, persona in drawn[:MAX_PERSONAS]:
        entries.append(LegendEntry("curve", persona.name, persona_index=index))
    more = len(drawn) - MAX_PERSONAS
    if more > 0:
        note = one_or_many(
            more,
            Message("Pdf", "and 1 more persona"),
            Message("Pdf", "and {count} more personas"),
        )
        entries.append(LegendEntry("note", note.translated(translate)))
    if any(card.moment for card in content.cards):
        words = Message("Legend", "moment that matters").translated(translate)
        entries.append(LegendEntry("moment", words))
    if any(card.votes for card in content.cards):
        entries.append(LegendEntry("votes", Message("Legend", "votes").translated(translate)))
    if any(card.priority for card in content.cards):
        words = Message("Legend", "priority: low, medium, high").translated(translate)
        entries.append(LegendEntry("priority", words))
    if emotion_callouts(content):
        words = Message("Legend", "lowest point, biggest drop").translated(translate)
        entries.append(LegendEntry("callout", words))
    if card_feet and any(card.channel or card.owner for card in content.cards):
        words = Message("Legend", "at a card’s foot: channel · owner").translated(translate)
        entries.append(LegendEntry("card", words))
    return entries


def widest_entry(entries: list[LegendEntry], style: TextStyle, measure: TextMeasure) -> float:
    """How wide the legend is with one entry a row: the least width that keeps each
    entry on one line."""
    swatch = style.size * 1.25
    return max(
        (_entry_width(entry, swatch, style, measure) for entry in entries),
        default=0.0,
    )


def lay_out_legend(
    entries: list[LegendEntry],
    width: float,
    style: TextStyle,
    measure: TextMeasure,
    most_rows: int | None = None,
    row_spacing: float = 1.6,
) -> Legend:
    """The entries flowed left to right like words, wrapping at `width`, in rows of
    `style` `row_spacing` lines apart; entries past `most_rows` rows are left out."""
    swatch = style.size * 1.25
    row_height = style.line_height * row_spacing
    gap, spacing = style.size * 0.5, style.size * 1.75
    shapes: list[Shape] = []
    row, x = 0, 0.0
    for entry in entries:
        drawing = _drawing_width(entry, swatch, style, measure)
        needed = _entry_width(entry, swatch, style, measure)
        if x > 0 and x + needed > width:
            row, x = row + 1, 0.0
        if most_rows is not None and row >= most_rows:
            break
        top = row * row_height
        middle = top + row_height / 2
        shapes += _drawing(entry, x, middle, swatch, style, measure)
        label_x = x + drawing + (gap if drawing else 0)
        label_width = x + needed - label_x
        line = Rect(label_x, middle - style.line_height / 2, label_width, style.line_height)
        shapes.append(Text(line, (entry.label,), style, "ink"))
        x += needed + spacing
    rows = row + 1 if entries else 0
    return Legend(shapes, rows * row_height)


def _entry_width(
    entry: LegendEntry, swatch: float, style: TextStyle, measure: TextMeasure
) -> float:
    """The drawing, the gap after it and the words."""
    drawing = _drawing_width(entry, swatch, style, measure)
    return drawing + (style.size * 0.5 if drawing else 0) + measure(entry.label, style)


def _drawing_width(
    entry: LegendEntry, swatch: float, style: TextStyle, measure: TextMeasure
) -> float:
    if entry.kind == "curve":
        return swatch * 3.4
    if entry.kind == "priority":
        marks = PRIORITY_MARKS.values()
        return sum(_tag_width(mark, style, measure) + style.size * 0.3 for mark in marks)
    if entry.kind in _TAG_WORDS:
        tag_width = _tag_width(_TAG_WORDS[entry.kind], style, measure)
        return tag_width + (swatch * _CALLOUT_FACE if entry.kind == "callout" else 0)
    if entry.kind == "card":
        return swatch * 2
    return 0.0 if entry.kind == "note" else swatch


_TAG_WORDS: Final = {"moment": "★", "votes": "● 3", "callout": "▼"}
_CALLOUT_FACE: Final = 1.4
"""How many swatches wide the ringed face before a call-out's tag is, with its gap."""


def _tag_style(style: TextStyle) -> TextStyle:
    return TextStyle(style.size, bold=True)


def _tag_width(words: str, style: TextStyle, measure: TextMeasure) -> float:
    return measure(words, _tag_style(style)) + style.size


def _tags(
    marks: list[tuple[str, str]], x: float, middle: float, style: TextStyle, measure: TextMeasure
) -> list[Shape]:
    """Badges side by side from `x`: each its words and its fill."""
    height = style.line_height + 2
    shapes: list[Shape] = []
    for words, colour in marks:
        width = _tag_width(words, style, measure)
        shapes += tag(Rect(x, middle - height / 2, width, height), words, _tag_style(style), colour)
        x += width + style.size * 0.3
    return shapes


def _drawing(
    entry: LegendEntry,
    x: float,
    middle: float,
    swatch: float,
    style: TextStyle,
    measure: TextMeasure,
) -> list[Shape]:
    half = swatch / 2
    if entry.kind == "lane":
        box = Rect(x, middle - half, swatch, swatch)
        stripe = Rect(x, middle - half, swatch * 0.3, swatch)
        return [
            Plate(box, 0, palette.lane_fill(entry.lane_kind), Stroke("grid_line", 1)),
            Plate(stripe, 0, palette.lane_accent(entry.lane_kind)),
        ]
    if entry.kind == "face":
        return face(Point(x + half, middle), half, entry.face, "#ffffff")
    if entry.kind == "curve":
        index = entry.persona_index
        pattern = palette.persona_line(index)[1]
        line = Stroke(persona_ink(index), max(1.5, swatch / 5), pattern)
        end = Point(x + swatch * 2.9, middle)
        shape = FACE_OUTLINES[index % len(FACE_OUTLINES)]
        mood = face(end, half, Face.NEUTRAL, palette.persona_face(index), shape)
        return [Path((straight(Point(x, middle), end),), line), *mood]
    if entry.kind == "moment":
        return _tags([(_TAG_WORDS["moment"], palette.MOMENT)], x, middle, style, measure)
    if entry.kind == "votes":
        return _tags([(_TAG_WORDS["votes"], palette.INK)], x, middle, style, measure)
    if entry.kind == "priority":
        marks = [(mark, palette.PRIORITY) for mark in PRIORITY_MARKS.values()]
        return _tags(marks, x, middle, style, measure)
    if entry.kind == "callout":  # the point's face, ringed, and its tag
        centre = Point(x + half, middle)
        ring = Stroke(palette.MOMENT, max(1.5, swatch / 8))
        marked = [
            *face(centre, half, Face.UNHAPPY, "#ffffff"),
            outline(centre, half, "circle", None, ring),
        ]
        tag_x = x + swatch * _CALLOUT_FACE
        width = _drawing_width(entry, swatch, style, measure) - swatch * _CALLOUT_FACE
        height = style.line_height + 2
        return marked + tag(
            Rect(tag_x, middle - height / 2, width, height),
            _TAG_WORDS["callout"],
            _tag_style(style),
        )
    if entry.kind == "card":  # a stripe, a dark title and a quiet foot
        card = Rect(x, middle - half, swatch * 2, swatch)
        stripe = Rect(x, middle - half, swatch * 0.2, swatch)
        inset = x + swatch * 0.4
        title = Rect(inset, middle - half * 0.6, swatch * 1.3, half * 0.35)
        foot = Rect(inset, middle + half * 0.35, swatch * 0.9, half * 0.25)
        return [
            Plate(card, swatch * 0.1, "#ffffff", Stroke("grid_line", 1)),
            Plate(stripe, 0, "muted_ink"),
            Plate(title, 0, "ink"),
            Plate(foot, 0, "muted_ink"),
        ]
    return []

"""The one-page overview: the map's title and objective, its personas, the whole map scaled
to fit, and a legend of lanes, emotion faces and persona curves.

Drawn on a reportlab canvas inside a frame; used alone and as the first page of a handout.
Inside the frame, coordinates run from its top left corner with y growing downwards, as in
the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.pdfgen.canvas import Canvas

from app.export.ink import fill, stroke
from app.export.map_drawing import draw_lines, draw_map
from app.export.pdf_fonts import font_name
from app.export.shape_painter import paint_shapes
from app.layout import palette
from app.layout.emotion_marks import CURVE_WIDTH
from app.layout.emotions import Face, face_for
from app.layout.geometry import Point, Rect
from app.layout.map_layout import MapLayout
from app.layout.shapes import FACE_OUTLINES, Path, Shape, Stroke, face, persona_ink, straight
from app.layout.text import TextStyle, Typesetter
from app.model.messages import Message, Translate, one_or_many
from app.model.records import MapContent
from app.model.vocabulary import LANE_KIND_BY_KEY, score_text

TITLE = TextStyle(18, bold=True)
OBJECTIVE = TextStyle(10)
PERSONA = TextStyle(9)
LEGEND = TextStyle(8)
GAP = 8.0
SWATCH = 10.0
MAX_PERSONA_LINES = 4
MAX_LEGEND_PERSONAS = 6
MAX_LEGEND_SHARE = 0.2
"""The legend takes no more than this part of the page's height, however big the map."""
LEGEND_ROW = LEGEND.line_height * 1.6
_DRAWING_WIDTH = {"lane": SWATCH, "face": SWATCH, "curve": 24.0 + SWATCH, "note": -4.0}
"""How wide each kind of legend entry's drawing is, before its words."""


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One item of the legend: a small drawing and the words beside it."""

    kind: str  # "lane", "face", "curve" or "note" (words alone)
    label: str
    lane_kind: str = ""
    face: Face = Face.NEUTRAL
    persona_index: int = 0


def draw_overview(
    canvas: Canvas,
    content: MapContent,
    layout: MapLayout,
    frame: Rect,
    typesetter: Typesetter,
    translate: Translate,
) -> None:
    """The overview in `frame` (points, from the page's bottom left corner)."""
    canvas.saveState()
    canvas.translate(frame.x, frame.y + frame.height)  # the frame's top left corner
    width = frame.width
    y = draw_lines(canvas, typesetter.wrap(content.map.title, width, TITLE, 2), TITLE, 0, 0)
    if content.map.objective.strip():
        objective = typesetter.wrap(content.map.objective, width, OBJECTIVE, 2)
        y = draw_lines(canvas, objective, OBJECTIVE, 0, y + 2, palette.MUTED_INK)
    persona_lines = [typesetter.shorten(line, width, PERSONA) for line in persona_summary(content)]
    y = draw_lines(canvas, persona_lines[:MAX_PERSONA_LINES], PERSONA, 0, y + 4) + GAP

    legend = legend_entries(content, translate)
    most_rows = max(1, int(frame.height * MAX_LEGEND_SHARE / LEGEND_ROW))
    placed = [entry for entry in _place_legend(legend, width, typesetter) if entry[0] < most_rows]
    legend_height = (max(row for row, _x, _e in placed) + 1) * LEGEND_ROW
    map_area = Rect(0, y, width, frame.height - y - legend_height - GAP)
    _draw_map_fitted(canvas, content, layout, map_area)
    _draw_legend(canvas, placed, frame.height - legend_height + 4)
    canvas.restoreState()


def persona_summary(content: MapContent) -> list[str]:
    lines = []
    for persona in content.personas:
        words = [persona.name]
        if persona.role:
            words.append(f"({persona.role})")
        if persona.quote:
            words.append(f"— “{persona.quote.strip()}”")
        lines.append(" ".join(words).replace("\n", " "))
    return lines


def legend_entries(content: MapContent, translate: Translate) -> list[LegendEntry]:
    """A swatch per kind of lane (named after the lane when only one has that kind), the
    faces, and the first personas' line patterns."""
    lanes_by_kind: dict[str, list[str]] = {}
    for lane in content.lanes:
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
    for index, persona in enumerate(content.personas[:MAX_LEGEND_PERSONAS]):
        entries.append(LegendEntry("curve", persona.name, persona_index=index))
    more = len(content.personas) - MAX_LEGEND_PERSONAS
    if more > 0:
        note = one_or_many(
            more,
            Message("Pdf", "and 1 more persona"),
            Message("Pdf", "and {count} more personas"),
        )
        entries.append(LegendEntry("note", note.translated(translate)))
    return entries


def _place_legend(
    entries: list[LegendEntry], width: float, typesetter: Typesetter
) -> list[tuple[int, float, LegendEntry]]:
    """Each entry's row and x: entries flow left to right and wrap like words."""
    placed, row, x = [], 0, 0.0
    for entry in entries:
        drawing = _DRAWING_WIDTH[entry.kind]
        label = typesetter.shorten(entry.label, 160, LEGEND)
        needed = drawing + 4 + typesetter.measure(label, LEGEND) + 14
        if x > 0 and x + needed > width:
            row, x = row + 1, 0.0
        placed.append((row, x, replace(entry, label=label)))
        x += needed
    return placed


def _draw_legend(canvas: Canvas, placed: list[tuple[int, float, LegendEntry]], top: float) -> None:
    for row, x, entry in placed:
        y = top + row * LEGEND_ROW
        middle = y + SWATCH / 2
        if entry.kind == "lane":
            stroke(canvas, palette.GRID_LINE)
            fill(canvas, palette.lane_fill(entry.lane_kind))
            canvas.rect(x, -(y + SWATCH), SWATCH, SWATCH, stroke=1, fill=1)
            fill(canvas, palette.lane_accent(entry.lane_kind))
            canvas.rect(x, -(y + SWATCH), 3, SWATCH, stroke=0, fill=1)
        elif entry.kind == "face":
            paint_shapes(
                canvas, face(Point(x + SWATCH / 2, middle), SWATCH / 2, entry.face, "#ffffff")
            )
        elif entry.kind == "curve":
            paint_shapes(canvas, _curve_sample(entry.persona_index, x, middle))
        canvas.setFont(font_name(LEGEND), LEGEND.size)
        fill(canvas, palette.INK)
        label_x = x + _DRAWING_WIDTH[entry.kind] + 4
        canvas.drawString(label_x, -(middle + LEGEND.size * 0.35), entry.label)


def _curve_sample(persona_index: int, x: float, middle: float) -> list[Shape]:
    """A short run of a persona's line, ending in its face: how its curve looks."""
    line = Stroke(
        persona_ink(persona_index), CURVE_WIDTH / 1.5, palette.persona_line(persona_index)[1]
    )
    outline = FACE_OUTLINES[persona_index % len(FACE_OUTLINES)]
    end = Point(x + 24 + SWATCH / 2, middle)
    mood_face = face(end, SWATCH / 2, Face.NEUTRAL, palette.persona_face(persona_index), outline)
    return [Path((straight(Point(x, middle), end),), line), *mood_face]


def _draw_map_fitted(canvas: Canvas, content: MapContent, layout: MapLayout, area: Rect) -> None:
    """The map as large as fits in `area`, centred across it."""
    if layout.width <= 0 or layout.height <= 0 or area.height <= 0:
        return
    scale = min(area.width / layout.width, area.height / layout.height)
    canvas.saveState()
    canvas.translate(area.x + (area.width - layout.width * scale) / 2, -area.y)
    canvas.scale(scale, scale)
    draw_map(canvas, layout, content)
    canvas.restoreState()

"""The band under the map in presentation mode: where the walk is, the stage's name and
the customer's goal there, and each persona's emotion point in it with its face, score,
label and call-outs. All of its text is at least as large as the cards' titles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.layout import palette
from app.layout.callouts import Callout, emotion_callouts, moment_cards
from app.layout.emotions import Face, face_for
from app.layout.geometry import Point
from app.layout.shapes import FACE_OUTLINES, Outline, face
from app.layout.themes import Theme
from app.layout.walk import WalkStep
from app.model.records import MapContent
from app.model.vocabulary import score_text
from app.ui.canvas.shape_painter import paint_shapes
from app.ui.look import family_font
from app.ui.present.fitted_text import fitted_lines
from app.ui.translation import for_count, translate

LINES = 5.5
"""The caption's height in lines of its smallest text."""


@dataclass(frozen=True, slots=True)
class Feeling:
    """A persona's emotion point in the stage, as the caption shows it."""

    face: Face
    colour: str
    words: str
    outline: Outline = "circle"


@dataclass(frozen=True, slots=True)
class CaptionText:
    where: str
    title: str
    goal: str
    feelings: tuple[Feeling, ...]


def caption_for(content: MapContent, step: WalkStep | None) -> CaptionText:
    """What the caption says at `step`; with no step, the whole map."""
    if step is None:
        stages = " → ".join(stage.name for stage in content.stages)
        where = translate("Caption", "The whole journey: {stages}").format(stages=stages)
        return CaptionText(where, content.map.title, content.map.objective, ())
    stage = next(s for s in content.stages if s.id == step.stage_id)
    number = next(i for i, s in enumerate(content.stages, start=1) if s.id == stage.id)
    where = translate("Caption", "Stage {number} of {count}").format(
        number=number, count=len(content.stages)
    )
    if step.parts > 1:
        titles = {lane.id: lane.title for lane in content.lanes}
        lanes = ", ".join(titles[lane_id] for lane_id in step.lane_ids if lane_id in titles)
        part = translate("Caption", " · part {part} of {parts}: {lanes}")
        where += part.format(part=step.part, parts=step.parts, lanes=lanes)
    moments = len(moment_cards(content, stage.id))
    if moments:
        where += for_count(
            moments,
            translate("Caption", " · ★ 1 moment that matters"),
            translate("Caption", " · ★ {count} moments that matter"),
        )
    return CaptionText(where, stage.name, stage.goal, _feelings(content, stage.id))


def _feelings(content: MapContent, stage_id: str) -> tuple[Feeling, ...]:
    low, high = content.map.emotion_min, content.map.emotion_max
    callouts: dict[str, list[Callout]] = {}
    for callout in emotion_callouts(content):
        callouts.setdefault(callout.point_id, []).append(callout)
    feelings = []
    for index, persona in enumerate(content.personas):
        colour = palette.persona_face(index)
        for point in content.curve(persona.id):
            if point.stage_id != stage_id:
                continue
            words = f"{score_text(point.score, low)}  {persona.name}"
            if point.label:
                words += f": {point.label}"
            for callout in callouts.get(point.id, []):
                words += f"  ▼ {callout.label.translated(QCoreApplication.translate)}"
            outline = FACE_OUTLINES[index % len(FACE_OUTLINES)]
            feelings.append(Feeling(face_for(point.score, low, high), colour, words, outline))
    return tuple(feelings)


class Caption(QWidget):
    def __init__(self, theme: Theme, text_pixels: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.text = CaptionText("", "", "", ())
        self.set_text_pixels(text_pixels)

    def set_text_pixels(self, pixels: float, most: float | None = None) -> None:
        """The height of its smallest text; the caption is as tall as that needs, and
        no taller than `most` (it then shows fewer lines)."""
        self.pixels = pixels
        height = pixels * 1.3 * LINES
        self.setFixedHeight(round(height if most is None else min(height, most)))
        self.update()

    def show_text(self, text: CaptionText) -> None:
        self.text = text
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.fillRect(self.rect(), QColor(self.theme.caption))
        pad, line = self.pixels, self.pixels * 1.3
        full = self.width() - 2 * pad
        left_width = full * (0.45 if self.text.feelings else 1.0)
        top = self._line(painter, self.text.where, pad, pad / 2, full, self.pixels, muted=True)
        y = self._line(painter, self.text.title, pad, top, left_width, self.pixels * 1.5, bold=True)
        self._line(painter, self.text.goal, pad, y, left_width, self.pixels, italic=True, lines=2)
        x, y = pad + left_width + pad, top
        radius = self.pixels * 0.6
        for feeling in self.text.feelings:
            centre = Point(x + radius, y + line / 2)
            mood = face(centre, radius, feeling.face, feeling.colour, feeling.outline)
            paint_shapes(painter, mood, self.theme)
            width = self.width() - x - 2 * radius - 1.5 * pad
            words_x = x + 2 * radius + pad / 2
            y = self._line(painter, feeling.words, words_x, y, width, self.pixels, lines=2)
            if y > self.height() - line:
                break
        painter.end()

    def _line(
        self,
        painter: QPainter,
        words: str,
        x: float,
        y: float,
        width: float,
        pixels: float,
        *,
        bold: bool = False,
        italic: bool = False,
        muted: bool = False,
        lines: int = 1,
    ) -> float:
        """`words` from `y`, on up to `lines` lines, elided at the end; the y below."""
        if not words:
            return y
        font = family_font()
        font.setPixelSize(round(pixels))
        font.setBold(bold)
        font.setItalic(italic)
        painter.setFont(font)
        painter.setPen(QColor(self.theme.muted_ink if muted else self.theme.ink))
        shown = fitted_lines(painter.fontMetrics(), words, width, lines)
        for index, text in enumerate(shown):
            painter.drawText(QPointF(x, y + pixels + index * pixels * 1.3), text)
        return y + pixels * 1.3 * len(shown)

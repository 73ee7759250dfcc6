"""A picture of a map made for a slide or an email: a header (title, objective, personas),
the map or the part of it chosen, and a legend, composed as one page. Sizes are in
picture units; the renderer scales the whole to the pixels it writes.

A framed picture (16:9) is composed on a 1920 × 1080 slide, its words set at the sizes a
room reads on a projected slide; an unframed one is as wide as the map, its words set in
proportion to the map so that it reads at the size the map does.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Final

from app.layout.geometry import Rect
from app.layout.legend import lay_out_legend, legend_entries, widest_entry
from app.layout.map_header import HeaderStyles, lay_out_header
from app.layout.map_layout import Metrics
from app.layout.shapes import Shape, moved
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent
from app.model.messages import Message, Translate

SLIDE: Final = (1920.0, 1080.0)
"""The size a framed picture is composed at: a full-HD slide."""
FRAMES: Final = {"16:9": (16, 9)}
SIDE_LEGEND: Final = 400.0
"""The widest the legend is when it stands beside a tall map on a slide (narrower where
its entries are)."""
PNG_WIDTH: Final = 2400
"""Sharp when printed in a document or shown full screen."""
EMAIL_WIDTH: Final = 800
"""As wide as an email is read: its type is set to read there."""
STAGE_WIDTH: Final = 720
"""How wide a picture of one stage draws it: three times a stage's usual width, so that
its cards are wide and short and the picture suits a page or a slide."""


@dataclass(frozen=True, slots=True)
class PictureChoice:
    """What a picture shows: the whole map, one stage (`stage`, from 1) or the emotion
    curve alone (`curve`); framed for a slide (`frame`: width and height) or not; and a
    PNG's `width` in pixels (an SVG is drawn at its own size)."""

    stage: int | None = None
    curve: bool = False
    frame: tuple[int, int] | None = None
    width: int = PNG_WIDTH


@dataclass(frozen=True, slots=True)
class PicturePlan:
    width: float
    height: float
    shapes: list[Shape]
    """The header and the legend, where they go."""
    map_area: Rect
    """Where the map goes, as large as fits, keeping its shape."""

    def map_scale(self, map_width: float, map_height: float) -> float:
        return min(self.map_area.width / map_width, self.map_area.height / map_height)

    def map_target(self, map_width: float, map_height: float) -> Rect:
        """The map's place: fitted into its area, centred across it, at its top."""
        scale = self.map_scale(map_width, map_height)
        width, height = map_width * scale, map_height * scale
        area = self.map_area
        return Rect(area.x + (area.width - width) / 2, area.y, width, height)


def chosen_content(content: MapContent, choice: PictureChoice) -> tuple[MapContent, set[str]]:
    """The map a picture draws, and the lanes it leaves out: one stage with its cards
    (and every emotion point, so that the lowest point and biggest drop are those of the
    whole journey; only the stage's are drawn), or every lane but the emotions."""
    hidden: set[str] = set()
    if choice.curve:
        hidden = {lane.id for lane in content.lanes if lane.kind != "emotions"}
    if choice.stage is not None:
        stage = content.stages[choice.stage - 1]
        content = dataclasses.replace(
            content,
            stages=(dataclasses.replace(stage, position=0, width=max(stage.width, STAGE_WIDTH)),),
            cards=tuple(card for card in content.cards if card.stage_id == stage.id),
        )
    return content, hidden


def picture_metrics(content: MapContent, choice: PictureChoice) -> Metrics:
    """The sizes a picture lays the map out in: notes run on into the room of their
    cell, and a picture of the curve alone gives the curve the height of the slide."""
    metrics = Metrics(words_fill_cells=True)
    if choice.curve:
        width = sum(stage.width for stage in content.stages) + metrics.lane_header_width
        frame_width, frame_height = choice.frame or (16, 9)
        band = width * frame_height / frame_width * 0.6 - metrics.stage_header_height
        metrics = dataclasses.replace(metrics, emotion_band_height=max(band, 190.0))
    return metrics


def drawn_content(content: MapContent, choice: PictureChoice) -> MapContent:
    """What a picture draws and its legend explains: the lanes shown, their cards, and the
    emotion points of the stages shown (if the emotions are)."""
    shown, hidden = chosen_content(content, choice)
    lanes = tuple(lane for lane in shown.lanes if lane.id not in hidden)
    kept = {lane.id for lane in lanes}
    stages = {stage.id for stage in shown.stages}
    points = tuple(point for point in shown.emotions if point.stage_id in stages)
    return dataclasses.replace(
        shown,
        lanes=lanes,
        cards=tuple(card for card in shown.cards if card.lane_id in kept),
        emotions=points if any(lane.kind == "emotions" for lane in lanes) else (),
    )


def subtitle(content: MapContent, choice: PictureChoice, translate: Translate) -> str:
    """What the title says the picture shows, beyond the map's name."""
    if choice.stage is not None:
        stage = content.stages[choice.stage - 1]
        return (
            Message("Pictures", "stage {number}: {name}")
            .format(number=choice.stage, name=stage.name)
            .translated(translate)
        )
    if choice.curve:
        return Message("Pictures", "the emotion curve").translated(translate)
    return ""


def plan_picture(
    content: MapContent,
    map_size: tuple[float, float],
    choice: PictureChoice,
    typesetter: Typesetter,
    translate: Translate,
    card_feet: bool = True,
) -> PicturePlan:
    """Header, map and legend composed on one page (`content` is the whole map; the map
    drawn is `map_size`; `card_feet`: whether the cards are seen large enough to show
    their channel and owner, which the legend then explains)."""
    map_width, map_height = map_size
    if choice.frame is not None:
        frame_width, frame_height = choice.frame
        width = SLIDE[0]
        height = width * frame_height / frame_width
        unit = 1.0
    else:
        width = map_width
        unit = max(map_width, map_height) / 1600
        height = 0.0
    margin = 32 * unit
    inner = width - 2 * margin
    styles = HeaderStyles(
        TextStyle(round(44 * unit), bold=True),
        TextStyle(round(26 * unit)),
        TextStyle(round(22 * unit)),
        12 * unit,
    )
    header = lay_out_header(
        content,
        inner,
        styles,
        typesetter,
        subtitle=subtitle(content, choice, translate),
        most_personas=2 if choice.frame else 3,
    )
    legend_style = TextStyle(round(20 * unit))
    entries = legend_entries(
        drawn_content(content, choice), translate, lanes=False, card_feet=card_feet
    )
    most_rows = 3 if choice.frame else None
    legend = lay_out_legend(entries, inner, legend_style, typesetter.measure, most_rows)
    top = margin + header.height + margin / 2
    shapes = [moved(shape, margin, margin) for shape in header.shapes]
    if choice.frame is None:
        area_height = map_height * inner / map_width if map_width else 0.0
        height = top + area_height + margin / 2 + legend.height + margin
    else:
        area_height = max(1.0, height - top - margin / 2 - legend.height - margin)
        legend_width = min(
            SIDE_LEGEND * unit, widest_entry(entries, legend_style, typesetter.measure)
        )
        beside = lay_out_legend(entries, legend_width, legend_style, typesetter.measure)
        side_width = inner - legend_width - margin
        side_height = height - top - margin
        below = min(inner / map_width, area_height / map_height)
        scale = min(side_width / map_width, side_height / map_height)
        if beside.height <= side_height and scale > below:
            # A tall map on a wide slide: the legend goes beside it, the map grows, and
            # the two stand together in the middle of the slide.
            drawn = map_width * scale
            left = margin + (side_width - drawn) / 2
            shapes += [moved(shape, left + drawn + margin, top) for shape in beside.shapes]
            return PicturePlan(width, height, shapes, Rect(left, top, drawn, side_height))
    legend_top = top + area_height + margin / 2
    shapes += [moved(shape, margin, legend_top) for shape in legend.shapes]
    return PicturePlan(width, height, shapes, Rect(margin, top, inner, area_height))

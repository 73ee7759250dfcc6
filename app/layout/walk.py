"""The walk through a map in presentation mode: a step per stage, zoomed so that card
titles are never smaller than the room can read, and a stage that does not fit at that
size split into parts rather than shrunk.

Parts are cut between lanes where that leaves a part at least half full, otherwise
between cards, and only as a last resort through a card taller than the screen. A stage
wider than the screen at the readable size is also cut into columns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.layout.geometry import Rect
from app.layout.map_layout import CARD_TITLE, MapLayout, Metrics, StageBox

MARGIN = 12.0
"""Room left around a step, in layout units, so that a card's edge is not the screen's."""
MAX_ZOOM = 3.0
"""A step is never enlarged beyond this, however small its stage."""
LEAST_PART = 60.0
"""The least height and width of a part, in layout units (a card's title and a line):
however large the text asked for, the walk makes a bounded number of parts."""


@dataclass(frozen=True, slots=True)
class WalkStep:
    stage_id: str
    part: int
    """From 1 to `parts`."""
    parts: int
    rect: Rect
    """What the step shows, in layout units."""
    zoom: float
    lane_ids: tuple[str, ...]
    """The lanes the step shows, in whole or in part."""


def readable_zoom(title_pixels: float) -> float:
    """The zoom at which a card's title is `title_pixels` high on the screen."""
    return title_pixels / CARD_TITLE.size


def plan_walk(
    layout: MapLayout, screen_width: float, screen_height: float, title_pixels: float
) -> list[WalkStep]:
    """The steps through every stage of `layout`, shown on a screen of this size (in
    pixels) with card titles at least `title_pixels` high."""
    least = readable_zoom(title_pixels)
    steps: list[WalkStep] = []
    for stage in layout.stages:
        whole = Rect(stage.column.x, 0, stage.column.width, layout.height)
        fit = min(
            screen_width / (whole.width + 2 * MARGIN), screen_height / (whole.height + 2 * MARGIN)
        )
        if fit >= least:
            lanes = _lanes_in(layout, whole)
            steps.append(WalkStep(stage.stage_id, 1, 1, whole, min(fit, MAX_ZOOM), lanes))
            continue
        height = max(LEAST_PART, screen_height / least - 2 * MARGIN)
        rows = _cuts(_cut_points(layout, stage), 0, layout.height, height)
        columns = _columns(whole, max(LEAST_PART, screen_width / least - 2 * MARGIN))
        parts = [(top, bottom, left, right) for top, bottom in rows for left, right in columns]
        for number, (top, bottom, left, right) in enumerate(parts, start=1):
            rect = Rect(left, top, right - left, bottom - top)
            lanes = _lanes_in(layout, rect)
            steps.append(WalkStep(stage.stage_id, number, len(parts), rect, least, lanes))
    return steps


def _lanes_in(layout: MapLayout, rect: Rect) -> tuple[str, ...]:
    return tuple(
        lane.lane_id
        for lane in layout.lanes
        if lane.row.y < rect.bottom and rect.y < lane.row.bottom
    )


def _cut_points(layout: MapLayout, stage: StageBox) -> tuple[list[float], list[float]]:
    """Where a stage may be cut across: between lanes, and above its cards."""
    lanes = sorted({lane.row.y for lane in layout.lanes})
    above = Metrics().card_gap / 2  # a cut between two cards falls midway
    cards = sorted(
        box.rect.y - above for box in layout.cards.values() if box.stage_id == stage.stage_id
    )
    return lanes, cards


def _cuts(
    points: tuple[list[float], list[float]], top: float, bottom: float, height: float
) -> list[tuple[float, float]]:
    """[top, bottom) in spans no taller than `height`, cut at a lane boundary if that
    keeps a span at least half full, else above a card, else wherever it must."""
    lanes, cards = points
    spans: list[tuple[float, float]] = []
    while bottom - top > height:
        limit = top + height
        at_lane = [y for y in lanes if top + height / 2 <= y <= limit]
        at_card = [y for y in cards if top + height / 4 <= y <= limit]
        cut = at_lane[-1] if at_lane else at_card[-1] if at_card else limit
        spans.append((top, cut))
        top = cut
    spans.append((top, bottom))
    return spans


def _columns(rect: Rect, width: float) -> list[tuple[float, float]]:
    """The stage's width in as few equal columns as fit `width`."""
    count = max(1, math.ceil(rect.width / width - 1e-9))
    step = rect.width / count
    return [(rect.x + i * step, rect.x + (i + 1) * step) for i in range(count)]

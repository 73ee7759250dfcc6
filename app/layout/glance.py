"""Text seen from far out: at a zoom where a card's own type would be too small to read,
its title is set larger, as large as it must be to read on screen (GLANCE_PIXELS), and
wrapped or shortened to fit the card. A whole-map view then shows the journey, not a
grid of empty boxes.

Sizes come in small steps, so that a small change of zoom keeps each card's layout.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Final

from app.layout.emotion_lane import EMOTION_LABEL
from app.layout.map_layout import CardBox, MapLayout, Metrics
from app.layout.text import TextStyle, Typesetter, is_wide

GLANCE_PIXELS: Final = 9.0
"""The least height on screen, in pixels, of text a whole-map view draws."""
GLANCE_SIZES: Final = (*range(13, 29), 30, 32, 34, 36, 38, 40, 43, 46, 49, 52, 55, 58, 62)
"""The sizes, in layout units, titles are set at from far out: every whole size up to 28,
then 6 % apart, so that a title is never set much larger than reads (from far out every
letter counts) and a zoom of a few percent keeps its layout."""
GLANCE_PADDING: Final = 4.0
"""Around a title set large: less than a card's own padding, the title is all it shows."""
SLIDE_PIXELS: Final = 20.0
"""The least height, in pixels of a 1080-pixel slide, of the emotion lane's words: a
slide is seen from across a room."""
MOST_EMOTION_TEXT_SCALE: Final = 3.0
"""The emotion lane's words grow up to three times their size: larger, they would not
find room in the lane."""
SHORTEST: Final = 3
"""The fewest letters a shortened title keeps before its ellipsis to be worth showing."""


def glance_style(zoom: float) -> TextStyle | None:
    """The style of titles at `zoom`: the smallest step that reads at GLANCE_PIXELS,
    or None when even the largest would not."""
    for size in GLANCE_SIZES:
        if size * zoom >= GLANCE_PIXELS:
            return TextStyle(size, bold=True)
    return None


def emotion_text_scale(zoom: float, least_pixels: float = GLANCE_PIXELS) -> float:
    """How much larger than up close the emotion lane's words are set at `zoom`: not at
    all where they read, else so that its labels are `least_pixels` high (a whole size):
    GLANCE_PIXELS on a screen, SLIDE_PIXELS on a slide."""
    if EMOTION_LABEL.size * zoom >= least_pixels or zoom <= 0:
        return 1.0
    return min(math.ceil(least_pixels / zoom) / EMOTION_LABEL.size, MOST_EMOTION_TEXT_SCALE)


def _fitted_word(word: str, width: float, style: TextStyle, typesetter: Typesetter) -> str:
    """A word of a script that breaks between words, shortened with an ellipsis if it is
    wider than a line: "Touchpoi…" reads, "Touchpoint / s" does not. Chinese and
    Japanese break between any two characters and are left to the wrapping; a run of
    another script within such a word is shortened alone ("基盤(enableme…")."""
    if typesetter.width(word, style) <= width:
        return word
    runs = ["".join(run) for _, run in itertools.groupby(word, is_wide)]
    return "".join(
        run
        if is_wide(run[0]) or typesetter.width(run, style) <= width
        else typesetter.shorten(run, width, style)
        for run in runs
    )


def glance_lines(
    text: str, width: float, height: float, style: TextStyle, typesetter: Typesetter
) -> tuple[str, ...]:
    """`text` wrapped into a box `width` × `height` in `style`, the last line shortened
    with an ellipsis if it does not all fit; nothing if not even a few letters fit."""
    lines = int((height - 2 * GLANCE_PADDING) // style.line_height)
    inner = width - 2 * GLANCE_PADDING
    if lines < 1 or inner <= 0 or not text.strip():
        return ()
    words = [_fitted_word(word, inner, style, typesetter) for word in text.split()]
    wrapped = typesetter.wrap(" ".join(words), inner, style, lines)
    first = wrapped[0]
    if first.endswith("…") and len(first) <= SHORTEST:
        return ()
    if any(typesetter.width(line, style) > inner for line in wrapped):
        return ()  # a single letter wider than the card
    return wrapped


def glance_name(
    text: str, width: float, height: float, style: TextStyle, typesetter: Typesetter
) -> tuple[tuple[str, ...], TextStyle]:
    """A stage's or lane's name from far out: in `style`, or in its regular weight where
    that keeps the name whole and the bold would shorten it ("Touchpoints" in a narrow
    lane header)."""
    lines = glance_lines(text, width, height, style, typesetter)
    if style.bold and any(line.endswith("…") for line in lines):
        regular = TextStyle(style.size, italic=style.italic)
        lighter = glance_lines(text, width, height, regular, typesetter)
        if lighter and not any(line.endswith("…") for line in lighter):
            return lighter, regular
    return lines, style


def shared_name_style(
    names: Iterable[tuple[str, float, float]], style: TextStyle, typesetter: Typesetter
) -> TextStyle:
    """The style every name of a row of headers takes from far out (each a name and the
    width and height it has): `style`, or its regular weight for all of them where one
    name keeps whole only in regular (glance_name), so that names side by side match."""
    for text, width, height in names:
        if glance_name(text, width, height, style, typesetter)[1] != style:
            return TextStyle(style.size, italic=style.italic)
    return style


def glance_reach(layout: MapLayout, metrics: Metrics) -> dict[str, float]:
    """How tall each card may be drawn from far out, where it shows its title alone: down
    to the next card of its cell, or to the cell's foot, so that a card made for one line
    of small type shows its title whole in large type where the cell has room."""
    cells: dict[tuple[str, str], list[CardBox]] = defaultdict(list)
    for box in layout.cards.values():
        cells[(box.stage_id, box.lane_id)].append(box)
    reach = {}
    for key, boxes in cells.items():
        cell = layout.cells.get(key)
        if cell is None:
            continue
        boxes.sort(key=lambda box: box.rect.y)
        feet = [below.rect.y - metrics.card_gap for below in boxes[1:]]
        feet.append(cell.bottom - metrics.cell_padding)
        for box, foot in zip(boxes, feet, strict=True):
            reach[box.card_id] = max(box.rect.height, foot - box.rect.y)
    return reach

"""The band across the top of a wall poster, part of its art: the map's title, objective
and personas, and the legend beside them, so that the poster on the wall explains itself.

Sizes are in layout units, as the map's, and scale with it; the title is never smaller
than LEAST_TITLE_POINTS on paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from app.layout.geometry import Rect
from app.layout.legend import lay_out_legend, legend_entries
from app.layout.map_header import HeaderStyles, lay_out_header
from app.layout.map_layout import CARD_TITLE, MapLayout
from app.layout.shapes import Plate, Shape, moved
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent
from app.model.messages import Translate

LEAST_TITLE_POINTS: Final = 24.0
TITLE_TIMES: Final = 2.5
"""The title is this many times the cards' titles."""
LEGEND_SHARE: Final = 0.4
"""The part of the band's width the legend takes, at its right."""


@dataclass(frozen=True, slots=True)
class PosterArt:
    """What a poster prints: the band on top of the map."""

    layout: MapLayout
    band: list[Shape]
    band_height: float

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height + self.band_height


def poster_art(
    content: MapContent,
    layout: MapLayout,
    points_per_unit: float,
    typesetter: Typesetter,
    translate: Translate,
) -> PosterArt:
    """The band for a map printed at `points_per_unit`, as wide as the map."""
    title_size = max(
        round(CARD_TITLE.size * TITLE_TIMES), math.ceil(LEAST_TITLE_POINTS / points_per_unit)
    )
    unit = title_size / (CARD_TITLE.size * TITLE_TIMES)
    styles = HeaderStyles(
        TextStyle(title_size, bold=True),
        TextStyle(round(16 * unit)),
        TextStyle(round(15 * unit)),
        10 * unit,
    )
    pad = title_size * 0.6
    inner = layout.width - 2 * pad
    legend_width = inner * LEGEND_SHARE
    header = lay_out_header(content, inner - legend_width - pad, styles, typesetter)
    legend_style = TextStyle(round(13 * unit))
    entries = legend_entries(content, translate)
    legend = lay_out_legend(entries, legend_width, legend_style, typesetter.measure)
    height = 2 * pad + max(header.height, legend.height)
    shapes: list[Shape] = [Plate(Rect(0, 0, layout.width, height), 0, "header_fill")]
    shapes += [moved(shape, pad, pad) for shape in header.shapes]
    shapes += [moved(shape, layout.width - pad - legend_width, pad) for shape in legend.shapes]
    return PosterArt(layout, shapes, height)

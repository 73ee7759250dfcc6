"""Every text and background colour pair of both themes, for every lane kind, meets WCAG's
contrast ratio of 4.5:1 (text a room can read from the back, and a colour-blind reader)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from app.layout import palette
from app.layout.geometry import Rect
from app.layout.map_layout import CARD_NOTES, CARD_TITLE, Metrics
from app.layout.themes import THEMES, Theme
from app.model.data.vocabulary import LANE_KINDS
from app.model.interchange.templates import find_template, load_template
from app.ui.canvas.scene import MARGIN, MapScene
from app.ui.text_metrics import qt_typesetter

LEAST = 4.5
KINDS = [kind.key for kind in LANE_KINDS]


def pairs(theme: Theme, kind: str) -> dict[str, tuple[str, str]]:
    """What is written on what, for a lane of `kind`: (text, background)."""
    card_ink, card_muted = palette.inks_on(palette.lane_fill(kind))
    return {
        "header title": (theme.ink, theme.header_fill),
        "header goal and lane kind": (theme.muted_ink, theme.header_fill),
        "hint of an empty lane": (theme.muted_ink, theme.lane_tint(kind)),
        "emotion scale numbers": (theme.muted_ink, theme.lane_tint(kind)),
        "card title": (card_ink, palette.lane_fill(kind)),
        "card notes and channel": (card_muted, palette.lane_fill(kind)),
        "emotion label": (theme.ink, theme.plate),
        "slide words": (theme.ink, theme.slide),
        "slide words, quieter": (theme.muted_ink, theme.slide),
        "the stage talked about, in the curve": (theme.muted_ink, theme.highlight),
        "lane name on a slide": ("#ffffff", palette.lane_accent(kind)),
        "votes badge": ("#ffffff", palette.INK),
        "moment badge": ("#ffffff", palette.MOMENT),
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_is_readable_on_its_background(name: str, kind: str) -> None:
    theme = THEMES[name]
    low = {
        what: round(palette.contrast(text, background), 2)
        for what, (text, background) in pairs(theme, kind).items()
        if palette.contrast(text, background) < LEAST
    }
    assert not low, f"{name} theme, {kind} lane: below {LEAST}:1: {low}"


def test_the_dark_theme_is_dark_and_the_light_one_light() -> None:
    """The themes differ where a room notices: around the cards."""
    dark, light = THEMES["dark"], THEMES["light"]
    assert palette.contrast(dark.slide, "#000000") < 2 < palette.contrast(light.slide, "#000000")
    for kind in KINDS:
        assert palette.contrast(dark.lane_tint(kind), "#000000") < 2


def test_painted_text_is_readable_where_the_canvas_paints_it(qtbot: QtBot) -> None:
    """The contrast of the text the canvas really paints, read from its pixels: a card's
    title and notes on each lane's colour, and the stage and lane headers (the slides are
    read in both themes by tests/test_slides.py). A colour changed in the painting code,
    not in a table, is caught here."""
    name = "light"
    content = load_template(find_template("retail")).content  # every kind of lane it has
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
    assert scene.layout is not None
    image = painted(scene)
    low: dict[str, float] = {}

    def check(what: str, area: Rect) -> None:
        ratio = strongest_contrast(image, area)
        if ratio < LEAST:
            low[what] = round(ratio, 2)

    pad = Metrics().card_padding
    kinds = {lane.lane_id: lane.kind for lane in scene.layout.lanes}
    first_of_each_kind = {kinds[box.lane_id]: box for box in scene.layout.cards.values()}
    for kind, box in first_of_each_kind.items():
        line = Rect(box.rect.x + 10, box.rect.y + pad, box.rect.width - 20, CARD_TITLE.size)
        check(f"{kind} card title", line)
        if box.notes_lines:
            below = len(box.title_lines) * CARD_TITLE.line_height
            check(f"{kind} card notes", line._replace(y=line.y + below, height=CARD_NOTES.size))
    stage, lane = scene.layout.stages[0], scene.layout.lanes[0]
    check("stage header", stage.rect._replace(height=stage.rect.height / 2))
    check("lane header", lane.rect._replace(height=CARD_TITLE.line_height * 2))
    assert len(first_of_each_kind) >= 6 and not low, f"{name} theme, below {LEAST}:1: {low}"


SCALE = 2
"""Pixels per layout unit: text stems two pixels wide reach their full colour."""


def painted(scene: MapScene) -> QImage:
    area = scene.sceneRect()
    image = QImage(
        round(area.width() * SCALE), round(area.height() * SCALE), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def strongest_contrast(image: QImage, area: Rect, origin: float = -MARGIN) -> float:
    """The contrast between the colour most of `area` is painted in (the background) and
    the pixel that stands out most from it (the text)."""
    left, top = round((area.x - origin) * SCALE) + 2, round((area.y - origin) * SCALE) + 2
    right, bottom = (
        round((area.right - origin) * SCALE) - 2,
        round((area.bottom - origin) * SCALE) - 2,
    )
    colours = Counter(
        image.pixelColor(x, y).name() for y in range(top, bottom) for x in range(left, right)
    )
    background = colours.most_common(1)[0][0]
    return max(palette.contrast(colour, background) for colour in colours)

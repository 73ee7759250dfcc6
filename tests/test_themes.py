"""Every text and background colour pair of both themes, for every lane kind, meets WCAG's
contrast ratio of 4.5:1 (text a room can read from the back, and a colour-blind reader)."""

from __future__ import annotations

import pytest

from app.layout import palette
from app.layout.themes import THEMES, Theme
from app.model.vocabulary import LANE_KINDS

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
        "caption": (theme.ink, theme.caption),
        "caption, quieter": (theme.muted_ink, theme.caption),
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
    assert (
        palette.contrast(dark.surround, "#000000") < 2 < palette.contrast(light.surround, "#000000")
    )
    for kind in KINDS:
        assert palette.contrast(dark.lane_tint(kind), "#000000") < 2

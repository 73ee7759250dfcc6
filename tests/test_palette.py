"""The colours of a map: text stays readable on every lane's cards and on cards a person
has coloured."""

from __future__ import annotations

import pytest

from app.layout import palette
from app.model.data.vocabulary import LANE_KINDS


@pytest.mark.parametrize("kind", [kind.key for kind in LANE_KINDS])
def test_card_text_is_readable_on_every_lane_colour(kind: str) -> None:
    ink, muted = palette.inks_on(palette.lane_fill(kind))
    assert (ink, muted) == (palette.INK, palette.MUTED_INK)
    assert palette.contrast(palette.lane_fill(kind), ink) >= 4.5
    assert palette.contrast(palette.lane_fill(kind), muted) >= 4.5


@pytest.mark.parametrize("background", ["#000000", "#1d4ed8", "#7f1d1d", "#374151"])
def test_dark_cards_get_light_text(background: str) -> None:
    ink, muted = palette.inks_on(background)
    assert (ink, muted) == (palette.LIGHT_INK, palette.LIGHT_MUTED_INK)
    assert palette.contrast(background, ink) >= 4.5


def test_contrast_runs_from_1_to_21() -> None:
    assert palette.contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21)

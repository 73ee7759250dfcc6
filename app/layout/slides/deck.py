"""The walk through a map as the room sees it: the opening slide, each stage's slides, and
the closing slide, composed for one screen at the room's text size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.layout.slides.closing import closing_slide
from app.layout.slides.curve_band import shows_curve
from app.layout.slides.opening import opening_slide
from app.layout.slides.slide import Slide, SlideSizes
from app.layout.slides.stage_slide import BAND_SHARES, lanes_top, spare_height, stage_slides
from app.layout.text import Typesetter
from app.model.data.records import MapContent
from app.model.messages import Translate

MOST_BAND_SHARE: Final = 0.45
"""The most of a stage slide's height the curve takes, however much the lanes leave."""


@dataclass(frozen=True, slots=True)
class DeckChoices:
    hidden_lanes: frozenset[str] = frozenset()
    """Lanes left out: those hidden in the editor, and the backstage ones for a
    customer-facing talk."""
    reveal_curve: bool = False
    """Whether the curve shows only as far as the walk has come."""


def plan_deck(
    content: MapContent,
    sizes: SlideSizes,
    typesetter: Typesetter,
    translate: Translate,
    choices: DeckChoices = DeckChoices(),
) -> list[Slide]:
    hidden = set(choices.hidden_lanes)
    lanes = [lane for lane in content.lanes if lane.id not in hidden and lane.kind != "emotions"]
    curve = shows_curve(content, hidden)
    before = "" if choices.reveal_curve else None  # "": none of the curve yet
    slides = [opening_slide(content, lanes, sizes, typesetter, translate, curve, before)]

    top = lanes_top(content, sizes, typesetter)

    def walk(band: float) -> list[Slide]:
        return [
            slide
            for stage in content.stages
            for slide in stage_slides(
                content,
                stage,
                lanes,
                sizes,
                typesetter,
                translate,
                curve,
                stage.id if choices.reveal_curve else None,
                band,
                top,
            )
        ]

    # Every stage's slide is laid out alike, so that nothing moves but what changes from
    # one to the next: the curve is lower if that saves slides, higher where the fullest
    # stage leaves room.
    walks = [walk(round(sizes.height * share)) for share in BAND_SHARES]
    stages = min(walks, key=len)
    spare = min((spare_height(slide, sizes) for slide in stages), default=0.0)
    first = next((slide.curve for slide in stages if slide.curve is not None), None)
    if first is not None and spare > 0:
        higher = walk(min(first.height + spare, sizes.height * MOST_BAND_SHARE))
        if len(higher) == len(stages):
            stages = higher
    slides += stages
    slides.append(closing_slide(content, hidden, sizes, typesetter, translate, curve))
    return slides


def place_of(slide: Slide) -> tuple[str, str | None, str | None]:
    """What a slide shows, to find it again after the deck is planned anew (a larger text,
    an edit): its kind, its stage and its first card."""
    first = slide.cards[0].card_id if slide.cards else None
    return slide.kind, slide.stage_id, first


def find_place(slides: list[Slide], place: tuple[str, str | None, str | None]) -> int:
    """The slide of `slides` that shows `place`: the one with its card, else the first of
    its stage, else one of its kind."""
    kind, stage_id, card_id = place
    for index, slide in enumerate(slides):
        if card_id is not None and any(card.card_id == card_id for card in slide.cards):
            return index
    for index, slide in enumerate(slides):
        if slide.kind == kind and slide.stage_id == stage_id:
            return index
    return next((index for index, slide in enumerate(slides) if slide.kind == kind), 0)

"""The presentation walk and the emotion call-outs, computed from maps without Qt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.layout.callouts import CalloutKind, emotion_callouts, moment_cards
from app.layout.geometry import Rect
from app.layout.map_layout import CARD_TITLE, MapLayout, layout_map
from app.layout.text import TextStyle, Typesetter
from app.layout.walk import LEAST_PART, plan_walk, readable_zoom
from app.model.interchange import read_map_file
from app.model.records import MapContent
from app.model.templates import list_templates, load_template

TEMPLATES = {template.id: load_template(template).content for template in list_templates()}


def monospace(text: str, style: TextStyle) -> float:
    return len(text) * style.size * 0.55


def laid_out(content: MapContent) -> MapLayout:
    return layout_map(content, Typesetter(monospace))


def cards_within(layout: MapLayout, stage_id: str, rect: Rect) -> set[str]:
    """The cards of a stage whose centre a step shows."""
    return {
        box.card_id
        for box in layout.cards.values()
        if box.stage_id == stage_id
        and rect.y <= box.rect.center.y < rect.bottom
        and rect.x <= box.rect.center.x < rect.right
    }


@pytest.mark.parametrize("key", sorted(TEMPLATES))
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720), (3840, 2160)])
def test_every_step_keeps_titles_readable_and_every_card_is_shown(
    key: str, width: int, height: int
) -> None:
    layout = laid_out(TEMPLATES[key])
    title_pixels = 28 * height / 1080
    steps = plan_walk(layout, width, height, title_pixels)
    assert [s.stage_id for s in steps if s.part == 1] == [s.stage_id for s in layout.stages]
    for step in steps:
        assert step.zoom * CARD_TITLE.size >= title_pixels - 1e-6
        assert step.rect.width * step.zoom <= width and step.rect.height * step.zoom <= height
    for stage in layout.stages:
        parts = [s for s in steps if s.stage_id == stage.stage_id]
        assert [s.part for s in parts] == list(range(1, len(parts) + 1))
        shown = set().union(*(cards_within(layout, stage.stage_id, s.rect) for s in parts))
        assert shown == {b.card_id for b in layout.cards.values() if b.stage_id == stage.stage_id}


def test_a_stage_too_tall_for_the_screen_is_split_between_lanes_not_shrunk() -> None:
    layout = laid_out(TEMPLATES["cafe"])
    steps = plan_walk(layout, 1920, 1080, 28)
    first = [s for s in steps if s.stage_id == layout.stages[0].stage_id]
    assert len(first) > 1 and all(s.zoom == readable_zoom(28) for s in first)
    lane_edges = {lane.row.y for lane in layout.lanes}
    assert all(s.rect.bottom in lane_edges for s in first[:-1])
    assert first[-1].rect.bottom == layout.height
    # On a wall-sized screen, or with a smaller text setting, the stage is shown whole.
    assert (
        len([s for s in plan_walk(layout, 1920, 1080, 8) if s.stage_id == first[0].stage_id]) == 1
    )


def test_a_card_taller_than_the_screen_is_cut_through_only_as_a_last_resort() -> None:
    content = TEMPLATES["cafe"]
    card = content.cards[0]
    long = dataclasses.replace(card, notes="A long note. " * 400)
    content = dataclasses.replace(content, cards=(long, *content.cards[1:]))
    layout = layout_map(content, Typesetter(monospace))
    steps = [s for s in plan_walk(layout, 1920, 1080, 28) if s.stage_id == card.stage_id]
    assert all(s.rect.height * s.zoom <= 1080 for s in steps)


def test_a_very_wide_stage_is_cut_into_columns_too() -> None:
    content = TEMPLATES["cafe"]
    stages = (dataclasses.replace(content.stages[0], width=1200), *content.stages[1:])
    layout = laid_out(dataclasses.replace(content, stages=stages))
    steps = [s for s in plan_walk(layout, 1280, 720, 28) if s.stage_id == stages[0].id]
    assert len({s.rect.x for s in steps}) > 1
    assert all(s.rect.width * s.zoom <= 1280 for s in steps)


def curve_of(scores: list[int]) -> MapContent:
    """The café map with its first persona's points scored `scores`, stage by stage."""
    content = TEMPLATES["cafe"]
    persona = content.personas[0]
    points = [p for p in content.emotions if p.persona_id == persona.id]
    assert len(points) >= len(scores)
    changed = {p.id: dataclasses.replace(p, score=s) for p, s in zip(points, scores, strict=False)}
    return dataclasses.replace(
        content, emotions=tuple(changed.get(p.id, p) for p in content.emotions)
    )


def test_the_lowest_point_and_the_biggest_drop_come_from_the_curve() -> None:
    content = curve_of([2, 1, 3, -2, -1, -3])
    persona = content.personas[0]
    points = content.curve(persona.id)
    found = {c.kind: c for c in emotion_callouts(content) if c.persona_id == persona.id}
    assert found[CalloutKind.LOWEST].point_id == points[5].id
    assert found[CalloutKind.DROP].point_id == points[3].id  # from +3 to −2
    assert found[CalloutKind.DROP].fall == 5


def test_a_curve_that_never_falls_has_no_drop() -> None:
    content = curve_of([-3, -2, 0, 1, 2, 3])
    persona = content.personas[0]
    kinds = {c.kind for c in emotion_callouts(content) if c.persona_id == persona.id}
    assert kinds == {CalloutKind.LOWEST}


def test_moments_that_matter_are_the_flagged_cards() -> None:
    content = TEMPLATES["cafe"]
    flagged = {card.id for card in content.cards if card.moment}
    assert flagged and set(moment_cards(content)) == flagged
    stage = content.stages[0].id
    assert set(moment_cards(content, stage)) == {
        c.id for c in content.cards if c.moment and c.stage_id == stage
    }


def test_the_real_maps_walk_and_have_callouts(real_map_files: list[Path]) -> None:
    """Maps from another editor: a −2…+2 scale, long personas, Japanese text."""
    for path in real_map_files:
        content = read_map_file(path).content
        layout = laid_out(content)
        steps = plan_walk(layout, 1920, 1080, 28)
        assert {s.stage_id for s in steps} == {s.stage_id for s in layout.stages}
        for callout in emotion_callouts(content):
            assert content.map.emotion_min <= callout.score <= content.map.emotion_max


def test_an_absurd_text_size_still_makes_a_bounded_walk() -> None:
    """A setting larger than the screen can hold must not cut a stage into slivers."""
    layout = laid_out(TEMPLATES["cafe"])
    steps = plan_walk(layout, 1280, 200, 1000)
    per_stage = (layout.height / LEAST_PART + 1) * (
        max(s.column.width for s in layout.stages) / LEAST_PART + 1
    )
    assert 0 < len(steps) <= len(layout.stages) * per_stage
    assert all(step.rect.height > 0 and step.rect.width > 0 for step in steps)

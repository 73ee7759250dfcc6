"""The emotion call-outs (the lowest point and the biggest drop of each curve) and the
moments that matter, computed from maps without Qt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.layout.callouts import CalloutKind, emotion_callouts, moment_cards
from app.model.data.records import MapContent
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import list_templates, load_template

TEMPLATES = {template.id: load_template(template).content for template in list_templates()}


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


def test_the_real_maps_have_callouts_on_their_own_scales(real_map_files: list[Path]) -> None:
    """Maps from another editor: a −2…+2 scale, long personas, Japanese text."""
    for path in real_map_files:
        content = read_map_file(path).content
        for callout in emotion_callouts(content):
            assert content.map.emotion_min <= callout.score <= content.map.emotion_max

"""The built-in templates teach the method, so each must be a whole, believable map."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.model.errors import TemplateNotFoundError
from app.model.interchange.templates import (
    Template,
    find_template,
    list_templates,
    load_template,
    new_map_from,
    sample_template,
)

USUAL_LANES = ["actions", "touchpoints", "thoughts", "emotions", "pain_points", "opportunities"]
BUSINESSES = ["cafe", "retail", "saas", "healthcare", "b2b-leads"]


def test_blank_comes_first_then_the_five_businesses() -> None:
    assert [t.id for t in list_templates()] == ["blank", *BUSINESSES]
    assert all(t.title and t.description for t in list_templates())


def test_blank_has_the_five_default_stages_and_the_usual_lanes() -> None:
    content = load_template(find_template("blank")).content
    assert [s.name for s in content.stages] == [
        "Awareness",
        "Consideration",
        "Decision",
        "Retention",
        "Advocacy",
    ]
    assert [lane.kind for lane in content.lanes] == USUAL_LANES
    assert content.cards == () and content.map.primary_persona_id is not None


@pytest.mark.parametrize("template", [find_template(i) for i in BUSINESSES], ids=BUSINESSES)
def test_a_business_template_is_a_whole_journey(template: Template) -> None:
    content = load_template(template).content
    assert content.map.primary_persona_id is not None
    assert all(p.goals and p.frustrations and p.quote for p in content.personas)
    assert 4 <= len(content.stages) <= 7
    assert all(s.description and s.goal for s in content.stages)
    assert [lane.kind for lane in content.lanes][:6] == USUAL_LANES
    kinds = {lane.id: lane.kind for lane in content.lanes}
    per_kind = Counter(kinds[card.lane_id] for card in content.cards)
    assert per_kind["emotions"] == 0, "the emotion curve, not cards, fills the Emotions lane"
    assert per_kind["touchpoints"] >= 5
    assert per_kind["pain_points"] >= 4 and per_kind["opportunities"] >= 4
    assert len(content.cards) >= 30
    assert any(card.moment for card in content.cards)
    for persona in content.personas:
        staged = {point.stage_id for point in content.curve(persona.id)}
        assert staged == {stage.id for stage in content.stages}, persona.name
    scores = [point.score for point in content.emotions]
    assert min(scores) < 0 < max(scores), "a journey has its lows and its highs"


def test_the_sample_map_is_the_cafe() -> None:
    assert sample_template().id == "cafe"


def test_a_new_map_from_a_template_is_dated_today() -> None:
    made = new_map_from(find_template("saas"), today=dt.date(2026, 11, 23))
    assert made.content.map.created == "2026-11-23"
    assert load_template(find_template("saas")).content.map.created is None


def test_an_unknown_template() -> None:
    with pytest.raises(TemplateNotFoundError, match="There is no template “bakery”"):
        find_template("bakery")

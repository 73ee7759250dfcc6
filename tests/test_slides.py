"""The slides of presentation mode, composed for a 1920 × 1080 projector at the room's text
size and painted as the projector paints them: how many a walk takes, what each says about
where the room is, the curve, and the contrast of every text read from the pixels."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from slide_pixels import colour_at, text_contrasts

from app.layout import palette
from app.layout.shapes import Circle, Plate, Polygon, Text
from app.layout.slides.card_slide import card_slide
from app.layout.slides.deck import DeckChoices, plan_deck
from app.layout.slides.slide import Slide, SlideKind, SlideSizes
from app.layout.themes import THEMES
from app.model.data.records import MapContent
from app.model.data.vocabulary import score_text
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import find_template, list_templates, load_template
from app.model.messages import english
from app.ui.present.slide_painter import slide_image
from app.ui.text_metrics import qt_typesetter

PROJECTOR = SlideSizes(1920, 1080, 28)
TEMPLATES = [template.id for template in list_templates() if template.id != "blank"]


def template(name: str) -> MapContent:
    return load_template(find_template(name)).content


def deck(content: MapContent, sizes: SlideSizes = PROJECTOR, **choices: object) -> list[Slide]:
    return plan_deck(content, sizes, qt_typesetter(), english, DeckChoices(**choices))  # type: ignore[arg-type]


def stage_slides(slides: list[Slide]) -> Iterator[Slide]:
    return (slide for slide in slides if slide.kind == SlideKind.STAGE)


def crowded(content: MapContent, count: int, title: str | None = None) -> MapContent:
    """`content` with `count` cards more in its first cell (first stage, first lane)."""
    stage, lane = content.stages[0], content.lanes[0]
    extra = tuple(
        dataclasses.replace(
            content.cards[0],
            id=f"extra{i}",
            stage_id=stage.id,
            lane_id=lane.id,
            position=100 + i,
            title=title or f"Another thing the customer does, number {i}",
        )
        for i in range(count)
    )
    return dataclasses.replace(content, cards=content.cards + extra)


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_template_is_walked_a_stage_a_slide_in_at_most_14(name: str, qtbot: QtBot) -> None:
    content = template(name)
    slides = deck(content)
    assert slides[0].kind == SlideKind.OPENING and slides[-1].kind == SlideKind.CLOSING
    assert len(slides) <= 14
    for stage in content.stages:
        shown = [slide for slide in slides if slide.stage_id == stage.id]
        assert 1 <= len(shown) <= 2, stage.name
        cards = {c.id for c in content.cards if c.stage_id == stage.id}
        on_slides = [card.card_id for slide in shown for card in slide.cards]
        assert sorted(on_slides) == sorted(cards)  # every card once, none lost


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_stage_slide_says_where_the_room_is_in_large_type(name: str, qtbot: QtBot) -> None:
    content = template(name)
    lanes = {lane.id: lane for lane in content.lanes}
    for slide in stage_slides(deck(content)):
        number = [s.id for s in content.stages].index(slide.stage_id) + 1  # type: ignore[arg-type]
        stage = content.stages[number - 1]
        sizes: dict[str, float] = {}
        for text, _rect, pixels in slide.texts():
            words = " ".join(text.lines)
            sizes[words] = max(pixels, sizes.get(words, 0.0))
        assert sizes[stage.name] >= 1.5 * 28
        assert any(w.startswith(f"Stage {number} of {len(content.stages)}") for w in sizes)
        for lane_id in slide.lane_ids:  # named as large and as bold as the cards
            named = [
                text
                for text, _rect, pixels in slide.texts()
                if " ".join(text.lines) == lanes[lane_id].title and pixels >= 28
            ]
            assert named and named[0].style.bold, lanes[lane_id].title


@pytest.mark.parametrize("name", TEMPLATES)
def test_card_titles_are_at_least_28_pixels_and_notes_stay_off_the_projector(
    name: str, qtbot: QtBot
) -> None:
    content = template(name)
    cards = {card.id: card for card in content.cards}
    for slide in stage_slides(deck(content)):
        words = " ".join(slide.words())
        for shown in slide.cards:
            inside = [
                pixels
                for text, rect, pixels in slide.texts()
                if shown.rect.contains(rect.x, rect.y) and not text.centred  # badges are centred
            ]
            assert inside and min(inside) >= 28
            notes = cards[shown.card_id].notes.strip()
            assert not notes or notes not in words


def test_a_stage_too_full_for_one_slide_takes_two_and_loses_no_card(qtbot: QtBot) -> None:
    content = template("cafe")
    stage = content.stages[0]
    full = crowded(content, 2)
    shown = [slide for slide in deck(full) if slide.stage_id == stage.id]
    assert len(shown) == 2
    assert any(w.startswith("Stage 1 of 6 · slide 1 of 2") for w in shown[0].words())
    cards = {c.id for c in full.cards if c.stage_id == stage.id}
    assert sorted(card.card_id for s in shown for card in s.cards) == sorted(cards)


def test_a_stage_that_fits_on_no_two_slides_goes_on_and_says_so(qtbot: QtBot) -> None:
    content = template("cafe")
    stage = content.stages[0]
    full = crowded(content, 40)
    shown = [slide for slide in deck(full) if slide.stage_id == stage.id]
    assert len(shown) > 2
    assert "more on the next slide" in shown[0].words()
    cards = {c.id for c in full.cards if c.stage_id == stage.id}
    assert sorted(card.card_id for s in shown for card in s.cards) == sorted(cards)


def test_the_opening_slide_shows_the_whole_journey(qtbot: QtBot) -> None:
    content = template("cafe")
    actions = content.lanes[0]
    first, second = content.stages[0], content.stages[1]
    short = dataclasses.replace(
        next(c for c in content.cards if c.stage_id == second.id and c.lane_id == actions.id),
        title="Walks in",
    )
    cards = tuple(short if card.id == short.id else card for card in content.cards)
    opening = deck(dataclasses.replace(content, cards=cards))[0]
    words = opening.words()
    for number, stage in enumerate(content.stages, start=1):
        assert f"{number}. {stage.name}" in words  # whole, however many lines it takes
    assert "Walks in" in words  # a title that fits is shown
    in_first = sum(1 for c in content.cards if c.stage_id == first.id and c.lane_id == actions.id)
    assert f"{in_first} cards" in words  # too many to show: how many there are
    tags = " ".join(words)
    assert "lowest point" in tags and "biggest drop, 2 down" in tags


def test_the_closing_slide_shows_the_vote(qtbot: QtBot) -> None:
    content = template("cafe")
    kinds = {lane.id: lane.kind for lane in content.lanes}
    last = [c for c in content.cards if kinds[c.lane_id] == "opportunities"][-1]
    voted = tuple(dataclasses.replace(c, votes=7) if c.id == last.id else c for c in content.cards)
    before = deck(content)[-1].words()
    assert "Top opportunities" in before and "Top pain points" in before
    after = deck(dataclasses.replace(content, cards=voted))[-1].words()
    heading = after.index("Top opportunities, by the room's vote")
    assert after[heading + 1 : heading + 3] == ["● 7", last.title]


def test_the_curve_stays_whole_with_the_stage_highlighted_and_every_curve_named(
    qtbot: QtBot,
) -> None:
    content = template("saas")  # two personas
    assert len(content.personas) == 2
    for slide in stage_slides(deck(content)):
        band = slide.layers[-1]
        faces = [
            s
            for s in band.shapes
            if isinstance(s, Circle | Polygon | Plate)
            and getattr(s, "stroke", None) is not None
            and s.stroke.colour == palette.INK
        ]
        assert len(faces) >= len(content.emotions)  # every point, not only this stage's
        highlighted = [s for s in band.shapes if isinstance(s, Plate) and s.fill == "highlight"]
        assert len(highlighted) == 1
        words = slide.words()
        for persona in content.personas:  # named once: in the head, or in the key
            alone = [w for w in words if w == persona.name]
            in_head = [w for w in words if w == f"{persona.name}:"]
            assert len(alone) + bool(in_head) == 1, persona.name
        low, high = content.map.emotion_min, content.map.emotion_max
        assert {f"{low:+d}".replace("-", "−"), f"{high:+d}"} <= set(words)


@pytest.mark.parametrize("name", TEMPLATES)
def test_no_words_on_a_slide_cover_others(name: str, qtbot: QtBot) -> None:
    for slide in deck(template(name)):
        boxes = [(" ".join(t.lines), rect) for t, rect, _ in slide.texts() if t.lines]
        for (one, a), (other, b) in combinations(boxes, 2):
            overlap = min(a.right, b.right) - max(a.x, b.x), min(a.bottom, b.bottom) - max(a.y, b.y)
            assert min(overlap) <= 1, f"{slide.name}: {one!r} covers {other!r}"


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_text_meets_4_5_to_1_against_what_is_painted_behind_it(
    name: str, theme: str, qtbot: QtBot
) -> None:
    content = template(name)
    slides = deck(content)
    stage = next(stage_slides(slides))
    slides.append(card_slide(content, stage.cards[0].card_id, PROJECTOR, qt_typesetter(), english))
    low = []
    for slide in slides:
        image = slide_image(slide, THEMES[theme])
        low += [
            (slide.name, words, round(ratio, 2))
            for words, ratio in text_contrasts(image, slide)
            if ratio < 4.5
        ]
    assert not low


def test_the_dark_theme_keeps_the_lane_colours(qtbot: QtBot) -> None:
    content = template("cafe")
    slide = next(stage_slides(deck(content)))
    image = slide_image(slide, THEMES["dark"])
    lanes = {lane.id: lane for lane in content.lanes}
    seen = set()
    for lane_id in slide.lane_ids:
        name = next(
            rect for text, rect, _ in slide.texts() if " ".join(text.lines) == lanes[lane_id].title
        )
        colour = colour_at(image, name.x - 4, name.y + 2)  # the name's plate, beside its words
        assert colour == palette.lane_accent(lanes[lane_id].kind)
        seen.add(colour)
    assert len(seen) == len(slide.lane_ids)


def test_backstage_lanes_leave_the_slides_for_a_customer_facing_talk(qtbot: QtBot) -> None:
    content = template("cafe")
    backstage = {lane.id for lane in content.lanes if lane.kind in ("backstage", "metrics")}
    slides = deck(content, hidden_lanes=frozenset(backstage))
    assert all(not backstage & set(slide.lane_ids) for slide in slides)
    assert any(backstage & set(slide.lane_ids) for slide in deck(content))


def test_the_curve_is_revealed_stage_by_stage(qtbot: QtBot) -> None:
    content = template("cafe")
    slides = deck(content, reveal_curve=True)

    def faces(slide: Slide) -> int:
        band = slide.layers[-1].shapes
        return sum(
            1
            for s in band
            if isinstance(s, Circle) and s.radius > 8 and s.fill not in (None, palette.INK)
        )

    counts = [faces(slide) for slide in slides[:-1]]
    points_by_stage = [
        sum(1 for p in content.emotions if p.stage_id == s.id) for s in content.stages
    ]
    assert counts[0] == 0  # nothing of it before the walk starts
    assert counts[1:] == [sum(points_by_stage[: n + 1]) for n in range(len(content.stages))]


def test_a_larger_text_makes_larger_titles_and_never_loses_a_card(qtbot: QtBot) -> None:
    content = template("cafe")
    for pixels in (12, 40, 72):
        slides = deck(content, SlideSizes(1920, 1080, pixels))
        shown = sorted(card.card_id for slide in stage_slides(slides) for card in slide.cards)
        assert shown == sorted(card.id for card in content.cards)
        titles = [
            pixels
            for slide in stage_slides(slides)
            for card in slide.cards
            for text, rect, pixels in slide.texts()
            if card.rect.contains(rect.x, rect.y) and not text.centred  # not a badge
        ]
        assert min(titles) >= pixels


def test_maps_from_another_editor_walk_whole_and_readable(
    real_map_files: list[Path], qtbot: QtBot
) -> None:
    """A −2…+2 scale, long personas, Japanese text, backstage lanes."""
    for path in real_map_files:
        content = read_map_file(path).content
        slides = deck(content)
        shown = sorted(card.card_id for slide in stage_slides(slides) for card in slide.cards)
        assert shown == sorted(card.id for card in content.cards), path.name
        for slide in slides:
            image = slide_image(slide, THEMES["light"])
            low = [(w, round(r, 2)) for w, r in text_contrasts(image, slide) if r < 4.5]
            assert not low, (path.name, slide.name, low)


def test_an_absurd_text_size_still_makes_a_bounded_deck(qtbot: QtBot) -> None:
    """A setting larger than the screen can hold must not cut a stage into slivers."""
    content = template("cafe")
    slides = deck(content, SlideSizes(1280, 200, 1000))
    assert len(slides) <= 2 + len(content.stages) + len(content.cards)  # a card a slide
    shown = sorted(card.card_id for slide in stage_slides(slides) for card in slide.cards)
    assert shown == sorted(card.id for card in content.cards)


def test_the_head_of_a_stage_says_how_each_persona_feels_and_what_the_marks_mean(
    qtbot: QtBot,
) -> None:
    content = template("saas")
    low = content.map.emotion_min
    for slide in stage_slides(deck(content)):
        stage = next(s for s in content.stages if s.id == slide.stage_id)
        words = slide.words()
        said = next(w for w in words if w.startswith("Stage "))
        points = [p for p in content.emotions if p.stage_id == stage.id]
        names = {persona.id: persona.name for persona in content.personas}
        everything = " ".join(words)
        for point in points:  # a line for each persona, its points one after the other
            assert words.count(f"{names[point.persona_id]}:") == 1
            assert f"{score_text(point.score, low)} {point.label}" in everything
        band = [" ".join(t.lines) for t in slide.layers[-1].shapes if isinstance(t, Text)]
        assert not {point.label for point in points} & set(band)  # quoted once, above
        quoted = [t for t, _r, pixels in slide.texts() if t.lines and t.lines[0].endswith(":")]
        assert all(text.style.size > 28 and text.style.bold for text in quoted)
        cards = [card for card in content.cards if card.stage_id == stage.id]
        assert ("★ a moment that matters" in said) == any(card.moment for card in cards)
        assert ("!!! high priority" in said) == any(card.priority == 3 for card in cards)
        number = [s.id for s in content.stages].index(stage.id) + 1
        chips = [t for t, _r, _p in slide.texts() if t.centred and t.colour == "slide"]
        assert [chip.lines for chip in chips] == [(str(number),)]  # the stage we are on


def test_a_curve_whose_persona_the_head_does_not_quote_is_named_in_a_key(qtbot: QtBot) -> None:
    content = template("saas")
    stage, second = content.stages[0], content.personas[1]
    points = tuple(
        p for p in content.emotions if not (p.stage_id == stage.id and p.persona_id == second.id)
    )
    slide = next(stage_slides(deck(dataclasses.replace(content, emotions=points))))
    words = slide.words()
    assert second.name in words and f"{second.name}:" not in words
    assert f"{content.personas[0].name}:" in words and content.personas[0].name not in words


@pytest.mark.parametrize("name", ["cafe", "saas"])
def test_a_lane_keeps_its_place_from_one_stage_to_the_next(name: str, qtbot: QtBot) -> None:
    """Stages whose heads differ (a goal on two lines, more feelings) start their lanes
    at the same height, and their curves at the same place."""
    content = template(name)
    lanes = {lane.id: lane for lane in content.lanes}
    places, curves = set(), set()
    for slide in stage_slides(deck(content)):
        places.add(
            tuple(
                (round(rect.x), round(rect.y))
                for lane_id in slide.lane_ids
                for text, rect, _ in slide.texts()
                if " ".join(text.lines) == lanes[lane_id].title
            )
        )
        curves.add(slide.curve)
    assert len(places) == 1 and len(curves) == 1


def test_titles_are_cut_to_two_lines_before_a_stage_takes_a_third_slide(qtbot: QtBot) -> None:
    content = template("cafe")
    wordy = "The customer reads every review on three sites before deciding anything at all"
    stage = content.stages[0]
    full = crowded(content, 3, wordy)
    shown = [slide for slide in deck(full) if slide.stage_id == stage.id]
    assert len(shown) == 2
    titles = [
        text.lines
        for slide in shown
        for card in slide.cards
        if card.card_id.startswith("extra")
        for text, rect, _ in slide.texts()
        if card.rect.contains(rect.x, rect.y) and not text.centred
    ]
    assert titles and all(len(lines) == 2 and lines[-1].endswith("…") for lines in titles)


def test_lanes_with_no_card_in_the_stage_get_no_slide_of_their_own(qtbot: QtBot) -> None:
    content = template("cafe")
    stage = content.stages[0]
    narrow = SlideSizes(1280, 1080, 28)  # room for five lanes side by side, not seven
    last = {lane.id for lane in content.lanes[-3:]}  # the second of two runs of lanes
    cards = tuple(c for c in content.cards if not (c.stage_id == stage.id and c.lane_id in last))
    emptier = dataclasses.replace(content, cards=cards)
    assert len([s for s in deck(content, narrow) if s.stage_id == stage.id]) == 2
    shown = [s for s in deck(emptier, narrow) if s.stage_id == stage.id]
    assert len(shown) == 1 and not last & set(shown[0].lane_ids)

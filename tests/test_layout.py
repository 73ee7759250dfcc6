"""The layout: text wrapping, and the geometry of every template and of the real maps."""

from __future__ import annotations

import dataclasses
import itertools
import json
import random
import re
import unicodedata
from collections import defaultdict

import pytest
from conftest import real_maps
from hypothesis import given, settings
from hypothesis import strategies as st
from random_edits import edits

from app.export.pdf_fonts import pdf_typesetter
from app.layout.emotions import Face, face_for
from app.layout.geometry import Rect
from app.layout.glance import glance_lines, glance_name, glance_reach, shared_name_style
from app.layout.map_layout import (
    HEADER_INSET,
    CardBox,
    MapLayout,
    Metrics,
    StackMemo,
    layout_map,
)
from app.layout.overview import PRINT_METRICS
from app.layout.text import TextMeasure, TextStyle, Typesetter, shorten, wrap
from app.model.data.records import CardRecord, MapContent
from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.journeyboard_json import parse_map
from app.model.interchange.templates import find_template, list_templates, load_template

BODY = TextStyle(10)


def monospace(text: str, style: TextStyle) -> float:
    """Every character as wide as half the size, wide (CJK) ones as wide as the size."""
    return sum(style.size if ord(ch) > 0x2E80 else style.size / 2 for ch in text)


TYPESETTER = Typesetter(monospace)


def test_wrap_breaks_at_spaces_and_keeps_line_breaks() -> None:
    lines = wrap("Chalkboard menu outside\nwith prices", 60, BODY, monospace)
    assert lines == ["Chalkboard", "menu outside", "with prices"]
    assert wrap("a b c d", 1000, BODY, monospace) == ["a b c d"]


def test_wrap_breaks_a_word_too_long_for_a_line() -> None:
    lines = wrap("Supercalifragilistic", 50, BODY, monospace)
    assert lines == ["Supercalif", "ragilistic"]
    assert all(monospace(line, BODY) <= 50 for line in lines)


def test_a_word_too_long_for_a_line_breaks_after_its_hyphen() -> None:
    assert wrap("Year-in-review summary", 65, BODY, monospace) == ["Year-in-", "review", "summary"]
    assert wrap("-leading", 30, BODY, monospace) == ["-leadi", "ng"]  # no hyphen to break at


def test_wrap_breaks_japanese_between_characters() -> None:
    lines = wrap("正しく意図が伝わるか不安だ", 50, BODY, monospace)
    assert "".join(lines) == "正しく意図が伝わるか不安だ"
    assert all(monospace(line, BODY) <= 50 for line in lines)
    assert len(lines) == 3


def test_wrap_ends_cut_text_with_an_ellipsis() -> None:
    lines = wrap("one two three four five six seven", 40, BODY, monospace, max_lines=2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert monospace(lines[-1], BODY) <= 40


def test_wrap_turns_tabs_into_spaces() -> None:
    assert wrap("Price\t£3.20", 1000, BODY, monospace) == ["Price    £3.20"]


def test_a_very_long_word_is_measured_a_line_at_a_time() -> None:
    """A pasted 20,000-character string with no spaces: each line's break is found by
    measuring that line, never the whole rest of the string again."""
    measured: list[int] = []

    def counting(text: str, style: TextStyle) -> float:
        measured.append(len(text))
        return monospace(text, style)

    word = "x" * 20_000
    lines = wrap(word, 200, BODY, counting)
    assert "".join(lines) == word and len(lines) == 500
    assert sum(measured) < 40 * len(word)
    measured.clear()
    assert len(wrap(word, 200, BODY, counting, max_lines=3)) == 3
    assert sum(measured) < 1.5 * len(word)


def proportional(text: str, style: TextStyle) -> float:
    """Narrow, wide and very wide characters, and spaces, as a real font has them."""
    widths = {" ": 0.3, "i": 0.25, "l": 0.25, "m": 0.9, "W": 1.0, "—": 1.0}
    return sum(style.size * (1.0 if ord(ch) > 0x2E80 else widths.get(ch, 0.55)) for ch in text)


def word_by_word(paragraph: str, width: float, measure: TextMeasure) -> list[str]:
    """The plain greedy rule the wrap keeps: add a word while the line, measured whole,
    still fits; break a word too long for a line between characters."""
    lines: list[str] = []
    line = ""
    for piece in re.findall(r"\S+\s*", paragraph.lstrip()):
        pieces = [piece]
        if any(ord(ch) > 0x2E80 for ch in piece):  # Japanese breaks between characters
            pieces = re.findall(r"[^\u2e80-\uffff]+|[\u2e80-\uffff]", piece)
        for part in pieces:
            if measure((line + part).rstrip(), BODY) <= width:
                line += part
                continue
            if line:
                lines.append(line.rstrip())
            line = part
            while measure(line.rstrip(), BODY) > width and len(line.rstrip()) > 1:
                end = 1
                while measure(line[: end + 1], BODY) <= width:
                    end += 1
                lines.append(line[:end])
                line = line[end:]
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


@settings(max_examples=300)
@given(
    words=st.lists(
        st.text(alphabet="aimlW—é正しく", min_size=1, max_size=30), min_size=1, max_size=40
    ),
    spaces=st.lists(st.sampled_from([" ", "  ", " "]), min_size=40, max_size=40),
    width=st.floats(min_value=8, max_value=400),
    measure=st.sampled_from([monospace, proportional]),
)
def test_wrap_puts_on_each_line_as_many_words_as_fit(
    words: list[str], spaces: list[str], width: float, measure: TextMeasure
) -> None:
    paragraph = "".join(word + space for word, space in zip(words, spaces, strict=False))
    assert wrap(paragraph, width, BODY, measure) == word_by_word(paragraph, width, measure)


def test_room_in_a_cell_shows_a_title_cut_short_before_more_notes() -> None:
    """Where a cell is taller than its cards (a lane stretched in print), the words run
    on into the room: first the lines of a title cut short, then more of the notes."""
    content = load_template(find_template("cafe")).content
    card = dataclasses.replace(
        content.cards[0],
        title="Walks past the window twice before she decides to come in",
        notes="Looks at the menu board, checks the prices, then reads the reviews. " * 3,
    )
    one = dataclasses.replace(content, cards=(card,))
    cut = Metrics(card_title_lines=1, card_notes_lines=1, add_slot=1)  # no slot, as in print
    box = layout_map(one, TYPESETTER, cut).cards[card.id]
    assert box.title_lines[-1].endswith("…") and len(box.notes_lines) == 1
    whole = TYPESETTER.wrap(card.title, box.rect.width - 2 * cut.card_padding, cut.card_title)
    title_line = cut.card_title.line_height
    room_for_title = (len(whole) - 1) * title_line + title_line / 2  # not a line of notes
    lane = next(lane for lane in one.lanes if lane.id == card.lane_id)
    taller = dataclasses.replace(
        lane, height=int(2 * cut.cell_padding + box.rect.height + room_for_title + 1)
    )
    stretched = dataclasses.replace(
        one, lanes=tuple(taller if other.id == lane.id else other for other in one.lanes)
    )
    filling = dataclasses.replace(cut, words_fill_cells=True)
    grown = layout_map(stretched, TYPESETTER, filling).cards[card.id]
    assert grown.title_lines == whole and grown.notes_lines == box.notes_lines
    roomy = dataclasses.replace(taller, height=taller.height + 200)
    roomier = dataclasses.replace(
        one, lanes=tuple(roomy if other.id == lane.id else other for other in one.lanes)
    )
    filled = layout_map(roomier, TYPESETTER, filling).cards[card.id]
    assert filled.title_lines == whole and len(filled.notes_lines) > 1


def letter_by_letter(text: str, width: float, measure: TextMeasure) -> str:
    """The plain rule `shorten` keeps: drop the last letter until the text and an
    ellipsis fit."""
    if measure(text, BODY) <= width:
        return text
    body = text.removesuffix("…")
    while body and measure(body.rstrip() + "…", BODY) > width:
        body = body[:-1]
    return body.rstrip() + "…"


@settings(max_examples=300)
@given(
    text=st.text(alphabet="aimlW— é正…", max_size=80),
    width=st.floats(min_value=0, max_value=500),
    measure=st.sampled_from([monospace, proportional]),
)
def test_shorten_keeps_as_much_as_fits_with_the_ellipsis(
    text: str, width: float, measure: TextMeasure
) -> None:
    measured: list[str] = []

    def counting(line: str, style: TextStyle) -> float:
        measured.append(line)
        return measure(line, style)

    assert shorten(text, width, BODY, counting) == letter_by_letter(text, width, measure)
    assert len(measured) <= 2 + 2 * max(1, len(text)).bit_length()


@settings(max_examples=200)
@given(
    text=st.text(alphabet="ab cd\n正", max_size=120),
    width=st.floats(min_value=10, max_value=200),
    asked=st.lists(st.sampled_from([None, 1, 2, 3, 5]), min_size=1, max_size=6),
)
def test_a_typesetter_wraps_as_wrap_does_whatever_it_wrapped_before(
    text: str, width: float, asked: list[int | None]
) -> None:
    """The typesetter keeps the lines of a text at a width and takes fewer lines from
    them: in any order of asking, what it gives is what `wrap` makes afresh."""
    typesetter = Typesetter(proportional)
    for max_lines in asked:
        expected = wrap(text, width, BODY, proportional, max_lines)
        assert list(typesetter.wrap(text, width, BODY, max_lines)) == expected


@pytest.mark.parametrize(
    ("score", "face"),
    [
        (-3, Face.VERY_UNHAPPY),
        (-1, Face.UNHAPPY),
        (0, Face.NEUTRAL),
        (1, Face.HAPPY),
        (2, Face.VERY_HAPPY),
        (3, Face.VERY_HAPPY),
    ],
)
def test_faces_follow_the_score(score: int, face: Face) -> None:
    assert face_for(score, -3, 3) is face


def layouts() -> list[tuple[str, MapContent]]:
    maps = [(t.id, load_template(t).content) for t in list_templates()]
    for source in real_maps():
        maps.append((source.stem, parse_map(source.read_bytes()).content))
    return maps


@pytest.mark.parametrize(("name", "content"), layouts(), ids=[name for name, _ in layouts()])
def test_every_card_sits_in_its_cell_and_none_overlap(name: str, content: MapContent) -> None:
    layout = layout_map(content, TYPESETTER)
    assert len(layout.cards) == len(content.cards)
    for box in layout.cards.values():
        cell = layout.cells[(box.stage_id, box.lane_id)]
        assert cell.x <= box.rect.x and box.rect.right <= cell.right
        assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom - 30, "no room to add"
    for first, second in itertools.combinations(layout.cards.values(), 2):
        overlap_x = first.rect.x < second.rect.right and second.rect.x < first.rect.right
        overlap_y = first.rect.y < second.rect.bottom and second.rect.y < first.rect.bottom
        assert not (overlap_x and overlap_y), (first.title_lines, second.title_lines)
    assert layout.height == max(lane.row.bottom for lane in layout.lanes)


@pytest.mark.parametrize(("name", "content"), layouts(), ids=[name for name, _ in layouts()])
def test_every_emotion_point_sits_on_its_stage_and_its_score(
    name: str, content: MapContent
) -> None:
    layout = layout_map(content, TYPESETTER)
    assert layout.scale is not None
    stages = {box.stage_id: box.column for box in layout.stages}
    drawn = [point for curve in layout.curves for point in curve.points]
    assert len(drawn) == len(content.emotions)
    for point in drawn:
        assert stages[point.stage_id].x < point.at.x < stages[point.stage_id].right
        assert point.at.y == layout.scale.y_of(point.score)
        assert layout.scale.score_at(point.at.y + 3) == point.score  # a point snaps back
    for curve in layout.curves:
        for segment in curve.segments:
            for control in (segment.control1, segment.control2):
                assert layout.scale.y_of(layout.scale.high) <= control.y
                assert control.y <= layout.scale.y_of(layout.scale.low)


def cafe() -> MapContent:
    return load_template(find_template("cafe")).content


def test_a_wider_stage_moves_the_stages_after_it() -> None:
    content = cafe()
    before = layout_map(content, TYPESETTER)
    wider = dataclasses.replace(content.stages[1], width=400)
    stages = (content.stages[0], wider, *content.stages[2:])
    after = layout_map(dataclasses.replace(content, stages=stages), TYPESETTER)
    assert after.stages[2].rect.x == before.stages[2].rect.x + 160
    assert after.width == before.width + 160
    card = next(c for c in content.cards if c.stage_id == stages[2].id)
    assert after.cards[card.id].rect.x == before.cards[card.id].rect.x + 160


def test_hidden_lanes_are_left_out_and_empty_lanes_teach() -> None:
    content = cafe()
    backstage = next(lane for lane in content.lanes if lane.kind == "backstage")
    layout = layout_map(content, TYPESETTER, hidden_lanes={backstage.id})
    assert backstage.id not in {lane.lane_id for lane in layout.lanes}
    assert all(box.lane_id != backstage.id for box in layout.cards.values())
    blank = layout_map(load_template(find_template("blank")).content, TYPESETTER)
    hints = {lane.kind: " ".join(lane.hint) for lane in blank.lanes}
    assert hints["pain_points"] == "What goes wrong, slows them down or annoys them."
    assert "double-click in a stage to add a point" in hints["emotions"]
    assert all(hint and "…" not in hint for hint in hints.values())


def test_hints_fit_inside_the_first_cell_of_their_lane_clear_of_the_scale() -> None:
    blank = layout_map(load_template(find_template("blank")).content, TYPESETTER)
    first = blank.stages[0].stage_id
    for lane in blank.lanes:
        cell, hint = blank.cells[(first, lane.lane_id)], lane.hint_rect
        assert hint is not None
        assert cell.x < hint.x and hint.right < cell.right, lane.kind
        assert cell.y < hint.y and hint.bottom < cell.bottom, lane.kind
        assert len(lane.hint) * 12 * 1.3 <= hint.height + 1e-6
    lane = blank.emotions
    assert lane is not None
    emotions = next(box for box in blank.lanes if box.kind == "emotions").hint_rect
    assert emotions is not None
    assert all(rect.right <= emotions.x for name, rect in lane.boxes() if name.startswith("number"))


def test_insertion_points_between_cards_and_below_the_last() -> None:
    content = cafe()
    layout: MapLayout = layout_map(content, TYPESETTER)
    (stage_id, lane_id), cell = next(
        (key, rect) for key, rect in layout.cells.items() if len(layout.cards_in(*key)) >= 2
    )
    first, second = layout.cards_in(stage_id, lane_id)[:2]
    assert layout.insertion_at(stage_id, lane_id, first.rect.y + 1)[0] == 0
    assert layout.insertion_at(stage_id, lane_id, second.rect.center.y + 1)[0] == 2
    count = len(layout.cards_in(stage_id, lane_id))
    assert layout.insertion_at(stage_id, lane_id, cell.bottom - 1)[0] == count
    assert layout.cell_at(cell.x + 5, cell.bottom - 5) == (stage_id, lane_id)


def test_maps_without_emotion_lanes_have_no_curves() -> None:
    document = {
        "format": "journeyboard/1",
        "title": "No emotions",
        "personas": [{"name": "A"}],
        "stages": [{"name": "S"}],
        "lanes": [{"kind": "touchpoints"}],
        "emotions": [{"persona": 0, "stage": 0, "score": 1}],
    }
    layout = layout_map(parse_map(json.dumps(document)).content, TYPESETTER)
    assert layout.scale is None and layout.curves == []


def test_arrow_neighbours_follow_the_grid() -> None:
    content = cafe()
    layout = layout_map(content, TYPESETTER)
    first = layout.neighbour(None, 0, 1)
    assert first is not None
    start = layout.cards[first]
    assert (start.stage_id, start.position) == (content.stages[0].id, 0)
    below = layout.neighbour(first, 0, 1)
    assert below is not None and layout.cards[below].rect.y > start.rect.y
    assert layout.neighbour(first, 0, -1) is None  # nothing above the first card
    right = layout.neighbour(first, 1, 0)
    assert right is not None and layout.cards[right].stage_id == content.stages[1].id
    assert layout.neighbour(first, -1, 0) is None


def test_a_memo_lays_a_map_out_again_exactly_as_a_fresh_layout_would(
    cafe: Document,
) -> None:
    """Edits of every kind, stages widened and lanes hidden: laying out again with the
    memo of the layout before gives the same layout as laying out from nothing, and a
    cell nothing touched keeps its boxes, the same objects."""
    memo = StackMemo(TYPESETTER)
    rng = random.Random(11)
    stream = edits(11, cafe.content)
    before = layout_map(cafe.content(), TYPESETTER, memo=memo)
    content_before, kept = cafe.content(), 0
    for step in range(60):
        if step % 10 == 9:
            stage = rng.choice(cafe.content().stages)
            cafe.apply(op.edit("stage", stage.id, width=stage.width + rng.choice((-40, 40))))
        else:
            cafe.apply(next(stream))
        hidden = {lane.id for lane in cafe.content().lanes if rng.random() < 0.15}
        fresh = layout_map(cafe.content(), TYPESETTER, hidden_lanes=hidden)
        again = layout_map(cafe.content(), TYPESETTER, hidden_lanes=hidden, memo=memo)
        assert again == fresh
        untouched = (
            _cell_inputs(content_before, before).items()
            & _cell_inputs(cafe.content(), again).items()
        )
        for _cell, (cards, *_where) in untouched:
            for card in cards:
                assert again.cards[card.id] is before.cards[card.id], "an untouched cell is kept"
                kept += 1
        before, content_before = again, cafe.content()
    assert kept > 1000, "most cells are untouched by an edit, and were checked"


def _cell_inputs(
    content: MapContent, layout: MapLayout
) -> dict[tuple[str, str], tuple[tuple[CardRecord, ...], float, float, float]]:
    """What a cell's boxes are made from, for each cell shown: its cards, its column
    (x and width) and its top."""
    cards: dict[tuple[str, str], list[CardRecord]] = defaultdict(list)
    for card in content.cards:
        cards[(card.stage_id, card.lane_id)].append(card)
    return {
        cell: (tuple(cards[cell]), rect.x, rect.width, rect.y)
        for cell, rect in layout.cells.items()
    }


def test_a_card_box_moved_keeps_every_field_but_its_place() -> None:
    """CardBox.moved_to copies the box field by field, for speed: a field it forgot
    would silently go back to its default whenever a cell is restacked."""
    box = CardBox(**{field.name: object() for field in dataclasses.fields(CardBox)})
    place = Rect(1, 2, 3, 4)
    assert box.moved_to(place) == dataclasses.replace(box, rect=place)


def test_letters_with_many_accents_are_measured_a_line_at_a_time() -> None:
    """A paste of letters each with a hundred accents (20 KB that a real font draws in
    a few lines): each line is found by measuring about that line, never a character at a
    time, and lines break between letters, never between a letter and its accents."""
    measured: list[int] = []

    def accents_take_no_room(text: str, style: TextStyle) -> float:
        measured.append(len(text))
        return sum(style.size / 2 for ch in text if not unicodedata.combining(ch))

    text = ("a" + "\u0301" * 100) * 200
    lines = wrap(text, 200, BODY, accents_take_no_room)
    assert "".join(lines) == text and len(lines) == 5
    assert all(line.startswith("a") and len(line) == 40 * 101 for line in lines)
    assert sum(measured) < 40 * len(text)


GLANCE = TextStyle(23, bold=True)


def test_a_title_from_far_out_wraps_at_words_and_shortens_a_word_too_long() -> None:
    lines = glance_lines("Touchpoints and channels", 120, 90, GLANCE, TYPESETTER)
    assert lines[0] == TYPESETTER.shorten("Touchpoints", 120 - 8, GLANCE)
    assert lines[0].endswith("…") and len(lines) == 2
    assert glance_lines("顧客は満足していないです", 150, 90, GLANCE, TYPESETTER)[1][0] != "…"


def test_from_far_out_a_latin_word_among_japanese_is_shortened_not_split() -> None:
    """Japanese breaks between any two characters, but "enablement" within it is a
    word: it is shortened with an ellipsis rather than broken into "enablemen / t"."""
    width = TYPESETTER.width("(enable", GLANCE) + 8
    lines = glance_lines("基盤チーム(enablement)チーム", width, 400, GLANCE, TYPESETTER)
    latin = [line for line in lines if "enab" in line]
    assert len(latin) == 1 and "…" in latin[0], lines
    assert not any(line[0].isascii() and line[0].isalpha() for line in lines), lines
    assert "".join(lines).endswith("チーム")


@given(st.text(min_size=1, max_size=80), st.floats(20, 400), st.floats(10, 200))
def test_a_title_from_far_out_is_shown_whole_where_it_fits(
    title: str, width: float, height: float
) -> None:
    lines = glance_lines(title, width, height, GLANCE, TYPESETTER)
    room = int((height - 8) // GLANCE.line_height)
    assert len(lines) <= max(0, room)
    assert all(TYPESETTER.width(line, GLANCE) <= width - 8 for line in lines)
    words = title.split()
    whole = TYPESETTER.wrap(" ".join(words), width - 8, GLANCE) if words else ()
    every_word_fits = all(TYPESETTER.width(word, GLANCE) <= width - 8 for word in words)
    fits = every_word_fits and 0 < len(whole) <= room
    if fits:
        assert lines == whole, (title, width, height)


def test_a_stage_name_takes_the_lines_its_goal_leaves() -> None:
    content = cafe()
    long_name = "Comes back on a rainy Tuesday with a friend from work"
    stages = (
        dataclasses.replace(content.stages[0], name=long_name, goal=""),
        dataclasses.replace(content.stages[1], name=long_name),
        *content.stages[2:],
    )
    layout = layout_map(dataclasses.replace(content, stages=stages), TYPESETTER)
    without_goal, with_goal = layout.stages[0], layout.stages[1]
    assert len(without_goal.name_lines) == 3 and not without_goal.name_lines[-1].endswith("…")
    assert len(with_goal.name_lines) == 2 and len(with_goal.goal_lines) >= 1
    for stage in (without_goal, with_goal):
        used = 10 + len(stage.name_lines) * 16 * 1.3 + 2 + len(stage.goal_lines) * 11 * 1.3
        assert used <= stage.rect.height


def test_a_name_from_far_out_turns_regular_rather_than_be_shortened() -> None:
    def heavier_when_bold(text: str, style: TextStyle) -> float:
        return len(text) * style.size * (0.575 if style.bold else 0.5)

    typesetter = Typesetter(heavier_when_bold)
    bold = TextStyle(20, bold=True)
    lines, style = glance_name("Touchpoints", 128, 60, bold, typesetter)
    assert lines == ("Touchpoints",) and not style.bold  # 126.5 bold, 110 regular, room 120
    shown, kept = glance_name("Metrics", 128, 60, bold, typesetter)
    assert shown == ("Metrics",) and kept.bold


def test_from_far_out_a_card_may_grow_down_to_the_next_card_or_its_cells_foot() -> None:
    metrics = Metrics()
    layout = layout_map(load_template(find_template("cafe")).content, TYPESETTER, metrics)
    reach = glance_reach(layout, metrics)
    assert reach.keys() == layout.cards.keys()
    for (stage_id, lane_id), cell in layout.cells.items():
        boxes = layout.cards_in(stage_id, lane_id)
        for box, below in itertools.pairwise(boxes):
            assert box.rect.y + reach[box.card_id] == below.rect.y - metrics.card_gap
        if boxes:
            last = boxes[-1]
            assert last.rect.y + reach[last.card_id] == cell.bottom - metrics.cell_padding


def test_from_far_out_names_side_by_side_share_one_weight() -> None:
    """Bold unless one name of the row keeps whole only in regular: then all are regular,
    not "Opportunities" regular beside bold "Touchpoints"."""
    typesetter = pdf_typesetter()  # real widths: bold is wider than regular
    bold = TextStyle(25, bold=True)
    wide = typesetter.width("Opportunities", bold) + 20
    narrow = typesetter.width("Opportunities", TextStyle(25)) + 9
    assert (
        shared_name_style(
            [("Touchpoints", wide, 60), ("Opportunities", wide, 60)], bold, typesetter
        )
        == bold
    )
    shared = shared_name_style(
        [("Touchpoints", wide, 60), ("Opportunities", narrow, 60)], bold, typesetter
    )
    assert shared == TextStyle(25)


@pytest.mark.parametrize("metrics", [Metrics(), PRINT_METRICS], ids=["canvas", "print"])
def test_a_stage_headers_words_keep_clear_of_both_its_edges(metrics: Metrics) -> None:
    """The header's words stand in from both edges as far as they are drawn in from the
    left: in print, where cells are padded less, they ran into the next column's rule."""
    for template in list_templates():
        content = load_template(template).content
        layout = layout_map(content, pdf_typesetter(), metrics)
        for box in layout.stages:
            room = box.rect.width - 2 * HEADER_INSET
            for line in box.name_lines:
                assert pdf_typesetter().measure(line, metrics.stage_title) <= room + 0.01, line
            for line in box.goal_lines:
                assert pdf_typesetter().measure(line, metrics.stage_goal) <= room + 0.01, line

"""Mermaid journey diagrams: read as Mermaid reads them, written so that Mermaid reads them
back the same, and refused with one message naming the line where Mermaid cannot be
followed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.model.data.records import MapContent
from app.model.errors import InterchangeError
from app.model.file.document import Document
from app.model.interchange.map_building import MapBuilder
from app.model.interchange.mermaid import read_mermaid, read_mermaid_file, write_mermaid
from app.model.interchange.templates import find_template, list_templates, load_template

DATA = Path(__file__).parent / "data" / "mermaid"
"""Diagrams written by other projects, with their licence (README.md there)."""

Journey = list[tuple[str, list[tuple[str, dict[str, int]]]]]
"""Each stage's name with its actions cards in order, each with the scores of the points
linked to it, by persona name."""


def journey(content: MapContent) -> Journey:
    actions = {lane.id for lane in content.lanes if lane.kind == "actions"}
    personas = {persona.id: persona.name for persona in content.personas}
    linked: dict[str, dict[str, int]] = {}
    for point in content.emotions:
        if point.card_id is not None:
            linked.setdefault(point.card_id, {})[personas[point.persona_id]] = point.score
    return [
        (
            stage.name,
            [
                (card.title, linked.get(card.id, {}))
                for card in content.cards
                if card.stage_id == stage.id and card.lane_id in actions
            ],
        )
        for stage in content.stages
    ]


def persona_names(content: MapContent) -> list[str]:
    return [persona.name for persona in content.personas]


def refusal(text: str) -> str:
    with pytest.raises(InterchangeError) as caught:
        read_mermaid(text)
    message = str(caught.value)
    assert "\n" not in message
    return message


# --- diagrams as Mermaid's documentation and other projects write them -------------------


def test_the_documentation_example_is_read_as_mermaid_draws_it() -> None:
    content = read_mermaid_file(DATA / "mermaid-docs-working-day.mmd")

    assert content.map.title == "My working day"
    assert journey(content) == [
        (
            "Go to work",
            [
                ("Make tea", {"Me": 5}),
                ("Go upstairs", {"Me": 3}),
                ("Do work", {"Me": 1, "Cat": 1}),
            ],
        ),
        ("Go home", [("Go downstairs", {"Me": 5}), ("Sit down", {"Me": 5})]),
    ]
    assert persona_names(content) == ["Me", "Cat"]
    assert content.map.primary_persona_id == content.personas[0].id
    assert [(lane.kind, lane.title) for lane in content.lanes] == [("actions", "Customer actions")]
    assert (content.map.emotion_min, content.map.emotion_max) == (1, 5)
    titles = {card.id: card.title for card in content.cards}
    assert all(point.label == titles[point.card_id] for point in content.emotions)
    stages = {stage.id: stage.name for stage in content.stages}
    assert [(stages[point.stage_id], point.position) for point in content.emotions] == [
        ("Go to work", 0),
        ("Go to work", 1),
        ("Go to work", 2),
        ("Go home", 0),
        ("Go home", 1),
        ("Go to work", 0),
    ]


def test_what_mermaid_py_writes_front_matter_tabs_and_tasks_outside_sections() -> None:
    """Its tasks before any section: Mermaid draws them without a section name."""
    outside = read_mermaid_file(DATA / "mermaid-py-tasks.mmd")
    sections = read_mermaid_file(DATA / "mermaid-py-sections.mmd")

    both = {"Me": 5, "Cat": 5}
    assert outside.map.title == "simple user journey"
    assert journey(outside) == [("Journey", [("Make tea1", both), ("Make tea2", both)])]
    assert journey(sections) == [
        ("section-1", [("Make tea1", both), ("Make tea2", both)]),
        ("section-2", [("Make tea1", both), ("Make tea2", both)]),
    ]
    assert persona_names(sections) == ["Me", "Cat"]


def test_mermaids_own_test_with_a_name_too_long_for_a_persona_is_refused_at_its_line() -> None:
    with pytest.raises(InterchangeError) as caught:
        read_mermaid_file(DATA / "mermaid-tests-webhook-life-cycle.mmd")
    assert "mermaid-tests-webhook-life-cycle.mmd" in str(caught.value)
    assert "line 5: Persona name: is too long (123 characters; at most 120)" in str(caught.value)


def test_a_section_named_again_after_others_is_a_stage_of_its_own() -> None:
    """Mermaid draws the second "Darkoob" as a box of its own, after "External Service"."""
    text = (DATA / "mermaid-tests-webhook-life-cycle.mmd").read_text(encoding="utf-8")
    content = read_mermaid(text.replace("userf deliberately", "userf"))

    assert content.map.title == "Web hook life cycle"
    assert [stage.name for stage in content.stages] == [
        "Darkoob",
        "External Service",
        "Darkoob (2)",
    ]
    assert journey(content)[2] == (
        "Darkoob (2)",
        [("check for inputs", {"DarkoobAPI": 5}), ("run the prebuilt job", {"DarkoobAPI": 5})],
    )
    assert journey(content)[0][1][0] == ("Make preBuilt", {"Darkoob user": 5})
    assert persona_names(content)[:2] == [
        "Darkoob user",
        "Darkoob userf increasing the size of this label to check if distance between legend and "
        "diagram is  maintained",
    ]


def test_a_section_named_again_straight_after_itself_goes_on_in_the_same_stage() -> None:
    content = read_mermaid("journey\nsection A\nOne: 3\nsection A\nTwo: 3\nsection B\n")
    assert journey(content) == [("A", [("One", {}), ("Two", {})]), ("B", [])]


def test_a_line_mermaid_draws_as_a_score_of_nan_is_refused_naming_its_line() -> None:
    """Line 21 counts the front matter and the blank line after it."""
    with pytest.raises(InterchangeError) as caught:
        read_mermaid_file(DATA / "mermaid-tests-styled-title.mmd")
    assert str(caught.value) == (
        f"“{DATA / 'mermaid-tests-styled-title.mmd'}”: line 21: the score “2rem” is not a "
        "number (a task is written “Text: score: Actor, Actor”, and its text cannot hold “:”)"
    )


# --- what Mermaid takes out before it reads the journey ----------------------------------

WITH_EVERYTHING = """\
---
title: "Shopping for a bike"
config:
  theme: forest   # a comment: 5: Nobody
---
%%{init: {"journey": {"maxLabelWidth": 200}}}%%
%% a comment before the diagram
journey
    accTitle: Bike shop: the journey
    accDescr: Where a rider waits; and why
    accDescr {
        Several lines: 5: Nobody
        of description; with #hashes
    }
    %% a comment in it: 3: Nobody
    # so is this: 3: Nobody
    section Shop
      Compare bikes: 4: Rider # Mermaid skips a “#” and what follows
      Ask about sizes : 2 : Rider
      %%{wrap}%%
    section Ride
      First ride: 7: Rider, Friend, Rider
      Puncture: 0: Rider,, Friend ,
      Walk home: 1
"""


def test_front_matter_directives_comments_and_accessibility_are_not_content() -> None:
    content = read_mermaid(WITH_EVERYTHING)

    assert content.map.title == "Shopping for a bike"
    assert journey(content) == [
        ("Shop", [("Compare bikes", {"Rider": 4}), ("Ask about sizes", {"Rider": 2})]),
        (
            "Ride",
            [
                ("First ride", {"Rider": 7, "Friend": 7}),
                ("Puncture", {"Rider": 0, "Friend": 0}),
                ("Walk home", {}),
            ],
        ),
    ]
    assert persona_names(content) == ["Rider", "Friend"]


def test_the_scale_widens_to_hold_scores_outside_one_to_five() -> None:
    content = read_mermaid(WITH_EVERYTHING)
    assert (content.map.emotion_min, content.map.emotion_max) == (0, 7)


def test_a_title_line_names_the_map_over_the_front_matter_and_none_means_journey() -> None:
    titled = read_mermaid(
        WITH_EVERYTHING.replace("    accTitle", "  title Mine: #35;1\n    accTitle")
    )
    untitled = read_mermaid("journey\nMake tea: 5: Me\nsection Work\nType: 3: Me\n")

    assert titled.map.title == "Mine: #1"
    assert untitled.map.title == "Journey"
    assert journey(untitled) == [
        ("Journey", [("Make tea", {"Me": 5})]),
        ("Work", [("Type", {"Me": 3})]),
    ]


def test_colons_in_a_task_are_what_mermaid_makes_of_them() -> None:
    """Mermaid ends a task's text at its first “:”, reads the next part as the score and
    ignores what follows a third; its entity codes are the way to write a colon."""
    assert "line 2: the score “by card” is not a number" in refusal(
        "journey\n  Pay: by card: 5: Me\n"
    )
    extra = read_mermaid("journey\n  Make tea: 5: Me: Cat\n")
    coded = read_mermaid("journey\n  section Pay#58; now\n  Pay#58; by card #35;1: 5: Jo#44; Al\n")

    assert journey(extra) == [("Journey", [("Make tea", {"Me": 5})])]
    assert journey(coded) == [("Pay: now", [("Pay: by card #1", {"Jo, Al": 5})])]


def test_a_line_break_in_a_task_is_a_space_and_a_long_text_cuts_its_label() -> None:
    long = "Wait " * 60
    content = read_mermaid(
        f"journey\nsection Queue<br/>line\n Wait<br>again: 2: Me\n{long}: 1: Me\n"
    )

    assert journey(content)[0][0] == "Queue line"
    assert [card.title for card in content.cards] == ["Wait again", long.strip()]
    label = content.emotions[1].label
    assert len(label) == 200
    assert label.endswith("…")
    assert long.startswith(label[:-1])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("journey\n  Make tea: five: Me\n", "line 2: the score “five” is not a number"),
        ("journey\n\n  Make tea: 2.5: Me\n", "line 3: the score 2.5 is not a whole number"),
        ("journey\n  Make tea: : Me\n", "line 2: the task “Make tea” has no score"),
        ("journey\n  Make tea\n", "line 2: Mermaid cannot read “Make tea”"),
        ("journey\n  Make tea:\n", "line 2: Mermaid cannot read “Make tea:”"),
        ("journey\n  participant Alice\n", "line 2: Mermaid cannot read “participant Alice”"),
        ("journey\n  Make tea: 5: Me; Go: 3: Me\n", "line 2: Mermaid cannot read “;” here"),
        ("journey\n  section Pay: now\n", "line 2: a section's name cannot hold “:”"),
        ("journey\n  Make tea: 11: Me\n", "line 2: Emotion score: must be from -10 to 10"),
        ("journey\n  accDescr {\n  never closed\n", "line 2: “accDescr {” has no closing “}”"),
        ("journey\n  Journey planner: 5: Me\n", "line 2: Mermaid reads “Journey” as the first"),
        ("---\ntitle: T\n---\njourney\n  Make tea: x: Me\n", "line 5: the score “x”"),
        ("flowchart LR\n  A --> B\n", "line 1: this is not a Mermaid journey diagram"),
        ("%% first\nJourney\n  Make tea: 5: Me\n", "line 2: this is not a Mermaid journey"),
        ("", "there is no diagram here"),
        ("%% only a comment\n\n", "there is no diagram here"),
    ],
)
def test_what_cannot_be_read_is_refused_in_one_line_naming_it(text: str, said: str) -> None:
    assert said in refusal(text)


# --- files ---------------------------------------------------------------------------------


def test_a_file_with_a_byte_order_mark_and_windows_line_ends_reads(tmp_path: Path) -> None:
    path = tmp_path / "bom.mmd"
    path.write_bytes(b"\xef\xbb\xbfjourney\r\n  title T\xc3\xa9\r\n  Go: 4: Me\r\n")
    content = read_mermaid_file(path)
    assert content.map.title == "Té"
    assert journey(content) == [("Journey", [("Go", {"Me": 4})])]


def test_a_file_that_is_not_utf8_names_the_file_the_line_and_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.mmd"
    path.write_bytes(b"\xef\xbb\xbfjourney\n  title Caf\xe9\n")
    with pytest.raises(InterchangeError) as caught:
        read_mermaid_file(path)
    assert str(caught.value) == (
        f"“{path}”: line 2: byte 0xE9 cannot be read: the file is not UTF-8 text"
    )


def test_a_file_that_is_not_a_journey_or_is_empty_is_named(tmp_path: Path) -> None:
    flowchart, empty = tmp_path / "flow.mmd", tmp_path / "empty.mmd"
    flowchart.write_text("flowchart LR\n  A --> B\n", encoding="utf-8")
    empty.write_bytes(b"")
    for path in (flowchart, empty):
        with pytest.raises(InterchangeError) as caught:
            read_mermaid_file(path)
        assert str(caught.value).startswith(f"“{path}”: ")


def test_an_imported_map_is_written_to_a_journey_file_and_read_back(tmp_path: Path) -> None:
    content = read_mermaid(WITH_EVERYTHING)
    path = tmp_path / "bike.journey"
    Document.create(path, content).close()
    with Document.open(path, read_only=True) as document:
        back = document.content()
    assert back == content


# --- export --------------------------------------------------------------------------------

LOOK_ALIKES = str.maketrans(
    {"\ua789": ":", "\uff03": "#", "\uff1b": ";", "\u201a": ",", "\uff05": "%"}
)
"""What the export writes for “:”, “#”, “;”, “,” and the second “%” of “%%”, mapped back."""


def test_the_cafe_template_is_written_as_mermaid_reads_it() -> None:
    assert "cafe" in [template.id for template in list_templates()]
    content = load_template(find_template("cafe")).content

    assert write_mermaid(content) == (
        "journey\n"
        "    title Neighbourhood café: from first visit to regular\n"
        "    %% Journeyboard emotion scale -3 to 3, drawn here as 1 to 5\n"
        "    section Discover\n"
        "      Searches “coffee near me”: 3.67: Maya Okafor\n"
        "      Walks past and glances in: 3.67: Maya Okafor\n"
        "    section First visit\n"
        "      Steps inside and looks for the queue: 2.33: Maya Okafor\n"
        "    section Order & wait\n"
        "      Orders a flat white and a grain bowl: 1.67: Maya Okafor\n"
        "    section Enjoy\n"
        "      Takes the window seat, opens the laptop: 3.67: Maya Okafor\n"
        "    section Come back\n"
        "      Comes back three days later: 4.33: Maya Okafor\n"
        "    section Become a regular\n"
        "      Brings her partner on Saturday: 5: Maya Okafor\n"
        "      Leaves a five-star review: 5: Maya Okafor\n"
    )


def test_the_cafe_template_survives_export_and_import() -> None:
    """Stages, the actions cards in order, personas and each persona's score per task; the
    scores of tasks without a linked point come from the stage's nearest point."""
    content = load_template(find_template("cafe")).content
    exported = write_mermaid(content)
    back = read_mermaid(exported)

    actions = {lane.id for lane in content.lanes if lane.kind == "actions"}
    assert [stage.name for stage in back.stages] == [stage.name for stage in content.stages]
    assert [card.title for card in back.cards] == [
        card.title for card in content.cards if card.lane_id in actions
    ]
    assert persona_names(back) == persona_names(content)
    maya = {"Discover": [1, 1], "First visit": [-1], "Order & wait": [-2], "Enjoy": [1]}
    maya |= {"Come back": [2], "Become a regular": [3, 3]}
    assert [
        (stage, [scores["Maya Okafor"] for _, scores in tasks]) for stage, tasks in journey(back)
    ] == list(maya.items())
    assert write_mermaid(back) == exported


def misread_map() -> MapContent:
    """Text Mermaid would misread, a point linked to no card, and a persona with no point in
    the first stage."""
    builder = MapBuilder("Café #1; the best: ever", "")
    pay = builder.stage("Pay: at the till #2", "")
    leave = builder.stage("Leave", "")
    actions = builder.lane("Customer actions", "", kind="actions")
    builder.lane("Emotions", "", kind="emotions")
    jane = builder.persona("Smith, Jane", "")
    tom = builder.persona("Tom", "")
    titles = ["Pay: by card #1", "Wait; then pay", "100%% sure", "Title deed signed"]
    cards = [builder.card(pay, actions, {"title": title}, "") for title in titles]
    builder.card(pay, actions, {"title": "journey <br> section notes"}, "")
    builder.card(leave, actions, {"title": "Wave goodbye"}, "")
    builder.card(leave, actions, {"title": "Walk out"}, "")
    builder.emotion(jane, pay, 4, "", "", cards[0])
    builder.emotion(jane, pay, 3, "", "", cards[1])
    builder.emotion(jane, pay, 1, "", "")
    builder.emotion(jane, leave, 2, "", "")
    builder.emotion(jane, leave, 2, "", "")
    builder.emotion(tom, leave, 2, "", "")
    return builder.build((-3, 3))


def test_text_mermaid_would_misread_is_written_with_look_alikes() -> None:
    """“:”, “#”, “;” and “,” as look-alikes, “%%” broken, and a task that would begin with
    a keyword or hold a `<br>` with one letter as an entity code; the title may hold “:”.
    Jane's third to fifth tasks take her point linked to none, the nearest; Tom has no
    point in the first stage."""
    assert write_mermaid(misread_map()) == (
        "journey\n"
        "    title Café ＃1； the best: ever\n"
        "    %% Journeyboard emotion scale -3 to 4, drawn here as 1 to 5\n"
        "    section Pay꞉ at the till ＃2\n"
        "      Pay꞉ by card ＃1: 5: Smith‚ Jane\n"
        "      Wait； then pay: 4.43: Smith‚ Jane\n"
        "      100%％ sure: 3.29: Smith‚ Jane\n"
        "      #84;itle deed signed: 3.29: Smith‚ Jane\n"
        "      #106;ourney #60;br> section notes: 3.29: Smith‚ Jane\n"
        "    section Leave\n"
        "      Wave goodbye: 3.86: Smith‚ Jane, Tom\n"
        "      Walk out: 3.86: Smith‚ Jane, Tom\n"
    )


def test_a_map_with_look_alikes_survives_export_and_import() -> None:
    """What comes back reads the same: the look-alikes stand for “:”, “#”, “;”, “,” and
    “%”, and the entity codes come back as the letters they stand for."""
    content = misread_map()
    exported = write_mermaid(content)
    back = read_mermaid(exported)

    assert back.map.title.translate(LOOK_ALIKES) == content.map.title
    assert [s.name.translate(LOOK_ALIKES) for s in back.stages] == [s.name for s in content.stages]
    assert [name.translate(LOOK_ALIKES) for name in persona_names(back)] == ["Smith, Jane", "Tom"]
    assert [card.title for card in back.cards] == [
        "Pay꞉ by card ＃1",
        "Wait； then pay",
        "100%％ sure",
        "Title deed signed",
        "journey <br> section notes",
        "Wave goodbye",
        "Walk out",
    ]
    assert [card.title.translate(LOOK_ALIKES) for card in back.cards][:3] == [
        "Pay: by card #1",
        "Wait; then pay",
        "100%% sure",
    ]
    jane, tom = "Smith‚ Jane", "Tom"
    assert [[scores for _, scores in tasks] for _, tasks in journey(back)] == [
        [{jane: 4}, {jane: 3}, {jane: 1}, {jane: 1}, {jane: 1}],
        [{jane: 2, tom: 2}, {jane: 2, tom: 2}],
    ]
    assert write_mermaid(back) == exported


def test_personas_who_scored_a_card_differently_get_a_line_each_and_one_card_back() -> None:
    """Mermaid gives a task one score for all its actors: a line for each score, read
    back as one card scored by each."""
    builder = MapBuilder("Two minds", "")
    stage = builder.stage("Order", "")
    lane = builder.lane("Customer actions", "", kind="actions")
    pay = builder.card(stage, lane, {"title": "Pay"}, "")
    builder.card(stage, lane, {"title": "Leave"}, "")
    builder.emotion(builder.persona("Jane", ""), stage, 4, "", "", pay)
    builder.emotion(builder.persona("Tom", ""), stage, -2, "", "", pay)
    exported = write_mermaid(builder.build((-3, 3)))

    assert exported == (
        "journey\n"
        "    title Two minds\n"
        "    %% Journeyboard emotion scale -3 to 4, drawn here as 1 to 5\n"
        "    section Order\n"
        "      Pay: 5: Jane\n"
        "      Pay: 1.57: Tom\n"
        "      Leave: 5: Jane\n"
        "      Leave: 1.57: Tom\n"
    )
    tasks = [("Pay", {"Jane": 4, "Tom": -2}), ("Leave", {"Jane": 4, "Tom": -2})]
    assert journey(read_mermaid(exported)) == [("Order", tasks)]


def test_the_same_task_twice_for_the_same_actor_is_two_cards() -> None:
    content = read_mermaid("journey\n  section Queue\n    Wait: 2: Me\n    Wait: 1: Me, You\n")
    assert [card.title for card in content.cards] == ["Wait", "Wait"]
    assert [point.score for point in content.emotions] == [2, 1, 1]


def test_without_an_actions_lane_the_first_lane_that_is_not_emotions_is_written() -> None:
    builder = MapBuilder("Plain", "")
    stage = builder.stage("Only", "")
    builder.lane("Emotions", "", kind="emotions")
    builder.card(stage, builder.lane("Touchpoints", "", kind="touchpoints"), {"title": "Sign"}, "")
    builder.card(stage, builder.lane("Pain points", "", kind="pain_points"), {"title": "Ugh"}, "")
    content = builder.build((1, 4))
    assert write_mermaid(content) == (
        "journey\n    title Plain\n    %% Journeyboard emotion scale 1 to 4, drawn here as 1 to 5\n"
        "    section Only\n      Sign: 3\n"
    )


def test_a_map_of_another_scale_is_drawn_on_mermaids_one_to_five_and_read_back() -> None:
    """Mermaid draws a sad face below 3 and a happy one above: −3…+3 is drawn onto 1…5,
    and every score of −10…+10 scales comes back exactly."""
    for low, high in ((-3, 3), (0, 10), (-10, 10), (-2, 2), (1, 5)):
        builder = MapBuilder("Scaled", "")
        stage = builder.stage("All", "")
        lane = builder.lane("Customer actions", "", kind="actions")
        for score in range(low, high + 1):
            card = builder.card(stage, lane, {"title": f"Felt {score}"}, "")
            builder.emotion(builder.persona("Me", ""), stage, score, "", "", card)
        written = write_mermaid(builder.build((low, high)))
        drawn = [float(line.split(":")[1]) for line in written.splitlines() if "Felt" in line]
        assert min(drawn) == 1 and max(drawn) == 5
        if low < 0 < high:  # a neutral face exactly at zero
            assert drawn[-low] == 3
        back = read_mermaid(written)
        assert (back.map.emotion_min, back.map.emotion_max) == (low, high)
        assert [point.score for point in back.emotions] == list(range(low, high + 1))


def test_a_diagram_copied_from_markdown_with_its_fences_is_read() -> None:
    fenced = "```mermaid\njourney\n  title Fenced\n  section A\n    Go: 4: Me\n```\n"
    content = read_mermaid(fenced)
    assert content.map.title == "Fenced"
    with pytest.raises(InterchangeError, match=r"^line 5: "):
        read_mermaid(fenced.replace("Go: 4", "Go: four"))  # lines counted with the fence

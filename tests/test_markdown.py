"""Markdown export: read back through a real CommonMark parser, every card stands once under
its stage and lane with its notes inside its own list item, each persona's feelings are
said per stage, and whatever people typed shows as typed, never as markup or HTML."""

from __future__ import annotations

import dataclasses
import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import real_maps
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from app.model.data.card_facts import card_facts, card_flags
from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    StageRecord,
)
from app.model.data.vocabulary import score_text
from app.model.file.document import Document
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.markdown import write_markdown
from app.model.interchange.templates import find_template, list_templates, load_template

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
"""CommonMark with GitHub's tables and strikethrough, the extensions a stray `|` or `~`
would trigger in a wiki."""
CATALOGUE = Path(__file__).parents[1] / "resources" / "translations" / "journeyboard_de.ts"
OLD_FILE = Path(__file__).parent / "data" / "cafe-v1.journey"

Card = tuple[str, str, str, str, str]
"""A card as a reader finds it: stage heading, lane heading, title, what it records, notes."""


# --- reading the Markdown as a reader's renderer does ------------------------------------


def text_of(node: SyntaxTreeNode) -> str:
    """The words a reader sees in a node: a hard line break as one, a soft one as a space
    (as HTML shows it), and paragraphs parted by a blank line."""
    if node.type in {"text", "code_inline"}:
        return node.content
    if node.type == "hardbreak":
        return "\n"
    if node.type == "softbreak":
        return " "
    parts = [text_of(child) for child in node.children]
    return ("\n\n" if node.type in {"list_item", "blockquote"} else "").join(parts)


def read_back(markdown: str) -> tuple[list[Card], dict[str, list[str]]]:
    """The cards listed under each stage's lanes, and what each stage's "Emotions" list
    says, by stage heading."""
    cards: list[Card] = []
    feelings: dict[str, list[str]] = {}
    stage = lane = previous = ""
    for block in SyntaxTreeNode(PARSER.parse(markdown)).children:
        if block.type == "heading" and block.tag == "h2":
            stage, lane = text_of(block), ""
        elif block.type == "heading" and block.tag == "h3":
            lane = text_of(block)
        elif block.type == "bullet_list" and stage != "Personas" and lane:
            cards += [(stage, lane, *read_card(item)) for item in block.children]
        elif block.type == "bullet_list" and previous == "Emotions":
            feelings[stage] = [text_of(item) for item in block.children]
        previous = text_of(block) if block.type == "paragraph" else ""
    return cards, feelings


def read_card(item: SyntaxTreeNode) -> tuple[str, str, str]:
    """A card's list item: the bold title leading its first paragraph, the rest of that
    paragraph, and the paragraphs after it, the notes."""
    first, *notes = item.children
    title, *rest = [node for node in first.children[0].children if node.content or node.children]
    assert title.type == "strong", f"the item does not start with a bold title: {first}"
    return (
        text_of(title),
        "".join(text_of(node) for node in rest),
        "\n\n".join(text_of(paragraph) for paragraph in notes),
    )


def as_read(text: str) -> str:
    """Free text as a reader sees it: each line stripped, blank lines as one."""
    lines = "\n".join(line.strip() for line in text.strip().splitlines())
    return re.sub(r"\n{2,}", "\n\n", lines)


def facts_of(card: CardRecord) -> str:
    """What the PDF says of a card beside its title, as the Markdown brackets it."""
    said = [str(message) for message in (*card_flags(card), *card_facts(card))]
    return f" ({' · '.join(said)})" if said else ""


def cards_expected(content: MapContent) -> list[Card]:
    """Every card once, under its numbered stage and its lane, in the map's order."""
    return [
        (f"{number}. {stage.name}", lane.title, card.title, facts_of(card), as_read(card.notes))
        for number, stage in enumerate(content.stages, 1)
        for lane in content.lanes
        for card in content.cards
        if (card.stage_id, card.lane_id) == (stage.id, lane.id)
    ]


# --- the maps -------------------------------------------------------------------------


def from_old_file(tmp_path: Path) -> MapContent:
    """The café as the first version of Journeyboard saved it, opened read-only."""
    copy = tmp_path / OLD_FILE.name
    shutil.copy(OLD_FILE, copy)
    with Document.open(copy, read_only=True) as document:
        return document.content()


MAPS: dict[str, Callable[[Path], MapContent]] = {
    **{
        f"template-{template.id}": lambda _path, t=template: load_template(t).content
        for template in list_templates()
    },
    **{path.stem: lambda _path, p=path: read_map_file(p).content for path in real_maps()},
    OLD_FILE.name: from_old_file,
}
"""The built-in templates, the three maps made by other people in another editor, in
Japanese, and a file saved by the first version."""


def small_map(
    *cards: CardRecord,
    lanes: tuple[LaneRecord, ...] = (LaneRecord("lane", 0, "actions", "Customer actions"),),
    **the_map: object,
) -> MapContent:
    """A map of one stage holding `cards`; `the_map` sets its fields."""
    return MapContent(
        MapRecord("map", **{"title": "A small map", **the_map}),
        stages=(StageRecord("stage", 0, "Order"),),
        lanes=lanes,
        cards=cards,
    )


def card(title: str, notes: str = "", **fields: object) -> CardRecord:
    return CardRecord(title, "stage", "lane", 0, title, notes, **fields)


# --- the tests --------------------------------------------------------------------------


@pytest.mark.parametrize("name", MAPS)
def test_every_card_is_listed_once_under_its_stage_and_lane_with_its_notes_in_its_item(
    name: str, tmp_path: Path
) -> None:
    content = MAPS[name](tmp_path)
    cards, _feelings = read_back(write_markdown(content))
    assert cards == cards_expected(content)


@pytest.mark.parametrize("name", MAPS)
def test_each_stage_says_how_each_persona_feels_there_along_their_curve(
    name: str, tmp_path: Path
) -> None:
    content = MAPS[name](tmp_path)
    _cards, feelings = read_back(write_markdown(content))
    low = content.map.emotion_min
    expected = {}
    for number, stage in enumerate(content.stages, 1):
        said = [
            f"{persona.name}: "
            + " → ".join(
                f"{score_text(point.score, low)} {point.label}".strip()
                for point in content.curve(persona.id)
                if point.stage_id == stage.id
            )
            for persona in content.personas
            if any(point.stage_id == stage.id for point in content.curve(persona.id))
        ]
        if said:
            expected[f"{number}. {stage.name}"] = said
    assert feelings == expected


def test_feelings_are_said_in_the_map_s_scale_and_a_persona_without_a_point_is_left_out() -> None:
    sam, kim = PersonaRecord("sam", 0, "Sam"), PersonaRecord("kim", 1, "Kim")
    stages = (StageRecord("wait", 0, "Wait"), StageRecord("pay", 1, "Pay"))
    points = (
        EmotionRecord("e1", "sam", "wait", 0, 1, "Irritated"),
        EmotionRecord("e2", "sam", "wait", 1, 5, "Reassured"),
        EmotionRecord("e3", "sam", "pay", 0, 0),
        EmotionRecord("e4", "kim", "pay", 0, 6, "Pleased"),
    )
    content = MapContent(
        MapRecord("map", "Scale from zero", emotion_min=0, emotion_max=6, primary_persona_id="sam"),
        personas=(sam, kim),
        stages=stages,
        emotions=points,
    )
    _cards, feelings = read_back(write_markdown(content))
    assert feelings == {
        "1. Wait": ["Sam: 1 Irritated → 5 Reassured"],
        "2. Pay": ["Sam: 0", "Kim: 6 Pleased"],
    }
    signed = dataclasses.replace(content, map=dataclasses.replace(content.map, emotion_min=-3))
    assert read_back(write_markdown(signed))[1]["1. Wait"] == ["Sam: +1 Irritated → +5 Reassured"]


def test_notes_keep_their_line_breaks_and_paragraphs_inside_the_card_s_item() -> None:
    notes = "First line\nsecond line\n\n\nA paragraph after blank lines\n   indented line"
    content = small_map(card("Waits", notes), card("Pays"))
    markdown = write_markdown(content)
    assert "- **Waits**\n\n  First line\\\n  second line\n\n  A paragraph" in markdown
    (waits, pays), _feelings = read_back(markdown)
    assert waits[2:] == (
        "Waits",
        "",
        "First line\nsecond line\n\nA paragraph after blank lines\nindented line",
    )
    assert pays[2:] == ("Pays", "", "")
    html = PARSER.render(markdown)
    item = re.search(r"<li>\s*<p><strong>Waits</strong></p>(.*?)</li>", html, re.S)
    assert item is not None, html
    assert "<p>A paragraph after blank lines<br />\nindented line</p>" in item.group(1)


HOSTILE = {
    "title": "# Journey <i>map</i>",
    "stage": "1. Order # here",
    "lane": "[Lane](https://example.com)",
    "card": "*urgent* <script>alert(1)</script>",
    "notes": (
        "# not a heading\n- not a list\n+ nor this\n1. not numbered\n2) nor this\n"
        "> not a quote\n---\n===\n<img src=x onerror=alert(1)>\n[link](javascript:alert(1))\n"
        "`code` and ~~struck~~ and $x$ and _under_ and **bold**\n\nName | Score\n--- | ---\n\n"
        "&lt;b&gt; &copy; AT&T C:\\temp\\\n    four spaces in\n\n---\n\nan underline\n==="
    ),
    "channel": "<b>web</b>",
    "persona": "_Sam_ <b>bold</b>",
    "quote": "> twice quoted\n- and listed",
    "label": "~~gone~~ `tick`",
}


def test_what_people_typed_shows_as_typed_and_never_as_markup_or_html() -> None:
    persona = PersonaRecord("p", 0, HOSTILE["persona"], quote=HOSTILE["quote"])
    content = MapContent(
        MapRecord("map", HOSTILE["title"], primary_persona_id="p"),
        personas=(persona,),
        stages=(StageRecord("stage", 0, HOSTILE["stage"]),),
        lanes=(LaneRecord("lane", 0, "actions", HOSTILE["lane"]),),
        cards=(card(HOSTILE["card"], HOSTILE["notes"], channel=HOSTILE["channel"]),),
        emotions=(EmotionRecord("e", "p", "stage", 0, -1, HOSTILE["label"]),),
    )
    markdown = write_markdown(content)
    html = PARSER.render(markdown)
    for markup in ("<script", "<img", "<i>", "<b>", "<a ", "<em>", "<del>", "<code>", "<table"):
        assert markup not in html
    for markup, count in (("<h1>", 1), ("<blockquote>", 1), ("<ol>", 0), ("<hr", 0)):
        assert html.count(markup) == count, markup  # the map's title, the persona's quote
    assert "\\$x\\$" in markdown  # GitHub and GitLab read $…$ as maths; CommonMark does not
    cards, feelings = read_back(markdown)
    assert cards == [
        (
            f"1. {HOSTILE['stage']}",
            HOSTILE["lane"],
            HOSTILE["card"],
            f" (Channel: {HOSTILE['channel']})",
            as_read(HOSTILE["notes"]),
        )
    ]
    assert feelings == {f"1. {HOSTILE['stage']}": [f"{HOSTILE['persona']}: −1 ~~gone~~ `tick`"]}
    tree = SyntaxTreeNode(PARSER.parse(markdown))
    title, _personas, name, quote = tree.children[:4]
    assert (title.tag, text_of(title)) == ("h1", HOSTILE["title"])
    assert (name.tag, text_of(name)) == ("h3", f"{HOSTILE['persona']} (primary)")
    assert quote.type == "blockquote"
    assert text_of(quote.children[0]) == HOSTILE["quote"]


printable = st.text(
    st.sampled_from("ab 1.)-+=#>*_[]<|~$`&;!\\(){}:'\"x顧客「」。é"), min_size=1, max_size=30
)


@settings(deadline=None)
@given(
    printable.filter(lambda t: any(unicodedata.category(c)[0] not in "ZC" for c in t)),
    st.lists(printable, max_size=5),
)
def test_any_title_and_notes_read_back_exactly_as_typed(title: str, lines: list[str]) -> None:
    notes = "\n".join(lines)
    content = small_map(card(title, notes))
    cards, _feelings = read_back(write_markdown(content))
    assert cards == [("1. Order", "Customer actions", title.strip(), "", as_read(notes))]


def test_japanese_text_is_kept_as_it_is_and_a_title_in_brackets_is_still_bold() -> None:
    title, notes = "「はい」と言えない。", "担当者に確認する。\n次回までに回答。"
    markdown = write_markdown(small_map(card(title, notes), **{"title": "顧客の旅"}))
    assert markdown.startswith("# 顧客の旅\n")
    assert f"- **{title}**\n\n  担当者に確認する。\\\n  次回までに回答。" in markdown
    assert read_back(markdown)[0][0][2:] == (title, "", "担当者に確認する。\n次回までに回答。")


def test_a_card_says_what_it_records_in_the_words_of_the_pdf() -> None:
    everything = card(
        "Pays",
        moment=True,
        priority=3,
        channel="in-store",
        owner="Front of house",
        evidence="interview",
        votes=3,
    )
    markdown = write_markdown(small_map(everything, card("Leaves", votes=1)))
    assert (
        "- **Pays** (★ Moment that matters · !!! High priority · Channel: in-store · "
        "Owner: Front of house · Evidence: Interview · ● 3 votes)"
    ) in markdown.splitlines()
    assert "- **Leaves** (● 1 vote)" in markdown.splitlines()


def test_the_head_gives_title_owner_dates_objective_and_scenario_leaving_out_empty_ones() -> None:
    content = small_map(
        title="Café",
        owner="Front of house",
        created="2024-05-01",
        objective="More regulars.",
        scenario="Maya moves in.\nShe looks for coffee.\n\nA week later she comes back.",
    )
    head = write_markdown(content).split("\n## ")[0]
    assert head == (
        "# Café\n\n*Owner: Front of house · Created: 2024-05-01*\n\n"
        "**Objective**: More regulars.\n\n"
        "**Scenario**: Maya moves in.\\\nShe looks for coffee.\n\nA week later she comes back.\n"
    )
    assert write_markdown(small_map(title="Café")).split("\n## ")[0] == "# Café\n"


def test_a_persona_has_its_name_role_quote_details_and_lists_without_the_photo() -> None:
    content = load_template(find_template("cafe")).content
    maya = dataclasses.replace(content.personas[0], photo=b"\x89PNG not shown", behaviours="")
    sam = PersonaRecord("sam", 1, "Sam", goals="Coffee\n\n  Quiet  ")
    content = dataclasses.replace(content, personas=(maya, sam), emotions=())
    markdown = write_markdown(content)
    section = markdown.split("## Personas\n\n")[1].split("\n## ")[0]
    assert section.startswith(
        "### Maya Okafor (primary)\n\nNew to the neighbourhood, works from home\n\n"
        "> I’d love a place where they know my order — but first I have to find it.\n\n"
        "**Demographics**: 31, UX designer"
    )
    assert (
        "**Goals**\n\n- Find a café within a ten-minute walk that feels like hers.\n- A " in section
    )
    assert "**Frustrations**" in section
    assert "**Behaviours**" not in section
    assert section.endswith("### Sam\n\n**Goals**\n\n- Coffee\n- Quiet\n")
    assert "PNG" not in markdown


def test_an_emotions_lane_lists_its_cards_only_when_it_holds_some() -> None:
    lanes = (
        LaneRecord("lane", 0, "actions", "Customer actions"),
        LaneRecord("feel", 1, "emotions", "Emotions"),
    )
    held = dataclasses.replace(card("Sighs"), id="sigh", lane_id="feel")
    assert "### Emotions" not in write_markdown(small_map(card("Pays"), lanes=lanes))
    cards, _feelings = read_back(write_markdown(small_map(card("Pays"), held, lanes=lanes)))
    assert [(lane, title) for _stage, lane, title, _facts, _notes in cards] == [
        ("Customer actions", "Pays"),
        ("Emotions", "Sighs"),
    ]


def test_an_empty_map_gives_its_title_and_a_bare_stage_its_heading() -> None:
    assert write_markdown(MapContent(MapRecord("map", "Nothing yet"))) == "# Nothing yet\n"
    bare = MapContent(MapRecord("map", "Bare"), stages=(StageRecord("s", 0, "Only stage"),))
    assert write_markdown(bare) == "# Bare\n\n## 1. Only stage\n"
    assert PARSER.render(write_markdown(bare)) == "<h1>Bare</h1>\n<h2>1. Only stage</h2>\n"


def test_a_german_window_exports_german_with_words_already_translated() -> None:
    german = {
        (context.findtext("name", ""), message.findtext("source", "")): message.findtext(
            "translation", ""
        )
        for context in ET.parse(CATALOGUE).getroot().iter("context")
        for message in context.iter("message")
    }
    content = load_template(find_template("cafe")).content
    markdown = write_markdown(content, lambda context, text: german[(context, text)])
    for said in ("## Personas", "(Hauptpersona)", "**Ziel der Kundschaft**:", "**Emotionen**"):
        assert said in markdown
    for english in ("Customer goal", "(primary)", "Evidence:", "**Emotions**", "**Goals**"):
        assert english not in markdown

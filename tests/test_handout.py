"""The handout pack, read back from its PDF: cards kept whole, headings kept with their
first card, pages that continue a stage saying so, small maps on few pages, the persona
page laid out as a card, flags in bold, and votes only where a vote was held."""

from __future__ import annotations

import dataclasses
import re
import uuid
from pathlib import Path

import pdfplumber
import pytest

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.model.data.records import MapContent
from app.model.interchange.templates import list_templates, load_template

TEMPLATES = {template.id: load_template(template).content for template in list_templates()}


def handout(content: MapContent, path: Path, **options: object) -> list[str]:
    """The text of each page, every run of white space one space; a landscape page's
    left column before its right one."""
    settings = PdfOptions(PdfLayout.HANDOUT, **options)  # type: ignore[arg-type]
    export_pdf(content, path, settings)
    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            halves = [page]
            if settings.landscape:
                middle = page.width / 2
                halves = [
                    page.crop((0, 0, middle, page.height)),
                    page.crop((middle, 0, page.width, page.height)),
                ]
            texts.append(" ".join(" ".join((half.extract_text() or "").split()) for half in halves))
    return texts


def stage_pages(content: MapContent, pages: list[str]) -> dict[int, str]:
    """The pages of the stages, by number (from 1): those after the personas and
    before the ranked lists."""
    first = next(n for n, text in enumerate(pages) if f"1. {content.stages[0].name}" in text)
    return {
        number: text
        for number, text in enumerate(pages[first:], start=first + 1)
        if "ranked by" not in text
    }


def words(text: str) -> str:
    return " ".join(text.split())


def printed_stages(
    key: str, paper: str, landscape: bool, tmp_path: Path
) -> tuple[MapContent, dict[int, str]]:
    """A template and the text of its handout's stage pages."""
    content = TEMPLATES[key]
    path = tmp_path / "handout.pdf"
    return content, stage_pages(content, handout(content, path, paper=paper, landscape=landscape))


EVERY_TEMPLATE = pytest.mark.parametrize("key", sorted(set(TEMPLATES) - {"blank"}))


@pytest.mark.parametrize(
    ("paper", "landscape"), [("letter", True), ("a4", False)], ids=["letter-landscape", "a4"]
)
@EVERY_TEMPLATE
def test_cards_stay_whole_and_headings_keep_with_their_first_card(
    key: str, paper: str, landscape: bool, tmp_path: Path
) -> None:
    content, pages = printed_stages(key, paper, landscape, tmp_path)
    for card in content.cards:
        on = [number for number, text in pages.items() if words(card.title) in text]
        assert on, card.title
        if card.notes.strip():
            end = " ".join(card.notes.split()[-3:])
            assert any(end in pages[number] for number in on), f"{card.title} split"
    lanes = {lane.id: lane.position for lane in content.lanes}
    for number, stage in enumerate(content.stages, start=1):
        cards = sorted(
            (card for card in content.cards if card.stage_id == stage.id),
            key=lambda card: (lanes[card.lane_id], card.position),
        )
        heading = f"{number}. {stage.name}"
        (page,) = [text for text in pages.values() if re.search(f"{re.escape(heading)}(?!,)", text)]
        assert words(cards[0].title) in page, f"{heading} apart from its first card"


def with_long_notes(content: MapContent) -> MapContent:
    """The map with every card's notes long enough that its stages run over pages."""
    notes = "The queue moves slowly at eleven. " * 12
    return dataclasses.replace(
        content, cards=tuple(dataclasses.replace(card, notes=notes) for card in content.cards)
    )


def test_a_page_that_continues_a_stage_says_so(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    longer = with_long_notes(content)
    pages = stage_pages(longer, handout(longer, tmp_path / "handout.pdf"))
    headings = [f"{n}. {stage.name}" for n, stage in enumerate(content.stages, start=1)]
    continued = 0
    for text in pages.values():
        begun = next(heading for heading in headings if text.startswith(heading))
        if text.startswith(f"{begun}, continued "):
            continued += 1
            assert text.count(begun) == 1, "the stage's own heading is on an earlier page"
    assert continued >= 4


def test_a_page_that_goes_on_with_a_lane_names_it_in_its_running_head(tmp_path: Path) -> None:
    """A page whose first card goes on with a lane headed on an earlier page names the
    lane beside the stage; one that heads the lane itself does not."""
    content = TEMPLATES["cafe"]
    longer = with_long_notes(content)
    long = longer.cards
    pages = stage_pages(longer, handout(longer, tmp_path / "handout.pdf"))
    lanes = {lane.id: lane.title for lane in content.lanes}
    named = 0
    for text in pages.values():
        number, stage = next(
            (n, stage)
            for n, stage in enumerate(content.stages, start=1)
            if text.startswith(f"{n}. {stage.name}")
        )
        begun = f"{number}. {stage.name}, continued"
        if not text.startswith(begun):
            continue
        said = next(
            (lane for lane in lanes.values() if text.startswith(f"{begun} · {lane} ")), None
        )
        body = text.removeprefix(f"{begun} · {said} " if said else f"{begun} ")
        on_page = [c for c in long if c.stage_id == stage.id and words(c.title) in body]
        first = min(on_page, key=lambda card: body.index(words(card.title)))
        lane = lanes[first.lane_id]
        headed_here = 0 <= body.find(lane) < body.index(words(first.title))
        assert said == (None if headed_here else lane), text[:120]
        named += said is not None
    assert named >= 2


def test_a_small_map_puts_several_stages_on_a_page(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    firsts = {}
    for card in content.cards:
        firsts.setdefault(card.stage_id, card)
    small = dataclasses.replace(content, cards=tuple(firsts.values()))
    assert len(small.cards) == len(content.stages) == 6
    pages = stage_pages(small, handout(small, tmp_path / "handout.pdf"))
    assert len(pages) <= 3


def test_the_persona_page_is_laid_out_as_a_card(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    persona = content.personas[0]
    path = tmp_path / "handout.pdf"
    export_pdf(content, path, PdfOptions(PdfLayout.HANDOUT))
    with pdfplumber.open(path) as pdf:
        page = next(
            page for page in pdf.pages if (page.extract_text() or "").startswith("Personas")
        )
        found = page.extract_words(extra_attrs=["size", "fontname"])
        middle = page.width / 2
    by_text = {word["text"]: word for word in found}
    initials = "".join(part[0] for part in persona.name.split())
    assert by_text[initials]["size"] >= 24 and "Bold" in by_text[initials]["fontname"]
    quote_word = max(persona.quote.split(), key=len)
    assert by_text[quote_word]["size"] >= 13 and "Oblique" in by_text[quote_word]["fontname"]
    assert by_text["Goals"]["x0"] < middle < by_text["Behaviours"]["x0"]
    assert by_text["Frustrations"]["x0"] < middle < by_text["Motivations"]["x0"]
    text = " ".join(word["text"] for word in found)
    for item in persona.goals.splitlines() + persona.motivations.splitlines():
        assert words(item) in text


def test_moments_and_priorities_are_set_bold_above_the_title(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    path = tmp_path / "handout.pdf"
    export_pdf(content, path, PdfOptions(PdfLayout.HANDOUT))
    flags = {"★": "Moment that matters", "!!!": "High priority"}
    with pdfplumber.open(path) as pdf:
        lines = [
            line
            for page in pdf.pages[2:]
            for line in page.extract_text_lines()
            if any(line["text"].startswith(mark) for mark in flags)
        ]
    for mark, said in flags.items():
        flagged = [line for line in lines if line["text"].startswith(f"{mark} {said}")]
        assert flagged, mark
        assert all("Bold" in line["chars"][-1]["fontname"] for line in flagged)


def test_votes_are_shown_only_when_a_vote_was_held(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    assert not any(card.votes for card in content.cards)
    unvoted = handout(content, tmp_path / "unvoted.pdf")
    assert "ranked by priority" in unvoted[-1] and "Votes" not in unvoted[-1]
    voted_cards = list(content.cards)
    pain = next(n for n, card in enumerate(voted_cards) if card.priority)
    voted_cards[pain] = dataclasses.replace(voted_cards[pain], votes=3)
    voted = handout(dataclasses.replace(content, cards=tuple(voted_cards)), tmp_path / "v.pdf")
    assert "ranked by votes and priority" in " ".join(voted[-2:])
    assert "Votes" in " ".join(voted[-2:])


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_long_cards_move_whole_to_the_next_page(landscape: bool, tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    long = tuple(  # three long cards in each cell, so that some meet a page's foot
        dataclasses.replace(
            card,
            id=uuid.uuid4().hex,
            title=f"{card.title} ({copy})",
            position=card.position * 3 + copy,
            notes=f"{card.title} ({copy}) is slow at eleven. " * 8 + "The end.",
        )
        for card in content.cards
        for copy in range(3)
    )
    longer = dataclasses.replace(content, cards=long)
    pages = stage_pages(longer, handout(longer, tmp_path / "long.pdf", landscape=landscape))
    for card in longer.cards:
        shown = [number for number, text in pages.items() if words(card.title) in text]
        ends = [
            number
            for number, text in pages.items()
            if f"{card.title} is slow at eleven. The end." in text
        ]
        assert ends and ends[0] == shown[0], f"{card.title} split over pages {shown}"


def test_the_first_page_tells_the_story(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    first = handout(content, tmp_path / "handout.pdf")[0]
    assert first.startswith(words(content.map.title))
    for said in (content.map.objective, content.map.scenario, content.personas[0].quote):
        assert words(said) in first
    assert "Lowest point: Order & wait, −2 — Anxious: card machine down, call at 11:30" in first
    assert "Biggest drop, 2 down: First visit, −1 — Hovering by the door, unsure" in first
    for stage in content.stages:  # the curve drawn large, under the stages' names
        assert all(word in first.split() for word in stage.name.split())


@pytest.mark.parametrize(
    ("paper", "landscape"), [("a4", False), ("letter", True)], ids=["a4", "letter-landscape"]
)
def test_the_first_page_prints_every_feeling_on_the_curve_whole(
    paper: str, landscape: bool, tmp_path: Path
) -> None:
    """Each point's words beside it, none shortened with an ellipsis: the first stage's
    room is shared with the scale, and its point's words wrap narrower rather than be cut."""
    content = TEMPLATES["cafe"]
    first = handout(content, tmp_path / "handout.pdf", paper=paper, landscape=landscape)[0]
    assert "…" not in first
    for point in content.emotions:
        assert all(word in first.split() for word in point.label.split()), point.label


@pytest.mark.parametrize("key", ["cafe", "saas"])
def test_the_curve_takes_the_room_the_first_page_leaves(key: str, tmp_path: Path) -> None:
    """The curve grows, up to half the page, into what the story and the pain points
    leave free: its words have room, and the page is not left a quarter empty."""
    path = tmp_path / "handout.pdf"
    options = PdfOptions(PdfLayout.HANDOUT)
    export_pdf(TEMPLATES[key], path, options)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        footer_top = page.height - options.margin - 12
        lowest = max(word["bottom"] for word in page.extract_words() if word["top"] < footer_top)
    frame_bottom = page.height - options.margin
    assert lowest > frame_bottom - 0.12 * (frame_bottom - options.margin)


def test_the_first_page_sets_the_top_pain_points_beside_their_stages_opportunities(
    tmp_path: Path,
) -> None:
    content = TEMPLATES["cafe"]
    path = tmp_path / "handout.pdf"
    export_pdf(content, path, PdfOptions(PdfLayout.HANDOUT))
    kinds = {lane.id: lane.kind for lane in content.lanes}
    pains = sorted(
        (card for card in content.cards if kinds[card.lane_id] == "pain_points"),
        key=lambda card: -card.priority,
    )
    with pdfplumber.open(path) as pdf:
        lines = [line["text"] for line in pdf.pages[0].extract_text_lines()]
    rows = [line for line in lines if any(line.startswith(words(p.title)) for p in pains)]
    assert len(rows) == 5, "the top five"
    top = pains[0]
    (row,) = [line for line in rows if line.startswith(words(top.title))]
    here = [
        card
        for card in content.cards
        if kinds[card.lane_id] == "opportunities" and card.stage_id == top.stage_id
    ]
    beside = " ".join(here[0].title.split()[:3])
    assert here and beside in row and row.endswith(here[0].owner), row
    opportunities = [card for card in content.cards if kinds[card.lane_id] == "opportunities"]
    for card in opportunities:  # each beside one pain point at most
        assert sum(" ".join(card.title.split()[:3]) in line for line in rows) <= 1, card.title


def test_each_of_a_stages_pain_points_gets_its_own_opportunity(tmp_path: Path) -> None:
    """Order & wait has two of the café's top pain points and two opportunities: each
    pain point gets one, rather than the first both and the second a dash; where one
    gets two, each is a bullet."""
    content = TEMPLATES["cafe"]
    path = tmp_path / "handout.pdf"
    export_pdf(content, path, PdfOptions(PdfLayout.HANDOUT))
    with pdfplumber.open(path) as pdf:
        lines = [line["text"] for line in pdf.pages[0].extract_text_lines()]
    for pain in ("Card machine offline at busy time", "No idea how long the food will be"):
        (row,) = [line for line in lines if line.startswith(pain)]
        assert "Order & wait" in row and "–" not in row, row
    saas = TEMPLATES["saas"]
    export_pdf(saas, path, PdfOptions(PdfLayout.HANDOUT))
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0].extract_text() or ""
    assert "• Import that understands payroll" in first and "• Offer a 15-minute setup" in first


def test_a_map_without_pain_points_says_so_on_its_first_page(tmp_path: Path) -> None:
    content = dataclasses.replace(
        TEMPLATES["cafe"],
        cards=tuple(
            card
            for card in TEMPLATES["cafe"].cards
            if card.lane_id
            not in {lane.id for lane in TEMPLATES["cafe"].lanes if lane.kind == "pain_points"}
        ),
    )
    first = handout(content, tmp_path / "handout.pdf")[0]
    assert "No pain points on the map yet." in first and "Top pain points" not in first


def test_the_curve_strip_keeps_each_personas_line_and_marks_the_stages(tmp_path: Path) -> None:
    """Two personas stay apart in black and white: the second's line is dashed on the
    strip as on the map; thin lines mark where each stage begins."""
    content = TEMPLATES["saas"]
    path = tmp_path / "handout.pdf"
    export_pdf(content, path, PdfOptions(PdfLayout.HANDOUT))
    with pdfplumber.open(path) as pdf:
        page = next(page for page in pdf.pages if (page.extract_text() or "").startswith("1. "))
        curves = [curve for curve in page.curves if curve["top"] < page.height / 3]
        dashed = [curve for curve in curves if curve["dash"] and curve["dash"][0]]
        solid = [curve for curve in curves if not (curve["dash"] and curve["dash"][0])]
        ticks = [  # upright, the strip's height
            curve
            for curve in curves
            if curve["x1"] - curve["x0"] < 0.01 and curve["bottom"] - curve["top"] > 20
        ]
    assert dashed and solid, "Jade's line dashed, Sam's solid"
    top, bottom = min(tick["top"] for tick in ticks), max(tick["bottom"] for tick in ticks)
    lines = [  # the personas' lines, within the strip
        curve
        for curve in dashed + solid
        if top - 1 <= curve["top"]
        and curve["bottom"] <= bottom + 1
        and curve["bottom"] - curve["top"] < bottom - top - 1
    ]
    drawn = max(c["bottom"] for c in lines) - min(c["top"] for c in lines)
    assert drawn > 0.6 * (bottom - top), "from +3 to −2 of a −3…+3 scale: most of its height"
    assert len(ticks) >= len(content.stages) - 1


@pytest.mark.parametrize("paper", ["letter", "a4"])
@EVERY_TEMPLATE
def test_a_stage_never_ends_with_one_card_alone_at_the_top_of_a_page(
    key: str, paper: str, tmp_path: Path
) -> None:
    content, pages = printed_stages(key, paper, False, tmp_path)
    lanes = {lane.id: n for n, lane in enumerate(content.lanes)}
    for stage in content.stages:
        cards = sorted(
            (card for card in content.cards if card.stage_id == stage.id),
            key=lambda card: (lanes[card.lane_id], card.position),
        )
        if len(cards) < 2:
            continue
        on = [
            {number for number, text in pages.items() if words(card.title) in text}
            for card in cards[-2:]
        ]
        assert on[0] & on[1], f"{stage.name}: {cards[-1].title} apart from the card before"


def test_a_lowest_point_that_ends_the_biggest_drop_is_said_once(tmp_path: Path) -> None:
    first = handout(TEMPLATES["saas"], tmp_path / "handout.pdf")[0]
    for name, where in (("Sam Whitfield", "Set up"), ("Jade Kowalski", "Decide to pay")):
        said = f"Lowest point and biggest drop, 3 down ({name}): {where}, −2"
        assert first.count(said) == 1, said
        assert first.count(f"({name}): ") == 1, "one line for the persona's one point"
        assert (
            f"Lowest point ({name})" not in first and f"Biggest drop, 3 down ({name})" not in first
        )

"""The overview composed for its page, checked by opening the PDFs: the size of every
character, the cards' titles, what prints when room is short, words printed over words,
the legend, the call-outs, a map that fills its page, and a map too large for its paper
refused with the paper that would do."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import uuid
from itertools import combinations, pairwise
from pathlib import Path

import pdfplumber
import pytest
from conftest import real_maps
from pytestqt.qtbot import QtBot

from app.export.overview_paper import OverviewTooLargeError
from app.export.pdf import count_pages, export_pdf
from app.export.pdf_fonts import pdf_typesetter
from app.export.pdf_options import PdfLayout, PdfOptions
from app.layout import overview as overview_layout
from app.layout.map_layout import MapLayout
from app.layout.overview import compose_overview
from app.model.data.records import CardRecord, MapContent
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import list_templates, load_template
from app.model.messages import english

TEMPLATES = {template.id: load_template(template).content for template in list_templates()}
LEAST_TITLE = 7.0
SMALL = 6.0
MOST_SMALL_SHARE = 0.05


def overview(content: MapContent, path: Path, **options: object) -> Path:
    export_pdf(content, path, PdfOptions(PdfLayout.OVERVIEW, **options))  # type: ignore[arg-type]
    return path


def printed_words(path: Path) -> list[dict]:  # type: ignore[type-arg]
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        return page.extract_words(extra_attrs=["size"], keep_blank_chars=False)


def printed_chars(path: Path) -> list[dict]:  # type: ignore[type-arg]
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        return [char for char in page.chars if char["text"].strip()]


def title_sizes(content: MapContent, path: Path) -> dict[str, float]:
    """For each card, the largest size its title's first word prints at, whole or
    shortened ("Appointm…"); 0 where it is not printed."""
    found = printed_words(path)
    sizes = {}
    for card in content.cards:
        first = card.title.split()[0]
        sizes[card.title] = max(
            (
                word["size"]
                for word in found
                if word["text"] == first
                or (
                    word["text"].endswith("…")
                    and first.startswith(word["text"][:-1])
                    and len(word["text"]) > 3
                )
            ),
            default=0.0,
        )
    return sizes


def crowded(content: MapContent, per_cell: int) -> MapContent:
    """`content` with every cell that has cards holding `per_cell` of them."""
    cards: list[CardRecord] = []
    by_cell: dict[tuple[str, str], list[CardRecord]] = {}
    for card in content.cards:
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)
    for cell in by_cell.values():
        for position in range(per_cell):
            model = cell[position % len(cell)]
            cards.append(
                dataclasses.replace(model, id=uuid.uuid4().hex, position=position)
                if position >= len(cell)
                else model
            )
    return dataclasses.replace(content, cards=tuple(cards))


# --- every template reads on A4 -----------------------------------------------------------


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_reads_on_a4(key: str, landscape: bool, tmp_path: Path) -> None:
    content = TEMPLATES[key]
    path = overview(content, tmp_path / "overview.pdf", paper="a4", landscape=landscape)
    chars = printed_chars(path)
    small = [char["text"] for char in chars if char["size"] < SMALL - 0.01]
    assert len(small) <= MOST_SMALL_SHARE * len(chars), "".join(small)
    sizes = title_sizes(content, path)
    assert all(size >= LEAST_TITLE - 0.01 for size in sizes.values()), sizes
    printed = {word["text"] for word in printed_words(path)}
    broken = [
        name for stage in content.stages for name in stage.name.split() if name not in printed
    ]
    assert not broken, "stage names are printed whole, never broken inside a word"


def cut_titles(layout: MapLayout) -> list[str]:
    return [box.title for box in layout.cards.values() if box.title_lines[-1].endswith("…")]


MAPS_TO_PRINT = {
    **{key: content for key, content in TEMPLATES.items() if key != "blank"},
    **{path.stem: read_map_file(path).content for path in real_maps()},
}


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("key", sorted(MAPS_TO_PRINT))
def test_larger_type_never_cuts_a_title_short(
    key: str, landscape: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A map grows past 7 pt only while no more of its titles is cut: every title cut
    on the page is cut at 7 pt too."""
    frame = PdfOptions(PdfLayout.OVERVIEW, "a4", landscape=landscape).frame
    content = MAPS_TO_PRINT[key]
    plan = compose_overview(content, frame.width, frame.height, pdf_typesetter(), english)
    monkeypatch.setattr(overview_layout, "MOST_SCALE", overview_layout.LEAST_SCALE)
    least = compose_overview(content, frame.width, frame.height, pdf_typesetter(), english)
    assert least.scale <= plan.scale
    assert set(cut_titles(plan.layout)) <= set(cut_titles(least.layout))


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_no_word_is_printed_over_another(key: str, tmp_path: Path) -> None:
    path = overview(TEMPLATES[key], tmp_path / "overview.pdf", paper="a4")
    assert not overlapping_words(path)


def overlapping_words(path: Path) -> list[tuple[str, str]]:
    """The pairs of words printed over each other."""
    boxes = [
        (word["x0"], word["top"], word["x1"], word["bottom"], word["text"])
        for word in printed_words(path)
    ]
    return [
        (one[4], two[4])
        for one, two in combinations(boxes, 2)
        if min(one[2], two[2]) - max(one[0], two[0]) > 0.5
        and min(one[3], two[3]) - max(one[1], two[1]) > 0.5
    ]


# --- what prints, by the room there is -----------------------------------------------------


def test_titles_print_before_notes_and_notes_where_there_is_room(tmp_path: Path) -> None:
    cafe = TEMPLATES["cafe"]
    noted = [card for card in cafe.cards if card.notes.strip()]
    assert noted
    note_words = {card.notes.split()[0] + card.notes.split()[1] for card in noted}

    def notes_printed(path: Path) -> int:
        found = [word["text"] for word in printed_words(path)]
        pairs = {one + two for one, two in pairwise(found)}
        return len(note_words & pairs)

    tight = overview(cafe, tmp_path / "a4.pdf", paper="a4", landscape=True)
    roomy = overview(cafe, tmp_path / "a3.pdf", paper="a3", landscape=True)
    assert notes_printed(tight) == 0
    assert all(size >= LEAST_TITLE for size in title_sizes(cafe, tight).values())
    assert notes_printed(roomy) >= len(note_words) // 2
    assert all(size >= LEAST_TITLE for size in title_sizes(cafe, roomy).values())


def test_a_small_map_prints_large_with_its_notes_and_fills_the_page(tmp_path: Path) -> None:
    cafe = TEMPLATES["cafe"]
    stages, lanes = cafe.stages[:2], cafe.lanes[:3]
    shown = {stage.id for stage in stages}, {lane.id for lane in lanes}
    small = dataclasses.replace(
        cafe,
        stages=stages,
        lanes=lanes,
        cards=tuple(
            card for card in cafe.cards if (card.stage_id in shown[0] and card.lane_id in shown[1])
        ),
        emotions=(),
    )
    assert 5 <= len(small.cards) <= 12
    options = PdfOptions(PdfLayout.OVERVIEW, "a4", landscape=True)
    path = tmp_path / "small.pdf"
    export_pdf(small, path, options)
    assert min(title_sizes(small, path).values()) > 9.5
    text = " ".join(word["text"] for word in printed_words(path))
    noted = [card for card in small.cards if card.notes.strip()]
    assert noted and all(" ".join(card.notes.split()[:2]) in text for card in noted)

    frame = options.frame
    plan = compose_overview(small, frame.width, frame.height, pdf_typesetter(), english)
    with pdfplumber.open(path) as pdf:
        (page,) = pdf.pages
        rule = min(
            (line for line in page.rects if line["width"] > frame.width - 1),
            key=lambda line: abs(line["height"] - 0.5),
        )
        legend_top = rule["top"]
    map_bottom = frame.y + plan.map_at.bottom  # from the page's top: the frame's top margin
    assert plan.map_at.width == pytest.approx(frame.width, abs=2)
    assert legend_top - 12 < map_bottom < legend_top


# --- the legend and the emotion lane -------------------------------------------------------


def test_the_legend_explains_every_mark_on_the_map(tmp_path: Path) -> None:
    cafe = TEMPLATES["cafe"]
    marked = list(cafe.cards)
    marked[0] = dataclasses.replace(marked[0], votes=4, priority=3, moment=True)
    marked[1] = dataclasses.replace(marked[1], priority=1)
    content = dataclasses.replace(cafe, cards=tuple(marked))
    path = overview(content, tmp_path / "overview.pdf", paper="a4")
    with pdfplumber.open(path) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    for words in (
        "moment that matters",
        "votes",
        "priority: low, medium, high",
        "lowest point, biggest drop",
        "very unhappy",
        "neutral",
        cafe.personas[0].name,
        "Pain points",
        "Opportunities",
    ):
        assert words in text
    printed = [word["text"] for word in printed_words(path)]
    assert "!!!" in printed and "!" in printed and "4" in printed


def test_the_emotion_lane_prints_its_call_outs(tmp_path: Path) -> None:
    path = overview(TEMPLATES["cafe"], tmp_path / "overview.pdf", paper="a4")
    with pdfplumber.open(path) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "lowest point" in text
    assert "biggest drop, 2 down" in text


# --- too large for the paper ----------------------------------------------------------------


def test_a_map_too_large_for_its_paper_names_the_paper_that_would_do(tmp_path: Path) -> None:
    crowd = crowded(TEMPLATES["cafe"], 4)
    options = PdfOptions(PdfLayout.OVERVIEW, "a4")
    with pytest.raises(OverviewTooLargeError) as refused:
        export_pdf(crowd, tmp_path / "crowd.pdf", options)
    said = str(refused.value)
    assert "On one A4 portrait page" in said and "too small to read" in said
    larger = said.split("It reads on ")[1].split(";")[0]
    paper, orientation = larger.split()
    assert paper in ("A3", "A2") and orientation in ("portrait", "landscape")
    assert not (tmp_path / "crowd.pdf").exists()
    with pytest.raises(OverviewTooLargeError):
        count_pages(crowd, options)

    suggested = dataclasses.replace(
        options, paper=paper.lower(), landscape=orientation == "landscape"
    )
    path = tmp_path / "larger.pdf"
    export_pdf(crowd, path, suggested)
    assert min(title_sizes(crowd, path).values()) >= LEAST_TITLE - 0.01


def test_a_map_no_paper_holds_is_sent_to_the_handout_or_poster(tmp_path: Path) -> None:
    crowd = crowded(TEMPLATES["cafe"], 60)
    with pytest.raises(OverviewTooLargeError, match="No paper is large enough: print it as a"):
        export_pdf(crowd, tmp_path / "crowd.pdf", PdfOptions(PdfLayout.OVERVIEW, "a4"))


def test_the_command_line_refuses_an_unreadable_overview(tmp_path: Path) -> None:
    from app.model.file.document import Document

    path = tmp_path / "crowd.journey"
    with Document.create(path, crowded(TEMPLATES["cafe"], 4)):
        pass
    for extra in ([], ["--count-pages"]):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "export",
                str(path),
                "--pdf",
                str(tmp_path / "o.pdf"),
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode != 0
        assert "too small to read" in result.stderr and "It reads on A3 " in result.stderr
    assert not (tmp_path / "o.pdf").exists()


def test_the_export_dialog_says_which_paper_would_do(qtbot: QtBot) -> None:
    from app.ui.pdf_dialog import PdfDialog

    dialog = PdfDialog(crowded(TEMPLATES["cafe"], 4))
    qtbot.addWidget(dialog)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(PdfLayout.OVERVIEW))
    dialog.paper_choice.setCurrentIndex(dialog.paper_choice.findData("a4"))
    dialog.orientation_choice.setCurrentIndex(dialog.orientation_choice.findData(False))
    qtbot.waitUntil(lambda: "too small to read" in dialog.pages.text(), timeout=30_000)
    assert "It reads on A3 " in dialog.pages.text()
    dialog.paper_choice.setCurrentIndex(dialog.paper_choice.findData("a3"))
    qtbot.waitUntil(lambda: dialog.pages.text() == "1 page", timeout=30_000)


def test_no_word_of_a_map_made_elsewhere_is_printed_over_another(
    real_map_files: list[Path], tmp_path: Path
) -> None:
    from app.model.interchange.journeyboard_json import read_map_file

    for number, file in enumerate(real_map_files):
        for landscape in (False, True):
            content = read_map_file(file).content
            path = overview(content, tmp_path / f"{number}-{landscape}.pdf", landscape=landscape)
            assert not overlapping_words(path), file.name

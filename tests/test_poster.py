"""The wall poster explains itself: a band across its top, part of its art, with the
map's title, objective, personas and legend, read back from the sheets that print it."""

from __future__ import annotations

import re
import subprocess
from itertools import combinations
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.page import Page
from PIL import Image
from reportlab.lib.units import mm

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.model.interchange.templates import find_template, load_template

CAFE = load_template(find_template("cafe")).content


@pytest.mark.parametrize("scale", [50, 150])
def test_the_poster_opens_with_a_band_of_title_objective_personas_and_legend(
    scale: int, tmp_path: Path
) -> None:
    path = tmp_path / "poster.pdf"
    export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a3", landscape=True, poster_scale=scale))
    with pdfplumber.open(path) as pdf:
        top_row = pdf.pages[1:3]  # the first sheets of the top row, after the assembly sheet
        found = [word for page in top_row for word in page.extract_words(extra_attrs=["size"])]
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in top_row)
    title_words = CAFE.map.title.split()
    sizes = [word["size"] for word in found if word["text"] == title_words[0]]
    assert sizes and max(sizes) >= 24
    for said in ("More first-time visitors", CAFE.personas[0].name, "very unhappy", "lowest point"):
        assert said in text, said


def test_the_assembly_sheet_names_the_one_sheet_a_print_shop_would_print(
    tmp_path: Path,
) -> None:
    """At the poster's scale or a little smaller (80 % of it at least), the smallest
    larger paper that takes it whole; exported so, it is one sheet."""
    said = {}
    for scale in (100, 600):
        path = tmp_path / f"poster-{scale}.pdf"
        export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=scale))
        with pdfplumber.open(path) as pdf:
            said[scale] = " ".join((pdf.pages[0].extract_text() or "").split())
            assert len(pdf.pages) - 1 > 1
    shop = re.search(r"export it on (A\d) (portrait|landscape) at (\d+) %: one sheet", said[100])
    assert shop, said[100]
    paper, turned, percent = shop[1].lower(), shop[2], int(shop[3])
    assert 80 <= percent <= 100
    one = tmp_path / "one.pdf"
    options = PdfOptions(PdfLayout.POSTER, paper, turned == "landscape", poster_scale=percent)
    assert export_pdf(CAFE, one, options).pages == 2, "the assembly sheet and the one sheet"
    assert "print shop" not in said[600], "no sheet holds the map at six times its size"
    small = tmp_path / "small.pdf"
    export_pdf(CAFE, small, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=75))
    with pdfplumber.open(small) as pdf:
        first = " ".join((pdf.pages[0].extract_text() or "").split())
    shop = re.search(r"export it on A\d \w+ at (\d+) %", first)
    assert shop and 13 * 0.75 * int(shop[1]) / 100 >= 7, "never cards smaller than 7 pt"


@pytest.mark.parametrize(("scale", "small"), [(75, True), (150, False)])
def test_the_assembly_sheet_says_how_large_the_cards_print(
    scale: int, small: bool, tmp_path: Path
) -> None:
    path = tmp_path / "poster.pdf"
    export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=scale))
    with pdfplumber.open(path) as pdf:
        said = " ".join((pdf.pages[0].extract_text() or "").split())
    points = 13 * 0.75 * scale / 100  # the cards' titles, 13 units, at 0.75 pt a unit
    assert f"card titles print at {points:.0f} pt." in said
    assert ("at 125 % they print at 12 pt, to read from a step back" in said) is small


def test_the_assembly_sheets_labels_sit_on_plates_not_on_the_cards(tmp_path: Path) -> None:
    path = tmp_path / "poster.pdf"
    export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=100))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        letters = [  # the sheets' names are set in blue
            char
            for char in page.chars
            if char["text"].strip()
            and tuple(char["non_stroking_color"] or ())[2:] > (0.9,)
            and tuple(char["non_stroking_color"] or ())[:1] < (0.2,)
        ]
        plates = [  # rounded: drawn as curves
            shape
            for shape in page.rects + page.curves
            if shape.get("fill") and tuple(shape["non_stroking_color"] or ()) == (1, 1, 1)
        ]
    assert "".join(sorted(char["text"] for char in letters)) == "".join(
        sorted("R1C1R1C2R1C3R2C1R2C2R2C3")
    )
    for letter in letters:
        assert any(
            plate["x0"] <= letter["x0"]
            and letter["x1"] <= plate["x1"]
            and plate["top"] <= letter["top"]
            and letter["bottom"] <= plate["bottom"]
            for plate in plates
        ), letter["text"]


def test_seams_fall_between_lanes_and_each_sheet_says_where_its_neighbour_goes(
    tmp_path: Path,
) -> None:
    from app.export.pdf_fonts import pdf_typesetter
    from app.export.poster_plan import art_of, plan_poster
    from app.layout.map_layout import layout_map

    options = PdfOptions(PdfLayout.POSTER, "a4", poster_scale=100)
    layout = layout_map(CAFE, pdf_typesetter())
    art = art_of(CAFE, layout, options, pdf_typesetter())
    plan = plan_poster(art, options)
    scale = plan.points_per_unit
    between_lanes = {round((art.band_height + lane.rect.y) * scale, 3) for lane in layout.lanes}
    assert plan.rows == 2 and round(plan.origin(1, 0)[1], 3) in between_lanes
    assert plan.sheet.height - plan.origin(1, 0)[1] >= plan.overlap  # still shared

    path = tmp_path / "poster.pdf"
    export_pdf(CAFE, path, options)
    with pdfplumber.open(path) as pdf:
        first = " ".join((pdf.pages[1].extract_text() or "").split())
        last = " ".join((pdf.pages[-1].extract_text() or "").split())
        sheets = len(pdf.pages) - 1
    assert f"sheet 1 of {sheets}" in first and f"sheet {sheets} of {sheets}" in last
    upwards = "lay the edge of R1 C2 here"  # set up along its line, read back reversed
    assert upwards[::-1] in first and "lay the edge of R2 C1 here" in first
    assert "lay the edge of" not in last, "the last sheet is laid over the others"


MAGENTA, CYAN = (0.761, 0.145, 0.361), (0.063, 0.596, 0.678)


def lines_in(page: Page, ink: tuple[float, ...]) -> list[dict[str, Any]]:
    return [
        line
        for line in page.lines
        if all(abs(a - b) < 0.01 for a, b in zip(line["stroking_color"] or (), ink, strict=True))
    ]


def across(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line["top"] == line["bottom"]]


def upright(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line["x0"] == line["x1"]]


def test_ticks_on_neighbouring_sheets_meet_across_the_seam(tmp_path: Path) -> None:
    """The sheet beneath has ticks from the cyan line its neighbour's edge goes on back
    out; the sheet laid over has ticks from its trimmed (dashed) edge in, at the same
    places of the map: laid right, each pair is one line across the seam."""
    path = tmp_path / "poster.pdf"
    options = PdfOptions(PdfLayout.POSTER, "a4", poster_scale=100)
    export_pdf(CAFE, path, options)
    left, top = options.frame.x, options.page_size[1] - options.frame.bottom
    with pdfplumber.open(path) as pdf:
        r1c1, r1c2, r2c1 = pdf.pages[1], pdf.pages[2], pdf.pages[4]
        (lay_x,) = {round(line["x0"], 1) for line in upright(lines_in(r1c1, CYAN))}
        (lay_y,) = {round(line["top"], 1) for line in across(lines_in(r1c1, CYAN))}
        beneath = across(lines_in(r1c1, MAGENTA))
        over = [t for t in across(lines_in(r1c2, MAGENTA)) if abs(t["x0"] - left) < 0.1]
        beneath_down = upright(lines_in(r1c1, MAGENTA))
        over_down = [t for t in upright(lines_in(r2c1, MAGENTA)) if abs(t["top"] - top) < 0.1]
    assert len(beneath) == len(over) >= 1
    assert sorted(round(t["top"], 1) for t in beneath) == sorted(round(t["top"], 1) for t in over)
    assert all(round(t["x1"], 1) == lay_x for t in beneath), "back out from the cyan line"
    assert len(beneath_down) == len(over_down) >= 1
    assert sorted(round(t["x0"], 1) for t in beneath_down) == sorted(
        round(t["x0"], 1) for t in over_down
    )
    assert all(round(t["bottom"], 1) == lay_y for t in beneath_down)


def test_the_art_runs_past_a_trimmed_edge(pdftoppm: str, tmp_path: Path) -> None:
    """A sheet's left edge, trimmed after the first column, has the map printed a few
    millimetres past it, so that a cut a little wide shows no white; the first column's
    left edge, the poster's own, has none."""
    path = tmp_path / "poster.pdf"
    options = PdfOptions(PdfLayout.POSTER, "a4", poster_scale=100)
    export_pdf(CAFE, path, options)
    frame, page_height = options.frame, options.page_size[1]
    outside = round(frame.x - 1.5 * mm)  # in pixels at 72 dpi, one a point
    rows = range(round(page_height - frame.bottom) + 5, round(page_height - frame.y) - 5)
    shares = []
    for page in (2, 3):  # R1 C1, R1 C2
        out = tmp_path / f"page-{page}"
        command = [pdftoppm, "-png", "-r", "72", "-singlefile", "-f", str(page), "-l", str(page)]
        subprocess.run([*command, str(path), str(out)], check=True)
        with Image.open(out.with_suffix(".png")) as image:
            grey = image.convert("L")
            column = [grey.getpixel((outside, y)) for y in rows]
        shares.append(sum(isinstance(v, int) and v < 245 for v in column) / len(column))
    assert shares[0] == 0 and shares[1] > 0.3, shares


def test_the_assembly_sheet_says_where_the_seams_fall_only_when_true(tmp_path: Path) -> None:
    """At 125 % on A4 every seam of the café map falls between stages and lanes; at 150 %
    none does, and the sheet names the scale at which they would, on as few sheets."""
    from app.export.pdf_fonts import pdf_typesetter
    from app.export.poster_plan import art_of, plan_poster
    from app.layout.map_layout import layout_map

    layout = layout_map(CAFE, pdf_typesetter())
    said, plans = {}, {}
    for scale in (125, 150):
        options = PdfOptions(PdfLayout.POSTER, "a4", poster_scale=scale)
        art = art_of(CAFE, layout, options, pdf_typesetter())
        plans[scale] = plan = plan_poster(art, options)
        if scale == 125:  # where stages and lanes meet, in points from the art's corner
            between_stages = {box.column.x * plan.points_per_unit for box in layout.stages}
            between_lanes = {
                (art.band_height + box.rect.y) * plan.points_per_unit for box in layout.lanes
            }
            assert set(plan.starts_across[1:]) <= between_stages
            assert set(plan.starts_down[1:]) <= between_lanes
        path = tmp_path / f"poster-{scale}.pdf"
        export_pdf(CAFE, path, options)
        with pdfplumber.open(path) as pdf:
            said[scale] = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "The seams all fall between stages and lanes." in said[125]
    assert "The seams all fall" not in said[150]
    sheets = plans[125].sheet_count
    assert sheets <= plans[150].sheet_count
    assert (
        f"At 125 % the seams would all fall between stages and lanes, on {sheets} sheets."
        in said[150]
    )


def test_the_names_along_a_lay_line_never_print_over_each_other(tmp_path: Path) -> None:
    """A sheet at the end of a row is narrow: it names its neighbour once, not twice on
    top of itself."""
    path = tmp_path / "poster.pdf"
    export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=150))
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[1:]:
            cyan = [
                char
                for char in page.chars
                if char["text"].strip()
                and all(
                    abs(a - b) < 0.01
                    for a, b in zip(char["non_stroking_color"] or (), CYAN, strict=False)
                )
                and len(char["non_stroking_color"] or ()) == 3
            ]
            for one, other in combinations(cyan, 2):
                apart = (
                    one["x1"] - 0.5 <= other["x0"]
                    or other["x1"] - 0.5 <= one["x0"]
                    or one["bottom"] - 0.5 <= other["top"]
                    or other["bottom"] - 0.5 <= one["top"]
                )
                assert apart, (page.page_number, one["text"], other["text"])


@pytest.mark.parametrize("scale", [100, 150])
def test_ticks_never_print_over_words(scale: int, tmp_path: Path) -> None:
    """Ticks go on the gutters between lanes and stages, where no words are. (A seam
    through the title band, as at 250 %, has no gutters: its ticks are spread along it.)"""
    path = tmp_path / "poster.pdf"
    options = PdfOptions(PdfLayout.POSTER, "a4", poster_scale=scale)
    export_pdf(CAFE, path, options)
    frame = options.frame
    inside = (
        frame.x,
        options.page_size[1] - frame.bottom,
        frame.right,
        options.page_size[1] - frame.y,
    )
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[1:]:
            words = page.within_bbox(inside).chars  # the map's, not the label's
            for tick in lines_in(page, MAGENTA):
                crossed = [
                    char["text"]
                    for char in words
                    if char["text"].strip()
                    and char["x0"] < tick["x1"]
                    and tick["x0"] < char["x1"]
                    and char["top"] < tick["bottom"]
                    and tick["top"] < char["bottom"]
                ]
                assert not crossed, (page.page_number, "".join(crossed))

"""The wall poster explains itself: a band across its top, part of its art, with the
map's title, objective, personas and legend, read back from the sheets that print it."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.model.templates import find_template, load_template

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


def test_the_assembly_sheet_says_when_one_larger_sheet_would_do(tmp_path: Path) -> None:
    said = {}
    for scale in (100, 600):
        path = tmp_path / f"poster-{scale}.pdf"
        export_pdf(CAFE, path, PdfOptions(PdfLayout.POSTER, "a4", poster_scale=scale))
        with pdfplumber.open(path) as pdf:
            said[scale] = " ".join((pdf.pages[0].extract_text() or "").split())
            sheets = len(pdf.pages) - 1
        assert sheets > 1
    # 43 × 50 cm with its band: more than A2's printable width, within A1's.
    assert "Or have a print shop print it on one A1 portrait sheet, nothing to tape." in said[100]
    assert "print shop" not in said[600], "no sheet holds the map at six times its size"


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
    from app.export.poster import art_of, plan_poster
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

"""PDF export, checked by opening the PDFs it writes: pages, sizes, fonts, text, outline,
the poster's sheets, what user text cannot do, and that no page is blank."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import unicodedata
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from app.export.handout import FOOTER_ROOM
from app.export.pdf import ExportCancelled, PdfResult, count_pages, export_pdf
from app.export.pdf_fonts import pdf_typesetter
from app.export.pdf_options import PAPERS, POINTS_PER_MM, PdfLayout, PdfOptions
from app.export.poster_plan import art_of, plan_poster
from app.export.poster_sheets import LABEL, SHEET_LABEL
from app.layout.map_layout import layout_map
from app.model.data.records import CardRecord, EmotionRecord, MapContent, StageRecord
from app.model.errors import SaveFailedError
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import find_template, list_templates, load_template
from app.model.messages import english

TEMPLATES = {template.id: load_template(template).content for template in list_templates()}
MARKUP = {
    "comparison": "0.1 <A <0.9",
    "ampersand": "S&P 500 & co",
    "image": '<img src="{picture}"/>',
    "link": '<a href="javascript:alert(1)">click me</a>',
    "quotes": 'She said "it\'s fine" & left <b>',
}
SCRIPTS = "Crème brûlée, Ærøskøbing · Καλημέρα · Добрый день · → ✓ € ± ½ ★"


def export(content: MapContent, path: Path, **options: object) -> PdfResult:
    return export_pdf(content, path, PdfOptions(**options))  # type: ignore[arg-type]


def text_of(path: Path) -> str:
    """All the text of a PDF, with every run of white space made one space."""
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def fonts_of(reader: PdfReader) -> dict[str, DictionaryObject]:
    fonts: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def images_of(pages: Iterable[PageObject]) -> list[str]:
    found = []
    for page in pages:
        objects = page["/Resources"].get("/XObject", {})
        for name, value in objects.items():
            target = value.get_object() if isinstance(value, IndirectObject) else value
            if target.get("/Subtype") == "/Image":
                found.append(name)
    return found


def words(text: str) -> str:
    return " ".join(text.split())


def in_order(wanted: list[str], found: list[str]) -> bool:
    """Whether the words `wanted` are among those `found`, in their order."""
    rest = iter(found)
    return all(word in rest for word in wanted)


def with_card(content: MapContent, **fields: object) -> MapContent:
    """`content` with its first card's fields changed."""
    first = dataclasses.replace(content.cards[0], **fields)  # type: ignore[arg-type]
    return dataclasses.replace(content, cards=(first, *content.cards[1:]))


@pytest.fixture(scope="module")
def cafe_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[PdfLayout, tuple[Path, PdfResult]]:
    folder = tmp_path_factory.mktemp("cafe")
    made = {}
    for layout in PdfLayout:
        path = folder / f"{layout}.pdf"
        made[layout] = path, export(TEMPLATES["cafe"], path, layout=layout)
    return made


# --- every template, every layout -------------------------------------------------------


@pytest.mark.parametrize("layout", list(PdfLayout))
@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_in_every_layout(key: str, layout: PdfLayout, tmp_path: Path) -> None:
    content = TEMPLATES[key]
    path = tmp_path / "map.pdf"
    result = export(content, path, layout=layout)
    reader = PdfReader(path)
    assert len(reader.pages) == result.pages
    sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]
    assert sizes == [pytest.approx(PAPERS["a4"], abs=0.01)] * result.pages
    fonts = fonts_of(reader)
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), "the font is embedded"
    assert images_of(reader.pages) == [], "maps are drawn as vectors, not pictures"
    assert reader.metadata is not None and reader.metadata.title == content.map.title
    text = text_of(path)
    assert in_order(words(content.map.title).split(), text.split())  # the personas beside
    if layout == PdfLayout.HANDOUT:
        missing = [c.title for c in content.cards if words(c.title) not in text]
        assert missing == []
        assert all(f"Page {n}" in text for n in range(1, result.pages + 1))


@pytest.mark.parametrize("layout", ["overview", "handout", "poster"])
def test_the_hints_of_empty_lanes_are_never_printed(layout: PdfLayout, tmp_path: Path) -> None:
    content = load_template(find_template("blank")).content
    out = tmp_path / f"blank-{layout}.pdf"
    export(content, out, layout=layout)
    printed = text_of(out)
    assert "Emotions" in printed and "Pain points" in printed
    assert "double-click" not in printed and "What goes wrong" not in printed


def test_the_overview_is_one_page_of_any_paper(tmp_path: Path) -> None:
    for paper, (width, height) in PAPERS.items():
        for landscape in (False, True):
            path = tmp_path / f"{paper}-{landscape}.pdf"
            export(TEMPLATES["saas"], path, paper=paper, landscape=landscape)
            page = PdfReader(path).pages
            assert len(page) == 1
            size = (float(page[0].mediabox.width), float(page[0].mediabox.height))
            assert size == pytest.approx((height, width) if landscape else (width, height))


@pytest.mark.parametrize("layout", [PdfLayout.OVERVIEW, PdfLayout.HANDOUT])
def test_text_keeps_inside_the_margins(layout: PdfLayout, tmp_path: Path) -> None:
    margin = 30 * POINTS_PER_MM
    path = tmp_path / "margins.pdf"
    export(TEMPLATES["retail"], path, layout=layout, margin=margin)
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            assert page.chars
            assert min(c["x0"] for c in page.chars) >= margin - 0.5
            assert max(c["x1"] for c in page.chars) <= page.width - margin + 0.5
            assert min(c["top"] for c in page.chars) >= margin - 0.5
            assert max(c["bottom"] for c in page.chars) <= page.height - margin + 0.5


def test_margins_and_scales_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="margins are 10 to 40 mm, not 2 mm"):
        PdfOptions(margin=2 * POINTS_PER_MM)
    with pytest.raises(ValueError, match="a poster's scale is 25 to 1000 %, not 2000 %"):
        PdfOptions(poster_scale=2000)
    with pytest.raises(ValueError, match="unknown paper 'a5'"):
        PdfOptions(paper="a5")


def test_the_overview_shows_the_objective_personas_and_legend(cafe_pdfs) -> None:
    path, _result = cafe_pdfs[PdfLayout.OVERVIEW]
    content = TEMPLATES["cafe"]
    text = text_of(path)
    assert words(content.map.objective) in text
    assert content.personas[0].name in text
    for lane in content.lanes:
        assert words(lane.title) in text  # headers and the legend name every lane
    assert "very unhappy" in text and "very happy" in text


@pytest.mark.parametrize("layout", [PdfLayout.OVERVIEW, PdfLayout.HANDOUT])
def test_a_card_coloured_dark_has_light_text(layout: PdfLayout, tmp_path: Path) -> None:
    content = with_card(TEMPLATES["cafe"], title="Quokka night", colour="#111111", votes=9999)
    path = tmp_path / "dark.pdf"
    export(content, path, layout=layout)
    with pdfplumber.open(path) as pdf:
        found = [match for page in pdf.pages for match in page.search("Quokka")]
        chars = [c for match in found for c in match["chars"]]
    colours = {tuple(c["non_stroking_color"]) for c in chars}
    assert colours and all(min(colour) > 0.9 for colour in colours), colours


def test_the_legend_leaves_room_for_the_map(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    lanes = tuple(
        dataclasses.replace(content.lanes[n % len(content.lanes)], id=f"lane-{n}", position=n)
        for n in range(60)
    )
    personas = tuple(
        dataclasses.replace(content.personas[0], id=f"persona-{n}", position=n, name=f"P{n}")
        for n in range(50)
    )
    feelings = tuple(  # a curve each, so that each is in the legend
        EmotionRecord(f"point-{n}", f"persona-{n}", content.stages[0].id, 0, 0) for n in range(50)
    )
    crowded = dataclasses.replace(
        content, lanes=lanes, personas=personas, emotions=feelings, cards=()
    )
    path = tmp_path / "crowded.pdf"
    export(crowded, path, layout=PdfLayout.HANDOUT)  # its overview page: too tall to read
    with pdfplumber.open(path) as pdf:  # the map's text is too small to extract as lines
        drawn = "".join(c["text"] for c in pdf.pages[0].chars).replace(" ", "")
    assert all(stage.name.replace(" ", "") in drawn for stage in content.stages), "the map"
    with pdfplumber.open(path) as pdf:
        assert "and 44 more personas" in " ".join((pdf.pages[1].extract_text() or "").split())


def test_long_text_is_cut_on_the_overview_and_whole_on_the_stage_page(tmp_path: Path) -> None:
    notes = " ".join(f"sentence{n} of a very long note about the queue." for n in range(60))
    content = with_card(TEMPLATES["cafe"], notes=notes)
    overview, handout = tmp_path / "overview.pdf", tmp_path / "handout.pdf"
    export(content, overview)
    export(content, handout, layout=PdfLayout.HANDOUT)
    assert "sentence59" not in text_of(overview)
    assert "…" in text_of(overview)
    assert words(notes) in text_of(handout)


# --- the handout ------------------------------------------------------------------------


def test_cards_in_the_emotions_lane_are_printed_too(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    emotions = next(lane for lane in content.lanes if lane.kind == "emotions")
    card = dataclasses.replace(
        content.cards[0], id="in-emotions", lane_id=emotions.id, title="Zigzag feelings", position=0
    )
    path = tmp_path / "emotions.pdf"
    export(
        dataclasses.replace(content, cards=(*content.cards, card)), path, layout=PdfLayout.HANDOUT
    )
    assert "Zigzag feelings" in text_of(path)


def test_a_card_longer_than_a_page_runs_on_to_the_next(tmp_path: Path) -> None:
    notes = "\n".join(
        f"Line {n}: the customer waits, and waits, and waits again." for n in range(150)
    )
    content = with_card(TEMPLATES["cafe"], notes=notes)
    path = tmp_path / "long.pdf"
    result = export(content, path, layout=PdfLayout.HANDOUT)
    assert (
        result.pages
        > export(TEMPLATES["cafe"], tmp_path / "short.pdf", layout=PdfLayout.HANDOUT).pages
    )
    text = text_of(path)  # the footer and the next page's top come between the halves
    assert all(words(line) in text for line in notes.splitlines())


def test_the_overview_page_keeps_the_handouts_paper_unless_turning_it_lets_the_map_read(
    tmp_path: Path,
) -> None:
    cafe = TEMPLATES["cafe"]
    stages: list[StageRecord] = []
    cards: list[CardRecord] = []
    for _copy in range(3):  # a long journey: eighteen stages
        for stage in cafe.stages:
            copied = dataclasses.replace(stage, id=uuid.uuid4().hex, position=len(stages))
            stages.append(copied)
            cards += [
                dataclasses.replace(card, id=uuid.uuid4().hex, stage_id=copied.id)
                for card in cafe.cards
                if card.stage_id == stage.id
            ]
    long = dataclasses.replace(cafe, stages=tuple(stages), cards=tuple(cards), emotions=())
    for content, landscape, turned in (
        (cafe, True, False),
        (cafe, False, False),
        (long, False, True),
    ):
        path = tmp_path / "handout.pdf"
        export(content, path, layout=PdfLayout.HANDOUT, landscape=landscape)
        story, overview, personas = PdfReader(path).pages[:3]
        assert (overview.mediabox.width > overview.mediabox.height) == (landscape != turned)
        for page in (story, personas):
            assert (page.mediabox.width > page.mediabox.height) == landscape


def png(width: int, height: int) -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(picture, "PNG")
    return picture.getvalue()


def test_persona_photos_print_beside_text_that_runs_on(tmp_path: Path) -> None:
    content = TEMPLATES["saas"]
    goals = "Get the rota out before Zondag evening. " * 150  # longer than a page
    broken = png(60, 60)[:40] + b"not the rest of a picture" * 20
    photos = [png(200, 300), png(1, 3000), broken]
    personas = tuple(
        dataclasses.replace(persona, photo=photos[index % 3], goals=goals)
        for index, persona in enumerate(content.personas * 2)
    )
    personas = tuple(
        dataclasses.replace(persona, id=f"{persona.id}-{n}", position=n)
        for n, persona in enumerate(personas)
    )
    path = tmp_path / "photos.pdf"
    export(dataclasses.replace(content, personas=personas), path, layout=PdfLayout.HANDOUT)
    reader = PdfReader(path)
    pictures = images_of(reader.pages[1:])  # the first page shows the primary's portrait
    assert len(pictures) == 3, "the good and the tall photo, each shown; the broken one left out"
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for image in page.images:
                assert image["height"] <= 32 * POINTS_PER_MM + 0.5
                assert image["width"] <= 32 * POINTS_PER_MM + 0.5
    assert text_of(path).count("Zondag") == 150 * len(personas), "every persona's goals, whole"


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_the_handout_page_count_is_exact(key: str, tmp_path: Path) -> None:
    long_notes = tuple(
        dataclasses.replace(card, notes="A note that goes on and on. " * 50)
        for card in TEMPLATES[key].cards
    )
    for content in (TEMPLATES[key], dataclasses.replace(TEMPLATES[key], cards=long_notes)):
        options = PdfOptions(PdfLayout.HANDOUT)
        counted = count_pages(content, options)
        assert counted == export_pdf(content, tmp_path / "handout.pdf", options).pages


def test_the_handout_has_a_bookmark_per_stage_and_a_footer(cafe_pdfs) -> None:
    path, _result = cafe_pdfs[PdfLayout.HANDOUT]
    content = TEMPLATES["cafe"]
    reader = PdfReader(path)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    stages = [f"{n}. {stage.name}" for n, stage in enumerate(content.stages, start=1)]
    assert outline[:2] == ["Overview", "Personas"]
    assert outline[2 : 2 + len(stages)] == stages
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            footer = page.extract_text().splitlines()[-1]
            assert content.map.title in footer and f"Page {number}" in footer


def test_handout_body_text_is_never_below_9_points(cafe_pdfs) -> None:
    path, _result = cafe_pdfs[PdfLayout.HANDOUT]
    options = PdfOptions()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[2:]:  # the story's curve and the overview are pictures of the map
            above_footer = page.height - options.margin - FOOTER_ROOM
            body = [c for c in page.chars if c["bottom"] < above_footer]
            assert body and min(round(c["size"], 1) for c in body) >= 9


def test_pain_points_and_opportunities_are_ranked_by_votes_then_priority(
    tmp_path: Path,
) -> None:
    content = TEMPLATES["cafe"]
    pains = {lane.id for lane in content.lanes if lane.kind == "pain_points"}
    cards = []
    votes = iter(range(100))
    for card in content.cards:
        if card.lane_id in pains:
            card = dataclasses.replace(card, title=f"Pain {next(votes):02d}", votes=0)
        cards.append(card)
    pain_cards = [c for c in cards if c.lane_id in pains]
    top, second, third = pain_cards[-1], pain_cards[1], pain_cards[0]
    # second and third have as many votes: the higher priority goes first, though third
    # comes earlier in the map
    changed = {
        top.id: {"votes": 5},
        second.id: {"votes": 2, "priority": 3},
        third.id: {"votes": 2, "priority": 1},
    }
    cards = [dataclasses.replace(c, **changed.get(c.id, {})) for c in cards]
    path = tmp_path / "ranked.pdf"
    export(dataclasses.replace(content, cards=tuple(cards)), path, layout=PdfLayout.HANDOUT)
    text = text_of(path)
    ranking = text[text.index("Pain points, ranked") :]
    assert re.search(rf"1 {top.title} .*5 ", ranking)
    assert ranking.index(top.title) < ranking.index(second.title)
    assert ranking.index(second.title) < ranking.index(third.title)
    assert ranking.index(third.title) < ranking.index(pain_cards[2].title)


# --- what users really type -------------------------------------------------------------


@pytest.mark.parametrize("layout", [PdfLayout.OVERVIEW, PdfLayout.HANDOUT])
def test_markup_in_user_text_prints_literally(layout: PdfLayout, tmp_path: Path) -> None:
    picture = tmp_path / "x.png"
    Image.new("RGB", (40, 40), "red").save(picture)
    typed = {key: value.format(picture=picture) for key, value in MARKUP.items()}
    content = TEMPLATES["cafe"]
    cards = list(content.cards)
    for index, text in enumerate(typed.values()):
        cards[index] = dataclasses.replace(cards[index], title=text, notes=text)
    link, image = typed["link"], typed["image"]
    persona = dataclasses.replace(content.personas[0], name=link, goals=image, quote=link)
    stage = dataclasses.replace(content.stages[0], name=link, description=image)
    lane = dataclasses.replace(content.lanes[0], title=image)
    point = dataclasses.replace(content.emotions[0], label=link)
    content = dataclasses.replace(
        content,
        map=dataclasses.replace(content.map, title="R&D <i>"),
        personas=(persona, *content.personas[1:]),
        stages=(stage, *content.stages[1:]),
        lanes=(lane, *content.lanes[1:]),
        cards=tuple(cards),
        emotions=(point, *content.emotions[1:]),
    )
    path = tmp_path / "markup.pdf"
    export(content, path, layout=layout)
    reader = PdfReader(path)
    assert images_of(reader.pages) == [], "a tag in user text pulled a file into the PDF"
    for page in reader.pages:
        assert "/Annots" not in page, "a tag in user text made a link"
    text = text_of(path)
    assert "R&D <i>" in text
    if layout == PdfLayout.HANDOUT:
        for value in typed.values():
            assert words(value) in text


def test_accented_greek_cyrillic_and_symbols_print_with_the_font(tmp_path: Path) -> None:
    content = with_card(TEMPLATES["cafe"], title=SCRIPTS, notes=SCRIPTS)
    path = tmp_path / "scripts.pdf"
    result = export(content, path, layout=PdfLayout.HANDOUT)
    assert result.missing_characters == ""
    assert SCRIPTS in text_of(path)


def chars_by_font(path: Path) -> dict[str, str]:
    """The characters printed in each font (its name without the subset's prefix)."""
    found: dict[str, str] = {}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                name = char["fontname"].split("+")[-1]
                found[name] = found.get(name, "") + char["text"]
    return found


@pytest.mark.parametrize("layout", [PdfLayout.OVERVIEW, PdfLayout.HANDOUT])
def test_chinese_japanese_and_korean_print_in_the_shipped_fonts(
    layout: PdfLayout, tmp_path: Path
) -> None:
    content = with_card(TEMPLATES["cafe"], title="予約 café 고객")
    objective = dataclasses.replace(content.map, objective="客户旅程 お客様")
    content = dataclasses.replace(content, map=objective)
    path = tmp_path / "cjk.pdf"
    result = export(content, path, layout=layout)
    assert result.missing_characters == "" and result.warnings() == []
    text = text_of(path)
    for word in ("予約", "café", "고객", "客户旅程", "お客様"):
        assert word in text, word
    printed = chars_by_font(path)
    assert set("予約客户旅程お客様") <= set(printed["DroidSansFallback"])
    assert set("고객") <= set(printed["NanumGothic"])
    assert "é" in printed["DejaVuSans-Bold"]  # Latin stays in the family, in its face
    for font in fonts_of(PdfReader(path)).values():  # embedded as subsets, not whole
        assert font["/BaseFont"][7] == "+", font["/BaseFont"]


def test_only_what_no_shipped_font_has_is_reported(tmp_path: Path) -> None:
    content = with_card(TEMPLATES["cafe"], title="予約 🙂 café", notes="고객 🐈")
    result = export(content, tmp_path / "emoji.pdf")
    assert result.missing_characters == "🙂🐈"
    assert "🙂🐈" in str(result.warnings()[0].translated(english))


def test_arabic_and_hebrew_print_joined_and_in_reading_order(tmp_path: Path) -> None:
    """A PDF holds its glyphs in the order they are drawn, left to right: read back from
    the right, the Arabic and Hebrew come out as typed, Arabic in its joined forms."""
    arabic, hebrew = "مرحبا بكم في المقهى", "שלום עולם"
    content = with_card(TEMPLATES["cafe"], title=arabic, notes=f"{hebrew} 2024")
    path = tmp_path / "rtl.pdf"
    result = export(content, path, layout=PdfLayout.HANDOUT)
    assert result.warnings() == []
    drawn = text_of(path)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in drawn)  # joined: initial, medial, final forms
    read = unicodedata.normalize("NFKC", drawn)[::-1]
    assert arabic in read and hebrew in read
    assert "2024" in drawn  # numbers inside keep their own order


def test_maps_made_with_another_editor(real_map_files: list[Path], tmp_path: Path) -> None:
    for file in real_map_files:
        content = read_map_file(file).content
        for layout in (PdfLayout.OVERVIEW, PdfLayout.HANDOUT):
            path = tmp_path / f"{file.stem}-{layout}.pdf"
            result = export(content, path, layout=layout)
            assert len(PdfReader(path).pages) == result.pages
            assert result.missing_characters == "", file.name
        japanese = [
            c.title for c in content.cards if any("\u3040" <= ch <= "\u30ff" for ch in c.title)
        ]
        if japanese:
            assert japanese[0].split()[0] in text_of(path)


# --- the poster -------------------------------------------------------------------------


@pytest.mark.parametrize(("scale", "paper"), [(100, "a4"), (150, "a3"), (300, "letter")])
def test_poster_sheets_cover_the_map_at_its_scale(scale: int, paper: str, tmp_path: Path) -> None:
    content = TEMPLATES["retail"]
    options = PdfOptions(PdfLayout.POSTER, paper, landscape=True, poster_scale=scale)
    art = art_of(content, layout_map(content, pdf_typesetter()), options, pdf_typesetter())
    width, height = art.width * 0.75 * scale / 100, art.height * 0.75 * scale / 100
    frame = options.frame
    step_x, step_y = frame.width - 10 * 72 / 25.4, frame.height - 10 * 72 / 25.4
    columns = max(1, -(-(width - 10 * 72 / 25.4) // step_x))
    rows = max(1, -(-(height - 10 * 72 / 25.4) // step_y))
    plan = plan_poster(art, options)
    assert (plan.columns, plan.rows) == (columns, rows)
    assert (plan.columns - 1) * step_x + frame.width >= width
    path = tmp_path / "poster.pdf"
    result = export_pdf(content, path, options)
    assert result.pages == plan.sheet_count + 1 == count_pages(content, options)
    with pdfplumber.open(path) as pdf:
        assert f"A poster of {plan.sheet_count} sheet" in pdf.pages[0].extract_text()
        for index, page in enumerate(pdf.pages[1:]):
            row, column = divmod(index, plan.columns)
            margin = page.within_bbox((0, page.height - frame.y, page.width, page.height))
            said = margin.filter(is_sheet_label).extract_text()
            assert said.startswith(f"R{row + 1} C{column + 1} sheet {index + 1} of "), said


def is_sheet_label(thing: dict[str, Any]) -> bool:
    """Whether a character is of a poster sheet's label (its name bold, the rest small),
    not of the map's text clipped away by the sheet's frame but still in the page."""
    sizes = (SHEET_LABEL.size, LABEL.size)
    return thing["object_type"] != "char" or round(thing["size"], 2) in sizes


def test_a_long_title_does_not_push_the_sheet_label_off_the_page(tmp_path: Path) -> None:
    content = TEMPLATES["cafe"]
    title = "A very long map title that goes on " * 6
    content = dataclasses.replace(content, map=dataclasses.replace(content.map, title=title))
    path = tmp_path / "poster.pdf"
    options = PdfOptions(PdfLayout.POSTER, margin=10 * POINTS_PER_MM, poster_scale=100)
    export_pdf(content, path, options)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[1]
        label = [
            c for c in page.chars if is_sheet_label(c) and c["top"] > page.height - options.margin
        ]
        assert min(c["x0"] for c in label) > 0 and max(c["x1"] for c in label) < page.width
        assert "".join(c["text"] for c in label).startswith("R1 C1  sheet 1 of")
        assert max(c["bottom"] for c in label) < page.height


def test_neighbouring_sheets_print_the_same_band_of_the_map(pdftoppm: str, tmp_path: Path) -> None:
    """Rendered, the band a sheet shares with the sheet to its right, and with the one
    below it, looks the same on both: lay one over the other and the map runs on. A wide
    emotion label reaches over the first sheet's edge."""
    content = TEMPLATES["cafe"]
    label = "Quokka " + "delighted to be recognised by the barista at last, " * 4
    emotions = tuple(dataclasses.replace(p, label=label) for p in content.emotions)
    content = dataclasses.replace(content, emotions=emotions)
    options = PdfOptions(PdfLayout.POSTER, poster_scale=125)
    plan = plan_poster(
        art_of(content, layout_map(content, pdf_typesetter()), options, pdf_typesetter()), options
    )
    assert plan.columns > 1 and plan.rows > 1
    path = tmp_path / "poster.pdf"
    export_pdf(content, path, options)
    dots_per_point = 2

    def sheet(row: int, column: int) -> Image.Image:
        number = 2 + row * plan.columns + column  # after the assembly sheet
        prefix = tmp_path / f"sheet-{number}"
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "144",
                "-gray",
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                "-png",
                path,
                prefix,
            ],
            check=True,
        )
        return Image.open(prefix.with_suffix(".png")).convert("L")

    def band(picture: Image.Image, x: float, y: float, width: float, height: float) -> Image.Image:
        """The part of the sheet at (x, y) points from its bottom left, a point inside
        each edge, so that anti-aliasing at the edges does not count."""
        inside = [x + 1, y + 1, x + width - 1, y + height - 1]
        left, bottom, right, top = (round(v * dots_per_point) for v in inside)
        return picture.crop((left, picture.height - top, right, picture.height - bottom))

    def difference(one: Image.Image, other: Image.Image) -> float:
        return ImageStat.Stat(ImageChops.difference(one, other)).mean[0]

    frame = plan.sheet
    first, right, below = sheet(0, 0), sheet(0, 1), sheet(1, 0)
    across = frame.width - (plan.origin(0, 1)[0] - plan.origin(0, 0)[0])  # the shared bands
    down = frame.height - (plan.origin(1, 0)[1] - plan.origin(0, 0)[1])
    assert across >= plan.overlap and down >= plan.overlap
    named = 12  # beside the line a neighbour's edge goes on, its name: left out here
    shared_right = band(first, frame.right - across + named, frame.y, across - named, frame.height)
    shared_below = band(first, frame.x, frame.y, frame.width, down - named)
    assert ImageStat.Stat(shared_right).extrema[0][0] < 128  # the band is not blank
    # The same, but for anti-aliasing: a seam in a gutter need not fall on a whole pixel.
    beside = band(right, frame.x + named, frame.y, across - named, frame.height)
    assert difference(shared_right, beside) < 5
    under = band(below, frame.x, frame.bottom - down, frame.width, down - named)
    assert difference(shared_below, under) < 5
    # The art starts at the first sheet's top left corner: the lane stripes at the left
    # edge, the band's tinted plate at the top.
    assert ImageStat.Stat(band(first, frame.x - 0.5, frame.y, 3, frame.height)).extrema[0][0] < 128
    assert (
        ImageStat.Stat(band(first, frame.x, frame.bottom - 2.5, frame.width, 3)).extrema[0][1] < 252
    )
    # A band of the map that is not shared differs.
    assert (
        difference(
            shared_right, band(right, frame.right - across, frame.y, across - named, frame.height)
        )
        > 10
    )


def test_a_larger_scale_needs_more_sheets() -> None:
    layout = layout_map(TEMPLATES["cafe"], pdf_typesetter())
    counts = []
    for scale in (50, 100, 200, 400):
        options = PdfOptions(PdfLayout.POSTER, poster_scale=scale)
        art = art_of(TEMPLATES["cafe"], layout, options, pdf_typesetter())
        counts.append(plan_poster(art, options).sheet_count)
    assert counts == sorted(counts) and counts[0] < counts[-1]


# --- writing the file -------------------------------------------------------------------


def test_a_cancelled_export_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    path.write_bytes(b"the PDF from last week")

    def cancel(fraction: float) -> None:
        if fraction > 0.2:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_pdf(TEMPLATES["cafe"], path, PdfOptions(PdfLayout.HANDOUT), cancel)
    assert path.read_bytes() == b"the PDF from last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


def test_progress_runs_from_zero_to_one(tmp_path: Path) -> None:
    for layout in PdfLayout:
        told: list[float] = []
        export_pdf(TEMPLATES["saas"], tmp_path / "p.pdf", PdfOptions(layout), told.append)
        assert told == sorted(told) and told[-1] == 1.0 and all(0 <= f <= 1 for f in told)


def test_a_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveFailedError, match=r"the folder .* does not exist"):
        export(TEMPLATES["cafe"], tmp_path / "missing" / "map.pdf")


# --- what the pages look like -----------------------------------------------------------


def test_no_page_of_any_layout_is_blank(cafe_pdfs, pdftoppm: str, tmp_path: Path) -> None:
    for layout, (path, result) in cafe_pdfs.items():
        subprocess.run([pdftoppm, "-r", "20", "-gray", path, tmp_path / str(layout)], check=True)
        pictures = sorted(tmp_path.glob(f"{layout}-*.pgm"))
        assert len(pictures) == result.pages
        for picture in pictures:
            shades = Image.open(picture).histogram()  # grey levels, 0 black to 255 white
            inked = sum(shades[:200]) / sum(shades)
            assert inked > 0.01, f"{picture.name} is blank"


def test_the_first_card_is_where_the_layout_puts_it(cafe_pdfs) -> None:
    """The overview draws from the layout: the first card's title sits inside the first
    stage's column, below the stage headers."""
    path, _result = cafe_pdfs[PdfLayout.OVERVIEW]
    content = TEMPLATES["cafe"]
    first: CardRecord = min(
        content.cards, key=lambda c: (c.stage_id != content.stages[0].id, c.position)
    )
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        title_word = first.title.split()[0]
        stage = page.search(content.stages[0].name)[0]
        hits = [
            w for w in page.extract_words() if w["text"] == title_word and w["top"] > stage["top"]
        ]
    assert hits and abs(hits[0]["x0"] - stage["x0"]) < 20

"""Pictures made for slides and emails: a header and a legend with the map, one stage or
the curve alone, a 16:9 frame, notes run on where their cell has room."""

from __future__ import annotations

import dataclasses
import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_cli import fails_cleanly, run
from test_layout import TYPESETTER

from app.layout.geometry import Rect
from app.layout.glance import SLIDE_PIXELS
from app.layout.map_layout import Metrics, layout_map
from app.layout.picture import EMAIL_WIDTH, PNG_WIDTH, PictureChoice, chosen_content, plan_picture
from app.layout.shapes import Text, bounds
from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.interchange.templates import find_template, list_templates, load_template
from app.model.messages import english
from app.ui.app import open_window
from app.ui.canvas.emotion_items import PointItem
from app.ui.canvas.scene import MapScene
from app.ui.picture_dialog import PictureDialog
from app.ui.text_metrics import qt_typesetter

SVG = "{http://www.w3.org/2000/svg}"


def cafe() -> MapContent:
    return load_template(find_template("cafe")).content


def cafe_file(folder: Path, content: MapContent | None = None) -> Path:
    path = folder / "cafe.journey"
    Document.create(path, content or cafe()).close()
    return path


def svg_words(path: Path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text"))


def test_a_stage_on_a_slide_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "stage.png"
    result = run("export", cafe_file(tmp_path), "--png", out, "--stage", "2", "--frame", "16:9")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2400, 1350)


def test_the_curve_on_a_slide_reads_from_across_the_room(tmp_path: Path) -> None:
    """On a 1920-pixel slide the curve's labels are at least 20 pixels high (the SVG's
    units are the slide's pixels), not the 11 they are up close."""
    content = load_template(find_template("saas")).content
    out = tmp_path / "curve.svg"
    result = run("export", cafe_file(tmp_path, content), "--svg", out, "--curve", "--frame", "16:9")
    assert result.returncode == 0, result.stderr
    labels = {point.label for point in content.emotions if point.label}
    sizes = [
        float(text.get("font-size", "0"))
        for text in ET.parse(out).getroot().iter(f"{SVG}text")
        if (said := "".join(text.itertext()).rstrip("…"))
        and any(label.startswith(said) or said in label for label in labels)
    ]
    assert len(sizes) >= len(labels)  # every label shows, on one or more lines
    assert min(sizes) >= SLIDE_PIXELS


def test_the_curve_alone_as_svg_names_its_stage_and_says_what_it_shows(tmp_path: Path) -> None:
    out = tmp_path / "curve.svg"
    assert run("export", cafe_file(tmp_path), "--svg", out, "--curve").returncode == 0
    words = svg_words(out)
    content = cafe()
    assert f"{content.map.title} · the emotion curve" in words
    assert all(stage.name in words for stage in content.stages)
    assert "Curious" in words and "lowest point" in words and content.personas[0].name in words
    assert content.cards[0].title.split()[0] not in words  # no card, no lane but emotions
    assert "Pain points" not in words  # nor in the legend
    families = {
        element.attrib["font-family"]
        for element in ET.parse(out).getroot().iter()
        if "font-family" in element.attrib
    }
    assert families == {"DejaVu Sans, Droid Sans Fallback, NanumGothic, sans-serif"}


def test_wrong_picture_choices_are_refused_in_one_line(tmp_path: Path) -> None:
    path = cafe_file(tmp_path)
    fails_cleanly(
        run("export", path, "--png", tmp_path / "x.png", "--stage", "9"),
        "--stage 9 is not a stage of this map (1 to 6)",
    )
    kept = [lane for lane in cafe().lanes if lane.kind != "emotions"]
    no_curve = dataclasses.replace(
        cafe(),
        lanes=tuple(dataclasses.replace(lane, position=i) for i, lane in enumerate(kept)),
        cards=tuple(card for card in cafe().cards if card.lane_id in {k.id for k in kept}),
        emotions=(),
    )
    bare = tmp_path / "bare"
    bare.mkdir()
    fails_cleanly(
        run("export", cafe_file(bare, no_curve), "--svg", tmp_path / "x.svg", "--curve"),
        "--curve: the map has no Emotions lane",
    )
    mixed = run("export", path, "--pdf", tmp_path / "x.pdf", "--frame", "16:9")
    assert mixed.returncode == 2 and "--frame applies only to --png and --svg" in mixed.stderr
    assert not list(tmp_path.glob("x.*"))


CHOICES = [
    PictureChoice(),
    PictureChoice(frame=(16, 9)),
    PictureChoice(stage=2, frame=(16, 9)),
    PictureChoice(stage=1),
    PictureChoice(curve=True, frame=(16, 9)),
]


@pytest.mark.parametrize("choice", CHOICES, ids=str)
@pytest.mark.parametrize("template", [t.id for t in list_templates()])
def test_header_map_and_legend_share_the_page_without_overlapping(
    template: str, choice: PictureChoice
) -> None:
    content = load_template(find_template(template)).content
    if choice.stage is not None and not content.stages:
        return
    shown, hidden = chosen_content(content, choice)
    layout = layout_map(shown, TYPESETTER, hidden_lanes=hidden)
    plan = plan_picture(content, (layout.width, layout.height), choice, TYPESETTER, english)
    if choice.frame is not None:
        assert plan.width / plan.height == pytest.approx(16 / 9)
    page = Rect(0, 0, plan.width, plan.height)
    placed = plan.map_target(layout.width, layout.height)
    words = [shape for shape in plan.shapes if isinstance(shape, Text)]
    assert words, "a header and a legend"
    for box in [placed, *(shape.rect for shape in words)]:
        assert page.x <= box.x and box.right <= page.right + 1e-6
        assert page.y <= box.y and box.bottom <= page.bottom + 1e-6
    for shape in words:
        rect = shape.rect
        apart = (
            rect.bottom <= placed.y
            or placed.bottom <= rect.y
            or rect.right <= placed.x
            or placed.right <= rect.x
        )
        assert apart, shape.lines
    for first, second in itertools.combinations(words, 2):
        a, b = first.rect, second.rect
        assert a.bottom <= b.y or b.bottom <= a.y or a.right <= b.x or b.right <= a.x
    if choice.frame is not None:  # words a room reads on a full-HD slide
        assert min(shape.style.size for shape in words) >= 20
    assert bounds(plan.shapes).right <= plan.width


def test_a_pictures_legend_explains_what_the_rows_do_not(tmp_path: Path) -> None:
    """The rows name themselves beside their colour, so the legend does not name them
    again; it explains the ringed face of a call-out, and the channel · owner at a
    card's foot where the cards are seen large enough to show it."""
    content = load_template(find_template("saas")).content
    path = cafe_file(tmp_path, content)
    large, slide = tmp_path / "large.svg", tmp_path / "slide.svg"
    assert run("export", path, "--svg", large).returncode == 0
    assert run("export", path, "--svg", slide, "--frame", "16:9").returncode == 0
    for out in (large, slide):
        words = svg_words(out)
        for lane in content.lanes:
            assert words.count(lane.title) == 1, (out.name, lane.title)
        assert "lowest point, biggest drop" in words
    assert "channel · owner" in svg_words(large)
    assert "channel · owner" not in svg_words(slide)  # its cards show their titles alone


def test_a_legend_beside_a_tall_map_stands_next_to_it() -> None:
    content = cafe()
    layout = layout_map(content, TYPESETTER)
    size = (layout.width, layout.height)
    plan = plan_picture(content, size, PictureChoice(frame=(16, 9)), TYPESETTER, english)
    placed = plan.map_target(*size)
    words = [shape.rect for shape in plan.shapes if isinstance(shape, Text)]
    legend = [rect for rect in words if rect.bottom > placed.y]  # not the header
    assert min(rect.x for rect in legend) >= placed.right  # beside the map
    gap = min(rect.x for rect in legend) - placed.right
    assert gap <= 100, gap  # next to it, not across the slide
    left, right = placed.x, max(rect.right for rect in legend)
    assert left == pytest.approx(plan.width - right, abs=plan.width * 0.1)  # centred together


def test_notes_run_on_where_their_cell_has_room_and_nowhere_else() -> None:
    content = cafe()
    short = layout_map(content, TYPESETTER)
    full = layout_map(content, TYPESETTER, Metrics(words_fill_cells=True))
    grown = [
        card_id
        for card_id, box in full.cards.items()
        if len(box.notes_lines) > len(short.cards[card_id].notes_lines)
    ]
    assert grown, "some notes were cut to two lines beside empty room"
    assert full.height == short.height and [lane.row for lane in full.lanes] == [
        lane.row for lane in short.lanes
    ]
    for box in full.cards.values():
        cell = full.cells[(box.stage_id, box.lane_id)]
        assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom
        assert box.rect.height - short.cards[box.card_id].rect.height == pytest.approx(
            (len(box.notes_lines) - len(short.cards[box.card_id].notes_lines)) * 11 * 1.3
        )
    for first, second in itertools.combinations(full.cards.values(), 2):
        a, b = first.rect, second.rect
        assert a.bottom <= b.y or b.bottom <= a.y or a.right <= b.x or b.right <= a.x


def test_the_dialog_offers_the_choices_and_remembers_the_last(qtbot: QtBot) -> None:
    content = cafe()
    dialog = PictureDialog(content, PictureChoice())
    qtbot.addWidget(dialog)
    assert dialog.whole.isChecked() and not dialog.slide.isChecked()
    assert dialog.choice() == PictureChoice()
    dialog.stages.setCurrentIndex(2)
    dialog.slide.setChecked(True)
    assert dialog.choice() == PictureChoice(stage=3, frame=(16, 9))
    dialog.curve.setChecked(True)
    assert dialog.choice() == PictureChoice(curve=True, frame=(16, 9))
    again = PictureDialog(content, PictureChoice(stage=3, frame=(16, 9)))
    qtbot.addWidget(again)
    assert again.one_stage.isChecked() and again.stages.currentIndex() == 2
    assert again.slide.isChecked()
    assert again.choice().width == PNG_WIDTH
    again.widths.setCurrentIndex(again.widths.findData(EMAIL_WIDTH))
    assert again.choice() == PictureChoice(stage=3, frame=(16, 9), width=800)
    for_email = PictureDialog(content, again.choice())
    qtbot.addWidget(for_email)
    assert for_email.choice().width == EMAIL_WIDTH  # remembered


def test_a_picture_for_an_email_is_as_wide_as_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(cafe_file(tmp_path))
    qtbot.addWidget(window)
    out = tmp_path / "for-email.png"
    window.choose_picture = lambda content: PictureChoice(width=EMAIL_WIDTH)
    window.choose_picture_path = lambda title, suffix: out
    window.actions_by_name["export_png"].trigger()
    assert QImage(str(out)).width() == EMAIL_WIDTH
    window.close()


def test_seen_small_the_emotion_lane_sets_its_words_to_read(qtbot: QtBot) -> None:
    """What a picture does before it paints (and the canvas when zoomed out): the lane
    is laid out again with type that reads at that size, and its items draw it."""
    scene = MapScene(qt_typesetter())
    scene.show_content(cafe())
    assert scene.layout is not None and scene.layout.emotions is not None
    cards = dict(scene.layout.cards)
    scene.set_zoom(0.4)  # the café in an 800-pixel picture
    lane = scene.layout.emotions
    assert lane.text.label.size * 0.4 >= 9 and lane.labels
    assert scene.layout.cards == cards  # no card moved
    drawn = {
        shape.style.size
        for item in scene.items()
        if isinstance(item, PointItem)
        for shape in item.shapes
        if isinstance(shape, Text)
    }
    assert lane.text.label.size in drawn
    scene.set_zoom(1.0)
    assert scene.layout.emotions.text.label.size == 11


def test_a_stage_alone_tags_the_low_points_of_the_whole_journey() -> None:
    content = cafe()
    shown, hidden = chosen_content(content, PictureChoice(stage=2))
    lane = layout_map(shown, TYPESETTER, hidden_lanes=hidden).emotions
    assert lane is not None
    drawn = [point for curve in lane.curves for point in curve.points]
    assert {point.stage_id for point in drawn} == {content.stages[1].id}
    said = " ".join(words.lines[0] for words in lane.tags.values())
    assert "biggest drop" in said  # +1 in stage 1 to −1 here
    assert "lowest point" not in said  # −2 is in stage 3, not drawn


def test_with_several_curves_a_tag_says_whose_point_it_marks() -> None:
    content = load_template(find_template("saas")).content
    lane = layout_map(content, TYPESETTER).emotions
    assert lane is not None
    names = {persona.id: persona.name for persona in content.personas}
    owner = {point.point_id: point.persona_id for curve in lane.curves for point in curve.points}
    for point_id, words in lane.tags.items():
        assert words.lines[0][2:].startswith(f"{names[owner[point_id]]}: ")

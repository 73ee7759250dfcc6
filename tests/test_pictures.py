"""Pictures of the canvas: every template and real map renders, and is not blank."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from pytestqt.qtbot import QtBot

from app.layout.picture import PictureChoice
from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import Template, find_template, list_templates, load_template
from app.ui.canvas.scene import MapScene
from app.ui.pictures import render_image, render_thumbnail, save_png, save_svg
from app.ui.qt_app import application
from app.ui.settings import Settings
from app.ui.start_dialog import PREVIEW, StartDialog
from app.ui.text_metrics import qt_typesetter

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")


def ink_share(image: QImage) -> float:
    """The share of sampled pixels that are not white: 0 for a blank picture."""
    sampled = inked = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            sampled += 1
            inked += QColor(image.pixel(x, y)) != QColor("white")
    return inked / sampled


def distinct_colours(image: QImage) -> int:
    return len(
        {image.pixel(x, y) for y in range(0, image.height(), 9) for x in range(0, image.width(), 9)}
    )


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.id)
def test_every_template_renders_a_picture_that_is_not_blank(
    qtbot: QtBot, tmp_path: Path, template: Template
) -> None:
    application()
    out = tmp_path / f"{template.id}.png"
    save_png(load_template(template).content, out, PictureChoice(width=1600))
    image = QImage(str(out))
    assert image.width() == 1600 and image.height() > 500
    assert ink_share(image) > 0.3
    assert distinct_colours(image) > 20  # lane colours, text, faces: not a flat fill


def test_real_maps_render_too(qtbot: QtBot, tmp_path: Path, real_map_files: list[Path]) -> None:
    application()
    for source in real_map_files:
        content: MapContent = read_map_file(source).content
        out = tmp_path / f"{source.stem}.png"
        save_png(content, out, PictureChoice(width=1200))
        assert ink_share(QImage(str(out))) > 0.3


def test_export_png_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    Document.create(path, load_template(find_template("retail")).content).close()
    out = tmp_path / "shop.png"
    result = subprocess.run(
        [JOURNEYBOARD, "export", path, "--png", out, "--width", "900"],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 900 and ink_share(image) > 0.3


SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(root: ET.Element) -> list[str]:
    """The text of every <text> element, in order: one line of the canvas each."""
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def laid_out_titles(content: MapContent) -> dict[str, tuple[str, ...]]:
    """Each card's title as the canvas wraps it, keyed by the full title."""
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
    return {card.title: scene.card_item(card.id).box.title_lines for card in content.cards}


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.id)
def test_an_svg_keeps_the_canvas_as_shapes_and_text(
    qtbot: QtBot, tmp_path: Path, template: Template
) -> None:
    application()
    content = load_template(template).content
    out = tmp_path / f"{template.id}.svg"
    save_svg(content, out)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.findtext(f"{SVG}title") == content.map.title
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
    width, height = scene.sceneRect().width(), scene.sceneRect().height()
    x, y, view_width, view_height = map(float, root.attrib["viewBox"].split())
    assert (x, y) == (0, 0)
    assert view_width == pytest.approx(width)  # one layout unit is one pixel
    assert view_height > height  # a header above the map and a legend below it
    assert float(root.attrib["width"].removesuffix("mm")) / 25.4 * 96 == pytest.approx(width, 1)
    assert list(root.iter(f"{SVG}image")) == []  # no item was drawn as a bitmap
    lines = svg_texts(root)
    assert content.map.title in " ".join(lines)
    assert all(lane.title in lines for lane in content.lanes if len(lane.title) < 12)
    for title, title_lines in laid_out_titles(content).items():
        assert title_lines and all(line in lines for line in title_lines), title


def test_user_text_is_escaped_in_an_svg(qtbot: QtBot, tmp_path: Path) -> None:
    application()
    tricky = 'S&P <b>bold</b> "quoted"'
    content = load_template(find_template("cafe")).content
    content = dataclasses.replace(
        content,
        map=dataclasses.replace(content.map, title=tricky),
        cards=(dataclasses.replace(content.cards[0], title=tricky), *content.cards[1:]),
    )
    out = tmp_path / "tricky.svg"
    save_svg(content, out)
    assert "<b>" not in out.read_text(encoding="utf-8")
    root = ET.parse(out).getroot()
    assert root.findtext(f"{SVG}title") == tricky
    title_lines = laid_out_titles(content)[tricky]
    assert " ".join(title_lines) == tricky
    lines = svg_texts(root)
    assert all(line in lines for line in title_lines)


def test_export_svg_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    Document.create(path, load_template(find_template("retail")).content).close()
    out = tmp_path / "shop.svg"
    result = subprocess.run(
        [JOURNEYBOARD, "export", path, "--svg", out],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {out}\n"
    assert ET.parse(out).getroot().tag == f"{SVG}svg"


def test_an_svg_that_cannot_be_written_fails_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    Document.create(path, load_template(find_template("retail")).content).close()
    out = tmp_path / "missing" / "shop.svg"
    result = subprocess.run(
        [JOURNEYBOARD, "export", path, "--svg", out], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"journeyboard: “{out}” could not be written: the folder “{out.parent}” does not "
        "exist. Nothing was changed.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.journey"]


def test_characters_xml_cannot_hold_are_left_out_of_the_svg(tmp_path: Path, qtbot: QtBot) -> None:
    content = load_template(find_template("cafe")).content
    first = dataclasses.replace(content.cards[0], title="Half\ufffe and\uffff half")
    content = dataclasses.replace(content, cards=(first, *content.cards[1:]))
    path = tmp_path / "map.svg"
    save_svg(content, path)
    texts = "".join(ET.parse(path).getroot().itertext())
    assert "Half and half" in texts


def test_a_picture_too_large_to_draw_says_the_width_that_fits(tmp_path: Path) -> None:
    source = Path(__file__).parent / "data" / "real-maps" / "ems-enterprise-ai-reach-value.json"
    path = tmp_path / "real.journey"
    imported = read_map_file(source)
    Document.create(path, imported.content).close()
    out = tmp_path / "real.png"
    result = subprocess.run(
        [JOURNEYBOARD, "export", path, "--png", out, "--width", "20000"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert re.fullmatch(
        r"journeyboard: A picture of 20,000 × [\d,]+ pixels is too large to draw \(at most 400 "
        r"million pixels\): make it at most ([\d,]+) pixels wide\.",
        line,
    ), line
    assert not out.exists()


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.id)
def test_the_start_dialog_shows_each_template_whole_with_its_cards_text(
    qtbot: QtBot, template: Template
) -> None:
    dialog = StartDialog(Settings())
    qtbot.addWidget(dialog)
    row = [t.id for t in list_templates()].index(template.id)
    dialog.templates.setCurrentRow(row)
    shown = dialog.preview.pixmap().toImage()
    assert shown.width() <= PREVIEW.width() and shown.height() <= PREVIEW.height()
    assert shown.width() == PREVIEW.width() or shown.height() == PREVIEW.height()
    whole = render_image(load_template(template).content, 1200)
    assert shown.width() / shown.height() == pytest.approx(whole.width() / whole.height(), rel=0.02)
    content = load_template(template).content
    if content.cards:  # titles large enough to read, not empty boxes
        untitled = dataclasses.replace(
            content, cards=tuple(dataclasses.replace(card, title=".") for card in content.cards)
        )
        without_titles = render_thumbnail(untitled, PREVIEW)
        assert dark_pixels(shown) > 1.3 * dark_pixels(without_titles)


def dark_pixels(image: QImage) -> int:
    """How many pixels are as dark as text."""
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 110
    )


def test_the_hints_of_empty_lanes_show_in_the_editor_and_never_in_a_picture(
    qtbot: QtBot, tmp_path: Path
) -> None:
    application()
    content = load_template(find_template("blank")).content
    editor = MapScene(qt_typesetter())
    editor.show_content(content)
    drawn = tmp_path / "editor.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(drawn))
    generator.setViewBox(editor.sceneRect())
    painter = QPainter(generator)
    editor.render(painter, editor.sceneRect(), editor.sceneRect())
    painter.end()
    in_editor = " ".join(svg_texts(ET.parse(drawn).getroot()))
    assert "double-click in a stage to add a point" in " ".join(in_editor.split())
    picture = tmp_path / "blank.svg"
    save_svg(content, picture)
    in_picture = " ".join(svg_texts(ET.parse(picture).getroot()))
    assert "double-click" not in in_picture and "What goes wrong" not in in_picture

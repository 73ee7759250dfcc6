"""A picture on a card: chosen in the inspector, kept inside the file, drawn on the canvas
and in the PDF; a damaged one refused with a message, or left out where it cannot be
drawn."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window, in_file, workspace
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from test_pdf import images_of

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.layout.geometry import Rect
from app.layout.map_layout import Metrics
from app.model.interchange.templates import find_template, load_template
from app.ui.canvas.scene import MapScene
from app.ui.main_window import MainWindow

MAGENTA = "#ff00ff"


def png(path: Path, colour: str = MAGENTA, width: int = 60, height: int = 40) -> Path:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    assert picture.save(str(path))
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        yield window


def choose_picture(qtbot: QtBot, window: MainWindow, card_id: str, path: Path) -> None:
    space = workspace(window)
    space.scene.select_only(space.scene.card_item(card_id))
    space.inspector.choose_picture_file = lambda: str(path)
    button = space.inspector.form.findChild(QPushButton, "choose-image")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def colour_at_picture(scene: MapScene, card_id: str) -> QColor:
    """The colour the canvas paints in the middle of the card's picture band."""
    scene.relayout()
    box = scene.card_item(card_id).box
    assert box.picture is not None
    x, y = box.rect.x + box.picture.center.x, box.rect.y + box.picture.center.y
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 4, 4), QRectF(x - 2, y - 2, 4, 4))
    painter.end()
    return image.pixelColor(2, 2)


def test_a_picture_chosen_for_a_card_is_kept_in_the_file_and_drawn(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    space = workspace(window)
    card = space.open_map.content().cards[0]
    height_before = space.scene.card_item(card.id).box.rect.height
    picture = png(tmp_path / "chalkboard.png")

    choose_picture(qtbot, window, card.id, picture)

    kept = next(c for c in in_file(window).cards if c.id == card.id)
    assert kept.image == picture.read_bytes()
    qtbot.waitUntil(lambda: space.scene.card_item(card.id).box.picture is not None)
    box = space.scene.card_item(card.id).box
    expected = Metrics().card_picture_height + 2 * Metrics().card_picture_gap
    assert box.rect.height == pytest.approx(height_before + expected)
    assert colour_at_picture(space.scene, card.id) == QColor(MAGENTA)
    assert space.open_map.undo_stack.undoText() == "Change card picture"

    window.actions_by_name["undo"].trigger()
    assert next(c for c in in_file(window).cards if c.id == card.id).image is None
    qtbot.waitUntil(lambda: space.scene.card_item(card.id).box.picture is None)

    window.actions_by_name["redo"].trigger()
    space.scene.select_only(space.scene.card_item(card.id))
    qtbot.mouseClick(
        space.inspector.form.findChild(QPushButton, "remove-image"), Qt.MouseButton.LeftButton
    )
    assert next(c for c in in_file(window).cards if c.id == card.id).image is None


def test_a_damaged_card_picture_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    space = workspace(window)
    card = space.open_map.content().cards[0]
    cut = tmp_path / "cut.png"
    cut.write_bytes(png(tmp_path / "whole.png").read_bytes()[:40])

    choose_picture(qtbot, window, card.id, cut)

    assert next(c for c in in_file(window).cards if c.id == card.id).image is None
    assert space.open_map.undo_stack.count() == 0
    notices = [label.text() for label in space.inspector.form.findChildren(QLabel)]
    assert any("“cut.png” is a damaged picture" in text for text in notices)


def test_card_pictures_print_on_the_map_and_the_stage_pages(tmp_path: Path) -> None:
    cafe = load_template(find_template("cafe")).content
    picture = png(tmp_path / "menu.png", "#15803d", 80, 30).read_bytes()
    broken = b"\x89PNG\r\n\x1a\n" + bytes(30)  # passes the map's checks, cannot be drawn
    cards = (
        dataclasses.replace(cafe.cards[0], image=picture),
        dataclasses.replace(cafe.cards[1], image=broken),
        *cafe.cards[2:],
    )
    content = dataclasses.replace(cafe, cards=cards)
    for layout, least in ((PdfLayout.OVERVIEW, 1), (PdfLayout.HANDOUT, 2)):
        out = tmp_path / f"{layout.value}.pdf"
        export_pdf(content, out, PdfOptions(layout))
        reader = PdfReader(out)
        assert len(images_of(reader.pages)) >= least, layout
    overview = PdfReader(tmp_path / "overview.pdf")
    assert len(images_of(overview.pages)) == 1, "the broken picture is left out"


def test_a_picture_is_fitted_into_its_band_whole_centred_and_keeping_its_shape() -> None:
    band = Rect(10, 20, 200, 90)
    wide = band.fitted(400, 100)  # limited by the width
    assert (wide.x, wide.width, wide.height) == (10, 200, 50) and wide.center == band.center
    tall = band.fitted(30, 60)  # limited by the height
    assert (tall.y, tall.width, tall.height) == (20, 45, 90) and tall.center == band.center

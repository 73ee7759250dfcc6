"""Pictures of the canvas: every template and real map renders, and is not blank."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.model.document import Document
from app.model.interchange import read_map_file
from app.model.records import MapContent
from app.model.templates import Template, find_template, list_templates, load_template
from app.ui.pictures import save_png
from app.ui.qt_app import application

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
    save_png(load_template(template).content, out, 1600)
    image = QImage(str(out))
    assert image.width() == 1600 and image.height() > 500
    assert ink_share(image) > 0.3
    assert distinct_colours(image) > 20  # lane colours, text, faces: not a flat fill


def test_real_maps_render_too(qtbot: QtBot, tmp_path: Path, real_map_files: list[Path]) -> None:
    application()
    for source in real_map_files:
        content: MapContent = read_map_file(source).content
        out = tmp_path / f"{source.stem}.png"
        save_png(content, out, 1200)
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
        env={k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 900 and ink_share(image) > 0.3

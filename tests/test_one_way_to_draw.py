"""The canvas and the PDF paint the map's marks from one description (app.layout.shapes):
the same map drawn by both, at one layout unit per pixel, looks the same."""

from __future__ import annotations

import dataclasses
import math
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas
from test_emotion_lane import along

from app.export.map_drawing import draw_map
from app.export.pdf_fonts import register_fonts
from app.layout.geometry import Rect
from app.layout.map_layout import MapLayout
from app.layout.map_marks import card_badges
from app.layout.shapes import Plate
from app.model.data.records import MapContent
from app.model.interchange.templates import find_template, load_template
from app.ui.canvas.scene import MapScene
from app.ui.qt_app import application
from app.ui.text_metrics import measure, qt_typesetter

SOFTEN = ImageFilter.GaussianBlur(1)
"""Both pictures are softened a little before they are compared: the two rasterisers
antialias edges differently, and a picture a pixel off is not another picture."""
MARKS_WITHOUT_WORDS = 15.0
"""The most two renderings of a face, a badge or a plate may differ, on average, in grey
levels of 255: antialiasing differs by a little along every edge."""
INK_SHIFT = 2.0
"""How far, in pixels, the centre of a mark's ink may lie from where the other renderer
puts it."""
MARKS_WITH_WORDS = 35.0
"""Words differ more (hinting, a pixel of baseline), but a word missing or moved does not
pass."""


def canvas_picture(scene: MapScene, out: Path) -> Image.Image:
    layout = scene.layout
    assert layout is not None
    width, height = int(layout.width), int(layout.height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    area = QRectF(0, 0, width, height)
    scene.render(painter, area, area)
    painter.end()
    image.save(str(out))
    return Image.open(out).convert("L")


def pdf_picture(layout: MapLayout, scene: MapScene, pdftoppm: str, folder: Path) -> Image.Image:
    width, height = int(layout.width), int(layout.height)
    register_fonts()
    pdf = Canvas(str(folder / "map.pdf"), pagesize=(width, height))
    pdf.translate(0, height)  # the map's y runs down from the top of the page
    draw_map(pdf, layout, scene.content())
    pdf.save()
    subprocess.run(
        [pdftoppm, "-png", "-r", "72", "-singlefile", folder / "map.pdf", folder / "map"],
        check=True,
    )
    return Image.open(folder / "map.png").convert("L")


def ink_centre(picture: Image.Image) -> tuple[float, float]:
    """Where the marks of a picture lie: the centre of what differs from its background
    (its commonest grey), weighted by how much it differs."""
    background = max(range(256), key=picture.histogram().__getitem__)
    total = across = down = 0.0
    for index, level in enumerate(picture.get_flattened_data()):
        weight = abs(level - background)
        total += weight
        across += weight * (index % picture.width)
        down += weight * (index // picture.width)
    return (across / total, down / total) if total else (0.0, 0.0)


def regions(layout: MapLayout) -> Iterator[tuple[str, Rect, float]]:
    """Each mark worth comparing, and how far its two pictures may differ."""
    lane = layout.emotions
    assert lane is not None
    for name, rect in lane.boxes():
        plain = name.startswith(("face", "scale face"))
        yield name, rect, MARKS_WITHOUT_WORDS if plain else MARKS_WITH_WORDS
    for card in layout.cards.values():
        yield f"card {card.title}", card.rect, MARKS_WITH_WORDS
        for shape in card_badges(card, measure):
            if isinstance(shape, Plate):
                yield f"badge of {card.title}", shape.rect, MARKS_WITH_WORDS
    for stage in layout.stages:
        yield f"stage {stage.name}", stage.rect, MARKS_WITH_WORDS
    for lane_box in layout.lanes:
        stripe = Rect(lane_box.rect.x, lane_box.rect.y, 6, lane_box.rect.height)
        yield f"stripe of {lane_box.title}", stripe, MARKS_WITHOUT_WORDS


def five_personas() -> MapContent:
    """The SaaS template with three personas more, so that every outline of a face is
    drawn (each new one feels as the first does, a score lower), and votes on its cards."""
    content = load_template(find_template("saas")).content
    first = content.personas[0]
    personas, points = list(content.personas), list(content.emotions)
    for number in range(2, 5):
        persona = dataclasses.replace(
            first, id=f"extra{number}", position=number, name=f"P{number}"
        )
        personas.append(persona)
        points += [
            dataclasses.replace(
                point, id=f"{persona.id}-{i}", persona_id=persona.id, score=max(-3, point.score - 1)
            )
            for i, point in enumerate(content.curve(first.id))
        ]
    voted = tuple(
        dataclasses.replace(card, votes=number % 12) for number, card in enumerate(content.cards)
    )
    return dataclasses.replace(
        content, personas=tuple(personas), cards=voted, emotions=tuple(points)
    )


MAPS = {"saas": lambda: load_template(find_template("saas")).content, "five": five_personas}


@pytest.mark.parametrize("name", MAPS)
def test_the_canvas_and_the_pdf_draw_the_same_map(name: str, pdftoppm: str, tmp_path: Path) -> None:
    application()
    scene = MapScene(qt_typesetter())
    scene.show_content(MAPS[name]())
    layout = scene.layout
    assert layout is not None
    on_screen = canvas_picture(scene, tmp_path / "canvas.png")
    on_paper = pdf_picture(layout, scene, pdftoppm, tmp_path)
    assert on_screen.size == on_paper.size
    compared = 0
    for name, rect, most in regions(layout):
        box = (int(rect.x) - 1, int(rect.y) - 1, int(rect.right) + 2, int(rect.bottom) + 2)
        difference = ImageChops.difference(
            on_screen.crop(box).filter(SOFTEN), on_paper.crop(box).filter(SOFTEN)
        )
        levels = difference.histogram()
        mean = sum(level * count for level, count in enumerate(levels)) / sum(levels)
        assert mean <= most, f"{name} differs by {mean:.1f}"
        screen_ink, paper_ink = ink_centre(on_screen.crop(box)), ink_centre(on_paper.crop(box))
        assert math.dist(screen_ink, paper_ink) <= INK_SHIFT, f"{name} is drawn elsewhere"
        compared += 1
    assert compared > 60


def test_a_curve_runs_on_over_the_plate_of_a_label_it_crosses(
    pdftoppm: str, tmp_path: Path
) -> None:
    """Where a curve crosses a label's plate (beside its words), both renderers draw the
    curve there: the plate keeps grid lines out of the words, not the curve's shape."""
    application()
    scene = MapScene(qt_typesetter())
    scene.show_content(MAPS["five"]())
    layout = scene.layout
    assert layout is not None and layout.emotions is not None
    lane = layout.emotions
    padding = lane.text.padding
    faces = [point.face_rect for curve in lane.curves for point in curve.points]
    crossings = [
        (round(point.x), round(point.y))
        for words in lane.labels.values()
        for curve in lane.curves
        if curve.persona_index == 0  # solid: the others' dashes have gaps
        for piece in curve.segments
        for point in along(piece, 400)
        if words.rect.y + 2 < point.y < words.rect.bottom - 2
        and (
            words.rect.x + 1 < point.x < words.rect.x + padding - 1
            or words.rect.right - padding + 1 < point.x < words.rect.right - 1
        )
        and not any(  # a face is drawn over the curve it sits on
            face.x - 2 < point.x < face.right + 2 and face.y - 2 < point.y < face.bottom + 2
            for face in faces
        )
    ]
    assert crossings, "five personas' curves leave some labels no room clear of them"
    on_screen = canvas_picture(scene, tmp_path / "canvas.png")
    on_paper = pdf_picture(layout, scene, pdftoppm, tmp_path)
    for picture in (on_screen, on_paper):  # the curve's ink, not white, within a pixel
        assert all(darkest_near(picture, at) < 200 for at in crossings)


def darkest_near(picture: Image.Image, at: tuple[int, int]) -> int:
    """The darkest pixel at `at` or beside it: a steep line two pixels wide may pass a
    point of its centre line rounded to the pixel beside."""
    x, y = at
    values = [picture.getpixel((x + dx, y + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    grey = [value for value in values if isinstance(value, (int, float))]
    assert len(grey) == len(values), "a grey picture"
    return int(min(grey))

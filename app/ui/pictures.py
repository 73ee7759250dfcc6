"""Pictures of a map, rendered from the canvas's scene with no window: PNG and SVG.

The scene is the one the editor shows, so a picture looks exactly like the canvas.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app import __version__
from app.model.errors import SaveFailedError
from app.model.records import MapContent
from app.model.safe_write import written_beside
from app.ui.canvas.scene import MapScene
from app.ui.text_metrics import qt_typesetter

DEFAULT_WIDTH = 2400
MAX_PIXELS = 20_000 * 20_000
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML cannot hold (U+FFFE, U+FFFF): Qt writes them as they are, which would
make the file unreadable, so they are left out."""
SVG_DPI = 96
"""CSS's pixels per inch: the SVG's size then says one layout unit is one pixel."""


def _picture_scene(content: MapContent) -> MapScene:
    """The canvas's scene for one picture. Items drop their pixmap caches: a picture is
    painted once, so a cache only costs, and in an SVG a cached item would be a bitmap
    rather than shapes and text."""
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def render_image(content: MapContent, width: int = DEFAULT_WIDTH) -> QImage:
    """The whole map at `width` pixels wide, on white."""
    scene = _picture_scene(content)
    source = scene.sceneRect()
    height = max(1, round(source.height() * width / source.width()))
    if width * height > MAX_PIXELS:
        raise ValueError(f"a picture of {width:,} × {height:,} pixels is too large")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def save_png(content: MapContent, path: Path, width: int = DEFAULT_WIDTH) -> None:
    image = render_image(content, width)
    with written_beside(path) as temporary:
        writer = QImageWriter(str(temporary), QByteArray(b"png"))
        if not writer.write(image):
            raise SaveFailedError(path, writer.errorString().lower())


def render_svg(content: MapContent) -> bytes:
    """The whole map as SVG at its natural size, one layout unit to one pixel. Text stays
    text, so slides can be searched and the picture stays sharp at any zoom."""
    scene = _picture_scene(content)
    source = scene.sceneRect()
    target = QRectF(0, 0, source.width(), source.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SVG_DPI)
    generator.setSize(QSize(round(target.width()), round(target.height())))
    generator.setViewBox(target)
    generator.setTitle(content.map.title)
    generator.setDescription(_description(content))
    painter = QPainter(generator)
    painter.fillRect(target, QColor("white"))
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    svg = bytes(buffer.data().data()).decode("utf-8")
    return _NOT_XML.sub("", svg).encode("utf-8")


def save_svg(content: MapContent, path: Path) -> None:
    """Render first, then write beside `path` and rename, so that a failure leaves no
    half-written file (a failure is raised as SaveFailedError)."""
    svg = render_svg(content)
    with written_beside(path) as temporary:
        temporary.write_bytes(svg)


def _description(content: MapContent) -> str:
    made = f"A customer journey map drawn by Journeyboard {__version__}."
    return f"{content.map.objective} — {made}" if content.map.objective else made

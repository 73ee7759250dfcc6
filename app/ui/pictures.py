"""Pictures of a map, rendered from the canvas's scene with no window: PNG (and SVG).

The scene is the one the editor shows, so a picture looks exactly like the canvas.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from app.model.errors import SaveFailedError
from app.model.records import MapContent
from app.ui.canvas.scene import MapScene
from app.ui.text_metrics import qt_typesetter

DEFAULT_WIDTH = 2400
MAX_PIXELS = 20_000 * 20_000


def render_image(content: MapContent, width: int = DEFAULT_WIDTH) -> QImage:
    """The whole map at `width` pixels wide, on white."""
    scene = MapScene(qt_typesetter())
    scene.show_content(content)
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
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise SaveFailedError(path, writer.errorString().lower())

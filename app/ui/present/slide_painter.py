"""A slide painted with QPainter in a theme: its background, then each layer's shapes at
the layer's place and scale. The projector, the presenter's preview of the next slide and
the tests all paint a slide this way."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from app.layout.slides.slide import Slide
from app.layout.themes import Theme
from app.ui.canvas.shape_painter import paint_shapes


def paint_slide(painter: QPainter, slide: Slide, theme: Theme) -> None:
    width, height = slide.size
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.slide))
    for layer in slide.layers:
        painter.save()
        painter.translate(layer.origin.x, layer.origin.y)
        painter.scale(layer.scale, layer.scale)
        paint_shapes(painter, layer.shapes, theme)
        painter.restore()


def slide_image(slide: Slide, theme: Theme, scale: float = 1.0) -> QImage:
    """The slide as a picture, `scale` times its size."""
    width, height = slide.size
    image = QImage(QSize(round(width * scale), round(height * scale)), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_slide(painter, slide, theme)
    painter.end()
    return image

"""Pictures kept in a map (persona photos, card pictures), as the PDF prints them.

Each is decoded in full before it is printed, so that a damaged one is left out rather
than failing the export: the map checks only its first bytes and its size.
"""

from __future__ import annotations

from io import BytesIO

import PIL.Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image

from app.layout.geometry import Rect


def picture_size(data: bytes | None) -> tuple[int, int] | None:
    """The width and height in pixels of a picture that decodes; None for no picture or
    one that does not."""
    if not data:
        return None
    try:
        with PIL.Image.open(BytesIO(data)) as picture:
            picture.load()
            width, height = picture.size
    except Exception:  # Pillow raises many kinds of error for a bad picture: leave it out
        return None
    return (width, height) if width > 0 and height > 0 else None


def fitted_image(data: bytes | None, width: float, height: float) -> Image | None:
    """A flowable of the picture as large as fits in `width` × `height`, keeping its
    shape; None if there is none or it does not decode."""
    size = picture_size(data)
    if data is None or size is None:
        return None
    scale = min(width / size[0], height / size[1])
    return Image(BytesIO(data), width=size[0] * scale, height=size[1] * scale)


def draw_fitted(canvas: Canvas, data: bytes | None, band: Rect) -> None:
    """The picture fitted into `band` (layout units, y down, drawn at -y as the map's
    cards are), centred and keeping its shape; nothing if it does not decode."""
    size = picture_size(data)
    if data is None or size is None:
        return
    at = band.fitted(*size)
    canvas.drawImage(ImageReader(BytesIO(data)), at.x, -at.bottom, at.width, at.height, mask="auto")

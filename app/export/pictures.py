"""Pictures kept in a map (persona photos, card pictures), as the PDF prints them.

Each is decoded once per export, in full, so that a damaged one is left out rather than
failing the export (the map checks only its header), and made at most `PRINT_PIXELS` on its
long side: the PDF embeds what is drawn, and a 40-megapixel photo on a card 8 cm wide would
make a PDF of hundreds of megabytes that prints no better.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

import PIL.Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.layout.geometry import Rect

PRINT_PIXELS = 1500
"""The long side of a printed picture at most: 475 dpi for a card's picture in a handout
(80 mm wide), 150 dpi for one on a poster at 300 %."""


@dataclass(frozen=True, slots=True)
class PrintedPicture:
    image: PIL.Image.Image | bytes
    """Decoded and made no larger than `PRINT_PIXELS`; a photo as JPEG bytes, which the
    PDF embeds as they are rather than as pixels compressed without loss (five times
    larger)."""
    width: int
    height: int
    """The size of the picture as kept in the map, which sets its shape."""

    def reader(self) -> ImageReader:
        image = self.image
        return ImageReader(BytesIO(image) if isinstance(image, bytes) else image)


@lru_cache(maxsize=16)
def printed(data: bytes) -> PrintedPicture | None:
    """The picture ready to print, or None if it does not decode. Kept for the rest of
    the export (`forget_printed_pictures`): a handout prints a card twice."""
    try:
        with PIL.Image.open(BytesIO(data)) as picture:
            width, height, photo = *picture.size, picture.format == "JPEG"
            picture.draft("RGB", (PRINT_PIXELS, PRINT_PIXELS))  # a JPEG decodes smaller
            picture.load()
            image = picture.copy()
        if width <= 0 or height <= 0:
            return None
        image.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
        if not photo:
            return PrintedPicture(image, width, height)
        if image.size == (width, height):
            return PrintedPicture(data, width, height)  # decoded whole: it prints as it is
        jpeg = BytesIO()
        image.convert("RGB").save(jpeg, "JPEG", quality=88)
        return PrintedPicture(jpeg.getvalue(), width, height)
    except Exception:  # Pillow raises many kinds of error for a bad picture: leave it out
        return None


def forget_printed_pictures() -> None:
    printed.cache_clear()


class FixedSize(Flowable):
    """A flowable of a fixed size that platypus's ImageAndFlowables can set text beside
    (it asks an Image to shrink into the room; this keeps its size)."""

    def _restrictSize(self, _width: float, _height: float) -> tuple[float, float]:
        return self.width, self.height

    def _unRestrictSize(self) -> None:
        """Nothing was shrunk."""


class PictureFlowable(FixedSize):
    """A printed picture at a fixed size in a story (platypus's Image reads files)."""

    def __init__(self, picture: PrintedPicture, width: float, height: float) -> None:
        super().__init__()
        self._picture, self.width, self.height = picture, width, height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._picture.reader(), 0, 0, self.width, self.height, mask="auto")


def fitted_image(data: bytes | None, width: float, height: float) -> PictureFlowable | None:
    """A flowable of the picture as large as fits in `width` × `height`, keeping its
    shape; None if there is none or it does not decode."""
    picture = printed(data) if data else None
    if picture is None:
        return None
    scale = min(width / picture.width, height / picture.height)
    return PictureFlowable(picture, picture.width * scale, picture.height * scale)


def draw_fitted(canvas: Canvas, data: bytes | None, band: Rect) -> None:
    """The picture fitted into `band` (layout units, y down, drawn at -y as the map's
    cards are), centred and keeping its shape; nothing if it does not decode."""
    picture = printed(data) if data else None
    if picture is None:
        return
    at = band.fitted(picture.width, picture.height)
    canvas.drawImage(picture.reader(), at.x, -at.bottom, at.width, at.height, mask="auto")

"""What a painted slide really shows, read from its pixels: the contrast of each of its
texts against what is behind it, and the colour at a point."""

from __future__ import annotations

from collections.abc import Iterator

from PIL import Image
from PySide6.QtGui import QImage

from app.layout import palette
from app.layout.slides.slide import Slide

INK_APART = 1.5
"""A colour this far from the background, or more, is ink rather than the soft edge of a
letter."""
INK_SHARE = 0.05


def picture(image: QImage) -> Image.Image:
    """A Qt image as a Pillow one, to count its colours quickly."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    return Image.frombuffer("RGBA", (image.width(), image.height()), data, "raw", "BGRA", 0, 1)


def hex_of(rgb: tuple[int, ...]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb[:3])


def text_contrasts(image: QImage, slide: Slide) -> Iterator[tuple[str, float]]:
    """Each text of `slide` with the contrast of its ink against its background, both
    read from the painted `image`: the background is the commonest colour in the text's
    box, the ink the strongest of the colours that stand apart from it and cover a fair
    share of its letters."""
    shown = picture(image)
    scale = image.width() / slide.size[0]
    for text, rect, _pixels in slide.texts():
        if not any(line.strip() for line in text.lines):
            continue
        box = (
            max(0, round(rect.x * scale)),
            max(0, round(rect.y * scale)),
            min(shown.width, round(rect.right * scale)),
            min(shown.height, round(rect.bottom * scale)),
        )
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            continue
        counted = shown.crop(box).getcolors((box[2] - box[0]) * (box[3] - box[1])) or []
        colours = sorted(counted, reverse=True)
        background = hex_of(colours[0][1])
        apart = [
            (count, hex_of(colour))
            for count, colour in colours[1:]
            if palette.contrast(hex_of(colour), background) >= INK_APART
        ]
        if not apart:  # no ink stands out at all: the best there is
            others = [hex_of(colour) for _count, colour in colours[1:]] or [background]
            yield " ".join(text.lines), max(palette.contrast(c, background) for c in others)
            continue
        # The ink is the strongest colour that covers a fair share of the letters: a few
        # pixels of another mark do not count, nor do the soft edges of thin strokes.
        share = sum(count for count, _colour in apart) * INK_SHARE
        inks = [colour for count, colour in apart if count >= share] or [apart[0][1]]
        yield " ".join(text.lines), max(palette.contrast(c, background) for c in inks)


def colour_at(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(round(x), round(y)).name()

"""The shipped font in reportlab: registered as a whole family, measured for the layout.

DejaVu Sans covers Latin (accents included), Greek, Cyrillic and many symbols. It has no
Chinese, Japanese or Korean characters, and no emoji: those print as empty boxes, and
`uncovered()` lets an export say so. It has Arabic and Hebrew letters, but reportlab sets
text left to right without joining letters, which `is_right_to_left()` lets an export say.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.layout.text import TextStyle, Typesetter
from app.model.resources import resource_path

FAMILY = "JourneyboardSans"
"""The family every text in a PDF is set in; registered with all four faces."""

_FACES: dict[tuple[bool, bool], tuple[str, str]] = {
    # (bold, italic): (reportlab font name, file under resources/fonts)
    (False, False): (FAMILY, "DejaVuSans.ttf"),
    (True, False): (f"{FAMILY}-Bold", "DejaVuSans-Bold.ttf"),
    (False, True): (f"{FAMILY}-Italic", "DejaVuSans-Oblique.ttf"),
    (True, True): (f"{FAMILY}-BoldItalic", "DejaVuSans-BoldOblique.ttf"),
}


@cache
def register_fonts() -> None:
    """Make the family known to reportlab, once per process, so that a Paragraph's `<b>`
    and `<i>` find the right face and no text falls back to Helvetica."""
    for (bold, italic), (name, file) in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        addMapping(FAMILY, 1 if bold else 0, 1 if italic else 0, name)


def font_name(style: TextStyle) -> str:
    return _FACES[(style.bold, style.italic)][0]


def measure(text: str, style: TextStyle) -> float:
    """The width of `text` in layout units: points at the style's size."""
    return _font(style).stringWidth(text, style.size)


@cache
def _font(style: TextStyle) -> TTFont:
    """The face of a style, looked up once: the layout measures tens of thousands of
    strings, and reportlab's own lookup by name costs as much as the measuring."""
    register_fonts()
    font = pdfmetrics.getFont(font_name(style))
    assert isinstance(font, TTFont)
    return font


def pdf_typesetter() -> Typesetter:
    register_fonts()
    return Typesetter(measure)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FAMILY)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


def uncovered(texts: list[str]) -> str:
    """The characters of `texts` the font has no glyph for, each once, in order of first
    appearance (line breaks and other control characters aside)."""
    covered = _covered()
    missing = {ch for ch in set("".join(texts)) if ord(ch) not in covered and ch.isprintable()}
    if not missing:
        return ""
    first_seen = dict.fromkeys(ch for text in texts for ch in text if ch in missing)
    return "".join(first_seen)


def is_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in set(text))

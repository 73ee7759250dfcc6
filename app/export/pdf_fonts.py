"""The shipped fonts in reportlab: registered once, chosen per run of characters, measured
for the layout.

DejaVu Sans sets Latin (accents included), Greek, Cyrillic, Arabic, Hebrew and many
symbols, in four faces. Chinese and Japanese fall back to Droid Sans Fallback, Korean to
NanumGothic (one regular face each: a bold title in those scripts prints regular).
reportlab sets one font per string, so text is cut into runs, each in the first font that
has its letters (`runs`), and measured and drawn run by run. Right-to-left text is measured
and drawn in its visual form (`app.export.reading_order`). Emoji and scripts none of the
fonts cover print as empty boxes; `uncovered()` lets an export say so.
"""

from __future__ import annotations

import itertools
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.export.reading_order import is_right_to_left, visual
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
FALLBACKS: dict[str, str] = {
    # reportlab font name: file under resources/fonts, tried in this order
    "JourneyboardCJK": "DroidSansFallbackFull.ttf",
    "JourneyboardKorean": "NanumGothic.ttf",
}
"""Loaded when first needed: reading them costs a tenth of a second and 20 MB each."""


@cache
def register_fonts() -> None:
    """Make the family known to reportlab, once per process, so that a Paragraph's `<b>`
    and `<i>` find the right face and no text falls back to Helvetica."""
    for (bold, italic), (name, file) in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        addMapping(FAMILY, 1 if bold else 0, 1 if italic else 0, name)


def font_name(style: TextStyle) -> str:
    """The name of the style's face of the family (of its Latin, Greek, Cyrillic, ...)."""
    return _FACES[(style.bold, style.italic)][0]


@lru_cache(maxsize=65536)
def runs(text: str, style: TextStyle) -> tuple[tuple[str, str], ...]:
    """`text` cut where the font that has its letters changes: (font name, piece) in
    order. A character no font has stays in the style's own face."""
    own = font_name(style)
    covered = _covered(own)
    if text.isascii() or covered.issuperset(map(ord, text)):
        return ((own, text),)

    def font_of(ch: str) -> str:
        code = ord(ch)
        if code in covered or not ch.isprintable():
            return own
        return next((name for name in FALLBACKS if code in _covered(name)), own)

    return tuple((name, "".join(piece)) for name, piece in itertools.groupby(text, key=font_of))


def measure(text: str, style: TextStyle) -> float:
    """The width of `text` in layout units (points at the style's size), as drawn: in its
    fonts, in its visual form."""
    own = font_name(style)
    if text.isascii() or (
        _covered(own).issuperset(map(ord, text)) and not is_right_to_left(text)
    ):  # all in one face, as drawn: by far the most text
        return _font(own).stringWidth(text, style.size)
    return sum(
        _font(name).stringWidth(piece, style.size) for name, piece in runs(visual(text), style)
    )


@cache
def _font(name: str) -> TTFont:
    """A face, looked up once: the layout measures tens of thousands of strings, and
    reportlab's own lookup by name costs as much as the measuring. A fallback is
    registered here, the first time a text needs it."""
    register_fonts()
    if name in FALLBACKS:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FALLBACKS[name]))))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


def pdf_typesetter() -> Typesetter:
    register_fonts()
    return Typesetter(measure)


@cache
def _covered(name: str) -> frozenset[int]:
    return frozenset(_font(name).face.charToGlyph)


def uncovered(texts: list[str]) -> str:
    """The characters of `texts` no shipped font has a glyph for, each once, in order of
    first appearance (line breaks and other control characters aside)."""
    fonts = [FAMILY, *FALLBACKS]
    missing = {
        ch
        for ch in set("".join(texts))
        if ch.isprintable() and not any(ord(ch) in _covered(name) for name in fonts)
    }
    if not missing:
        return ""
    first_seen = dict.fromkeys(ch for text in texts for ch in text if ch in missing)
    return "".join(first_seen)

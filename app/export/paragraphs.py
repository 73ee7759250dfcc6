"""Text for reportlab's platypus: the styles of the handout, and user text made literal.

A `Paragraph` reads markup: `<b>`, `&amp;`, `<img src>`, `<a href>`. User text reaches it
only through `literal()`, so that `<`, `&` and anything that looks like a tag print as
typed and can neither break the export nor pull in a file or make a link.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle

from app.export.ink import colour
from app.export.pdf_fonts import FAMILY, runs
from app.export.reading_order import visual
from app.layout import palette
from app.layout.text import TextStyle

BODY = ParagraphStyle(
    "body",
    fontName=FAMILY,
    bulletFontName=FAMILY,
    fontSize=10,
    leading=13,
    textColor=colour(palette.INK),
)
SMALL = ParagraphStyle("small", BODY, fontSize=9, leading=11.5, textColor=colour(palette.MUTED_INK))
CARD_TITLE = ParagraphStyle("card title", BODY, fontSize=11, leading=14, fontName=f"{FAMILY}-Bold")
HEADING = ParagraphStyle(
    "heading", BODY, fontSize=18, leading=22, fontName=f"{FAMILY}-Bold", spaceAfter=6
)
SUBHEADING = ParagraphStyle(
    "subheading",
    BODY,
    fontSize=12.5,
    leading=16,
    fontName=f"{FAMILY}-Bold",
    spaceBefore=8,
    spaceAfter=4,
)


def style_of(
    name: str,
    parent: ParagraphStyle,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    leading: float | None = None,
    space_before: float = 0,
    indent: float = 0,
) -> ParagraphStyle:
    """A style of the family at `size`, in its face, with a bullet hanging in `indent`."""
    face = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic"}
    return ParagraphStyle(
        name,
        parent,
        fontName=FAMILY + face.get((bold, italic), "-BoldItalic"),
        fontSize=size,
        leading=leading or size * 1.3,
        spaceBefore=space_before,
        leftIndent=indent,
        bulletIndent=0,
    )


def literal(text: str) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept, letters
    the family has no glyph for set in the fallback font that has them, right-to-left
    lines in their visual form (a line the Paragraph wraps again keeps the visual order
    of the whole: its end comes first)."""
    return "<br/>".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    return "".join(
        escape(piece) if name == FAMILY else f'<font face="{name}">{escape(piece)}</font>'
        for name, piece in runs(visual(line), _REGULAR)
    )


_REGULAR = TextStyle(10)
"""Any regular style: runs in the family keep the face the paragraph's markup gives."""

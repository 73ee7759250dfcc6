"""Text for reportlab's platypus: the styles of the handout, and user text made literal.

A `Paragraph` reads markup: `<b>`, `&amp;`, `<img src>`, `<a href>`. User text reaches it
only through `literal()`, so that `<`, `&` and anything that looks like a tag print as
typed and can neither break the export nor pull in a file or make a link.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle

from app.export.ink import colour
from app.export.pdf_fonts import FAMILY
from app.layout import palette

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


def literal(text: str) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")

"""Lines of text drawn with reportlab: each run in the font that has its letters
(`pdf_fonts.runs`), right-to-left lines in their visual form. Every line of text in the
PDFs is drawn here, but for the handout's paragraphs (`paragraphs`).

Lines are set flush left, as on the canvas, in either direction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.export.pdf_fonts import measure, runs
from app.export.reading_order import visual
from app.layout.text import TextStyle

Align = Literal["left", "centre", "right"]


def write_lines(
    text: PDFTextObject,
    x: float,
    baseline: float,
    lines: Sequence[str],
    style: TextStyle,
) -> None:
    """`lines` into a text object, the first on `baseline` (PDF units, y up), each one
    line height below the one before."""
    current = ""
    for number, line in enumerate(lines):
        text.setTextOrigin(x, baseline - number * style.line_height)
        for name, piece in runs(visual(line), style):
            if name != current:  # a font is set once for a run of lines in it
                text.setFont(name, style.size, style.line_height)
                current = name
            text.textOut(piece)


def draw_line(
    canvas: Canvas, x: float, baseline: float, line: str, style: TextStyle, align: Align = "left"
) -> None:
    """One line on the canvas, starting, centred on or ending at `x`."""
    if align != "left":
        x -= measure(line, style) / (2 if align == "centre" else 1)
    text = canvas.beginText()
    write_lines(text, x, baseline, (line,), style)
    canvas.drawText(text)

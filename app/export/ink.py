"""Colours on a reportlab canvas, from the palette's hex strings.

reportlab parses a colour string anew on every call; a map sets colours thousands of
times, so each string is parsed once here.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas


@cache
def colour(hex_colour: str) -> Color:
    return HexColor(hex_colour)


def fill(canvas: Canvas, hex_colour: str) -> None:
    canvas.setFillColor(colour(hex_colour))


def stroke(canvas: Canvas, hex_colour: str) -> None:
    canvas.setStrokeColor(colour(hex_colour))

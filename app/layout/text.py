"""Text as the layout sees it: styles, a measuring function given by the renderer, wrapping.

The canvas measures with Qt's font metrics and the PDF with reportlab's `stringWidth`;
both give the layout a `TextMeasure`, so that lines break at the same words on the
screen and on paper.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

ELLIPSIS = "…"
TAB = "    "
"""What a tab in the text becomes: fonts draw no tab, and a line has no tab stops."""


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A size in layout units (pixels on the canvas at 100 %), and weight and slant."""

    size: int
    bold: bool = False
    italic: bool = False

    @property
    def line_height(self) -> float:
        return round(self.size * 1.3, 1)


class TextMeasure(Protocol):
    def __call__(self, text: str, style: TextStyle) -> float:
        """The width of `text` set in `style`, in layout units."""


_BREAKABLE = re.compile(r"\S+\s*")


def wrap(
    text: str,
    width: float,
    style: TextStyle,
    measure: TextMeasure,
    max_lines: int | None = None,
) -> list[str]:
    """Break `text` into lines no wider than `width`, at spaces where it can.

    A word too long for a line is broken between characters, and so is text in scripts
    written without spaces (Japanese, Chinese). With `max_lines`, what does not fit ends
    the last line with an ellipsis. Line breaks in the text are kept.
    """
    lines: list[str] = []
    limit = None if max_lines is None else max_lines + 1  # one more shows there is more
    for paragraph in text.replace("\t", TAB).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, style, measure, limit))
        if limit is not None and len(lines) >= limit:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = shorten(lines[-1] + ELLIPSIS, width, style, measure)
    return lines


def shorten(text: str, width: float, style: TextStyle, measure: TextMeasure) -> str:
    """`text` on one line, cut and ended with an ellipsis if it is wider than `width`."""
    if measure(text, style) <= width:
        return text
    body = text.removesuffix(ELLIPSIS)
    while body and measure(body.rstrip() + ELLIPSIS, style) > width:
        body = body[:-1]
    return body.rstrip() + ELLIPSIS


def _wrap_paragraph(
    paragraph: str, width: float, style: TextStyle, measure: TextMeasure, limit: int | None
) -> list[str]:
    """The lines of one paragraph; no more than `limit` of them, when it is given."""
    if not paragraph.strip():
        return [""]
    lines: list[str] = []
    line = ""
    for piece in _pieces(paragraph):
        if limit is not None and len(lines) >= limit:
            return lines
        candidate = line + piece
        if measure(candidate.rstrip(), style) <= width:
            line = candidate
            continue
        too_long = True  # alone on a line, as it was just measured
        if line:
            lines.append(line.rstrip())
            line = ""
            too_long = measure(piece.rstrip(), style) > width
        if too_long:  # break inside it
            while (limit is None or len(lines) < limit) and piece.strip():
                head = _longest_fitting(piece, width, style, measure)
                if not piece[len(head) :].strip():
                    break
                lines.append(head)
                piece = piece[len(head) :]
        line = piece
    if line.strip():
        lines.append(line.rstrip())
    return lines if limit is None else lines[:limit]


def _pieces(paragraph: str) -> list[str]:
    """Words with their trailing spaces; each character of scripts without spaces."""
    pieces: list[str] = []
    for word in _BREAKABLE.findall(paragraph.lstrip()):
        if not word.isascii() and any(_is_wide(ch) for ch in word):
            pieces.extend(_split_wide(word))
        else:
            pieces.append(word)
    return pieces


def _split_wide(word: str) -> list[str]:
    """Break before every wide character, keeping runs of narrow ones (Latin in Japanese)."""
    parts: list[str] = []
    for ch in word:
        if parts and not _is_wide(ch) and not _is_wide(parts[-1][-1]):
            parts[-1] += ch
        else:
            parts.append(ch)
    return parts


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _longest_fitting(piece: str, width: float, style: TextStyle, measure: TextMeasure) -> str:
    end = 1
    while end < len(piece) and measure(piece[: end + 1], style) <= width:
        end += 1
    return piece[:end]


class Typesetter:
    """Wraps and shortens text with one measuring function, remembering what it did.

    A map is laid out again after every edit, and almost all of its text is unchanged:
    the canvas keeps one Typesetter for as long as a map is open.
    """

    _LIMIT = 200_000

    def __init__(self, measure: TextMeasure) -> None:
        self.measure = measure
        self._done: dict[tuple[str, float, TextStyle, int | None], tuple[str, ...]] = {}

    def wrap(
        self, text: str, width: float, style: TextStyle, max_lines: int | None = None
    ) -> tuple[str, ...]:
        key = (text, width, style, max_lines)
        lines = self._done.get(key)
        if lines is None:
            if len(self._done) > self._LIMIT:
                self._done.clear()
            lines = self._done[key] = tuple(wrap(text, width, style, self.measure, max_lines))
        return lines

    def shorten(self, text: str, width: float, style: TextStyle) -> str:
        """`text` on one line, ended with an ellipsis where it is cut."""
        return self.wrap(text.replace("\n", " "), width, style, 1)[0] if text else ""

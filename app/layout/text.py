"""Text as the layout sees it: styles, a measuring function given by the renderer, wrapping.

The canvas measures with Qt's font metrics and the PDF with reportlab's `stringWidth`;
both give the layout a `TextMeasure`, so that lines break at the same words on the
screen and on paper.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final, Protocol

ELLIPSIS = "…"
SAMPLE_LENGTH = 200
"""How much of a paragraph is measured to guess how many characters fill a line."""
TAB = "    "
"""What a tab in the text becomes: fonts draw no tab, and a line has no tab stops."""


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A size in layout units (pixels on the canvas at 100 %), and weight and slant."""

    size: int
    bold: bool = False
    italic: bool = False
    line_height: float = field(init=False, repr=False, compare=False)
    """Worked out once: a layout asks for it tens of thousands of times."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "line_height", round(self.size * 1.3, 1))


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
    limit = None if max_lines is None else max_lines + 1  # one more shows there is more
    return _ended(_broken(text, width, style, measure, limit), width, style, measure, max_lines)


def _broken(
    text: str, width: float, style: TextStyle, measure: TextMeasure, limit: int | None
) -> list[str]:
    """The lines of `text`, or at least the first `limit` of them when it has as many:
    the lines of a text broken with a limit are the first lines of it broken whole."""
    lines: list[str] = []
    for paragraph in text.replace("\t", TAB).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, style, measure, limit))
        if limit is not None and len(lines) >= limit:
            break
    return lines


def _ended(
    lines: list[str], width: float, style: TextStyle, measure: TextMeasure, max_lines: int | None
) -> list[str]:
    """The first `max_lines` of `lines`, the last ended with an ellipsis if more follow."""
    if max_lines is None or len(lines) <= max_lines:
        return lines
    ended = lines[:max_lines]
    ended[-1] = shorten(ended[-1] + ELLIPSIS, width, style, measure)
    return ended


def shorten(text: str, width: float, style: TextStyle, measure: TextMeasure) -> str:
    """`text` on one line, cut and ended with an ellipsis if it is wider than `width`."""
    if measure(text, style) <= width:
        return text
    body = text.removesuffix(ELLIPSIS)

    def fits(length: int) -> bool:
        return measure(body[:length].rstrip() + ELLIPSIS, style) <= width

    # Gallop back from the end, then halve: a line cut to make room for the ellipsis
    # loses a few letters, and a long one is never measured a letter at a time.
    high, step = len(body), 1  # body[:high] does not fit with the ellipsis
    low = max(0, high - step)
    while low > 0 and not fits(low):
        high, step = low, step * 2
        low = max(0, high - step)
    while high - low > 1:  # body[:low] fits, or is empty: the ellipsis alone is the least
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return body[:low].rstrip() + ELLIPSIS


def _wrap_paragraph(
    paragraph: str, width: float, style: TextStyle, measure: TextMeasure, limit: int | None
) -> list[str]:
    """The lines of one paragraph; no more than `limit` of them, when it is given.

    Each line holds as many words as fit (a word too long for a line is broken inside).
    How many fit is found by a search from a guess made by counting characters, rather
    than by measuring the line again for every word it gains.
    """
    if not paragraph.strip():
        return [""]
    pieces = _pieces(paragraph)
    sample = paragraph[:SAMPLE_LENGTH]
    characters_per_line = width * len(sample) / max(measure(sample, style), 1e-9)
    lines: list[str] = []
    start = 0
    while start < len(pieces) and (limit is None or len(lines) < limit):
        guess = _pieces_within(pieces, start, characters_per_line)
        count = _fitting_pieces(pieces, start, guess, width, style, measure)
        if count == 0:  # the first word alone is too long: break inside it, and go on
            piece = pieces[start]  # from its last part, which may share a line
            while limit is None or len(lines) < limit:
                head = _longest_fitting(piece, width, style, measure)
                if not piece[len(head) :].strip():
                    break
                lines.append(head)
                piece = piece[len(head) :]
            if piece != pieces[start]:
                pieces[start] = piece
                continue
            count = 1  # not even its first character fits: it gets a line of its own
        line = "".join(pieces[start : start + count]).rstrip()
        start += count
        if line or start < len(pieces):  # no empty line for the spaces at the end
            lines.append(line)
    return lines


def _pieces_within(pieces: list[str], start: int, characters: float) -> int:
    """How many of the pieces from `start` hold about `characters` characters; at least one."""
    count, total = 0, 0
    for piece in itertools.islice(pieces, start, None):
        total += len(piece.rstrip())
        if total > characters and count:
            break
        total += len(piece) - len(piece.rstrip())
        count += 1
    return count


def _fitting_pieces(
    pieces: list[str],
    start: int,
    guess: int,
    width: float,
    style: TextStyle,
    measure: TextMeasure,
) -> int:
    """How many of the pieces from `start` fit on one line: probe `guess`, gallop up or
    down from it, then halve. A line is measured without the spaces at its end."""

    def fits(count: int) -> bool:
        return measure("".join(pieces[start : start + count]).rstrip(), style) <= width

    available = len(pieces) - start
    probe = min(guess, available)
    if not fits(probe):  # find a count that fits below it; nothing always does
        low, high, step = 0, probe, 1
        while high - step > 0:
            if fits(high - step):
                low = high - step
                break
            high, step = high - step, step * 2
    else:
        low, high = probe, available + 1
        step = 1
        while low < available:
            ahead = min(available, low + step)
            if not fits(ahead):
                high = ahead
                break
            low, step = ahead, step * 2
        else:
            return available
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def _pieces(paragraph: str) -> list[str]:
    """Words with their trailing spaces; each character of scripts without spaces."""
    pieces: list[str] = []
    for word in _BREAKABLE.findall(paragraph.lstrip()):
        if not word.isascii() and any(is_wide(ch) for ch in word):
            pieces.extend(_split_wide(word))
        else:
            pieces.append(word)
    return pieces


def _split_wide(word: str) -> list[str]:
    """Break before every wide character, keeping runs of narrow ones (Latin in Japanese)
    and following the line-breaking rules of Japanese and Chinese (kinsoku): no line
    starts with closing punctuation, a small kana or a prolonged sound mark, and none
    ends with opening punctuation."""
    parts: list[str] = []
    for ch in word:
        if parts and (
            (not is_wide(ch) and not is_wide(parts[-1][-1]))
            or ch in NOT_AT_LINE_START
            or parts[-1][-1] in NOT_AT_LINE_END
        ):
            parts[-1] += ch
        else:
            parts.append(ch)
    return parts


NOT_AT_LINE_START: Final = frozenset(
    "、。，．・：；？！ー～々ゝゞヽヾ）］｝」』】〕〉》〙〗’”)]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)
NOT_AT_LINE_END: Final = frozenset("（［｛「『【〔〈《〘〖‘“([{")


def is_wide(ch: str) -> bool:
    """Whether a character is of a script set without spaces (Chinese, Japanese), where
    a line may break between any two characters."""
    return unicodedata.east_asian_width(ch) in "WF"


def _longest_fitting(piece: str, width: float, style: TextStyle, measure: TextMeasure) -> str:
    """The longest start of `piece` that fits in `width`: cut after a hyphen if it has one
    there, else between letters, never between a letter and its accents; at least its
    first letter.

    Found by doubling, then halving: a line of letters with many accents holds thousands
    of characters, and each measure costs as much as the text measured, so the line is
    never measured a character at a time nor the rest of `piece` whole.
    """
    low, high = 1, len(piece)  # piece[:low] is taken; piece[:high + 1] does not fit
    step = 1
    while low + step <= high and measure(piece[: low + step], style) <= width:
        low, step = low + step, step * 2
    high = min(high, low + step - 1)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(piece[:middle], style) <= width:
            low = middle
        else:
            high = middle - 1
    end = low
    hyphen = piece.rfind("-", 0, end)
    if 0 < hyphen < end - 1:  # "Year-in-" / "review", not "Year-in-revie" / "w"
        return piece[: hyphen + 1]
    while end > 1 and end < len(piece) and unicodedata.combining(piece[end]):
        end -= 1
    if end == 1:  # the first letter with all its accents, even if they do not fit
        while end < len(piece) and unicodedata.combining(piece[end]):
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
        self._broken: dict[tuple[str, float, TextStyle], tuple[list[str], bool]] = {}
        """The lines of a text at a width, and whether they are all of them: a layout
        for print tries several numbers of lines for the same texts at the same width."""
        self._widths: dict[tuple[str, TextStyle], float] = {}

    def wrap(
        self, text: str, width: float, style: TextStyle, max_lines: int | None = None
    ) -> tuple[str, ...]:
        key = (text, width, style, max_lines)
        lines = self._done.get(key)
        if lines is None:
            if len(self._done) > self._LIMIT:
                self._done.clear()
            limit = None if max_lines is None else max_lines + 1
            broken = self._lines(text, width, style, limit)
            ended = _ended(broken, width, style, self.measure, max_lines)
            lines = self._done[key] = tuple(ended)
        return lines

    def _lines(self, text: str, width: float, style: TextStyle, limit: int | None) -> list[str]:
        """The lines of `text`, at least `limit` of them if it has as many (see `_broken`)."""
        key = (text, width, style)
        known = self._broken.get(key)
        if known is not None:
            lines, whole = known
            if whole or (limit is not None and len(lines) >= limit):
                return lines
        if len(self._broken) > self._LIMIT:
            self._broken.clear()
        lines = _broken(text, width, style, self.measure, limit)
        self._broken[key] = (lines, limit is None or len(lines) < limit)
        return lines

    def width(self, text: str, style: TextStyle) -> float:
        """The width of one line of `text` in `style`."""
        key = (text, style)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > self._LIMIT:
                self._widths.clear()
            width = self._widths[key] = self.measure(text, style)
        return width

    def shorten(self, text: str, width: float, style: TextStyle) -> str:
        """`text` on one line, ended with an ellipsis where it is cut."""
        return self.wrap(text.replace("\n", " "), width, style, 1)[0] if text else ""

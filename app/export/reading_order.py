"""Right-to-left text for reportlab, which sets every string left to right as given.

A line of Arabic or Hebrew is stored as it is read (logical order). To print it, Arabic
letters take the form they have at their place in the word (joined:
arabic-reshaper), then the line is reordered as it is seen, from left to right (the
Unicode bidirectional algorithm: python-bidi), numbers and Latin words inside it kept
left to right. Text is wrapped into lines first, in logical order, and each line is
turned visual on its own: reordering a whole paragraph would put its end on the first
line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display

_RIGHT_TO_LEFT = frozenset(("R", "AL"))
RIGHT_TO_LEFT_BLOCKS = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
"""The blocks of Hebrew, Arabic and the other right-to-left scripts, where every letter
written right to left lies: searched at the speed of a regular expression before each
character of a text is looked up (the layout measures tens of thousands of lines)."""


def is_right_to_left(text: str) -> bool:
    """Whether `text` holds a letter of a right-to-left script."""
    return (
        not text.isascii()
        and RIGHT_TO_LEFT_BLOCKS.search(text) is not None
        and any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in set(text))
    )


@lru_cache(maxsize=16384)
def visual(line: str) -> str:
    """One line as it is drawn from left to right: joined and reordered where it holds
    right-to-left letters, else unchanged."""
    if not is_right_to_left(line):
        return line
    return str(get_display(arabic_reshaper.reshape(line)))

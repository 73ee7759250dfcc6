"""Every script the PDF prints, the canvas and the pictures draw in the same fonts: the
shipped DejaVu Sans, Droid Sans Fallback for Chinese and Japanese, NanumGothic for
Korean, whatever fonts the system has; so that text breaks into the same lines on the
canvas as in print."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from PySide6.QtGui import QTextLayout

from app.export.pdf_fonts import measure as measure_in_print
from app.export.reading_order import RIGHT_TO_LEFT_BLOCKS, is_right_to_left
from app.layout.map_layout import CARD_NOTES, CARD_TITLE
from app.layout.text import TextStyle
from app.ui.look import font
from app.ui.qt_app import application
from app.ui.text_metrics import measure as measure_on_canvas

SCRIPTS = {
    "Japanese": ("予約はお客様の名前で", "Droid Sans Fallback"),
    "Chinese": ("客户旅程地图", "Droid Sans Fallback"),
    "Korean": ("고객여정지도", "NanumGothic"),
    "Greek": ("Καλημέρα", "DejaVu Sans"),
    "Arabic": ("مرحبا بكم", "DejaVu Sans"),
    "Hebrew": ("שלום עולם", "DejaVu Sans"),
}


def families_drawn(text: str, style: TextStyle) -> set[str]:
    """The fonts Qt draws `text` in, in the canvas's font for `style`."""
    layout = QTextLayout(text, font(style))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_canvas_draws_each_script_in_the_font_the_pdf_prints_it_in(script: str) -> None:
    application()
    text, family = SCRIPTS[script]
    assert families_drawn(text, CARD_NOTES) == {family}


@pytest.mark.parametrize("script", ["Japanese", "Chinese", "Korean"])
def test_the_canvas_measures_each_script_as_the_print_does(script: str) -> None:
    """Lines break where they do in print only if both measure alike."""
    application()
    text = SCRIPTS[script][0]
    for style in (CARD_TITLE, CARD_NOTES):
        on_canvas, in_print = measure_on_canvas(text, style), measure_in_print(text, style)
        assert on_canvas == pytest.approx(in_print, rel=0.03), (style, on_canvas, in_print)


JAPANESE = (
    "現場エンジニア（AI ツール配布後）。このマップでは「内部顧客」として扱う、心理・品質・"
    "時間・プロセスの複合障壁がある。ワークフローをチェックして、ユーザーサポートへ。"
)


@pytest.mark.parametrize("measure", [measure_in_print, measure_on_canvas], ids=["pdf", "canvas"])
def test_japanese_lines_break_by_its_rules(measure) -> None:  # type: ignore[no-untyped-def]
    """Kinsoku: no line starts with a closing mark, a full stop or comma, a small kana or
    a prolonged sound mark, and none ends with an opening bracket, at any width."""
    from app.layout.text import wrap

    application()  # the canvas measures with Qt's fonts
    style = TextStyle(11)
    for width in range(60, 420, 5):
        lines = wrap(JAPANESE, width, style, measure)
        for line in lines[1:]:
            assert line[0] not in "、。）」ーッュョャァ", (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in "（「", (width, lines)


def test_every_right_to_left_letter_lies_in_the_blocks_searched_first() -> None:
    """`is_right_to_left` looks a text's letters up only when one lies in the blocks of
    right-to-left scripts: every letter Unicode writes right to left must lie there."""
    outside = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL")
        and not RIGHT_TO_LEFT_BLOCKS.match(chr(code))
    ]
    assert outside == []
    assert is_right_to_left("Café … שלום") and not is_right_to_left("Café … 正しい")

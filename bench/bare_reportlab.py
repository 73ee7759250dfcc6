"""Bare reportlab drawing printed cards: the yardstick of Journeyboard's PDF benchmarks.

A plain `Canvas` with the same TrueType faces as Journeyboard draws, for every card, a
filled and outlined rounded rectangle, a stripe, its lines of text (each in its size, bold
or not) and its badges as pills with their words; the cards spread evenly over a number
of pages, each page's share in a grid that fills the page's frame. The lines are given:
breaking text into lines and choosing what a card shows is Journeyboard's work, not
reportlab's.

`bench_pdf.py` calls `draw_pdf` in its own process. Run as a command, this script is the
bare side of `bench_command.py`: it reads a job written by that benchmark and imports
nothing of Journeyboard, so that its start-up is Python's and reportlab's alone:

    python bench/bare_reportlab.py JOB.json OUT.pdf
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

REGULAR, BOLD = "BenchSans", "BenchSans-Bold"
CARD_RADIUS = 5.0
"""The corner radius of Journeyboard's printed cards (app.export.card_printing.CARD_RADIUS)."""
CARD_GAP = 2.0
STRIPE = 4.0
PAD = 8.0
BADGE = (30.0, 15.0, 4.0)
"""A badge's width, height and the gap between two."""
LINE_SPACING = 1.3
OUTLINE, INK = "#cbd2d9", "#1f2933"
"""Journeyboard's grid line and ink (app.layout.palette.GRID_LINE, INK)."""


@dataclass(frozen=True, slots=True)
class PrintedCard:
    """One card as a page shows it: its fill, its lines of text as (size, bold, words),
    and the words of its badges."""

    fill: str
    lines: tuple[tuple[float, bool, str], ...]
    badges: tuple[str, ...] = ()

    def as_json(self) -> list[object]:
        return [self.fill, [list(line) for line in self.lines], list(self.badges)]

    @classmethod
    def from_json(cls, data: list[object]) -> PrintedCard:
        fill, lines, badges = data
        assert isinstance(fill, str) and isinstance(lines, list) and isinstance(badges, list)
        return cls(fill, tuple((size, bold, words) for size, bold, words in lines), tuple(badges))


@dataclass(frozen=True, slots=True)
class Page:
    """A page's size and the frame the cards fill, in points, y up from the bottom left."""

    width: float
    height: float
    frame: tuple[float, float, float, float]


def register_fonts(regular: Path, bold: Path) -> None:
    """The faces under the benchmark's own names: registering parses the font files, so
    it is done before anything is timed."""
    for name, file in ((REGULAR, regular), (BOLD, bold)):
        pdfmetrics.registerFont(TTFont(name, str(file)))


def draw_pdf(path: Path, cards: Sequence[PrintedCard], pages: int, page: Page) -> None:
    """Every card on `pages` pages, spread evenly."""
    canvas = Canvas(str(path), pagesize=(page.width, page.height))
    for number in range(pages):
        share = cards[number * len(cards) // pages : (number + 1) * len(cards) // pages]
        draw_grid(canvas, share, page.frame)
        canvas.showPage()
    canvas.save()


def draw_grid(
    canvas: Canvas, cards: Sequence[PrintedCard], frame: tuple[float, float, float, float]
) -> None:
    """The cards in rows from the top of `frame`, in about as many rows as columns.

    The text keeps the sizes Journeyboard prints it in and may run past a small card:
    what a PDF costs does not depend on where its text lands.
    """
    if not cards:
        return
    left, bottom, frame_width, frame_height = frame
    columns = math.ceil(math.sqrt(len(cards)))
    rows = math.ceil(len(cards) / columns)
    width, height = frame_width / columns, frame_height / rows
    canvas.setStrokeColor(OUTLINE)  # a new page starts from reportlab's defaults
    for index, card in enumerate(cards):
        row, column = divmod(index, columns)
        x, top = left + column * width, bottom + frame_height - row * height
        draw_card(canvas, card, x, top - height, width - CARD_GAP, height - CARD_GAP)


def draw_card(
    canvas: Canvas, card: PrintedCard, x: float, y: float, width: float, height: float
) -> None:
    """A filled, outlined rounded rectangle with a stripe; its lines; its badges."""
    canvas.setFillColor(card.fill)
    canvas.roundRect(x, y, width, height, CARD_RADIUS, stroke=1, fill=1)
    canvas.setFillColor(INK)
    canvas.rect(x, y, STRIPE, height, stroke=0, fill=1)
    baseline = y + height - PAD
    for size, bold, words in card.lines:
        canvas.setFont(BOLD if bold else REGULAR, size)
        canvas.drawString(x + PAD, baseline - size, words)
        baseline -= round(size * LINE_SPACING, 1)
    badge_width, badge_height, gap = BADGE
    right = x + width - 6
    canvas.setFont(BOLD, 10)
    for words in card.badges:
        canvas.roundRect(right - badge_width, y + 4, badge_width, badge_height, 7.5, fill=1)
        canvas.drawString(right - badge_width + 4, y + 8, words)
        right -= badge_width + gap


def write_job(
    path: Path, cards: Sequence[PrintedCard], pages: int, page: Page, fonts: tuple[Path, Path]
) -> None:
    """What the command draws, for `bench_command.py` to hand it."""
    job = {
        "cards": [card.as_json() for card in cards],
        "pages": pages,
        "page": [page.width, page.height, list(page.frame)],
        "fonts": [str(font) for font in fonts],
    }
    path.write_text(json.dumps(job), encoding="utf-8")


def main(argv: Sequence[str]) -> int:
    job_path, out = (Path(argument) for argument in argv)
    job = json.loads(job_path.read_text(encoding="utf-8"))
    register_fonts(*(Path(font) for font in job["fonts"]))
    width, height, frame = job["page"]
    cards = [PrintedCard.from_json(card) for card in job["cards"]]
    draw_pdf(out, cards, job["pages"], Page(width, height, tuple(frame)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

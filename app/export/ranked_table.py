"""The handout's ranking of one lane kind: a row per card with its rank, title, stage,
votes and priority, split between rows across pages, the header row repeated on each.

Drawn by hand like the stage pages' cards (`card_block`): the typesetter wraps the words
and text objects print them, so no markup is read, at a fraction of what a platypus
`Table` of `Paragraph`s costs for hundreds of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from app.export.ink import colour, fill, stroke
from app.export.pdf_text import write_lines
from app.layout import palette
from app.layout.text import TextStyle, Typesetter

HEADER = TextStyle(10, bold=True)
TITLE = TextStyle(10)
STAGE = TextStyle(9)
PAD_X, PAD_Y = 4.0, 4.0
RANK_WIDTH, STAGE_WIDTH, VOTES_WIDTH, PRIORITY_WIDTH = 24.0, 110.0, 40.0, 56.0


@dataclass(frozen=True, slots=True)
class RankedRow:
    rank: int
    title: str
    stage: str
    votes: int
    priority: str


@dataclass(frozen=True, slots=True)
class _SetRow:
    """A row wrapped to its columns: the lines of its title and of its stage."""

    row: RankedRow
    title_lines: Sequence[str]
    stage_lines: Sequence[str]

    @property
    def height(self) -> float:
        return 2 * PAD_Y + max(
            len(self.title_lines) * TITLE.line_height, len(self.stage_lines) * STAGE.line_height
        )


class RankedTable(Flowable):
    def __init__(
        self,
        heading: str,
        rows: list[RankedRow],
        header_fill: str,
        typesetter: Typesetter,
        column_names: tuple[str, str, str],
        votes: bool = True,
    ) -> None:
        """`column_names` head the stage, votes and priority columns; the votes column is
        left out unless a vote was held (`votes`)."""
        super().__init__()
        self.heading, self.rows, self.header_fill = heading, rows, header_fill
        self.column_names = column_names
        self.votes = votes
        self.typesetter = typesetter
        self.set_rows: list[_SetRow] = []
        self.spaceAfter = 12

    @property
    def header_height(self) -> float:
        return 2 * PAD_Y + HEADER.line_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self.set_rows or self.width != available_width:
            self.width = available_width
            title_width, stage_width = self._columns().title_width, STAGE_WIDTH - 2 * PAD_X
            wrap = self.typesetter.wrap
            self.set_rows = [
                _SetRow(
                    row, wrap(row.title, title_width, TITLE), wrap(row.stage, stage_width, STAGE)
                )
                for row in self.rows
            ]
        self.height = self.header_height + sum(row.height for row in self.set_rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The rows that fit under the header in `available_height`, and a table of the
        rest; nothing if not even one row fits."""
        self.wrap(available_width, available_height)
        room, fitting = available_height - self.header_height, 0
        for row in self.set_rows:
            if row.height > room:
                break
            room -= row.height
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(self.rows):
            return [self]
        return [self._with(self.rows[:fitting]), self._with(self.rows[fitting:])]

    def draw(self) -> None:
        canvas, columns = self.canv, self._columns()
        top = self.height - self.header_height
        fill(canvas, self.header_fill)
        canvas.rect(0, top, self.width, self.header_height, stroke=0, fill=1)
        stroke(canvas, palette.GRID_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(0, top, self.width, top)
        text = canvas.beginText()
        text.setFillColor(colour(palette.INK))
        stage, votes, priority = self.column_names
        header = ("#", self.heading, stage, votes if self.votes else "", priority)
        self._one_line_cells(text, columns, self.height, HEADER, header)
        for set_row in self.set_rows:
            row = set_row.row
            cells = (str(row.rank), "", "", str(row.votes) if self.votes else "", row.priority)
            self._one_line_cells(text, columns, top, TITLE, cells)
            _lines(text, columns.title, top, set_row.title_lines, TITLE)
            text.setFillColor(colour(palette.MUTED_INK))
            _lines(text, columns.stage, top, set_row.stage_lines, STAGE)
            text.setFillColor(colour(palette.INK))
            top -= set_row.height
            canvas.line(0, top, self.width, top)
        canvas.drawText(text)

    def _one_line_cells(
        self,
        text: PDFTextObject,
        columns: _Columns,
        top: float,
        style: TextStyle,
        cells: tuple[str, str, str, str, str],
    ) -> None:
        """The cells of a row whose top is at `top` that hold one line each; an empty
        one is left out. The votes are set flush right, the others flush left."""
        rank, title, stage, votes, priority = cells
        baseline = top - PAD_Y - style.size
        for x, words in (
            (columns.rank, rank),
            (columns.title, title),
            (columns.stage, stage),
            (columns.priority, priority),
            (columns.votes_right - self.typesetter.measure(votes, style), votes),
        ):
            if words:
                write_lines(text, x, baseline, (words,), style)

    def _columns(self) -> _Columns:
        votes_width = VOTES_WIDTH if self.votes else 0.0
        title_width = self.width - RANK_WIDTH - STAGE_WIDTH - votes_width - PRIORITY_WIDTH
        stage = RANK_WIDTH + title_width
        return _Columns(
            rank=PAD_X,
            title=RANK_WIDTH + PAD_X,
            title_width=title_width - 2 * PAD_X,
            stage=stage + PAD_X,
            votes_right=stage + STAGE_WIDTH + votes_width - PAD_X,
            priority=stage + STAGE_WIDTH + votes_width + PAD_X,
        )

    def _with(self, rows: list[RankedRow]) -> RankedTable:
        return RankedTable(
            self.heading, rows, self.header_fill, self.typesetter, self.column_names, self.votes
        )


@dataclass(frozen=True, slots=True)
class _Columns:
    """Where each column's text starts (the votes: ends), in points from the left."""

    rank: float
    title: float
    title_width: float
    stage: float
    votes_right: float
    priority: float


def _lines(
    text: PDFTextObject, x: float, top: float, lines: Sequence[str], style: TextStyle
) -> None:
    write_lines(text, x, top - PAD_Y - style.size, lines, style)

"""A map written as a spreadsheet: the long table (CSV and XLSX) and, in XLSX, the grid.

Both shapes are the ones `spreadsheet_import` reads, so a map goes out and comes back
without losing a card. No cell is ever taken for a formula: CSV puts an apostrophe before
a text that begins like one (as OWASP advises), and XLSX marks every text as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from app.model.data.records import CardRecord, EmotionRecord, LaneRecord, MapContent
from app.model.data.vocabulary import EVIDENCE_NAMES, LANE_KIND_BY_KEY, PRIORITIES, score_text
from app.model.errors import JourneyboardError
from app.model.file.safe_write import write_text, written_beside
from app.model.interchange.sheet_columns import (
    CARD_COLUMNS,
    KIND_COLUMN,
    LANE_COLUMN,
    PERSONA_COLUMN,
    SCORE_COLUMN,
    STAGE_COLUMN,
)
from app.model.interchange.sheet_reading import (
    FORMULA_STARTS,
    JOURNEY_SHEET,
    Cell,
    column_letter,
)
from app.model.messages import Message

GRID_SHEET: Final = "Grid"
GRID_CORNER: Final = "Lanes ↓ · stages →  (edit the sheet Journey: it is read back)"
"""The grid's corner cell, which its reader takes as a label: the grid is for reading,
and a workbook is read back from its sheet Journey."""
EMOTIONS_ROW: Final = "Emotions"


def long_table(content: MapContent) -> list[list[Cell]]:
    """A header, then a row per card and per emotion point, in the map's order."""
    header: list[Cell] = [
        STAGE_COLUMN,
        LANE_COLUMN,
        *CARD_COLUMNS.values(),
        PERSONA_COLUMN,
        SCORE_COLUMN,
        KIND_COLUMN,
    ]
    return [header, *_body_rows(content, len(header))]


Keyed = list[tuple[tuple[int, ...], list[Cell]]]
"""Rows of the long table, each with the key that sorts it into the map's order."""


def _body_rows(content: MapContent, width: int) -> list[list[Cell]]:
    """Every card, then every point, sorted into the map's order: by stage, lane and place,
    a lane's points by persona. The reader makes stages, lanes and personas in the order
    they first appear, so rows naming only a stage and a lane, or a persona, stand in
    where that order, or a lane, stage or persona with nothing in it, would be lost.
    Names given twice are told apart ("Discover (2)"), so that they do not merge."""
    stages = {stage.id: stage for stage in content.stages}
    lanes = {lane.id: lane for lane in content.lanes}
    names = _unique_names(content)
    curve_lane = next((lane for lane in content.lanes if lane.kind == "emotions"), None)
    blanks: list[Cell] = [None] * (width - 5)
    keyed: Keyed = []
    for card in content.cards:
        stage, lane = stages[card.stage_id], lanes[card.lane_id]
        row = [names[stage.id], names[lane.id], *_card_cells(card), None, None, _kind(lane)]
        keyed.append(((stage.position, lane.position, 0, card.position), row))
    persona_order = {persona.id: persona.position for persona in content.personas}
    for point in content.emotions:
        stage = stages[point.stage_id]
        title, position, kind = (
            (names[curve_lane.id], curve_lane.position, _kind(curve_lane))
            if curve_lane
            else (EMOTIONS_ROW, len(lanes), None)
        )
        row = [names[stage.id], title, point.label or None, *blanks[1:]]
        row += [names[point.persona_id], point.score, kind]
        order = (stage.position, position, 1, persona_order[point.persona_id], point.position)
        keyed.append((order, row))
    if content.stages and content.lanes:
        if curve_lane is not None:
            keyed += _persona_rows(content, curve_lane, names, blanks)
        keyed += _placeholders(content, {order[:2] for order, _row in keyed}, names, width)
    keyed.sort(key=lambda item: item[0])
    return [row for _order, row in keyed]


def _unique_names(content: MapContent) -> dict[str, str]:
    """Each stage's, lane's and persona's name by id, a repeated one numbered."""
    names: dict[str, str] = {}
    for rows in (content.stages, content.lanes, content.personas):
        seen: set[str] = set()
        for row in rows:
            name = row.title if isinstance(row, LaneRecord) else row.name
            unique, number = name, 1
            while unique in seen:
                number += 1
                unique = f"{name} ({number})"
            seen.add(unique)
            names[row.id] = unique
    return names


def _persona_rows(
    content: MapContent, curve_lane: LaneRecord, names: dict[str, str], blanks: list[Cell]
) -> Keyed:
    """A row naming each persona first in the curve's lane of the first stage, where the
    points alone would lose one (a persona with no point) or their order (the primary
    persona is the first)."""
    by_first_point = list(dict.fromkeys(point.persona_id for point in _points_in_order(content)))
    if by_first_point == [persona.id for persona in content.personas]:
        return []
    first = content.stages[0]
    return [
        (
            (first.position, curve_lane.position, -1, persona.position),
            [
                names[first.id],
                names[curve_lane.id],
                None,
                *blanks[1:],
                names[persona.id],
                None,
                _kind(curve_lane),
            ],
        )
        for persona in content.personas
    ]


def _points_in_order(content: MapContent) -> list[EmotionRecord]:
    stages = {stage.id: stage.position for stage in content.stages}
    personas = {persona.id: persona.position for persona in content.personas}
    return sorted(
        content.emotions,
        key=lambda p: (stages[p.stage_id], personas[p.persona_id], p.position),
    )


def _kind(lane: LaneRecord) -> str:
    """A lane's kind as people read it: "Pain points", "Team / owner"."""
    return LANE_KIND_BY_KEY[lane.kind].title


def _placeholders(
    content: MapContent, filled: set[tuple[int, ...]], names: dict[str, str], width: int
) -> Keyed:
    """Rows naming only a stage and a lane, sorted first in their cell: each lane empty in
    the first stage, named there; each empty stage, named with the first lane."""
    first_stage, first_lane = content.stages[0], content.lanes[0]
    blanks: list[Cell] = [None] * (width - 3)
    rows: Keyed = [
        (
            (first_stage.position, lane.position, -2),
            [names[first_stage.id], names[lane.id], *blanks, _kind(lane)],
        )
        for lane in content.lanes
        if (first_stage.position, lane.position) not in filled
    ]
    used_stages = {stage for stage, _lane in filled}
    rows += [
        (
            (stage.position, first_lane.position, -2),
            [names[stage.id], names[first_lane.id], *blanks, _kind(first_lane)],
        )
        for stage in content.stages[1:]
        if stage.position not in used_stages
    ]
    return rows


def _in_map_order(content: MapContent) -> list[CardRecord]:
    """The cards by stage, lane and place in their cell, whatever order they came in."""
    stages = {stage.id: stage.position for stage in content.stages}
    lanes = {lane.id: lane.position for lane in content.lanes}
    return sorted(content.cards, key=lambda c: (stages[c.stage_id], lanes[c.lane_id], c.position))


def _card_cells(card: CardRecord) -> Iterator[Cell]:
    """The card's values as a person reads them in a sheet: "High", "Interview", "yes"."""
    for field in CARD_COLUMNS:
        value = getattr(card, field)
        if field == "priority":
            yield PRIORITIES[value] if value else None
        elif field == "evidence":
            yield EVIDENCE_NAMES.get(value)
        elif field == "moment":
            yield "yes" if value else None
        else:
            yield value or None


def grid_table(content: MapContent) -> list[list[Cell]]:
    """Stages across, lanes down, a card a line; a row of emotions per persona, where the
    first lane of the curve stands."""
    names = _unique_names(content)
    rows: list[list[Cell]] = [[GRID_CORNER, *(names[stage.id] for stage in content.stages)]]
    cards = _in_map_order(content)
    curve_lane = next((lane for lane in content.lanes if lane.kind == "emotions"), None)
    for lane in content.lanes:
        if lane is curve_lane:
            rows += _emotion_rows(content, names)
            continue
        cells: list[Cell] = [names[lane.id]]
        for stage in content.stages:
            titles = [
                card.title
                for card in cards
                if card.stage_id == stage.id and card.lane_id == lane.id
            ]
            cells.append("\n".join(titles) or None)
        rows.append(cells)
    return rows


def _emotion_rows(content: MapContent, names: dict[str, str]) -> list[list[Cell]]:
    low = content.map.emotion_min
    rows = []
    for persona in content.personas:
        curve = content.curve(persona.id)
        cells: list[Cell] = [f"{EMOTIONS_ROW}: {names[persona.id]}"]
        for stage in content.stages:
            points = [
                f"{score_text(point.score, low)} {point.label}".strip()
                for point in curve
                if point.stage_id == stage.id
            ]
            cells.append("\n".join(points) or None)
        rows.append(cells)
    return rows


# --- CSV ---------------------------------------------------------------------------------


def write_csv(content: MapContent) -> str:
    """The long table as CSV text, with the line ends spreadsheet programs write."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([[_formula_safe(cell) for cell in row] for row in long_table(content)])
    return out.getvalue()


def write_csv_file(content: MapContent, path: Path) -> None:
    """The CSV in UTF-8 with a byte-order mark, by which Excel knows it is UTF-8."""
    write_text(path, "\ufeff" + write_csv(content))


def _formula_safe(cell: Cell) -> Cell:
    if isinstance(cell, str) and cell.startswith((*FORMULA_STARTS, "'")):
        return "'" + cell
    return cell


# --- XLSX --------------------------------------------------------------------------------


_WIDTHS: Final[dict[str, int]] = {
    STAGE_COLUMN: 22,
    LANE_COLUMN: 22,
    CARD_COLUMNS["title"]: 40,
    CARD_COLUMNS["notes"]: 60,
    PERSONA_COLUMN: 20,
}
"""Columns of the sheet Journey wider than the rest, in characters."""
_NARROW: Final = 12
_GRID_WIDTH: Final = 30


def write_xlsx_file(content: MapContent, path: Path) -> None:
    """A workbook with the long table on a sheet "Journey" (the one read back: a filter on
    its header, a list to choose from for evidence, priority and moment) and the grid on a
    sheet "Grid", for reading."""
    from openpyxl import Workbook  # here: only a workbook needs it

    table, grid = long_table(content), grid_table(content)
    _check_fits_excel(JOURNEY_SHEET, table)
    _check_fits_excel(GRID_SHEET, grid)
    with written_beside(path) as temporary:  # first: a place that cannot be written is told
        workbook = Workbook(write_only=True)
        journey = workbook.create_sheet(JOURNEY_SHEET)
        widths = [_WIDTHS.get(str(title), _NARROW) for title in table[0]]
        _fill(journey, table, widths, wrapped_columns=False)
        journey.freeze_panes = "A2"
        journey.auto_filter.ref = f"A1:{column_letter(len(table[0]))}{len(table)}"
        _offer_choices(journey, table)
        sheet = workbook.create_sheet(GRID_SHEET)
        _fill(sheet, grid, [_WIDTHS[LANE_COLUMN]] + [_GRID_WIDTH] * (len(grid[0]) - 1), True)
        sheet.freeze_panes = "B2"
        workbook.save(temporary)


EXCEL_CELL_CHARACTERS: Final = 32_767
"""The most a cell of Excel holds; openpyxl would cut a longer text without a word."""


def _check_fits_excel(sheet: str, rows: list[list[Cell]]) -> None:
    for number, row in enumerate(rows, 1):
        for index, value in enumerate(row, 1):
            if isinstance(value, str) and len(value) > EXCEL_CELL_CHARACTERS:
                raise JourneyboardError(
                    Message(
                        "Errors",
                        "the sheet {sheet}, cell {cell}, would hold {length} characters, more "
                        "than the {most} a cell of Excel holds: export CSV instead, which "
                        "keeps them",
                    ).format(
                        sheet=sheet,
                        cell=f"{column_letter(index)}{number}",
                        length=f"{len(value):,}",
                        most=f"{EXCEL_CELL_CHARACTERS:,}",
                    )
                )


def _fill(sheet: Any, rows: list[list[Cell]], widths: list[int], wrapped_columns: bool) -> None:
    """Append `rows` to a write-only sheet: the header bold, text that will not fit its
    column (or, with `wrapped_columns`, every text) wrapped at the top of its cell.

    A value is appended as it is where it needs nothing (a workbook of 5,000 cards is
    written twice as fast), else as a cell: marked as text where a spreadsheet would take
    it for a formula, and styled."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def cell(value: Cell, strong: bool, wrapped: bool) -> Any:
        text = isinstance(value, str)
        wrapped = text and (wrapped or "\n" in str(value))
        formula_like = text and str(value).startswith("=")
        if not (formula_like or wrapped or strong):
            return value
        written = WriteOnlyCell(sheet, value=value)
        if text:
            written.data_type = "s"  # text stays text, even "=1+1"
        if strong:
            written.font = bold
        if wrapped:
            written.alignment = wrap
        return written

    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[column_letter(index)].width = width
    for number, row in enumerate(rows):
        sheet.append(
            [
                cell(
                    value,
                    number == 0 or (wrapped_columns and index == 0),
                    wrapped_columns or (isinstance(value, str) and len(value) > widths[index]),
                )
                for index, value in enumerate(row)
            ]
        )


def _offer_choices(sheet: Any, table: list[list[Cell]]) -> None:
    """Drop-down lists where the reader takes only some words: evidence, priority, moment."""
    from openpyxl.worksheet.datavalidation import DataValidation

    choices = {
        CARD_COLUMNS["evidence"]: EVIDENCE_NAMES.values(),
        CARD_COLUMNS["priority"]: [PRIORITIES[level] for level in sorted(PRIORITIES) if level],
        CARD_COLUMNS["moment"]: ["yes"],
    }
    for index, title in enumerate(table[0], 1):
        if title in choices and len(table) > 1:
            listed = ",".join(choices[str(title)])
            validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
            letter = column_letter(index)
            validation.add(f"{letter}2:{letter}{len(table)}")
            sheet.data_validations.dataValidation.append(validation)

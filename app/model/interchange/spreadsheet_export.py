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

from app.model.data.records import CardRecord, MapContent
from app.model.data.vocabulary import EVIDENCE_NAMES, PRIORITIES, score_text
from app.model.file.safe_write import write_text, written_beside
from app.model.interchange.sheet_reading import JOURNEY_SHEET, Cell
from app.model.interchange.spreadsheet_import import (
    CARD_COLUMNS,
    FORMULA_STARTS,
    LANE_COLUMN,
    PERSONA_COLUMN,
    SCORE_COLUMN,
    STAGE_COLUMN,
)

GRID_SHEET: Final = "Grid"
EMOTIONS_ROW: Final = "Emotions"


def long_table(content: MapContent) -> list[list[Cell]]:
    """A header, then a row per card and per emotion point, in the map's order."""
    header: list[Cell] = [STAGE_COLUMN, LANE_COLUMN, *CARD_COLUMNS.values()]
    if content.emotions:
        header += [PERSONA_COLUMN, SCORE_COLUMN]
    return [header, *_body_rows(content, len(header))]


def _body_rows(content: MapContent, width: int) -> list[list[Cell]]:
    """Every card, then every point, sorted into the map's order: by stage, lane and place,
    a lane's points by persona. The reader makes stages and lanes in the order they first
    appear, so a row naming only a stage and a lane stands in for each lane with nothing in
    the first stage and for each stage with nothing at all."""
    stages = {stage.id: stage for stage in content.stages}
    lanes = {lane.id: lane for lane in content.lanes}
    personas = {persona.id: persona for persona in content.personas}
    curve_lane = next((lane for lane in content.lanes if lane.kind == "emotions"), None)
    keyed: list[tuple[tuple[int, ...], list[Cell]]] = []
    for card in content.cards:
        stage, lane = stages[card.stage_id], lanes[card.lane_id]
        row = [stage.name, lane.title, *_card_cells(card)]
        keyed.append(((stage.position, lane.position, 0, card.position), row))
    for point in content.emotions:
        stage, persona = stages[point.stage_id], personas[point.persona_id]
        title, position = (
            (curve_lane.title, curve_lane.position) if curve_lane else (EMOTIONS_ROW, len(lanes))
        )
        row = [stage.name, title, point.label or None]
        row += [None] * (width - 5) + [persona.name, point.score]
        keyed.append(((stage.position, position, 1, persona.position, point.position), row))
    if content.stages and content.lanes:
        keyed += _placeholders(content, {order[:2] for order, _row in keyed}, width)
    keyed.sort(key=lambda item: item[0])
    return [row for _order, row in keyed]


def _placeholders(
    content: MapContent, filled: set[tuple[int, ...]], width: int
) -> list[tuple[tuple[int, ...], list[Cell]]]:
    """Rows naming only a stage and a lane, sorted first in their cell: each lane empty in
    the first stage, named there; each empty stage, named with the first lane."""
    first_stage, first_lane = content.stages[0], content.lanes[0]
    blanks: list[Cell] = [None] * (width - 2)
    rows: list[tuple[tuple[int, ...], list[Cell]]] = [
        ((first_stage.position, lane.position, -1), [first_stage.name, lane.title, *blanks])
        for lane in content.lanes
        if (first_stage.position, lane.position) not in filled
    ]
    used_stages = {stage for stage, _lane in filled}
    rows += [
        ((stage.position, first_lane.position, -1), [stage.name, first_lane.title, *blanks])
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
        elif field == "votes":
            yield value or None
        else:
            yield value or None


def grid_table(content: MapContent) -> list[list[Cell]]:
    """Stages across, lanes down, a card a line; a row of emotions per persona."""
    rows: list[list[Cell]] = [[None, *(stage.name for stage in content.stages)]]
    cards = _in_map_order(content)
    for lane in content.lanes:
        if lane.kind == "emotions":
            rows += _emotion_rows(content)
            continue
        cells: list[Cell] = [lane.title]
        for stage in content.stages:
            titles = [
                card.title
                for card in cards
                if card.stage_id == stage.id and card.lane_id == lane.id
            ]
            cells.append("\n".join(titles) or None)
        rows.append(cells)
    return rows


def _emotion_rows(content: MapContent) -> list[list[Cell]]:
    low = content.map.emotion_min
    rows = []
    for persona in content.personas:
        curve = content.curve(persona.id)
        cells: list[Cell] = [f"{EMOTIONS_ROW}: {persona.name}"]
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
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


# --- XLSX --------------------------------------------------------------------------------


def write_xlsx_file(content: MapContent, path: Path) -> None:
    """A workbook with the long table on a sheet "Journey" (the one read back) and the
    grid on a sheet "Grid"."""
    from openpyxl import Workbook  # here: only a workbook needs it
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, rows, widths in (
        (JOURNEY_SHEET, long_table(content), (24, 24, 48, 48)),
        (GRID_SHEET, grid_table(content), (24,)),
    ):
        sheet = workbook.create_sheet(name)
        for letter, width in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", _widths(rows, widths), strict=False):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "B2" if name == GRID_SHEET else "A2"
        for number, row in enumerate(rows):
            styled = number == 0 or name == GRID_SHEET
            sheet.append(
                [_xlsx_cell(sheet, value, bold if number == 0 else None, styled) for value in row]
            )
    with written_beside(path) as temporary:
        workbook.save(temporary)


def _xlsx_cell(sheet: Any, value: Cell, font: Any, styled: bool) -> Any:
    """The value as it is appended: a cell marked as text where a spreadsheet would take
    it for a formula, a styled cell in a header or the grid, else the plain value (a
    workbook of 5,000 cards is written twice as fast). Text of several lines wraps."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    formula_like = isinstance(value, str) and value.startswith("=")
    styled = styled or (isinstance(value, str) and "\n" in value)
    if not (formula_like or styled):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, even "=1+1"
    if font is not None:
        cell.font = font
    if styled:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _widths(rows: list[list[Cell]], first: tuple[int, ...]) -> list[int]:
    """Column widths in characters: those given, then 32 for the rest of the header's."""
    columns = len(rows[0]) if rows else 0
    return [first[i] if i < len(first) else 32 for i in range(columns)]

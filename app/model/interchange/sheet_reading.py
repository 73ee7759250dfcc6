"""Reading a sheet of cells from a CSV file or an Excel workbook, within limits.

Both give the same thing: the sheet's non-empty rows, each with its row number, its cells
starting at the sheet's first used column, so that a message can name the cell ("C4") the
person sees in their spreadsheet program. Formulas are read as the values the program
saved with them and never evaluated.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.model.data.fields import LONG_TEXT
from app.model.errors import InterchangeError
from app.model.interchange.source_files import check_readable, decoded_text, read_source
from app.model.messages import Message

Cell = str | int | float | bool | None

MAX_SHEET_ROWS: Final = 50_000
MAX_SHEET_COLUMNS: Final = 1_000
"""Far more than a map's 200 stages need; a sheet wider than this is not a journey."""
MAX_CSV_BYTES: Final = 64 << 20
MAX_XLSX_UNPACKED_BYTES: Final = 512 << 20
"""What a workbook may unpack to: a 5,000-card map is a few megabytes; a zip bomb of a few
kilobytes declares gigabytes."""
JOURNEY_SHEET: Final = "Journey"
_DELIMITERS: Final = ",;\t"


@dataclass(frozen=True, slots=True)
class Sheet:
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    """(row number, cells) of every row holding something, in order."""
    first_column: int = 1
    """The column (1 is A) of each row's first cell."""

    def place(self, row: int, index: int) -> Message:
        """The cell at `row` and the `index`-th cell of the row, as "cell C4"."""
        return Message("Errors", "cell {cell}").format(
            cell=f"{column_letter(self.first_column + index)}{row}"
        )


def column_letter(column: int) -> str:
    """Column 1 is A, 27 is AA, as spreadsheet programs name them."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_of(rows: Iterable[tuple[int, Sequence[Cell]]]) -> Sheet:
    """The rows that hold something, their cells from the first column any of them uses."""
    kept = []
    for number, cells in rows:
        end = len(cells)
        while end and _blank(cells[end - 1]):
            end -= 1
        if end:
            kept.append((number, tuple(cells[:end])))
    if not kept:
        raise InterchangeError("", Message("Errors", "the sheet is empty"))
    first = min(next(i for i, cell in enumerate(cells) if not _blank(cell)) for _, cells in kept)
    return Sheet(tuple((number, cells[first:]) for number, cells in kept), first + 1)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# --- CSV ---------------------------------------------------------------------------------


def read_csv_file(path: Path) -> Sheet:
    raw = read_source(path, MAX_CSV_BYTES)
    try:
        return read_csv(raw)
    except InterchangeError as error:
        raise error.in_file(path) from None


def read_csv(raw: bytes) -> Sheet:
    """A CSV file as Excel, LibreOffice and Google Sheets write it: UTF-8 with or without a
    byte-order mark, UTF-16, or Windows-1252; comma, semicolon or tab between cells; line
    breaks inside quoted cells. Rows are numbered as a spreadsheet numbers them (a cell of
    three lines is one row); the apostrophe an exporter put before a text that looks like
    a formula is taken off."""
    text = decoded_text(raw, windows_1252=True)
    csv.field_size_limit(MAX_CELL_CHARACTERS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows = []
    started = 1
    try:
        for number, cells in enumerate(reader, 1):
            if number > MAX_SHEET_ROWS:
                raise _too_many_rows()
            if len(cells) > MAX_SHEET_COLUMNS:
                raise _too_many_columns(number)
            rows.append((number, [_unguarded(cell) for cell in cells]))
            started = reader.line_num + 1
    except csv.Error as error:
        raise InterchangeError(
            Message("Errors", "line {line}").format(line=started), _unreadable_line(error)
        ) from None
    return sheet_of(rows)


MAX_CELL_CHARACTERS: Final = LONG_TEXT + 1
"""The most a CSV cell may hold: the longest field a card has, and one more to be told."""
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet would take for the start of a formula; an exporter puts an
apostrophe before such a text (and before one that begins with an apostrophe)."""


def _unguarded(cell: str) -> str:
    """The cell without the apostrophe an exporter put before it."""
    if cell.startswith("'") and cell[1:2] and cell[1:2] in (*FORMULA_STARTS, "'"):
        return cell[1:]
    return cell


def _unreadable_line(error: csv.Error) -> Message:
    why = str(error)
    if "field larger than field limit" in why:
        return Message("Errors", "a cell holds more than {most} characters").format(
            most=f"{LONG_TEXT:,}"
        )
    if "unexpected end of data" in why:
        return Message("Errors", "a quote opened in this row is never closed")
    return Message("Errors", "this is not a readable CSV line: {why}").format(why=why)


def _delimiter(text: str) -> str:
    """The separator the file uses, sniffed from its start; a comma if nothing tells."""
    sample = text[: 64 << 10]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first_line = sample.split("\n", 1)[0]
        return max(_DELIMITERS, key=first_line.count) if first_line else ","


# --- XLSX --------------------------------------------------------------------------------


def read_xlsx_file(path: Path) -> Sheet:
    """The sheet named "Journey" of an Excel workbook, or its first sheet."""
    check_readable(path)
    try:
        _check_unpacked_size(path)
        with warnings.catch_warnings():  # openpyxl's, about styles and extensions it skips
            warnings.simplefilter("ignore")
            return _read_workbook(path)
    except InterchangeError as error:
        raise error.in_file(path) from None


def _check_unpacked_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except Exception:  # zipfile raises many kinds of error for a damaged archive
        raise InterchangeError(
            "", Message("Errors", "this is not an Excel workbook (.xlsx): it cannot be opened")
        ) from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise InterchangeError(
            "",
            Message(
                "Errors", "the workbook unpacks to {size} MB, more than the {most} MB allowed"
            ).format(size=f"{unpacked >> 20:,}", most=MAX_XLSX_UNPACKED_BYTES >> 20),
        )


def _read_workbook(path: Path) -> Sheet:
    import openpyxl  # here: only a workbook needs it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of error for a damaged workbook
        raise InterchangeError(
            "", Message("Errors", "this is not an Excel workbook (.xlsx): it cannot be opened")
        ) from None
    try:
        names = workbook.sheetnames
        if not names:
            raise InterchangeError("", Message("Errors", "the workbook has no sheet"))
        sheet = workbook[JOURNEY_SHEET if JOURNEY_SHEET in names else names[0]]
        _check_formulas_saved(path, getattr(sheet, "_worksheet_path", ""))
        sheet.reset_dimensions()  # read every cell, even past a size declared too small
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            if number > MAX_SHEET_ROWS:
                raise _too_many_rows()
            if len(cells) > MAX_SHEET_COLUMNS:  # each row is read alone: none holds much
                raise _too_many_columns(number)
            rows.append((number, [_plain(cell) for cell in cells]))
        return sheet_of(rows)
    except InterchangeError:
        raise
    except Exception:
        raise InterchangeError(
            "", Message("Errors", "this Excel workbook (.xlsx) is damaged: it cannot be read")
        ) from None
    finally:
        workbook.close()


_FORMULA_CELL = re.compile(rb"<c\b([^>]*)>((?:(?!</c>).)*?<f[\s>/](?:(?!</c>).)*)</c>", re.DOTALL)
_SAVED_VALUE = re.compile(rb"<v>[^<]")
_CELL_NAME = re.compile(rb'\br="([A-Z]+[0-9]+)"')


def _check_formulas_saved(path: Path, part: str) -> None:
    """Refuse a sheet with a formula whose value was never saved (a file written by a
    program that does not compute formulas): its cell would read as empty, and a card
    would be lost without a word. The sheet's XML is searched only if it holds a formula."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(part) if part in archive.namelist() else b""
    if b"<f" not in xml:
        return
    for cell in _FORMULA_CELL.finditer(xml):
        if not _SAVED_VALUE.search(cell[2]):
            name = _CELL_NAME.search(cell[1])
            raise InterchangeError(
                Message("Errors", "cell {cell}").format(cell=name[1].decode() if name else "?"),
                Message(
                    "Errors",
                    "the cell's formula has no saved value: open the workbook in a spreadsheet "
                    "program and save it, then import it again",
                ),
            )


def _plain(value: object) -> Cell:
    """A cell's saved value as text, number or truth; a date as YYYY-MM-DD."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return str(value)


def _too_many_rows() -> InterchangeError:
    return InterchangeError(
        "",
        Message("Errors", "the sheet has more than {most} rows").format(most=f"{MAX_SHEET_ROWS:,}"),
    )


def _too_many_columns(row: int) -> InterchangeError:
    return InterchangeError(
        Message("Errors", "row {row}").format(row=row),
        Message("Errors", "the sheet has more than {most} columns").format(
            most=f"{MAX_SHEET_COLUMNS:,}"
        ),
    )

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
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.model.errors import InterchangeError
from app.model.interchange.source_files import check_readable, read_source
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
    try:
        return read_csv(read_source(path, MAX_CSV_BYTES))
    except InterchangeError as error:
        raise error.in_file(path) from None


def read_csv(raw: bytes) -> Sheet:
    """A CSV file as Excel, LibreOffice and Google Sheets write it: UTF-8 with or without a
    byte-order mark, or Windows-1252; comma, semicolon or tab between cells; line breaks
    inside quoted cells."""
    text = _decoded(raw)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    try:
        for cells in reader:
            if reader.line_num > MAX_SHEET_ROWS:
                raise _too_many_rows()
            if len(cells) > MAX_SHEET_COLUMNS:
                raise _too_many_columns(reader.line_num)
            rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise InterchangeError(
            Message("Errors", "line {line}").format(line=reader.line_num),
            Message("Errors", "this is not a readable CSV line: {why}").format(why=error),
        ) from None
    return sheet_of(rows)


def _decoded(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InterchangeError(
            "",
            Message(
                "Errors", "the file is neither UTF-8 nor Windows-1252 text (byte {byte})"
            ).format(byte=error.start),
        ) from None


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
    except (zipfile.BadZipFile, OSError):
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
        if (sheet.max_row or 0) > MAX_SHEET_ROWS:
            raise _too_many_rows()
        if (sheet.max_column or 0) > MAX_SHEET_COLUMNS:
            raise _too_many_columns(1)
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

"""Maps in and out of the files other tools keep: each format's reader and writer, chosen
by the file's extension or by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.model.data.fields import MAP_FIELDS, TextField
from app.model.data.records import MapContent
from app.model.errors import InterchangeError
from app.model.file.safe_write import write_text
from app.model.interchange.journeyboard_json import ImportedMap, read_map_file
from app.model.interchange.markdown import write_markdown
from app.model.interchange.mermaid import read_mermaid_file, write_mermaid
from app.model.interchange.sheet_reading import read_csv_file, read_xlsx_file
from app.model.interchange.spreadsheet_export import write_csv, write_csv_file, write_xlsx_file
from app.model.interchange.spreadsheet_import import (
    Shape,
    guess_shape,
    map_from_sheet,
    unread_columns,
)
from app.model.messages import Message, cut

SPREADSHEET_SUFFIXES: Final = (".csv", ".tsv", ".xlsx")
IMPORT_SUFFIXES: Final = (".json", *SPREADSHEET_SUFFIXES, ".mmd", ".mermaid")


def read_foreign_map(path: Path, shape: Shape | None = None) -> ImportedMap:
    """The map in the file at `path`, read by the reader its extension names; a
    spreadsheet in the `shape` given, else the one its first row shows."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_map_file(path)
    if suffix in (".mmd", ".mermaid"):
        return ImportedMap(read_mermaid_file(path))
    if suffix in SPREADSHEET_SUFFIXES:
        sheet = read_xlsx_file(path) if suffix == ".xlsx" else read_csv_file(path)
        shape = shape or guess_shape(sheet)
        try:
            content = map_from_sheet(sheet, _title_from(path), shape)
        except InterchangeError as error:
            raise error.in_file(path) from None
        unread = unread_columns(sheet) if shape == "long" else []
        return ImportedMap(content, unread=tuple(unread))
    raise InterchangeError(
        "",
        Message(
            "Errors", "“{path}”: Journeyboard reads maps from {suffixes} files, not “{suffix}”"
        ).format(path=path, suffixes=", ".join(IMPORT_SUFFIXES), suffix=suffix or path.name),
    )


def _title_from(path: Path) -> str:
    """A spreadsheet's map is titled by its file's name, cut to a title's length."""
    spec = MAP_FIELDS["title"]
    assert isinstance(spec, TextField)
    return cut(" ".join(path.stem.split()) or "Journey", spec.max_length)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format a map is written in: its key (the command line's option), its file's
    extension and how it is written."""

    key: str
    suffix: str
    write_file: Callable[[MapContent, Path], None]
    text: Callable[[MapContent], str] | None = None
    """The format as text, for standard output; None for a binary format."""


def _text_file(text: Callable[[MapContent], str]) -> Callable[[MapContent, Path], None]:
    return lambda content, path: write_text(path, text(content))


EXPORT_FORMATS: Final[tuple[ExportFormat, ...]] = (
    ExportFormat("csv", ".csv", write_csv_file, write_csv),
    ExportFormat("xlsx", ".xlsx", write_xlsx_file),
    ExportFormat("mermaid", ".mmd", _text_file(write_mermaid), write_mermaid),
    ExportFormat("markdown", ".md", _text_file(write_markdown), write_markdown),
)
EXPORT_FORMAT: Final[dict[str, ExportFormat]] = {kind.key: kind for kind in EXPORT_FORMATS}

"""File ▸ Export ▸ a spreadsheet, a Mermaid diagram, Markdown or JSON: the map written for
another tool, in one step (a 5,000-card map takes well under a second)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model.edits.map_document import MapDocument
from app.model.errors import InvalidValueError
from app.model.file.safe_write import write_text
from app.model.interchange.foreign_files import EXPORT_FORMAT
from app.model.interchange.journeyboard_json import dumps, export_map
from app.model.interchange.markdown import write_markdown
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.file_dialogs import ask_save_path
from app.ui.translation import described

FILTERS: dict[str, str] = {
    "csv": QT_TRANSLATE_NOOP("DataExports", "CSV spreadsheet (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("DataExports", "Excel workbook (*.xlsx)"),
    "mermaid": QT_TRANSLATE_NOOP("DataExports", "Mermaid diagram (*.mmd)"),
    "markdown": QT_TRANSLATE_NOOP("DataExports", "Markdown (*.md)"),
    "json": QT_TRANSLATE_NOOP("DataExports", "Journeyboard JSON (*.json)"),
}
"""Each format's file filter in the save dialog, by the key of its export action."""
DATA_FORMATS: tuple[str, ...] = tuple(FILTERS)


def _suffix(key: str) -> str:
    return "json" if key == "json" else EXPORT_FORMAT[key].suffix[1:]


def ask_data_path(parent: QWidget, title: str, key: str) -> Path | None:
    """Where to write the map titled `title` in the format `key`, or None."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("DataExports", "Export the map"),
        title,
        QCoreApplication.translate("DataExports", FILTERS[key]),
        _suffix(key),
    )


def write_data(document: MapDocument, key: str, path: Path) -> list[str]:
    """Write the map in the format `key`; what had to be left out (a damaged snapshot in
    JSON), said for the person."""
    content = document.content()
    if key == "markdown":  # its headings and labels in the window's language
        write_text(path, write_markdown(content, QCoreApplication.translate))
        return []
    if key != "json":
        EXPORT_FORMAT[key].write_file(content, path)
        return []
    left_out: list[InvalidValueError] = []
    write_text(path, dumps(export_map(content, document.snapshots(), left_out=left_out)))
    return [described(error) for error in left_out]

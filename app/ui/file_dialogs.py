"""Asking for a file to open or a place to save, as a desktop editor does.

A dialog starts in the folder last used for that kind of file (maps, PDFs, pictures),
else in the user's documents folder, never in the program's working folder; a suggested
name is made safe for every file system. Saving keeps the name as typed, with the format's
suffix added only when the name has none (Qt's default suffix), and Qt asks before it
replaces a file of exactly that name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.model.file.places import safe_file_name
from app.ui.settings import Settings


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, suffix: str
) -> Path | None:
    """The path chosen to save `suggested` (a title: made safe, the suffix added), or
    None if the person cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(str(start_folder(suffix)))
    dialog.selectFile(f"{safe_file_name(suggested)}.{suffix}")
    return _chosen(dialog, suffix)


def ask_open_path(parent: QWidget | None, title: str, name_filter: str, kind: str) -> Path | None:
    """The file chosen to open, of `kind` ("journey", "picture"), or None."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setDirectory(str(start_folder(kind)))
    return _chosen(dialog, kind)


def start_folder(kind: str) -> Path:
    """Where a dialog for `kind` of file starts: the folder last used for it, if it is
    still there, else the documents folder, else the home folder."""
    remembered = Settings().last_folder(kind)
    if remembered is not None:
        return remembered
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return documents if documents.is_dir() else Path.home()


def _chosen(dialog: QFileDialog, kind: str) -> Path | None:
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    Settings().set_last_folder(kind, path.parent)
    return path

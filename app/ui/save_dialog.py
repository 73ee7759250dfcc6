"""Asking where to save a file: the name as the person typed it, with the format's suffix
added only when the name has none (Qt's default suffix), and Qt asking before it replaces
a file of exactly that name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, name_filter: str, suffix: str
) -> Path | None:
    """The path chosen, or None if the person cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])

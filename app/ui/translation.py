"""Marking texts for Qt's translation where `self.tr` cannot be called on them at once."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text`, kept in a table, for translation in `context`: pyside6-lupdate finds it
    by this name, and the code that shows it translates it then. (PySide6's own marker is
    typed as returning an object.)"""
    return text

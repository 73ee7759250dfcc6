"""Undo and Redo reach the map from anywhere in the window.

A text field takes Ctrl+Z for its own undo whether or not it has anything to undo, so
after Enter in the Inspector's label field the key did nothing and gave no sign. Here a
field keeps the keys only while it has typing of its own to undo or redo (the form's
editors forget theirs once a value is committed, app.ui.form_fields); otherwise the keys
go on to the window's Undo and Redo, which step through the map's history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class UndoKeysToTheMap(QObject):
    """An event filter for the application: lets Undo and Redo past a text field in
    `window` that has nothing of its own to undo or redo."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if not (watched is self._window or self._window.isAncestorOf(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            return not _can(watched, undo=True)
        if event.matches(QKeySequence.StandardKey.Redo):
            return not _can(watched, undo=False)
        return False


def _can(widget: QWidget, *, undo: bool) -> bool:
    """Whether `widget` has typing of its own to undo (or redo). A widget that is not a
    text field keeps the keys only if it takes them itself."""
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isUndoAvailable() if undo else document.isRedoAvailable()
    return True

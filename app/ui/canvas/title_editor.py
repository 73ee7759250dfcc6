"""The line where a card's title is typed on the canvas: Enter keeps it, Escape drops it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.layout.map_layout import CARD_TITLE
from app.model.fields import CARD_FIELDS
from app.ui.look import font


class TitleEditor(QLineEdit):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFont(font(CARD_TITLE))
        self.setPlaceholderText("Type a card, then Enter")
        self.setMaxLength(CARD_FIELDS["title"].max_length)  # type: ignore[attr-defined]
        self._finished = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere keeps what was typed: nothing typed is lost."""
        super().focusOutEvent(event)
        self._finish(commit=bool(self.text().strip()))

    def _finish(self, *, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        if commit and self.text().strip():
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()

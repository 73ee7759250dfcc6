"""The line where a card's title is typed on the canvas: Enter keeps it, Escape drops it.

On the line of a new card, Tab and Shift+Tab move to the next and previous lane, and
Ctrl+→ and Ctrl+← to the next and previous stage, keeping what was typed first."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.layout.map_layout import CARD_TITLE
from app.model.data.fields import CARD_FIELDS
from app.ui.look import font

_MOVES = {
    (Qt.Key.Key_Tab, False): (0, 1),
    (Qt.Key.Key_Backtab, False): (0, -1),
    (Qt.Key.Key_Right, True): (1, 0),
    (Qt.Key.Key_Left, True): (-1, 0),
}
"""(key, with Ctrl) → (stages, lanes) to move by."""


class TitleEditor(QLineEdit):
    committed = Signal(str)
    cancelled = Signal()
    moved = Signal(str, int, int)
    """What was typed (perhaps nothing), and the stages and lanes to move by."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.moves = False
        """Whether Tab and Ctrl+arrows move the line (a new card's) to another cell."""
        self.setFont(font(CARD_TITLE))
        self.setPlaceholderText(self.tr("Type a card, then Enter"))
        self.setMaxLength(CARD_FIELDS["title"].max_length)  # type: ignore[attr-defined]
        self._finished = False

    def event(self, event: QEvent) -> bool:
        """Tab reaches keyPressEvent instead of moving the focus to another widget."""
        if event.type() == QEvent.Type.KeyPress and self.moves:
            key = cast(QKeyEvent, event).key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.keyPressEvent(cast(QKeyEvent, event))
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        move = _MOVES.get((Qt.Key(event.key()), control)) if self.moves else None
        if move is not None:
            if not self._finished:
                self._finished = True
                self.moved.emit(self.text(), *move)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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

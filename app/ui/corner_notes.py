"""Notes in the top right corner of a view: the dots a person has left, the time left in
a timebox. Large enough to read across a room, never taking the keyboard or the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.look import family_font

MARGIN = 16


class CornerNotes(QWidget):
    def __init__(self, viewport: QWidget, pixels: int = 22) -> None:
        super().__init__(viewport)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(8)
        self._notes: dict[str, QLabel] = {}
        self._alerts: set[str] = set()
        self.pixels = pixels
        viewport.installEventFilter(self)
        self.hide()

    def set_note(self, key: str, text: str | None, *, alert: bool = False) -> None:
        """Show `text` under `key` (replacing what was there), or remove it when None."""
        label = self._notes.get(key)
        self._alerts.discard(key)
        if text is None:
            if label is not None:
                self._box.removeWidget(label)
                label.deleteLater()
                del self._notes[key]
        else:
            if label is None:
                label = self._notes[key] = self._label()
                self._box.addWidget(label)
            label.setText(text)
            if alert:
                self._alerts.add(key)
            background, ink = ("#b91c1c", "#ffffff") if alert else ("#111827", "#f9fafb")
            label.setStyleSheet(
                f"background: {background}; color: {ink}; border: 2px solid #9ca3af;"
                " border-radius: 10px; padding: 8px 14px;"
            )
        self.setVisible(bool(self._notes))
        self._place()

    def set_pixels(self, pixels: int) -> None:
        """The size of the notes' text."""
        self.pixels = pixels
        for label in self._notes.values():
            label.setFont(self._font())
        self._place()

    def note(self, key: str) -> str | None:
        label = self._notes.get(key)
        return label.text() if label is not None else None

    def alerting(self, key: str) -> bool:
        """Whether the note is shown as an alert (white on red)."""
        return key in self._alerts

    def _font(self) -> QFont:
        font = family_font()
        font.setPixelSize(self.pixels)
        font.setBold(True)
        return font

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setFont(self._font())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    def _place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(parent.width() - self.width() - MARGIN, MARGIN)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

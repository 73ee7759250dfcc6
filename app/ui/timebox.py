"""A count-down timebox for a workshop's exercises: started, paused and reset from the
keyboard, shown in a corner of the canvas and of the presentation, with a visible (and,
if chosen, audible) signal when the time is up. It never takes the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

TICK_MS = 200


def clock(milliseconds: int) -> str:
    """Time left as a clock shows it, rounded up: 04:32, or 1:02:00 past an hour."""
    seconds = -(-max(0, milliseconds) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class Timebox(QObject):
    changed = Signal()
    """The time left, or whether it runs, changed: the corner notes show it again."""
    finished = Signal()

    def __init__(self, milliseconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration = milliseconds
        self.sound = False
        self._left_at_start = milliseconds
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.shown = False
        """Whether the corners show it: from its first start until it is reset."""

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    @property
    def left(self) -> int:
        """Milliseconds left."""
        if not self.running:
            return self._left_at_start
        return max(0, self._left_at_start - self._clock.elapsed())

    @property
    def over(self) -> bool:
        return self.left == 0

    def start_or_pause(self) -> None:
        if self.running:
            self._left_at_start = self.left
            self._ticker.stop()
        elif not self.over:
            self.shown = True
            self._clock.start()
            self._ticker.start()
        self.changed.emit()

    def reset(self, milliseconds: int | None = None) -> None:
        """Stop, and set the full time again (or a new one); the corners hide it."""
        self._ticker.stop()
        if milliseconds is not None:
            self.duration = milliseconds
        self._left_at_start = self.duration
        self.shown = False
        self.changed.emit()

    def _tick(self) -> None:
        if self.left == 0:
            self._left_at_start = 0
            self._ticker.stop()
            if self.sound:
                QApplication.beep()
            self.finished.emit()
        self.changed.emit()

    def text(self) -> str:
        if self.over:
            return self.tr("Time is up")
        if self.running:
            return self.tr("Timebox {time}").format(time=clock(self.left))
        return self.tr("Timebox {time} · paused").format(time=clock(self.left))

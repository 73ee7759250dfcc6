"""Work on Qt's thread pool that reports back to the window's thread.

Two things a worker must not do; each crashed the test suite now and then:

- hold the last reference to a QObject, which is then freed on the worker, off the
  thread it belongs to;
- meet the window's garbage. Python's cycle collector runs on whichever thread happens
  to allocate, and would free there the Qt objects it finds in garbage cycles (a closed
  dialog, a closed map's scene, an inspector form rebuilt while a PDF is written).

So a job holds plain data only and reports through one relay, made on the window's
thread and kept for the life of the program. And while any job runs, the collector does
not run by itself: the window's thread collects the young generations every
`COLLECT_EVERY_MS` instead, so every cycle, the window's or the job's, is freed on the
window's thread, a little at a time. (Pausing the collector outright left the whole
job's garbage to one collection at its end: a 1.3 s stall after a large handout.
Freezing what existed when the job started left out what the window made meanwhile.)
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

Report = Callable[[object], None]
"""What a job calls to send a message to the window's thread."""

COLLECT_EVERY_MS = 100

_ENDED = object()


class _Relay(QObject):
    message = Signal(int, object)
    """A job's number and what it reported (or _ENDED)."""

    def __init__(self) -> None:
        super().__init__()
        self.receive_by_job: dict[int, Report] = {}
        self.numbers = itertools.count()
        self.message.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(lambda: gc.collect(1))
        self._collecting_before = True

    def add(self, receive: Report) -> int:
        if not self.receive_by_job:
            self._collecting_before = gc.isenabled()
            gc.disable()
            self._collector.start()
        number = next(self.numbers)
        self.receive_by_job[number] = receive
        return number

    def _deliver(self, number: int, message: object) -> None:
        if message is not _ENDED:
            self.receive_by_job[number](message)
            return
        del self.receive_by_job[number]
        if not self.receive_by_job:
            self._collector.stop()
            gc.collect(1)  # what was made since the last tick, here too
            if self._collecting_before:
                gc.enable()


_relay: _Relay | None = None


def start_worker(job: Callable[[Report], None], receive: Report) -> None:
    """Run `job(report)` on the thread pool; what it reports reaches `receive` on the
    window's thread, in order. Call it on the window's thread. `job` must hold no
    QObject and use no Qt GUI class (fonts included)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay
    number = relay.add(receive)

    def run() -> None:
        try:
            job(lambda message: relay.message.emit(number, message))
        finally:
            relay.message.emit(number, _ENDED)

    QThreadPool.globalInstance().start(run)

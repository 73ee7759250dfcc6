"""Work the person waits for, done so that the window goes on painting, with a progress
dialog once it takes long enough to notice: on a worker thread (opening a large map), or
in steps on the window's own thread where Qt needs it there (painting a picture)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_PROGRESS_AFTER_MS = 300

T = TypeVar("T")


class _Finished(QObject):
    finished = Signal()


def run_in_background(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """`work()` on a worker thread; what it returns, or the exception it raised.

    Until it is done the window repaints and timers run, but clicks and keys wait (they
    are delivered afterwards): the caller goes on as if `work` had run in place, so
    nothing may change under it. `work` must not touch widgets.
    """
    outcome: list[tuple[bool, object]] = []
    finished = _Finished()
    loop = QEventLoop()
    # Queued: a quit posted before the loop starts still ends it.
    finished.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:
            outcome.append((False, error))
        finished.finished.emit()

    progress = QProgressDialog(label, "", 0, 0, parent)  # a range of 0…0 is "busy"
    progress.setCancelButton(None)  # the work cannot be stopped
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    _show_after(progress, SHOW_PROGRESS_AFTER_MS)
    QThreadPool.globalInstance().start(run)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    progress.reset()
    progress.deleteLater()
    succeeded, value = outcome[0]
    if not succeeded:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]


def run_in_steps(parent: QWidget, label: str, steps: Generator[float, None, object]) -> bool:
    """Run `steps` (each yielding the share done, from 0 to 1) to the end, letting the
    window repaint between them, with a progress dialog and Cancel once it takes long.

    False if the person cancelled: the steps are then closed where they stopped.
    """
    progress = QProgressDialog(label, parent.tr("Cancel"), 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    _show_after(progress, SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    try:
        for share in steps:
            # Until the dialog shows (and its modality with it), clicks and keys wait.
            shown = progress.isVisible()
            QCoreApplication.processEvents(
                QEventLoop.ProcessEventsFlag.AllEvents
                if shown
                else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            )
            if progress.wasCanceled():
                steps.close()
                return False
            progress.setValue(round(share * 100))
        return True
    finally:
        progress.reset()
        progress.deleteLater()


def _show_after(progress: QProgressDialog, milliseconds: int) -> None:
    """Show the dialog once the work has taken `milliseconds`. Its own timer started when
    it was made, for 4 s; setting the first value starts it again with the new time."""
    progress.setMinimumDuration(milliseconds)
    progress.setValue(progress.minimum())

"""Long work the person waits for, done in steps on the window's thread, so that the
window goes on painting, with progress and Cancel once it takes long enough to notice.

Steps rather than a worker thread: the long work of the canvas (measuring the text of
thousands of cards, painting a picture) needs Qt's fonts and painters, and Qt's fonts
may not be used by two threads at once.
"""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_PROGRESS_AFTER_MS = 300


def run_in_steps(parent: QWidget, label: str, steps: Generator[float, None, object]) -> bool:
    """Run `steps` (each yielding the share done, from 0 to 1) to the end, letting the
    window repaint between them, with a progress dialog and Cancel once it takes long.

    False if the person cancelled: the steps are then closed where they stopped.
    """
    cancel = QCoreApplication.translate("Progress", "Cancel")
    progress = QProgressDialog(label, cancel, 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    # The dialog's own timer started when it was made, for 4 s; setting its first value
    # starts it again with this time.
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setValue(0)
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

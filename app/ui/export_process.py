"""`journeyboard export` run as a child process of the window, on a copy of the map.

The window hands long work to the command line rather than to a thread: the export
shares nothing with the window (neither its memory, nor Python's interpreter lock, nor
its garbage collector), Cancel simply ends it, and what the window offers is what the
command does. The child reads a copy of the map (`MapCopy`), so the person can go on
editing meanwhile. Ended by Cancel, the child removes its half-written file on the way
out (`app.cli`); a child that had to be killed leaves at most a hidden temporary, which
the next write in that folder sweeps away (`app.model.file.safe_write`).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal

from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.messages import LANGUAGES

if TYPE_CHECKING:
    from app.export.pdf_options import PdfOptions

PROGRESS = re.compile(r"^progress (\d+)$")
STOP_WAIT_MS = 5000
"""How long a child asked to stop may take before it is killed."""


def command_line() -> list[str]:
    """How this program runs its own command line: the bundle's executable is the
    command itself; from source it is this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def pdf_arguments(options: PdfOptions) -> list[str]:
    """The command line's options for `options`, the PDF's words in the window's
    language."""
    from app.export.pdf_options import POINTS_PER_MM

    language = QLocale().name().split("_")[0]
    return [
        *("--layout", options.layout.value, "--paper", options.paper),
        *(("--landscape",) if options.landscape else ()),
        *("--margin", f"{options.margin / POINTS_PER_MM:.4f}"),
        *(("--scale", str(options.poster_scale)) if options.layout.value == "poster" else ()),
        *("--language", language if language in LANGUAGES else "en"),
    ]


class MapCopy:
    """A map written to a file in a private folder, for a child to read."""

    def __init__(self, content: MapContent) -> None:
        """Raises SaveFailedError (or OSError) where the copy cannot be written, leaving
        nothing behind."""
        self._folder = Path(tempfile.mkdtemp(prefix="journeyboard-"))
        self.path = self._folder / "map.journey"
        try:
            Document.create(self.path, content).close()
        except BaseException:
            self.remove()
            raise

    def remove(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


class ExportProcess(QObject):
    """`journeyboard export MAP arguments…` on a MapCopy, its progress, output and end
    reported by signals on the window's thread."""

    progressed = Signal(int)
    """Percent done, where the command reports it (--progress)."""
    succeeded = Signal(str, str)
    """What the command printed to standard output and to standard error."""
    failed = Signal(str)
    """The command's own one-line message (without the program's name)."""
    cancelled = Signal()

    def __init__(self, copy: MapCopy, arguments: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copy, self._arguments = copy, arguments
        self._stopping = False
        self._output = ""
        self._unread = ""
        """The start of a line the child has not finished printing."""
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.finished.connect(self._ended)
        self._process.errorOccurred.connect(self._not_started)

    def start(self) -> None:
        program, *before = command_line()
        self._process.start(program, [*before, "export", str(self._copy.path), *self._arguments])

    def cancel(self) -> None:
        """Ask the child to stop (it removes what it was writing); kill it if it has not
        within STOP_WAIT_MS."""
        if not self.running():
            return
        self._stopping = True
        self._process.terminate()
        QTimer.singleShot(STOP_WAIT_MS, self, self._kill)

    def _kill(self) -> None:
        if self.running():
            self._process.kill()

    def stop_now(self) -> None:
        """End the child before returning (the window or dialog is closing)."""
        self.cancel()
        if not self._process.waitForFinished(STOP_WAIT_MS):
            self._process.kill()
            self._process.waitForFinished(-1)

    def wait(self) -> None:
        """Let the child end, as the window closes."""
        self._process.waitForFinished(-1)

    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def _read(self, *, to_the_end: bool = False) -> None:
        """Hear the lines the child has printed whole (all of them, at its end): a
        progress line is reported, any other kept for `succeeded`."""
        data = bytes(self._process.readAllStandardOutput().data())
        text = self._unread + data.decode("utf-8", "replace")
        lines = text.splitlines(keepends=True)
        self._unread = "" if to_the_end or not lines or lines[-1].endswith("\n") else lines.pop()
        for line in lines:
            found = PROGRESS.match(line.strip())
            if found:
                self.progressed.emit(int(found.group(1)))
            else:
                self._output += line

    def _ended(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        self._read(to_the_end=True)
        errors = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        if self._stopping:
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and exit_code == 0:
            self.succeeded.emit(self._output, errors)
        else:
            lines = [line for line in errors.splitlines() if line.strip()]
            said = (
                lines[-1]
                if lines
                else self.tr("The export ended with code {code}.").format(code=exit_code)
            )
            self.failed.emit(said.removeprefix("journeyboard: "))

    def _not_started(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self._process.errorString())

"""Exporting a PDF from the window: ask how, then write it in the background with a
progress dialog and Cancel, and say how it went.

The export reads an immutable copy of the map, so the person can go on editing while it
is written; a cancelled export writes nothing. reportlab is imported on the first export,
not when the window opens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from app.model.errors import JourneyboardError
from app.model.records import MapContent
from app.ui.file_dialogs import ask_save_path
from app.ui.progress import SHOW_PROGRESS_AFTER_MS
from app.ui.translation import described, translate
from app.ui.workers import Report, start_worker

if TYPE_CHECKING:
    from app.export.pdf import PdfResult
    from app.export.pdf_options import PdfOptions


@dataclass(frozen=True, slots=True)
class PdfRequest:
    """What the person asked for: where, how, and whether to open the PDF afterwards."""

    path: Path
    options: PdfOptions
    open_when_done: bool


class PdfExportRun(QObject):
    """One export on a worker thread; its signals arrive on the window's thread."""

    progressed = Signal(int)
    """Percent done."""
    succeeded = Signal(object)
    """The PdfResult."""
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, content: MapContent, request: PdfRequest) -> None:
        super().__init__()
        self.content, self.request = content, request
        self._stop = threading.Event()

    def start(self) -> None:
        job = partial(_export, self.content, self.request, self._stop)
        start_worker(job, self._hear)

    def cancel(self) -> None:
        self._stop.set()

    def _hear(self, message: object) -> None:
        match message:
            case int(percent):
                self.progressed.emit(percent)
            case ("failed", str(why)):
                self.failed.emit(why)
            case "cancelled":
                self.cancelled.emit()
            case _:
                self.succeeded.emit(message)


def _export(
    content: MapContent, request: PdfRequest, stop: threading.Event, report: Report
) -> None:
    """The export on the worker: reports percents, then the PdfResult, ("failed", why)
    or "cancelled"."""
    from app.export.pdf import ExportCancelled, export_pdf

    said = [-1]

    def told(fraction: float) -> None:
        """Report each percent once: every message costs the window's thread a turn at
        the interpreter, which the busy worker gives up only every few milliseconds."""
        if stop.is_set():
            raise ExportCancelled
        percent = round(fraction * 100)
        if percent != said[0]:
            said[0] = percent
            report(percent)

    try:
        result = export_pdf(content, request.path, request.options, told)
    except ExportCancelled:
        report("cancelled")
    except (JourneyboardError, ValueError) as error:
        report(("failed", described(error)))
    except Exception as error:  # a bug must reach the person, not end the thread unseen
        report(
            (
                "failed",
                translate("PdfExporter", "The PDF could not be made: {error}").format(
                    error=repr(error)
                ),
            )
        )
    else:
        report(result)


class PdfExporter(QObject):
    """File > Export PDF… for a window. Tests replace `ask` and `open_file`."""

    done = Signal(str)
    """A line for the status bar once an export has ended."""

    def __init__(self, parent: QWidget, report: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._parent, self._report = parent, report
        self.ask: Callable[[MapContent], PdfRequest | None] = self._ask
        self.open_file: Callable[[Path], bool] = _open_with_desktop
        """Asks the desktop to show a file; False if no program could be started."""
        self.running: PdfExportRun | None = None

    def export(self, content: MapContent) -> None:
        if self.running is not None:
            self._report(self.tr("A PDF is being written; wait until it is done."))
            return
        request = self.ask(content)
        if request is None:
            return
        run = self.running = PdfExportRun(content, request)
        progress = QProgressDialog(
            self.tr("Writing {name}…").format(name=request.path.name),
            self.tr("Cancel"),
            0,
            100,
            self._parent,
        )
        progress.setWindowTitle(self.tr("Export PDF"))
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.canceled.connect(run.cancel)
        run.progressed.connect(progress.setValue)

        def ended(message: str) -> None:
            progress.reset()
            progress.deleteLater()
            self.running = None
            self.done.emit(message)

        def failed(message: str) -> None:
            ended("")
            self._report(message)

        run.succeeded.connect(lambda result: ended(self._succeeded(request, result)))
        run.failed.connect(failed)
        run.cancelled.connect(lambda: ended(self.tr("Export cancelled; nothing was written.")))
        run.start()

    def finish(self) -> None:
        """Let an export under way end before the window closes, so the PDF the person
        asked for is written, and say so where they can see it."""
        if self.running is None:
            return
        self._parent.setCursor(Qt.CursorShape.BusyCursor)
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()  # deliver the run's last signals
        self._parent.unsetCursor()

    def _succeeded(self, request: PdfRequest, result: PdfResult) -> str:
        if result.warnings():
            self._report("\n".join(warning.translated(translate) for warning in result.warnings()))
        pages = self.tr("1 page") if result.pages == 1 else self.tr("{n} pages")
        wrote = self.tr("Wrote {pages} to {path}").format(
            pages=pages.format(n=result.pages), path=request.path
        )
        if request.open_when_done and not self.open_file(request.path):
            return self.tr("{wrote}. No program to show PDFs was found: open it yourself.").format(
                wrote=wrote
            )
        return wrote

    def _ask(self, content: MapContent) -> PdfRequest | None:
        from app.ui.pdf_dialog import PdfDialog

        dialog = PdfDialog(content, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        title = content.map.title
        path = ask_save_path(self._parent, self.tr("Export PDF"), title, "PDF (*.pdf)", "pdf")
        if path is None:
            return None
        dialog.remember()
        return PdfRequest(path, dialog.options(), dialog.open_when_done.isChecked())


def _open_with_desktop(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

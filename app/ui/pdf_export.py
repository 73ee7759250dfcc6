"""Exporting a PDF from the window: ask how, then have `journeyboard export` write it in
a child process (app.ui.export_process) with a progress dialog and Cancel, and say how
it went.

The child reads a copy of the map, so the person can go on editing while it is written;
a cancelled export writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from app.model.data.records import MapContent
from app.model.errors import JourneyboardError
from app.ui.export_process import ExportProcess, MapCopy, pdf_arguments
from app.ui.file_dialogs import ask_save_path
from app.ui.progress import SHOW_PROGRESS_AFTER_MS
from app.ui.translation import described

if TYPE_CHECKING:
    from app.export.pdf_options import PdfOptions


@dataclass(frozen=True, slots=True)
class PdfRequest:
    """What the person asked for: where, how, and whether to open the PDF afterwards."""

    path: Path
    options: PdfOptions
    open_when_done: bool


WROTE = re.compile(r"\((\d+) pages?\)")


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
        self.running: ExportProcess | None = None

    def export(self, content: MapContent) -> None:
        if self.running is not None:
            self._report(self.tr("A PDF is being written; wait until it is done."))
            return
        request = self.ask(content)
        if request is None:
            return
        arguments = ["--pdf", str(request.path), *pdf_arguments(request.options), "--progress"]
        try:
            copy = MapCopy(content)
        except (JourneyboardError, OSError) as error:
            self._report(described(error))
            return
        run = self.running = ExportProcess(copy, arguments)
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
            copy.remove()
            progress.reset()
            progress.deleteLater()
            self.running = None
            self.done.emit(message)

        def failed(message: str) -> None:
            ended("")
            self._report(message)

        run.succeeded.connect(lambda out, errors: ended(self._succeeded(request, out, errors)))
        run.failed.connect(failed)
        run.cancelled.connect(lambda: ended(self.tr("Export cancelled; nothing was written.")))
        run.start()

    def finish(self) -> None:
        """Let an export under way end before the window closes, so the PDF the person
        asked for is written, and say so where they can see it."""
        if self.running is None:
            return
        self._parent.setCursor(Qt.CursorShape.BusyCursor)
        self.running.wait()
        self._parent.unsetCursor()

    def _succeeded(self, request: PdfRequest, output: str, errors: str) -> str:
        """The status bar's line; what would not print (the command's warnings, in the
        window's language) said in a message."""
        warnings = [line.removeprefix("journeyboard: ") for line in errors.splitlines() if line]
        if warnings:
            self._report("\n".join(warnings))
        found = WROTE.search(output)
        count = int(found.group(1)) if found else 0
        pages = self.tr("1 page") if count == 1 else self.tr("{n} pages")
        wrote = self.tr("Wrote {pages} to {path}").format(
            pages=pages.format(n=count), path=request.path
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

"""File ▸ Import…: a preview of the map a file will make, before anything is written.

The file is read whole and checked as the command line's `import` does; the dialog shows
the map's picture and what it holds, or the first problem in the file, in one line that
names the row, cell or line. A spreadsheet's shape can be told here when the guess from
its first row is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import JourneyboardError
from app.model.interchange.foreign_files import (
    IMPORT_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    read_foreign_map,
)
from app.model.interchange.journeyboard_json import ImportedMap
from app.model.interchange.spreadsheet_import import Shape
from app.ui.pictures import render_thumbnail
from app.ui.translation import described, for_count, shown

PREVIEW = QSize(640, 360)


def import_filter() -> str:
    """The open dialog's filter: every kind of file a map can come from."""
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    return QCoreApplication.translate("ImportDialog", "Maps from other tools ({patterns})").format(
        patterns=patterns
    )


class ImportDialog(QDialog):
    """Ends accepted with `imported` set to the map the file makes."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import “{name}”").format(name=path.name))
        self.path = path
        self.imported: ImportedMap | None = None

        self.shape = QComboBox()
        self.shape.addItem(self.tr("Told by its first row"), None)
        self.shape.addItem(self.tr("A card a row, under Stage, Lane and Title columns"), "long")
        self.shape.addItem(self.tr("A grid: stages across, lanes down"), "grid")
        self.shape.currentIndexChanged.connect(self._read)
        shape_row = QFormLayout()
        shape_row.addRow(self.tr("The spreadsheet is:"), self.shape)
        shape_box = QWidget()
        shape_box.setLayout(shape_row)
        shape_box.setVisible(path.suffix.lower() in SPREADSHEET_SUFFIXES)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setBackgroundRole(QPalette.ColorRole.Base)
        self.preview.setAutoFillBackground(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(shape_box)
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._read()

    def _read(self) -> None:
        shape: Shape | None = self.shape.currentData()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.imported = read_foreign_map(self.path, shape)
        except JourneyboardError as error:
            self.imported = None
            self._show_problem(described(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        content = self.imported.content
        self.preview.setPixmap(QPixmap.fromImage(render_thumbnail(content, PREVIEW)))
        counts = ", ".join(
            for_count(count, one, many)
            for count, one, many in (
                (len(content.stages), self.tr("1 stage"), self.tr("{count} stages")),
                (len(content.lanes), self.tr("1 lane"), self.tr("{count} lanes")),
                (len(content.cards), self.tr("1 card"), self.tr("{count} cards")),
                (len(content.personas), self.tr("1 persona"), self.tr("{count} personas")),
                (
                    len(content.emotions),
                    self.tr("1 emotion point"),
                    self.tr("{count} emotion points"),
                ),
            )
        )
        said = self.tr(
            "“{title}”: {counts}. It opens as a new map; nothing is written to {name}."
        ).format(title=content.map.title, counts=counts, name=self.path.name)
        unread = [shown(message) for message in self.imported.unread]
        self.summary.setText("\n".join([said, *unread]))
        self.summary.setPalette(self.palette())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _show_problem(self, problem: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("No map can be made from this file."))
        self.summary.setText(problem)
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.summary.setPalette(palette)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

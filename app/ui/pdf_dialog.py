"""File > Export PDF…: the layout, the paper, the orientation and a poster's scale, with the
number of pages they make, remembered for the next export."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.export.pdf_options import (
    DEFAULT_MARGIN,
    DEFAULT_POSTER_SCALE,
    MAX_MARGIN,
    MAX_POSTER_SCALE,
    MIN_MARGIN,
    MIN_POSTER_SCALE,
    PAPERS,
    POINTS_PER_MM,
    PdfLayout,
    PdfOptions,
)
from app.export.poster_plan import MAX_POSTER_SHEETS
from app.model.data.records import MapContent
from app.model.errors import JourneyboardError
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.export_process import ExportProcess, MapCopy, pdf_arguments
from app.ui.settings import PAPER_NAMES, Settings
from app.ui.translation import described

LAYOUT_NAMES = {
    PdfLayout.OVERVIEW: QT_TRANSLATE_NOOP("PdfDialog", "Overview: the whole map on one page"),
    PdfLayout.HANDOUT: QT_TRANSLATE_NOOP(
        "PdfDialog", "Handout pack: overview, personas, a page per stage, ranked lists"
    ),
    PdfLayout.POSTER: QT_TRANSLATE_NOOP(
        "PdfDialog", "Poster: the map at a true scale over several sheets"
    ),
}


class PdfDialog(QDialog):
    def __init__(self, content: MapContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self._content = content
        self._counter = PageCounter(content, self)
        self._counter.counted.connect(self._show_pages)
        self._counter.not_counted.connect(self._show_why_not)
        self.finished.connect(self._counter.close)
        self._counting = 0
        self._settings = QSettings()
        self._settings.beginGroup("pdf")

        self.layout_choice = QComboBox()
        for layout, name in LAYOUT_NAMES.items():
            self.layout_choice.addItem(self.tr(name), layout)
        self.paper_choice = QComboBox()
        for paper in PAPERS:
            self.paper_choice.addItem(self.tr(PAPER_NAMES[paper]), paper)
        self.orientation_choice = QComboBox()
        self.orientation_choice.addItem(self.tr("Portrait"), False)
        self.orientation_choice.addItem(self.tr("Landscape"), True)
        self.scale_choice = QSpinBox()
        self.scale_choice.setRange(MIN_POSTER_SCALE, MAX_POSTER_SCALE)
        self.scale_choice.setSingleStep(25)
        self.scale_choice.setSuffix(" %")
        self.scale_choice.setToolTip(
            self.tr("100 % is the size of the map on screen at 100 %; 150 % reads from a step back")
        )
        self.margin_choice = QSpinBox()
        self.margin_choice.setRange(
            round(MIN_MARGIN / POINTS_PER_MM), round(MAX_MARGIN / POINTS_PER_MM)
        )
        self.margin_choice.setSuffix(self.tr(" mm"))
        self.pages = QLabel()
        self.pages.setWordWrap(True)  # a map too large for the paper says which would do
        self.open_when_done = QCheckBox(self.tr("&Open the PDF when it is done"))
        self._restore()

        form = QFormLayout()
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("&Paper:"), self.paper_choice)
        form.addRow(self.tr("O&rientation:"), self.orientation_choice)
        form.addRow(self.tr("&Margins:"), self.margin_choice)
        form.addRow(self.tr("Poster &scale:"), self.scale_choice)
        form.addRow(self.tr("Pages:"), self.pages)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.open_when_done)
        column.addWidget(buttons)

        for combo in (self.layout_choice, self.paper_choice, self.orientation_choice):
            combo.currentIndexChanged.connect(self._update_pages)
        for spin in (self.scale_choice, self.margin_choice):
            spin.valueChanged.connect(self._update_pages)
        self._update_pages()

    def options(self) -> PdfOptions:
        return PdfOptions(
            PdfLayout(self.layout_choice.currentData()),
            self.paper_choice.currentData(),
            self.orientation_choice.currentData(),
            margin=self.margin_choice.value() * POINTS_PER_MM,
            poster_scale=self.scale_choice.value(),
            translate=QCoreApplication.translate,
        )

    def remember(self) -> None:
        """Keep the choices for the next export."""
        options = self.options()
        for key, value in (
            ("layout", options.layout.value),
            ("landscape", options.landscape),
            ("scale", options.poster_scale),
            ("margin", self.margin_choice.value()),
            ("open", self.open_when_done.isChecked()),
        ):
            self._settings.setValue(key, value)
        Settings().set_default_paper(options.paper)

    def _restore(self) -> None:
        stored = self._settings.value
        _select(self.layout_choice, str(stored("layout", PdfLayout.OVERVIEW.value)))
        _select(self.paper_choice, Settings().default_paper())
        _select(self.orientation_choice, stored("landscape", True, bool))
        self.scale_choice.setValue(_whole(stored("scale"), DEFAULT_POSTER_SCALE))
        self.margin_choice.setValue(_whole(stored("margin"), round(DEFAULT_MARGIN / POINTS_PER_MM)))
        self.open_when_done.setChecked(bool(stored("open", True, bool)))

    def _update_pages(self) -> None:
        """Count the pages on a worker thread: a large map takes seconds to lay out."""
        options = self.options()
        self.scale_choice.setEnabled(options.layout == PdfLayout.POSTER)
        self.pages.setText(self.tr("counting…"))
        self._counting = self._counter.count(options)

    def _show_why_not(self, asked: int, why: str) -> None:
        if asked == self._counting:
            self.pages.setText(why)

    def _show_pages(self, asked: int, options: PdfOptions, count: int) -> None:
        if asked != self._counting:
            return  # the choices changed since: a newer count is on its way
        if options.layout == PdfLayout.POSTER and count - 1 > MAX_POSTER_SHEETS:
            text = self.tr(
                "{sheets} sheets: more than the {most} a poster may have; choose a smaller scale"
            ).format(sheets=f"{count - 1:,}", most=MAX_POSTER_SHEETS)
        elif options.layout == PdfLayout.POSTER:
            text = self.tr("{sheets} sheets to tape together, and one showing how").format(
                sheets=count - 1
            )
        else:
            text = self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        self.pages.setText(text)


class PageCounter(QObject):
    """Page counts made by `journeyboard export --count-pages` in a child process, each
    answered with the number it was asked under; a new question stops the count under
    way. The children read one copy of the map, made for the first count."""

    counted = Signal(int, object, int)
    """The number of the request, its options and the count."""
    not_counted = Signal(int, str)
    """The number of the request, and why it could not be counted."""

    def __init__(self, content: MapContent, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._copy: MapCopy | None = None
        self._counting: ExportProcess | None = None
        self._asked = 0

    def count(self, options: PdfOptions) -> int:
        self._asked += 1
        asked = self._asked
        if self._counting is not None:
            self._counting.cancel()
        if self._copy is None:
            try:
                self._copy = MapCopy(self._content)
            except (JourneyboardError, OSError) as error:
                self.not_counted.emit(asked, described(error))
                return asked
        arguments = ["--pdf", "pages.pdf", *pdf_arguments(options), "--count-pages"]
        process = self._counting = ExportProcess(self._copy, arguments, self)
        process.succeeded.connect(lambda output, _errors: self._heard(asked, options, output))
        process.failed.connect(lambda why: self.not_counted.emit(asked, why))
        process.start()
        return asked

    def close(self) -> None:
        """Stop a count under way and remove the copy, as the dialog closes."""
        if self._counting is not None:
            self._counting.stop_now()
        if self._copy is not None:
            self._copy.remove()
            self._copy = None

    def _heard(self, asked: int, options: PdfOptions, output: str) -> None:
        found = COUNTED.search(output)
        if found:
            self.counted.emit(asked, options, int(found.group(1)))


COUNTED = re.compile(r"(\d+) pages?")
"""What `journeyboard export --count-pages` says."""


def _whole(stored: object, default: int) -> int:
    """A number kept in the settings, or `default` if what is kept is not a plain one
    (the spin boxes clamp it to their range)."""
    text = str(stored).strip()
    if not (text.isascii() and text.isdigit() and len(text) < 6):
        return default
    return int(text)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)

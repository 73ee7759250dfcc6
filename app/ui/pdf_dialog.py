"""File > Export PDF…: the layout, the paper, the orientation and a poster's scale, with the
number of pages they make, remembered for the next export."""

from __future__ import annotations

import threading
from functools import partial

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

from app.export.pdf import estimate_pages
from app.export.pdf_fonts import pdf_typesetter
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
from app.export.poster import MAX_POSTER_SHEETS
from app.layout.map_layout import MapLayout, layout_map
from app.model.messages import QT_TRANSLATE_NOOP, Translate
from app.model.records import MapContent
from app.ui.settings import PAPER_NAMES, Settings
from app.ui.workers import Report, start_worker

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
        self._counter = PageCounter(content)
        self._counter.counted.connect(self._show_pages)
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

    def _show_pages(self, asked: int, options: PdfOptions, count: int, exact: bool) -> None:
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
        elif exact:
            text = self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        else:
            text = self.tr("about {n} pages").format(n=count)
        self.pages.setText(text)


class PageCounter(QObject):
    """Page counts made on the thread pool, each answered with the number it was asked
    under; the map's PDF layout is made once and kept."""

    counted = Signal(int, object, int, bool)
    """The number of the request, its options, the count and whether it is exact."""

    def __init__(self, content: MapContent) -> None:
        """No parent: a count under way keeps it alive until its answer has come."""
        super().__init__()
        self._content = content
        self._layout = _LaidOutOnce(content)
        self._asked = 0

    def count(self, options: PdfOptions) -> int:
        self._asked += 1
        job = partial(_count_pages, self._content, self._layout, self._asked, options)
        start_worker(job, self._hear)
        return self._asked

    def _hear(self, counted: object) -> None:
        assert isinstance(counted, tuple)
        self.counted.emit(*counted)


class _LaidOutOnce:
    """The map's PDF layout, made by the first count that needs it; counts asked for
    meanwhile wait for it rather than each making their own (plain data a job may hold)."""

    def __init__(self, content: MapContent) -> None:
        self._content = content
        self._layout: MapLayout | None = None
        self._lock = threading.Lock()

    def get(self, translate: Translate) -> MapLayout:
        with self._lock:
            if self._layout is None:
                self._layout = layout_map(self._content, pdf_typesetter(), translate=translate)
            return self._layout


def _count_pages(
    content: MapContent,
    laid_out: _LaidOutOnce,
    asked: int,
    options: PdfOptions,
    report: Report,
) -> None:
    layout = None if options.layout == PdfLayout.OVERVIEW else laid_out.get(options.translate)
    count, exact = estimate_pages(content, options, layout)
    report((asked, options, count, exact))


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

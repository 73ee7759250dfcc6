"""Edit ▸ Preferences: what Journeyboard remembers for every map, in one dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.languages import LANGUAGES
from app.ui.settings import LEAST_TITLE_PIXELS, MOST_TITLE_PIXELS, PAPER_NAMES, Settings
from app.ui.translation import translate


class PreferencesDialog(QDialog):
    """Changes are kept when the person presses OK, and used from then on (the theme and
    text size the next time a map is presented, the language at the next start)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light (for bright rooms)"), "light")
        self.theme.addItem(self.tr("Dark (for dim rooms and projectors)"), "dark")
        self.theme.setCurrentIndex(self.theme.findData(settings.presentation_theme()))
        self.text_size = QSpinBox()
        self.text_size.setRange(LEAST_TITLE_PIXELS, MOST_TITLE_PIXELS)
        self.text_size.setSuffix(self.tr(" px"))
        self.text_size.setValue(settings.presentation_title_pixels())
        self.text_size.setToolTip(
            self.tr("The least height of a card's title on a projector 1,080 pixels high")
        )
        self.paper = QComboBox()
        for paper, name in PAPER_NAMES.items():
            self.paper.addItem(translate("PdfDialog", name), paper)
        self.paper.setCurrentIndex(self.paper.findData(settings.default_paper()))
        self.language = QComboBox()
        for language, name in LANGUAGES.items():
            self.language.addItem(translate("PreferencesDialog", name), language)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.language.setToolTip(self.tr("Used from the next start of Journeyboard"))
        form = QFormLayout()
        form.addRow(self.tr("Language (from the next start)"), self.language)
        form.addRow(self.tr("Presentation theme"), self.theme)
        form.addRow(self.tr("Projector text size"), self.text_size)
        form.addRow(self.tr("Paper for PDFs"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.set_presentation_theme(self.theme.currentData())
        self._settings.set_presentation_title_pixels(self.text_size.value())
        self._settings.set_default_paper(self.paper.currentData())
        self._settings.set_language(self.language.currentData())
        super().accept()

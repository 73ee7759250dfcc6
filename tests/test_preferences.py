"""Edit ▸ Preferences: the presentation's theme and text size, the PDFs' paper and the
language of the window, kept with QSettings and used from then on."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.export.pdf_options import PAPERS
from app.model.interchange.templates import find_template, load_template
from app.ui.pdf_dialog import PdfDialog
from app.ui.preferences import PreferencesDialog
from app.ui.settings import PAPER_NAMES, Settings


def test_the_papers_offered_are_those_a_pdf_can_be_made_on() -> None:
    assert list(PAPER_NAMES) == list(PAPERS)


def test_preferences_are_kept_on_ok_and_used_by_the_pdf_dialog(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setValue(40)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a3"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()

    kept = Settings()  # read afresh from QSettings
    assert kept.presentation_theme() == "dark"
    assert kept.presentation_title_pixels() == 40
    assert kept.default_paper() == "a3"
    assert kept.language() == "de"
    pdf = PdfDialog(load_template(find_template("cafe")).content)
    qtbot.addWidget(pdf)
    assert pdf.paper_choice.currentData() == "a3"


def test_cancel_keeps_nothing(qtbot: QtBot) -> None:
    before = Settings().presentation_title_pixels()
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.text_size.setValue(before + 10)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.reject()
    assert Settings().presentation_title_pixels() == before
    assert Settings().language() == ""  # the system's, until one is chosen

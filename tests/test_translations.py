"""Every text the person reads is translated: the catalogue gathered by pyside6-lupdate
holds every marked text (those the model marks included) and is up to date with the code,
the German translation is complete and compiled, and a window started in German shows no
English, Qt's own buttons included."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from app.export.pdf import export_pdf
from app.export.pdf_options import PdfLayout, PdfOptions
from app.model.data.fields import CARD_FIELDS
from app.model.errors import FileMissingError
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.export_process import pdf_arguments
from app.ui.languages import install_language
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.translation import described

ROOT = Path(__file__).parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "journeyboard_de.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
SAME_IN_GERMAN = {
    *("Id", "Ids", "A4", "A3", "Letter", " px", " mm", "platformdirs (MIT)"),
    *("Name", "Persona", "Personas", "Timebox", "Timebox {time}", "neutral"),
    "Customer journey map",
}
"""Names, symbols and the words German borrowed from English for the method."""


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source text) of every message of a .ts file, with its finished
    translation (None while unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            key = (context.findtext("name", ""), message.findtext("source", ""))
            found[key] = translation.text if finished and translation is not None else None
    return found


def test_the_catalogue_holds_every_text_the_code_marks(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [ROOT / "scripts" / "update-translations", fresh], check=True, capture_output=True
    )
    assert set(messages(fresh)) == set(messages(CATALOGUE)), "run scripts/update-translations"


def test_texts_kept_in_tables_and_in_the_model_are_found_in_their_contexts() -> None:
    found = messages(CATALOGUE)
    assert ("Menus", "&File") in found
    assert ("Actions", "&New…") in found
    assert ("Help", "Choose whose journey it is") in found
    assert ("Vocabulary", "Pain points") in found
    assert ("Fields", "Card title") in found
    assert ("Templates", "Café or restaurant") in found
    assert ("Pdf", "Page {page}") in found
    assert ("Errors", "“{path}” does not exist. It may have been moved or renamed.") in found
    assert not any(context in {"", "parent", "self.banner"} for context, _ in found), (
        "a context lupdate guessed from a variable's name is never looked up"
    )


def test_the_german_translation_is_complete_and_keeps_every_place_and_key() -> None:
    for (context, source), german in messages(CATALOGUE).items():
        assert german, f"{context}: {source!r} is not translated"
        assert sorted(re.findall(r"\{\w*\}", german)) == sorted(re.findall(r"\{\w*\}", source))
        if re.search(r"&\w", source):
            assert re.search(r"&\w", german), f"{source!r} lost its keyboard key in German"
        words = re.sub(r"\{\w*\}", "", source)
        if source not in SAME_IN_GERMAN and re.search(r"[a-z]{3}", words):
            assert german != source or context == "Vocabulary", f"{source!r} left in English"


def test_the_compiled_catalogue_is_the_one_the_ts_makes(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "fresh.qm"
    subprocess.run([lrelease, CATALOGUE, "-qm", compiled], check=True, capture_output=True)
    assert compiled.read_bytes() == COMPILED.read_bytes(), "run scripts/update-translations"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app speaking German, as it does when started with German chosen; English again
    afterwards, for the tests that follow."""
    before = QLocale()
    Settings().set_language("de")
    installed = install_language(qapp, Settings().language())
    try:
        assert len(installed) == 2, "Journeyboard's catalogue and Qt's"
        assert QLocale().language() == QLocale.Language.German
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_english_loads_no_catalogue_of_journeyboard(qapp: QApplication) -> None:
    before = QLocale()
    installed = install_language(qapp, "en")
    try:
        assert not any("journeyboard" in translator.filePath() for translator in installed)
        assert QCoreApplication.translate("Menus", "&File") == "&File"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def english_texts(widget_texts: list[str]) -> list[str]:
    """The texts that are the English source of a message (and not also its German)."""
    english = {source for (_, source), german in messages(CATALOGUE).items() if german != source}
    return [text for text in widget_texts if text in english]


def test_a_window_started_in_german_shows_no_english(
    german: None, qtbot: QtBot, tmp_path: Path
) -> None:
    imported = load_template(find_template("cafe"))
    Document.create(tmp_path / "cafe.journey", imported.content).close()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "cafe.journey")

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Datei", "&Bearbeiten"]
    shown = menus + [
        action.text()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.isSeparator()
    ]
    assert english_texts(shown) == []
    assert "&Rückgängig" in shown

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_a_model_error_reads_in_german_part_by_part(german: None) -> None:
    missing = FileMissingError("/nowhere/cafe.journey")
    assert described(missing) == (
        "„/nowhere/cafe.journey“ existiert nicht. "
        "Die Datei wurde vielleicht verschoben oder umbenannt."
    )
    assert str(missing).startswith("“/nowhere/cafe.journey” does not exist.")  # the CLI's
    with pytest.raises(ValueError) as refused:
        CARD_FIELDS["title"].clean("")
    assert described(refused.value) == "Titel der Karte: darf nicht leer sein"


def test_a_german_window_asks_the_export_for_a_german_pdf(german: None) -> None:
    """The window's exports run `journeyboard export` in a child process: it passes the
    window's language on."""
    arguments = pdf_arguments(PdfOptions(PdfLayout.POSTER, "a3", landscape=True))
    assert arguments[-2:] == ["--language", "de"]
    assert "--landscape" in arguments and arguments[arguments.index("--scale") + 1] == "150"


def test_a_pdf_exported_from_a_german_window_prints_its_own_words_in_german(
    german: None, tmp_path: Path
) -> None:
    content = load_template(find_template("cafe")).content
    options = PdfOptions(PdfLayout.HANDOUT, translate=QCoreApplication.translate)
    export_pdf(content, tmp_path / "handout.pdf", options)
    reader = PdfReader(tmp_path / "handout.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Seite 2" in text and "Page 2" not in text
    assert "Ziel der Kundschaft." in text  # a stage's goal, as the inspector names it
    assert "Phase Priorität" in text  # the ranked tables' columns
    outline = [item.title for item in reader.outline]
    assert outline[:2] == ["Übersicht", "Personas"]
    assert "Schmerzpunkte, nach Priorität geordnet" in outline  # no vote was held

    english = PdfOptions(PdfLayout.HANDOUT)  # the command line's
    export_pdf(content, tmp_path / "english.pdf", english)
    assert "Page 2" in PdfReader(tmp_path / "english.pdf").pages[1].extract_text()

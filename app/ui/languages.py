"""The language of the window: Journeyboard's own texts and Qt's (the buttons of its
dialogs, the menus of its text fields), chosen in Preferences or taken from the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.model.messages import QT_TRANSLATE_NOOP
from app.model.resources import resource_path

LANGUAGES = {
    "": QT_TRANSLATE_NOOP("PreferencesDialog", "As the system is set"),
    "en": "English",
    "de": "Deutsch",
}
"""The languages the window can be shown in (app.model.messages.LANGUAGES), each named in
itself; "" follows the system."""


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogues for `language` ("" for the system's first) into `app`, before
    any window is made, and write numbers the language's way; return what was installed.

    Only that one language is looked for: with the system's languages English then
    German, the window is English (there is no English catalogue to find first)."""
    locale = QLocale(language or next(iter(QLocale.system().uiLanguages()), "C"))
    QLocale.setDefault(locale)
    catalogues = (
        ("journeyboard", str(resource_path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{locale.name()}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

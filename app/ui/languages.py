"""The language of the window: Journeyboard's own texts and Qt's (the buttons of its
dialogs, the menus of its text fields), chosen in Preferences or taken from the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.model.resources import resource_path
from app.ui.translation import QT_TRANSLATE_NOOP

LANGUAGES = {
    "": QT_TRANSLATE_NOOP("PreferencesDialog", "As the system is set"),
    "en": "English",
    "de": "Deutsch",
}
"""The languages the window can be shown in, each named in itself; "" follows the system."""


def install_language(app: QCoreApplication, language: str) -> QLocale:
    """Load the catalogues for `language` ("" for the system's) into `app`, before any
    window is made; return the locale numbers and dates are written in from then on."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    catalogues = (
        ("journeyboard", str(resource_path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    return locale

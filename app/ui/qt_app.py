"""The one QApplication, named so that QSettings finds its place, speaking the chosen
language and with the shipped font loaded; the window and the headless picture export
both start from it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app import APP_ID, __version__
from app.ui.languages import install_language
from app.ui.look import load_fonts
from app.ui.settings import Settings


def application(language: str | None = None) -> QApplication:
    """The app, made on the first call: in `language` ("en", "de"), or the one chosen in
    Preferences when None."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        load_fonts()  # made elsewhere (a test's qapp), it needs the fonts all the same
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Journeyboard")
    app.setApplicationName("Journeyboard")
    app.setApplicationDisplayName("Journeyboard")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    install_language(app, Settings().language() if language is None else language)
    load_fonts()
    return app

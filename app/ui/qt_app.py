"""The one QApplication, named so that QSettings finds its place and with the shipped font
loaded; the window and the headless picture export both start from it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.look import load_fonts


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Journeyboard")
    app.setApplicationName("Journeyboard")
    app.setApplicationDisplayName("Journeyboard")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("journeyboard")
    load_fonts()
    return app

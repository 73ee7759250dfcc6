"""Journeyboard: a desktop editor for customer journey maps."""

__version__ = "0.1.0"
APP_ID = "io.github.journeyboard.Journeyboard"
"""The name of the desktop entry, icon and AppStream file (packaging/linux), which the
desktop matches the running window to."""

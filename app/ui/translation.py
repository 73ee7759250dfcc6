"""Qt's translation for code outside a QObject, where `self.tr` is not at hand."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """A function translating the texts of one translation context."""
    return partial(QCoreApplication.translate, context)

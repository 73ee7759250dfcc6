"""Qt's translation where `self.tr` cannot be called (texts made outside a QObject, texts
kept in tables and marked with app.model.messages.QT_TRANSLATE_NOOP), and the texts of the
layers below the window shown in its language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.model.errors import JourneyboardError
from app.model.messages import Message


def translate(context: str, text: str) -> str:
    """`text` in the language of the window, looked up in `context`."""
    return QCoreApplication.translate(context, text)


def vocabulary(word: str) -> str:
    """A word of the method (app.model.data.vocabulary), marked there in "Vocabulary"."""
    return QCoreApplication.translate("Vocabulary", word)


def for_count(count: int, one: str, many: str, **values: object) -> str:
    """`one` for a single thing, else `many` with its `{count}` filled in (and both with
    `values`): two whole phrases, since a language may word them quite differently."""
    text = one if count == 1 else many
    return text.format(count=QLocale().toString(count), **values)


def shown(text: Message | str) -> str:
    """A text from a layer below the window, in the window's language: a Message
    translated part by part, a plain text as it is."""
    return text.translated(QCoreApplication.translate) if isinstance(text, Message) else text


def described(error: Exception) -> str:
    """What went wrong, in the language of the window."""
    return shown(error.message) if isinstance(error, JourneyboardError) else str(error)

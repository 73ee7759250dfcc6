"""Texts for the person using the app, written in English and marked for translation.

The model knows no Qt, so it only marks its texts: pyside6-lupdate gathers them by the
names below, and the window translates them as it shows them. `str()` gives the English
wording, for the command line and for logs.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""Looks up a text in a context: QCoreApplication.translate, or the English as it is."""
LANGUAGES = ("en", "de")
"""The languages Journeyboard speaks: English, as its texts are written, and those it
has catalogues for."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text`, kept in a table, for translation in `context`; the code that shows it
    translates it then. (PySide6's own marker is typed as returning an object, and the
    layers below the window may not import Qt.)"""
    return text


def cut(text: str, most: int) -> str:
    """`text`, or its first `most` − 1 characters and "…" if it is longer: a name or a
    quoted value kept to its room in a message, a label or a title."""
    return text if len(text) <= most else text[: most - 1] + "…"


def english(context: str, text: str) -> str:
    """The Translate that leaves every text in English, as it is written."""
    return text


class Message:
    """A text with `{named}` places, and the values to fill them with; a value may itself
    be a Message, translated in turn. Written `Message(context, text).format(name=…)`, a
    form pyside6-lupdate recognises."""

    __slots__ = ("context", "text", "values")

    def __init__(self, context: str, text: str, values: dict[str, object] | None = None) -> None:
        self.context, self.text = context, text
        self.values = values or {}

    def format(self, **values: object) -> Message:
        return Message(self.context, self.text, {**self.values, **values})

    def translated(self, translate: Translate) -> str:
        values = {
            name: value.translated(translate) if isinstance(value, Message) else value
            for name, value in self.values.items()
        }
        text = translate(self.context, self.text)
        return text.format(**values) if values else text

    def __str__(self) -> str:
        return self.translated(english)

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"


def one_or_many(count: int, one: Message, many: Message) -> Message:
    """`one` for a single thing, else `many` with its `{count}`: two whole phrases, since a
    language may word them quite differently."""
    return one if count == 1 else many.format(count=f"{count:,}")

"""Questions and messages in Qt's standard boxes, always as plain text.

QMessageBox guesses whether a text is HTML; a message quoting a file name, a lock file or
a card title must never be taken for markup (a live link, a hidden line).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def plain_box(parent: QWidget | None, icon: Icon, text: str, title: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_yes_no(parent: QWidget | None, question: str, title: str = "Journeyboard") -> bool:
    box = plain_box(parent, Icon.Question, question, title)
    box.setStandardButtons(Button.Yes | Button.No)
    box.setDefaultButton(Button.Yes)
    return box.exec() == Button.Yes


def show_message(
    parent: QWidget | None, text: str, icon: Icon = Icon.Information, title: str = "Journeyboard"
) -> None:
    box = plain_box(parent, icon, text, title)
    box.setStandardButtons(Button.Ok)
    box.exec()

"""Help: the method in the app's own words (shown on the first start and from Help ▸
Getting Started), the keyboard shortcuts, and About."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.actions import ACTIONS

GUIDE_STEPS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Help", "Choose whose journey it is"),
        QT_TRANSLATE_NOOP(
            "Help",
            "A persona is one kind of customer, described well enough to argue about: what "
            "they want, what worries them, a sentence they would say. Start with one (the "
            "Personas panel).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Name the stages"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The columns: what the customer goes through, in their words, from first hearing "
            "of you to coming back (or not). Five to eight is plenty.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Fill the lanes"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The rows: what they do, where they meet you (touchpoints), what they think and "
            "ask. Double-click a cell to add a card; drag cards to move them.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Draw how it feels"),
        QT_TRANSLATE_NOOP(
            "Help",
            "In the Emotions lane, give each stage a score from low to high and a word or "
            "two. The curve shows where the journey hurts.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Find the pains and the chances"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Where the curve dips, write the pain points, then the opportunities that answer "
            "them. Mark the moments that matter; let the room vote with dots.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Share it"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Present it to the team stage by stage (F5), and hand out a PDF: a one-page "
            "overview, a handout pack or a wall poster (File ▸ Export PDF).",
        ),
    ),
)

CANVAS_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Help", "Double-click a cell"),
        QT_TRANSLATE_NOOP("Help", "Add a card there"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter, F2, double-click a card"),
        QT_TRANSLATE_NOOP("Help", "Rename the card"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Arrow keys"),
        QT_TRANSLATE_NOOP("Help", "Select the next card in that direction"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Delete"),
        QT_TRANSLATE_NOOP("Help", "Delete the selected cards or emotion point"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Escape"),
        QT_TRANSLATE_NOOP("Help", "Put back what is being dragged, or stop typing"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Space + drag, middle button"),
        QT_TRANSLATE_NOOP("Help", "Pan the map"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl + wheel"),
        QT_TRANSLATE_NOOP("Help", "Zoom about the pointer"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "→, Page Down, Space (presenting)"),
        QT_TRANSLATE_NOOP("Help", "Next slide; ← and Page Up go back"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter, a click on a card (presenting)"),
        QT_TRANSLATE_NOOP("Help", "Zoom into the card with its notes; Esc goes back"),
    ),
)


def guide_html() -> str:
    def step(title: str, text: str) -> str:
        title, text = (QCoreApplication.translate("Help", part) for part in (title, text))
        return f"<li><b>{escape(title)}.</b> {escape(text)}</li>"

    steps = "".join(step(title, text) for title, text in GUIDE_STEPS)
    intro = QCoreApplication.translate(
        "Help",
        "A customer journey map shows, stage by stage, what one kind of customer does, "
        "meets, thinks and feels on their way with your business. Making one takes six "
        "steps:",
    )
    sample = QCoreApplication.translate(
        "Help", "The sample map that opens on the first start is a café's journey made this way."
    )
    return f"<p>{escape(intro)}</p><ol>{steps}</ol><p>{escape(sample)}</p>"


def shortcuts_html() -> str:
    rows = []
    for spec in ACTIONS:
        if spec.shortcut is None:
            continue
        keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        what = QCoreApplication.translate("Actions", spec.text).replace("&", "").rstrip("…")
        rows.append((keys, what))
    rows += [
        (QCoreApplication.translate("Help", keys), QCoreApplication.translate("Help", what))
        for keys, what in CANVAS_KEYS
    ]
    cells = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows
    )
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


def about_html() -> str:
    says = [
        QCoreApplication.translate("Help", "A desktop editor for customer journey maps."),
        QCoreApplication.translate("Help", "Journeyboard is free software under the MIT licence."),
        QCoreApplication.translate("Help", "It is built on:"),
    ]
    dejavu = QCoreApplication.translate(
        "Help", "DejaVu fonts (a free licence derived from the Bitstream Vera licence)"
    )
    built_on = (
        QCoreApplication.translate("Help", "Qt and PySide6 (LGPL 3)"),
        QCoreApplication.translate("Help", "SQLAlchemy (MIT) and SQLite (public domain)"),
        QCoreApplication.translate("Help", "reportlab (BSD) and Pillow (MIT-CMU)"),
        QCoreApplication.translate("Help", "platformdirs (MIT)"),
        QCoreApplication.translate("Help", "arabic-reshaper (MIT) and python-bidi (LGPL 3)"),
        dejavu,
        QCoreApplication.translate(
            "Help", "Droid Sans Fallback (Apache 2.0) and NanumGothic (SIL Open Font License)"
        ),
    )
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in says)
    items = "".join(f"<li>{escape(text)}</li>" for text in built_on)
    return f"<h2>Journeyboard {escape(__version__)}</h2>{paragraphs}<ul>{items}</ul>"


class HelpDialog(QDialog):
    """One page of help, with a Close button; not modal, so it can stay open beside the
    map while the person follows it."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLabel(html)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setContentsMargins(12, 12, 12, 12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, 520)

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
from app.ui.actions import ACTIONS
from app.ui.translation import translator

_tr = translator("Help")


GUIDE_STEPS: tuple[tuple[str, str], ...] = (
    (
        "Choose whose journey it is",
        "A persona is one kind of customer, described well enough to argue about: what "
        "they want, what worries them, a sentence they would say. Start with one (the "
        "Personas panel).",
    ),
    (
        "Name the stages",
        "The columns: what the customer goes through, in their words, from first hearing "
        "of you to coming back (or not). Five to eight is plenty.",
    ),
    (
        "Fill the lanes",
        "The rows: what they do, where they meet you (touchpoints), what they think and "
        "ask. Double-click a cell to add a card; drag cards to move them.",
    ),
    (
        "Draw how it feels",
        "In the Emotions lane, give each stage a score from low to high and a word or "
        "two. The curve shows where the journey hurts.",
    ),
    (
        "Find the pains and the chances",
        "Where the curve dips, write the pain points, then the opportunities that answer "
        "them. Mark the moments that matter; let the room vote with dots.",
    ),
    (
        "Share it",
        "Present it to the team stage by stage (F5), and hand out a PDF: a one-page "
        "overview, a handout pack or a wall poster (File ▸ Export PDF).",
    ),
)

CANVAS_KEYS: tuple[tuple[str, str], ...] = (
    ("Double-click a cell", "Add a card there"),
    ("Enter, F2, double-click a card", "Rename the card"),
    ("Arrow keys", "Select the next card in that direction"),
    ("Delete", "Delete the selected cards or emotion point"),
    ("Escape", "Put back what is being dragged, or stop typing"),
    ("Space + drag, middle button", "Pan the map"),
    ("Ctrl + wheel", "Zoom about the pointer"),
    ("→, Page Down, Space (presenting)", "Next stage; ← and Page Up go back"),
)


def guide_html() -> str:
    steps = "".join(
        f"<li><b>{escape(_tr(title))}.</b> {escape(_tr(text))}</li>" for title, text in GUIDE_STEPS
    )
    intro = _tr(
        "A customer journey map shows, stage by stage, what one kind of customer does, "
        "meets, thinks and feels on their way with your business. Making one takes six "
        "steps:"
    )
    sample = _tr("The sample map, open behind this window, is a café's journey made this way.")
    return f"<p>{escape(intro)}</p><ol>{steps}</ol><p>{escape(sample)}</p>"


def shortcuts_html() -> str:
    rows = []
    for spec in ACTIONS:
        if spec.shortcut is None:
            continue
        keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        what = QCoreApplication.translate("Actions", spec.text).replace("&", "").rstrip("…")
        rows.append((keys, what))
    rows += [(_tr(keys), _tr(what)) for keys, what in CANVAS_KEYS]
    cells = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows
    )
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


def about_html() -> str:
    dejavu = _tr("DejaVu fonts (a free licence derived from the Bitstream Vera licence)")
    parts = [
        f"<h2>Journeyboard {escape(__version__)}</h2>",
        f"<p>{escape(_tr('A desktop editor for customer journey maps.'))}</p>",
        f"<p>{escape(_tr('Journeyboard is free software under the MIT licence.'))}</p>",
        f"<p>{escape(_tr('It is built on:'))}</p><ul>",
        "<li>Qt and PySide6 (LGPL 3)</li>",
        "<li>SQLAlchemy (MIT) and SQLite (public domain)</li>",
        "<li>reportlab (BSD) and Pillow (MIT-CMU)</li>",
        "<li>platformdirs (MIT)</li>",
        f"<li>{escape(dejavu)}</li>",
        "</ul>",
    ]
    return "".join(parts)


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

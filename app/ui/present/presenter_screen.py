"""What the presenter sees on the laptop while the room sees the slides: where the walk
is, the notes of the cards on the slide, the slide the room sees and the next one, and
the timebox. The clicker's keys work here as on the projector, so a click on these notes
loses nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from app.layout.slides.slide import Slide, SlideKind
from app.layout.themes import Theme
from app.model.data.records import MapContent
from app.ui.look import family_font
from app.ui.present.slide_painter import paint_slide
from app.ui.translation import translate

PREVIEW_WIDTH = 480
TEXT_PIXELS = 20


def notes_for(content: MapContent, slide: Slide | None, after: Slide | None) -> str:
    """The presenter's notes for `slide`, as plain text: the stage's description and the
    notes of each card the room sees, then what comes next."""
    lines: list[str] = []
    if slide is not None:
        lines += [slide.name, ""]
        if slide.kind == SlideKind.OPENING:
            lines += [content.map.scenario or content.map.objective]
        stage = next((s for s in content.stages if s.id == slide.stage_id), None)
        if stage is not None and stage.description and slide.kind == SlideKind.STAGE:
            lines += [stage.description, ""]
        cards = {card.id: card for card in content.cards}
        for shown in slide.cards:
            card = cards.get(shown.card_id)
            if card is not None and card.notes.strip():
                lines.append(f"• {card.title}: {card.notes.strip()}")
    following = (
        after.name if after is not None else translate("PresenterNotes", "the end of the walk")
    )
    lines += ["", translate("PresenterNotes", "Next: {slide}").format(slide=following)]
    return "\n".join(lines).strip()


class SlidePreview(QWidget):
    """A slide shrunk to fit: the next one, as the room will see it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide: Slide | None = None
        self.theme: Theme | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_slide(self, slide: Slide | None, theme: Theme) -> None:
        self.slide, self.theme = slide, theme
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.slide is None or self.theme is None:
            return
        width, height = self.slide.size
        scale = min(self.width() / width, self.height() / height)
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(scale, scale)
        paint_slide(painter, self.slide, self.theme)
        painter.end()


class PresenterScreen(QWidget):
    """A window of its own on the laptop's screen; closing it ends the presentation."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Journeyboard — presenter's screen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = family_font()
        font.setPixelSize(TEXT_PIXELS)
        self.where = QLabel(self)
        heading = family_font()
        heading.setPixelSize(TEXT_PIXELS + 4)
        heading.setBold(True)
        self.where.setFont(heading)
        self.text = QTextBrowser(self)
        self.text.setFont(font)
        self.timebox = QLabel(self.tr("No timebox running"), self)
        self.timebox.setFont(heading)
        self.now_label = QLabel(self.tr("The room sees:"), self)
        self.now_label.setFont(font)
        self.current = SlidePreview(self)
        self.next_label = QLabel(self.tr("Next:"), self)
        self.next_label.setFont(font)
        self.preview = SlidePreview(self)
        hint = QLabel(self.tr("→ next · ← back · Enter zoom into a card · Esc end"), self)
        hint.setFont(font)
        for widget in (self.where, self.text, self.timebox, self.now_label, self.next_label, hint):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid = QGridLayout(self)
        grid.addWidget(self.where, 0, 0, 1, 2)
        grid.addWidget(self.text, 1, 0, 6, 1)
        grid.addWidget(self.timebox, 1, 1)
        grid.addWidget(self.now_label, 2, 1)
        grid.addWidget(self.current, 3, 1)
        grid.addWidget(self.next_label, 4, 1)
        grid.addWidget(self.preview, 5, 1)
        grid.addWidget(hint, 7, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(6, 1)
        self.on_key: Callable[[Qt.Key], bool] = lambda _key: False
        """What a key pressed here does: the same as on the projector."""
        self.on_close: Callable[[], object] = lambda: None
        """What closing this screen does: end the presentation."""

    def show_slide(
        self, where: str, notes: str, shown: Slide | None, following: Slide | None, theme: Theme
    ) -> None:
        self.where.setText(where)
        self.text.setPlainText(notes)
        self.current.show_slide(shown, theme)
        self.preview.show_slide(following, theme)
        self.next_label.setText(
            self.tr("Next: {slide}").format(slide=following.name)
            if following is not None
            else self.tr("Next: the end of the walk")
        )

    def set_timebox(self, text: str | None, *, alert: bool = False) -> None:
        self.timebox.setText(text or self.tr("No timebox running"))
        self.timebox.setStyleSheet("color: #b91c1c;" if alert else "")

    def notes(self) -> str:
        return self.text.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.on_key(Qt.Key(event.key())):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.on_close()
        super().closeEvent(event)

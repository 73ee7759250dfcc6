"""What the presenter sees on the laptop while the map is on the projector: the stage's
description, the notes of the cards the room is looking at, and what comes next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.layout.map_layout import MapLayout
from app.layout.walk import WalkStep
from app.model.records import MapContent
from app.ui.look import family_font
from app.ui.translation import translate


def notes_for(
    content: MapContent, layout: MapLayout | None, step: WalkStep | None, after: WalkStep | None
) -> str:
    """The presenter's notes at `step` (None: the whole map), as plain text."""
    stages = {stage.id: stage for stage in content.stages}
    lines: list[str] = []
    if step is None:
        lines += [content.map.title, "", content.map.scenario or content.map.objective]
    else:
        stage = stages[step.stage_id]
        part = translate("PresenterNotes", " (part {part} of {parts})") if step.parts > 1 else ""
        part = part.format(part=step.part, parts=step.parts)
        lines += [f"{stage.name}{part}", ""]
        if stage.description:
            lines += [stage.description, ""]
        shown = _cards_shown(layout, step)
        for card in content.cards:
            if card.id in shown and card.notes.strip():
                lines += [f"• {card.title}: {card.notes.strip()}"]
    following = (
        _name_of(content, after) if after else translate("PresenterNotes", "the end of the walk")
    )
    lines += ["", translate("PresenterNotes", "Next: {stage}").format(stage=following)]
    return "\n".join(lines).strip()


def _cards_shown(layout: MapLayout | None, step: WalkStep) -> set[str]:
    if layout is None:
        return set()
    rect = step.rect
    return {
        box.card_id
        for box in layout.cards.values()
        if box.stage_id == step.stage_id and rect.y <= box.rect.center.y < rect.bottom
    }


def _name_of(content: MapContent, step: WalkStep) -> str:
    name = next(stage.name for stage in content.stages if stage.id == step.stage_id)
    return (
        translate("PresenterNotes", "{stage}, part {part}").format(stage=name, part=step.part)
        if step.parts > 1
        else name
    )


class PresenterNotes(QWidget):
    """A window of its own on the laptop's screen; closing it ends the presentation."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Journeyboard — presenter notes"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QVBoxLayout(self)
        heading = QLabel(self.tr("Presenter notes · the room sees the other screen"))
        box.addWidget(heading)
        self.text = QTextBrowser(self)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = family_font()
        font.setPixelSize(20)
        self.text.setFont(font)
        box.addWidget(self.text)
        self.on_close: Callable[[], object] = lambda: None
        """What closing these notes does: end the presentation."""

    def show_notes(self, notes: str) -> None:
        self.text.setPlainText(notes)

    def notes(self) -> str:
        return self.text.toPlainText()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.on_close()
        super().closeEvent(event)

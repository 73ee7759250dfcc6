"""Presentation mode: the map full screen with no editing chrome, walked stage by stage
with the keys a presenter's clicker sends.

→, Page Down and Space go forward; ←, Page Up and Backspace go back; Home shows the whole
map, End the last stage; Escape leaves. B hides or shows the backstage lanes (team,
metrics, notes) for a customer-facing talk, C reveals the emotion curve stage by stage,
and T switches between the light and the dark projector theme. + and − make the least
size of the text larger or smaller for the room (and remember it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.layout.geometry import Rect
from app.layout.themes import LIGHT, THEMES
from app.layout.walk import WalkStep, plan_walk, readable_zoom
from app.model.vocabulary import LANE_KIND_BY_KEY
from app.ui.canvas.scene import MapScene
from app.ui.corner_notes import CornerNotes
from app.ui.open_map import OpenMap
from app.ui.present.caption import Caption, caption_for
from app.ui.present.presenter_notes import notes_for
from app.ui.present.view import PresentationView
from app.ui.settings import Settings

REFERENCE_HEIGHT = 1080
"""The screen height the text-size setting is given for."""
TEXT_STEP = 4
"""How many pixels + and − add to or take from the least size of text."""

CAPTION_SHARE = 0.35
"""The most of the screen's height the caption may take, whatever the text size."""

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}


def screen_for_the_room(screens: Sequence[QScreen], laptop: QScreen | None) -> QScreen | None:
    """The projector: another screen than the one the editor is on, when there is one."""
    others = [screen for screen in screens if screen is not laptop]
    return others[0] if others else laptop


class PresentationWindow(QWidget):
    closed = Signal()
    step_shown = Signal()
    """A step (or the whole map) is on the screen: the presenter's notes follow it."""

    def __init__(self, scene: MapScene, open_map: OpenMap, settings: Settings) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Journeyboard — presenting"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scene, self.open_map, self.settings = scene, open_map, settings
        self.theme = THEMES[settings.presentation_theme()]
        self.view = PresentationView(scene, self.theme, self)
        self.caption = Caption(self.theme, self.title_pixels(), self)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)
        self._box.addWidget(self.view, 1)
        self._box.addWidget(self.caption)
        self.notes = CornerNotes(self.view.viewport(), round(self.title_pixels()))
        """The timebox, big enough for the room."""
        self.steps: list[WalkStep] = []
        self.index = -1
        """The step shown; -1 is the whole map."""
        self.reveal_curve = False
        self.backstage_hidden = False
        self._hidden_before = set(scene.hidden_lanes)
        self._closed = False
        scene.set_theme(self.theme)
        open_map.changed.connect(self._map_changed)

    # --- showing ---------------------------------------------------------------------

    def present(self, screen: QScreen | None = None) -> None:
        """Full screen on `screen` (the projector), else on the window's own."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self._size_text()
        self._box.activate()
        self.replan()

    def title_pixels(self) -> float:
        """The least height of a card's title on this screen, from the setting for a
        screen 1,080 pixels high."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = screen.geometry().height() if screen is not None else REFERENCE_HEIGHT
        return self.settings.presentation_title_pixels() * height / REFERENCE_HEIGHT

    @property
    def step(self) -> WalkStep | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def replan(self) -> None:
        """Plan the walk for the map as it is now and the view's size, staying on the
        stage (and part) shown."""
        layout = self.scene.layout
        if layout is None or self._closed:
            return
        current = self.step
        size, pixels = self.view.viewport().size(), self.title_pixels()
        self.scene.set_text_from_zoom(readable_zoom(pixels))
        self.view.name_pixels = pixels
        self.steps = plan_walk(layout, size.width(), size.height(), pixels)
        if current is not None:
            same_stage = [i for i, s in enumerate(self.steps) if s.stage_id == current.stage_id]
            same_part = [i for i in same_stage if self.steps[i].part == current.part]
            self.index = (same_part or same_stage or [min(self.index, len(self.steps) - 1)])[0]
        self._show()

    def go_to(self, index: int) -> None:
        self.index = max(-1, min(index, len(self.steps) - 1))
        self._show()

    def _show(self) -> None:
        layout = self.scene.layout
        if layout is None or self._closed:
            return
        step = self.step
        if step is None:
            self.view.show_rect(Rect(0, 0, layout.width, layout.height), None, focus=False)
        else:
            self.view.show_rect(step.rect, step.zoom, focus=True)
        self.view.curve_until = self._curve_until()
        content = self.open_map.content()
        self.caption.show_text(caption_for(content, step))
        self.step_shown.emit()

    def presenter_notes(self) -> str:
        """The notes for the step shown, for the laptop's screen."""
        after = self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None
        return notes_for(self.open_map.content(), self.scene.layout, self.step, after)

    def _curve_until(self) -> float | None:
        """Where the revealed curve stops: after the stage shown (none of it on the
        whole map before the walk starts)."""
        layout = self.scene.layout
        if not self.reveal_curve or layout is None:
            return None
        step = self.step
        if step is None:
            return 0.0 if self.index < 0 else None
        return next(s.column.right for s in layout.stages if s.stage_id == step.stage_id)

    # --- the presenter's keys ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in FORWARD:
            self.go_to(self.index + 1)
        elif key in BACK:
            self.go_to(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(-1)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.steps) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_B:
            self.set_backstage_hidden(not self.backstage_hidden)
        elif key == Qt.Key.Key_C:
            self.reveal_curve = not self.reveal_curve
            self._show()
        elif key == Qt.Key.Key_T:
            self.set_theme("dark" if self.theme.name == "light" else "light")
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            step = -TEXT_STEP if key == Qt.Key.Key_Minus else TEXT_STEP
            self.set_title_pixels(self.settings.presentation_title_pixels() + step)
        else:
            super().keyPressEvent(event)

    def set_backstage_hidden(self, hidden: bool) -> None:
        self.backstage_hidden = hidden
        backstage = {
            lane.id
            for lane in self.open_map.content().lanes
            if LANE_KIND_BY_KEY.get(lane.kind) is not None and LANE_KIND_BY_KEY[lane.kind].backstage
        }
        lanes = self._hidden_before | backstage if hidden else set(self._hidden_before)
        self.scene.hidden_lanes.clear()
        self.scene.hidden_lanes.update(lanes)
        self.scene.relayout()
        self.replan()

    def set_title_pixels(self, pixels: int) -> None:
        """The least height of a card title on a screen 1,080 pixels high; walked again."""
        self.settings.set_presentation_title_pixels(pixels)
        self._size_text()
        self.replan()

    def _size_text(self) -> None:
        """The caption's and the corner notes' text at the room's size for this screen;
        the caption never takes more than `CAPTION_SHARE` of it."""
        pixels = self.title_pixels()
        self.caption.set_text_pixels(pixels, self.height() * CAPTION_SHARE)
        self.notes.set_pixels(round(pixels))
        self._box.activate()

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.settings.set_presentation_theme(name)
        self.scene.set_theme(self.theme)
        self.view.set_theme(self.theme)
        self.caption.set_theme(self.theme)

    # --- the map changing, and leaving --------------------------------------------------

    def _map_changed(self, *_change: object) -> None:
        QTimer.singleShot(0, self, self.replan)  # after the scene has laid the map out again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.replan)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # a replan still queued must not undo what follows
        self.open_map.changed.disconnect(self._map_changed)
        self.scene.hidden_lanes.clear()
        self.scene.hidden_lanes.update(self._hidden_before)
        self.scene.set_theme(LIGHT)
        self.scene.set_text_from_zoom(0.0)
        self.scene.relayout()
        self.closed.emit()
        super().closeEvent(event)

"""Presentation mode: the map full screen as slides composed for the room, walked with the
keys a presenter's clicker sends: the whole journey, each stage, then what to take away.

→, Page Down and Space go forward; ←, Page Up and Backspace go back; Home goes to the
opening slide, End to the closing one; Escape leaves. Enter, or a click on a card, zooms
into a card with its notes (→ and ← then step through the slide's cards, Escape goes back
to the slide). B hides or shows the backstage lanes (team, metrics, notes) for a
customer-facing talk, C reveals the emotion curve stage by stage, and T switches between
the light and the dark projector theme. + and − make the text larger or smaller for the
room (and remember it), on the same place in the journey.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from app.layout.slides.card_slide import card_slide
from app.layout.slides.deck import DeckChoices, find_place, place_of, plan_deck
from app.layout.slides.slide import Slide, SlideSizes
from app.layout.themes import THEMES
from app.model.data.vocabulary import LANE_KIND_BY_KEY
from app.ui.corner_notes import CornerNotes
from app.ui.open_map import OpenMap
from app.ui.present.slide_painter import paint_slide
from app.ui.settings import Settings
from app.ui.text_metrics import qt_typesetter
from app.ui.translation import translate

REFERENCE_HEIGHT = 1080
"""The screen height the text-size setting is given for."""
TEXT_STEP = 4
"""How many pixels + and − add to or take from the least size of text."""

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
ZOOM = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def screen_for_the_room(screens: Sequence[QScreen], laptop: QScreen | None) -> QScreen | None:
    """The projector: another screen than the one the editor is on, when there is one."""
    others = [screen for screen in screens if screen is not laptop]
    return others[0] if others else laptop


class PresentationWindow(QWidget):
    closed = Signal()
    slide_shown = Signal()
    """Another slide (or card) is on the screen: the presenter's screen follows it."""

    def __init__(self, open_map: OpenMap, hidden_lanes: set[str], settings: Settings) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Journeyboard — presenting"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_map, self.settings = open_map, settings
        self.hidden_in_editor = frozenset(hidden_lanes)
        self.theme = THEMES[settings.presentation_theme()]
        self.typesetter = qt_typesetter()
        self.slides: list[Slide] = []
        self.index = 0
        self.zoomed: Slide | None = None
        """A card zoomed into, shown instead of the slide it is on."""
        self.reveal_curve = False
        self.backstage_hidden = False
        self.notes = CornerNotes(self, round(self.title_pixels()))
        """The timebox, big enough for the room."""
        self._closed = False
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
        self.replan()

    def title_pixels(self) -> float:
        """The least height of a card's title on this screen, from the setting for a
        screen 1,080 pixels high."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = screen.geometry().height() if screen is not None else REFERENCE_HEIGHT
        return self.settings.presentation_title_pixels() * height / REFERENCE_HEIGHT

    def sizes(self) -> SlideSizes:
        return SlideSizes(self.width(), self.height(), round(self.title_pixels()))

    @property
    def slide(self) -> Slide | None:
        """What the room sees: the card zoomed into, else the slide."""
        if self.zoomed is not None:
            return self.zoomed
        return self.slides[self.index] if self.slides else None

    @property
    def walked(self) -> Slide | None:
        """The slide of the walk the room is on (under a zoomed card)."""
        return self.slides[self.index] if self.slides else None

    def next_slide(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    def choices(self) -> DeckChoices:
        hidden = set(self.hidden_in_editor)
        if self.backstage_hidden:
            hidden |= {
                lane.id
                for lane in self.open_map.content().lanes
                if (kind := LANE_KIND_BY_KEY.get(lane.kind)) is not None and kind.backstage
            }
        return DeckChoices(frozenset(hidden), self.reveal_curve)

    def replan(self) -> None:
        """Compose the slides anew for the map as it is now, the screen and the text size,
        staying on the same place in the journey."""
        if self._closed or self.width() <= 0:
            return
        place = place_of(self.slides[self.index]) if self.slides else None
        content = self.open_map.content()
        self.slides = plan_deck(content, self.sizes(), self.typesetter, translate, self.choices())
        self.index = find_place(self.slides, place) if place is not None else 0
        if self.zoomed is not None:
            card_id = self.zoomed.cards[0].card_id
            known = any(card.id == card_id for card in content.cards)
            self.zoomed = self._card_slide(card_id) if known else None
        self._show()

    def go_to(self, index: int) -> None:
        self.zoomed = None
        self.index = max(0, min(index, len(self.slides) - 1))
        self._show()

    def zoom_into(self, card_id: str) -> None:
        self.zoomed = self._card_slide(card_id)
        self._show()

    def _card_slide(self, card_id: str) -> Slide:
        content = self.open_map.content()
        return card_slide(content, card_id, self.sizes(), self.typesetter, translate)

    def _show(self) -> None:
        self.notes.set_pixels(round(self.title_pixels()))
        self.update()
        self.slide_shown.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        slide = self.slide
        if slide is None:
            return
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        paint_slide(painter, slide, self.theme)
        painter.end()

    # --- the presenter's keys and clicks ----------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(Qt.Key(event.key())):
            super().keyPressEvent(event)

    def handle_key(self, key: Qt.Key) -> bool:
        """Act on a key of the presenter's (from this window or the presenter's screen);
        False if it is not one."""
        if key in FORWARD:
            self._step(1)
        elif key in BACK:
            self._step(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        elif key in ZOOM:
            walked = self.walked
            if self.zoomed is None and walked is not None and walked.cards:
                self.zoom_into(walked.cards[0].card_id)
        elif key == Qt.Key.Key_Escape:
            if self.zoomed is not None:
                self.go_to(self.index)
            else:
                self.close()
        elif key == Qt.Key.Key_B:
            self.backstage_hidden = not self.backstage_hidden
            self.replan()
        elif key == Qt.Key.Key_C:
            self.reveal_curve = not self.reveal_curve
            self.replan()
        elif key == Qt.Key.Key_T:
            self.set_theme("dark" if self.theme.name == "light" else "light")
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            step = -TEXT_STEP if key == Qt.Key.Key_Minus else TEXT_STEP
            self.set_title_pixels(self.settings.presentation_title_pixels() + step)
        else:
            return False
        return True

    def _step(self, direction: int) -> None:
        """The next (or previous) slide; with a card zoomed into, the next card of its
        slide, and past the slide's last card the next slide."""
        walked = self.walked
        if self.zoomed is None or walked is None:
            self.go_to(self.index + direction)
            return
        order = [card.card_id for card in walked.cards]
        at = order.index(self.zoomed.cards[0].card_id) + direction
        if 0 <= at < len(order):
            self.zoom_into(order[at])
        else:
            self.go_to(self.index + (1 if direction > 0 else 0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        walked = self.walked
        if self.zoomed is None and walked is not None:
            point = event.position()
            card_id = walked.card_at(point.x(), point.y())
            if card_id is not None:
                self.zoom_into(card_id)
                return
        super().mousePressEvent(event)

    def set_title_pixels(self, pixels: int) -> None:
        """The least height of a card title on a screen 1,080 pixels high."""
        self.settings.set_presentation_title_pixels(pixels)
        self.replan()

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.settings.set_presentation_theme(name)
        self._show()

    # --- the map changing, and leaving --------------------------------------------------

    def _map_changed(self, *_change: object) -> None:
        QTimer.singleShot(0, self, self.replan)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.replan)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # a replan still queued must not run on a closed window
        self.open_map.changed.disconnect(self._map_changed)
        self.closed.emit()
        super().closeEvent(event)

"""The facilitator's tools over the map open in a window: presentation mode (with the
presenter's notes on a second screen), the dot vote and the timebox. The window routes
its actions here; what each one does is decided in the presentation, the vote and the
timebox themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.model.data.vocabulary import LANE_KINDS, LaneKind
from app.ui.message_boxes import show_message
from app.ui.present.presenter_screen import PresenterScreen, notes_for
from app.ui.present.window import PresentationWindow, screen_for_the_room
from app.ui.settings import Settings
from app.ui.timebox import Timebox
from app.ui.translation import for_count
from app.ui.vote_dialog import ask_vote_setup
from app.ui.voting import VoteSetup
from app.ui.workspace import MapWorkspace

VOTE_RESULT_LINES = 15
"""How many of a vote's best cards its result lists."""


class Workshop(QObject):
    voting_changed = Signal(bool)
    """A vote started or ended: the window enables the vote's actions."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.workspace: MapWorkspace | None = None
        self.presentation: PresentationWindow | None = None
        self.presenter_screen: PresenterScreen | None = None
        self.timebox = Timebox(settings.timebox_minutes() * 60_000, self)
        self.timebox.sound = settings.timebox_sound()
        self.timebox.changed.connect(self.show_timebox)
        self.ask_vote_setup: Callable[[list[LaneKind]], VoteSetup | None] = lambda kinds: (
            ask_vote_setup(kinds, window)
        )
        """Asks how to run a dot vote; None when the person cancels. Tests replace it."""
        self.show_result: Callable[[str], object] = lambda text: show_message(window, text)
        """Shows a vote's ranking to the person. Tests replace it."""
        self.ask_minutes: Callable[[int], int | None] = self._ask_minutes
        """Asks for the timebox's minutes, given the current ones. Tests replace it."""

    def set_workspace(self, workspace: MapWorkspace | None) -> None:
        """The map the window shows now (None: none); a presentation of another ends."""
        if self.presentation is not None:
            self.presentation.close()
        self.workspace = workspace
        self.show_timebox()
        self.voting_changed.emit(False)

    # --- presenting ------------------------------------------------------------------

    def present(self) -> PresentationWindow | None:
        """Presentation mode, on the projector if there is a second screen."""
        workspace = self.workspace
        if workspace is None:
            return None
        if self.presentation is not None:
            self.presentation.activateWindow()
            return self.presentation
        workspace.scene.close_editor()
        hidden = set(workspace.scene.hidden_lanes)
        presentation = PresentationWindow(workspace.open_map, hidden, self.settings)
        presentation.closed.connect(self._presentation_closed)
        self.presentation = presentation
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self._show_presenter_screen(presentation)
        presentation.present(screen_for_the_room(screens, self.window.screen()))
        self.show_timebox()
        return presentation

    def _show_presenter_screen(self, presentation: PresentationWindow) -> None:
        """On the laptop's screen, while the room sees the slides on the other one."""
        screen = PresenterScreen()
        self.presenter_screen = screen

        def follow() -> None:
            following = presentation.next_slide()
            slide = presentation.slide
            notes = notes_for(presentation.open_map.content(), slide, following)
            where = self.tr("Slide {number} of {count}").format(
                number=presentation.index + 1, count=len(presentation.slides)
            )
            if slide is not None:
                where += f" · {slide.name}"
            screen.show_slide(where, notes, slide, following, presentation.theme)

        presentation.slide_shown.connect(follow)
        presentation.closed.connect(screen.close)
        screen.on_key = presentation.handle_key
        screen.on_close = presentation.close
        screen.setGeometry(self.window.screen().availableGeometry())
        screen.show()

    def _presentation_closed(self) -> None:
        self.presentation = self.presenter_screen = None
        if self.workspace is not None:
            self.workspace.view.setFocus()
        self.window.activateWindow()

    # --- a dot vote --------------------------------------------------------------------

    def start_vote(self) -> None:
        if self.workspace is None:
            return
        present = {lane.kind for lane in self.workspace.open_map.content().lanes}
        setup = self.ask_vote_setup([kind for kind in LANE_KINDS if kind.key in present])
        if setup is not None:
            self.workspace.start_vote(setup)
            self.voting_changed.emit(True)

    def reset_vote(self) -> None:
        if self.workspace is not None and self.workspace.vote is not None:
            self.workspace.vote.reset()

    def close_vote(self) -> None:
        if self.workspace is None or self.workspace.vote is None:
            return
        results = self.workspace.end_vote()
        self.voting_changed.emit(False)
        lines = [
            for_count(
                card.votes,
                self.tr("{rank}. {title} — 1 dot"),
                self.tr("{rank}. {title} — {count} dots"),
                rank=rank,
                title=card.title,
            )
            for rank, card in enumerate(results[:VOTE_RESULT_LINES], start=1)
            if card.votes
        ]
        self.show_result(
            self.tr("The vote, most dots first:") + "\n\n" + "\n".join(lines)
            if lines
            else self.tr("No card got a dot.")
        )

    # --- the timebox ---------------------------------------------------------------------

    def show_timebox(self) -> None:
        """In the corner of the canvas, and of the presentation when there is one."""
        text = self.timebox.text() if self.timebox.shown else None
        corners = [self.workspace.notes] if self.workspace is not None else []
        if self.presentation is not None:
            corners.append(self.presentation.notes)
        for notes in corners:
            notes.set_note("timebox", text, alert=self.timebox.over)
        if self.presenter_screen is not None:
            self.presenter_screen.set_timebox(text, alert=self.timebox.over)

    def set_timebox(self) -> None:
        minutes = self.ask_minutes(self.settings.timebox_minutes())
        if minutes is not None:
            self.settings.set_timebox_minutes(minutes)
            self.timebox.reset(minutes * 60_000)

    def set_timebox_sound(self, sound: bool) -> None:
        self.timebox.sound = sound
        self.settings.set_timebox_sound(sound)

    def _ask_minutes(self, current: int) -> int | None:
        minutes, ok = QInputDialog.getInt(
            self.window, self.tr("Timebox"), self.tr("Minutes for the exercise:"), current, 1, 240
        )
        return minutes if ok else None

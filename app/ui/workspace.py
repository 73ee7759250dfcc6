"""Everything that lives as long as one map is open in the window, wired together: the
open map, its scene and view, the menus' commands, and the panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QUndoView, QVBoxLayout, QWidget

from app.layout.map_layout import StackMemo
from app.model.data.records import CardRecord
from app.model.edits.map_document import MapDocument
from app.model.file.document import Document
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import MapView
from app.ui.corner_notes import CornerNotes
from app.ui.inspector import Inspector
from app.ui.map_commands import Asker, MapCommands
from app.ui.open_map import OpenMap
from app.ui.personas_panel import PersonasPanel
from app.ui.translation import for_count, shown, translate
from app.ui.voting import DotVote, VoteSetup

if TYPE_CHECKING:
    from app.model.workspace.shared_map import SharedMap
    from app.ui.workspace_sync import WorkspaceSync

BANNER_STYLE = "background: #fef3c7; color: #1f2933; padding: 8px 12px; font-weight: bold;"
"""Dark ink on amber: 13:1, and unlike anything on the map."""


class MapWorkspace:
    def __init__(self, document: MapDocument, memo: StackMemo, ask: Asker, parent: QWidget) -> None:
        """`memo` is that of a layout of the map (or a StackMemo prepared for it)."""
        self.open_map = OpenMap(document, parent)
        self.scene = MapScene(memo.typesetter, self.open_map, memo)
        self.view = MapView(self.scene)
        self.commands = MapCommands(self.open_map, self.scene, ask)
        self.inspector = Inspector(self.open_map)
        self.personas = PersonasPanel(self.open_map)
        self.history = QUndoView(self.open_map.undo_stack)
        self.history.setEmptyLabel(translate("MapWorkspace", "The map as it was opened"))
        self.scene.selection_described.connect(self.inspector.show_selection)
        self.personas.curve_visibility_changed.connect(self.show_curve)
        self.personas.active_persona_changed.connect(self._make_active)
        # Clicking in the history undoes many steps at once, past the lock's checks.
        self.open_map.lock_changed.connect(lambda locked: self.history.setEnabled(not locked))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.page = QWidget(parent)
        """The view under the banner that says when the map cannot be changed."""
        box = QVBoxLayout(self.page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(self.view, 1)
        self.show_read_only()
        self.sync: WorkspaceSync | None = None
        """Keeps a map shared in a workspace in step with its server (`keep_in_step`)."""
        self.notes = CornerNotes(self.view.viewport())
        self.vote: DotVote | None = None
        self.scene.relayout()
        self.inspector.show_selection(None)

    @property
    def document(self) -> MapDocument:
        return self.open_map.document

    def show_read_only(self) -> None:
        """The banner, while the map is read-only, saying why and what to do."""
        document = self.document
        if not document.read_only:
            self.banner.hide()
            return
        why = shown(document.unwritable or translate("MapWorkspace", "it was opened read-only"))
        if isinstance(document, Document):
            said = translate(
                "MapWorkspace",
                "Read-only: “{name}” cannot be changed here ({why}). "
                "File ▸ Save As keeps a copy you can edit.",
            ).format(name=shown(document.place), why=why)
        else:
            said = translate(
                "MapWorkspace",
                "Read-only: {why}. File ▸ Save As keeps a copy you can edit as a file.",
            ).format(why=why)
        self.banner.setText(said)
        self.banner.show()

    def keep_in_step(self, shared: SharedMap) -> WorkspaceSync:
        """Show what others change in this map of a team workspace, and when its server
        cannot be reached."""
        from app.ui.workspace_sync import WorkspaceSync  # here: only workspaces need it

        self.sync = WorkspaceSync(shared, self.page)
        self.sync.connection_changed.connect(self._show_connection)
        return self.sync

    def _show_connection(self, lost: str) -> None:
        """The banner, while the workspace cannot be reached; the reason in its tooltip."""
        self.banner.setToolTip(lost)
        if not lost:
            self.show_read_only()
            return
        self.banner.setText(
            translate(
                "MapWorkspace",
                "Offline: the workspace cannot be reached. You can read the map, but changes "
                "are refused until the connection is back; Journeyboard tries every few "
                "seconds.",
            )
        )
        self.banner.show()

    def toggle_lane(self, lane_id: str, shown: bool) -> None:
        if shown:
            self.scene.hidden_lanes.discard(lane_id)
        else:
            self.scene.hidden_lanes.add(lane_id)
        self.scene.relayout()

    def show_curve(self, persona_id: str, shown: bool) -> None:
        every = {persona.id for persona in self.open_map.content().personas}
        current = set(every if self.scene.shown_personas is None else self.scene.shown_personas)
        current = current | {persona_id} if shown else current - {persona_id}
        self.scene.shown_personas = None if current >= every else current
        self.scene.relayout()

    # --- a dot vote ----------------------------------------------------------------------

    def start_vote(self, setup: VoteSetup) -> DotVote:
        if self.vote is not None:
            self.end_vote()
        vote = DotVote(self.open_map, setup)
        self.vote = vote
        self.scene.close_editor()
        self.scene.clearSelection()
        self.scene.card_action = self._give_dot
        vote.changed.connect(self._show_turn)
        self._show_turn()
        return vote

    def end_vote(self) -> list[CardRecord]:
        """Close the vote; its cards, most dots first."""
        vote, self.vote = self.vote, None
        if vote is None:
            return []
        vote.close()
        self.scene.card_action = None
        self.notes.set_note("vote", None)
        return vote.results()

    def _give_dot(self, card_id: str) -> None:
        assert self.vote is not None
        refused = self.vote.give(card_id)
        if refused is not None:
            self.notes.set_note("vote", refused, alert=True)

    def _show_turn(self) -> None:
        if self.vote is None:
            return
        turn, people = self.vote.turn(), self.vote.setup.people
        if turn.done:
            text = translate("MapWorkspace", "Everyone has voted")
        else:
            person = (
                translate("MapWorkspace", "person {person} of {people}")
                if people
                else translate("MapWorkspace", "person {person}")
            ).format(person=turn.person, people=people)
            dots = for_count(
                turn.left,
                translate("MapWorkspace", "1 dot left"),
                translate("MapWorkspace", "{count} dots left"),
            )
            text = translate("MapWorkspace", "Dot vote · {person} · {dots}").format(
                person=person, dots=dots
            )
        self.notes.set_note("vote", text)

    def _make_active(self, persona_id: str) -> None:
        self.scene.active_persona = persona_id

    def close(self) -> None:
        self.end_vote()
        self.scene.close_editor()
        if self.sync is not None:
            self.sync.stop()
        self.open_map.close()

"""Everything that lives as long as one map is open in the window, wired together: the
open map, its scene and view, the menus' commands, and the panels."""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QWidget

from app.model.document import Document
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import MapView
from app.ui.inspector import Inspector
from app.ui.map_commands import Asker, MapCommands
from app.ui.open_map import OpenMap
from app.ui.personas_panel import PersonasPanel
from app.ui.text_metrics import qt_typesetter


class MapWorkspace:
    def __init__(self, document: Document, ask: Asker, parent: QWidget) -> None:
        self.open_map = OpenMap(document, parent)
        self.scene = MapScene(qt_typesetter(), self.open_map)
        self.view = MapView(self.scene)
        self.commands = MapCommands(self.open_map, self.scene, ask)
        self.inspector = Inspector(self.open_map)
        self.personas = PersonasPanel(self.open_map)
        self.history = QUndoView(self.open_map.undo_stack)
        self.history.setEmptyLabel(parent.tr("The map as it was opened"))
        self.scene.selection_described.connect(self.inspector.show_selection)
        self.personas.curve_visibility_changed.connect(self.show_curve)
        self.personas.active_persona_changed.connect(self._make_active)
        self.scene.relayout()
        self.inspector.show_selection(None)

    @property
    def document(self) -> Document:
        return self.open_map.document

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

    def _make_active(self, persona_id: str) -> None:
        self.scene.active_persona = persona_id

    def close(self) -> None:
        self.scene.close_editor()
        self.open_map.close()

"""What the Edit and Map menus do: add and delete stages and lanes, copy and paste cards,
find, snapshots. Each is one operation through OpenMap; questions to the person go
through an `Asker`, which tests replace, so no modal dialog ever blocks a test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from app.model.data.records import CardRecord, LaneRecord, PersonaRecord, StageRecord, new_id
from app.model.data.vocabulary import LANE_KIND_BY_KEY, LANE_KINDS
from app.model.edits import operations as op
from app.ui.canvas.headers import LaneHeaderItem, StageHeaderItem
from app.ui.canvas.scene import MapScene
from app.ui.message_boxes import ask_yes_no, show_message
from app.ui.open_map import OpenMap
from app.ui.translation import for_count, translate, vocabulary

CARDS_MIME = "application/x-journeyboard-cards"
_COPIED_FIELDS = ("title", "notes", "channel", "owner", "evidence", "priority", "moment", "colour")


class Asker(Protocol):
    def text(self, title: str, label: str, default: str = "") -> str | None: ...
    def choice(self, title: str, label: str, items: list[str]) -> int | None: ...
    def confirm(self, question: str) -> bool: ...
    def inform(self, message: str) -> None: ...


class DialogAsker:
    """Asks with Qt's standard dialogs, over `parent`."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getText(self._parent, title, label, text=default)
        return value if ok and value.strip() else None

    def choice(self, title: str, label: str, items: list[str]) -> int | None:
        value, ok = QInputDialog.getItem(self._parent, title, label, items, 0, False)
        return items.index(value) if ok else None

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self._parent, question)

    def inform(self, message: str) -> None:
        show_message(self._parent, message)


class MapCommands:
    def __init__(self, open_map: OpenMap, scene: MapScene, ask: Asker) -> None:
        self.open_map, self.scene, self.ask = open_map, scene, ask

    # --- cards ---------------------------------------------------------------------------

    def add_card(self) -> None:
        """Start typing a card in the cell of the selected card, or the first cell."""
        content = self.open_map.content()
        selected = self.scene.selected_cards()
        if selected:
            card = next(c for c in content.cards if c.id == selected[-1])
            self.scene.start_new_card(card.stage_id, card.lane_id)
        elif content.stages and content.lanes:
            self.scene.start_new_card(content.stages[0].id, content.lanes[0].id)

    def capture(self, on: bool) -> bool:
        """Capture mode: the room's ideas typed one after another into an Inbox lane
        (added at the top if the map has none, shown if it was hidden), with the stages
        and lanes locked. Leaving it unlocks them. Whether capture mode is on."""
        if not on:
            self.scene.close_editor()
            self.open_map.lock_structure(False)
            return False
        content = self.open_map.content()
        if not content.stages:
            self.ask.inform(
                translate(
                    "MapCommands", "Add a stage first: captured cards go into a stage's Inbox."
                )
            )
            return False
        inbox = next((lane for lane in content.lanes if lane.kind == "inbox"), None)
        if inbox is None:
            inbox = LaneRecord(new_id(), 0, "inbox", vocabulary(LANE_KIND_BY_KEY["inbox"].title))
            self.open_map.lock_structure(False)
            if not self.open_map.apply(
                op.AddLane(inbox), translate("MapCommands", "Add the Inbox lane")
            ):
                return False
        self.scene.hidden_lanes.discard(inbox.id)
        self.scene.relayout()
        self.open_map.lock_structure(True)
        stage_id = content.stages[0].id
        selected = self.scene.selected_cards()
        if selected:
            stage_id = next(c.stage_id for c in content.cards if c.id == selected[-1])
        self.scene.start_new_card(stage_id, inbox.id)
        return True

    def duplicate(self) -> None:
        cards = self.scene.selected_cards()
        if cards:
            steps = tuple(op.DuplicateCard(card_id, new_id()) for card_id in cards)
            self.open_map.apply(
                op.Batch(steps),
                for_count(
                    len(cards),
                    translate("MapCommands", "Duplicate card"),
                    translate("MapCommands", "Duplicate {count} cards"),
                ),
            )

    def delete(self) -> None:
        self.scene.delete_selection()

    def select_all(self) -> None:
        for card_id in (card.id for card in self.open_map.content().cards):
            self.scene.card_item(card_id).setSelected(True)

    def copy(self) -> None:
        selected = set(self.scene.selected_cards())
        cards = [card for card in self.open_map.content().cards if card.id in selected]
        if not cards:
            return
        data = QMimeData()
        fields = [{name: getattr(card, name) for name in _COPIED_FIELDS} for card in cards]
        data.setData(CARDS_MIME, json.dumps(fields).encode())
        data.setText("\n".join(card.title for card in cards))
        QApplication.clipboard().setMimeData(data)

    def cut(self) -> None:
        self.copy()
        self.delete()

    def paste(self) -> None:
        """Paste copied cards below the selected card (or lines of text, one card each)."""
        content = self.open_map.content()
        selected = self.scene.selected_cards()
        if not selected:
            self.ask.inform(
                translate("MapCommands", "Select a card first: the pasted cards go just below it.")
            )
            return
        anchor = next(card for card in content.cards if card.id == selected[-1])
        pasted = _clipboard_cards()
        cards = tuple(
            CardRecord(new_id(), anchor.stage_id, anchor.lane_id, anchor.position + 1 + i, **fields)
            for i, fields in enumerate(pasted)
        )
        if cards:
            what = for_count(
                len(cards),
                translate("MapCommands", "Paste card"),
                translate("MapCommands", "Paste {count} cards"),
            )
            self.open_map.apply(op.Batch(tuple(map(op.AddCard, cards))), what)

    def find(self, text: str) -> int:
        """Select the cards whose title or notes hold `text`; return how many."""
        needle = text.casefold().strip()
        self.scene.clearSelection()
        if not needle:
            return 0
        found = [
            card.id
            for card in self.open_map.content().cards
            if needle in card.title.casefold() or needle in card.notes.casefold()
        ]
        for card_id in found:
            self.scene.card_item(card_id).setSelected(True)
        if found:
            for view in self.scene.views():
                view.ensureVisible(self.scene.card_item(found[0]))
        return len(found)

    # --- structure -----------------------------------------------------------------------

    def add_stage(self) -> None:
        content = self.open_map.content()
        after = self._selected_stage()
        position = after.position + 1 if after else len(content.stages)
        stage = StageRecord(new_id(), position, translate("MapCommands", "New stage"), goal="")
        if self.open_map.apply(op.AddStage(stage), translate("MapCommands", "Add stage")):
            self.scene.relayout()
            self.scene.select_only(self.scene.stage_item(stage.id))

    def add_lane(self) -> None:
        kinds = [f"{vocabulary(kind.title)} — {vocabulary(kind.hint)}" for kind in LANE_KINDS]
        chosen = self.ask.choice(
            translate("MapCommands", "Add lane"),
            translate("MapCommands", "What will this lane hold?"),
            kinds,
        )
        if chosen is None:
            return
        kind = LANE_KINDS[chosen]
        content = self.open_map.content()
        after = self._selected_lane()
        position = after.position + 1 if after else len(content.lanes)
        title = vocabulary(kind.title)
        lane = LaneRecord(new_id(), position, kind.key, title)
        if self.open_map.apply(
            op.AddLane(lane), translate("MapCommands", "Add lane “{title}”").format(title=title)
        ):
            self.scene.relayout()
            self.scene.select_only(self.scene.lane_item(lane.id))

    def add_persona(self) -> None:
        content = self.open_map.content()
        persona = PersonaRecord(
            new_id(), len(content.personas), translate("MapCommands", "New persona")
        )
        self.open_map.apply(op.AddPersona(persona), translate("MapCommands", "Add persona"))

    def delete_stage(self) -> None:
        stage = self._selected_stage()
        if stage is None:
            self.ask.inform(
                translate(
                    "MapCommands", "Select a stage first: click its name at the top of the map."
                )
            )
            return
        held = sum(1 for card in self.open_map.content().cards if card.stage_id == stage.id)
        question = _deletion_question(
            held,
            stage.name,
            translate("MapCommands", "Delete the stage “{name}”?"),
            translate("MapCommands", "Delete the stage “{name}” and its card? You can undo this."),
            translate(
                "MapCommands", "Delete the stage “{name}” and its {count} cards? You can undo this."
            ),
        )
        if self.ask.confirm(question):
            what = translate("MapCommands", "Delete stage “{name}”").format(name=stage.name)
            self.open_map.apply(op.DeleteStage(stage.id), what)

    def delete_lane(self) -> None:
        lane = self._selected_lane()
        if lane is None:
            self.ask.inform(
                translate(
                    "MapCommands", "Select a lane first: click its name at the left of the map."
                )
            )
            return
        held = sum(1 for card in self.open_map.content().cards if card.lane_id == lane.id)
        question = _deletion_question(
            held,
            lane.title,
            translate("MapCommands", "Delete the lane “{name}”?"),
            translate("MapCommands", "Delete the lane “{name}” and its card? You can undo this."),
            translate(
                "MapCommands", "Delete the lane “{name}” and its {count} cards? You can undo this."
            ),
        )
        if self.ask.confirm(question):
            what = translate("MapCommands", "Delete lane “{name}”").format(name=lane.title)
            self.open_map.apply(op.DeleteLane(lane.id), what)

    # --- snapshots -----------------------------------------------------------------------

    def take_snapshot(self) -> None:
        today = dt.date.today().isoformat()
        name = self.ask.text(
            translate("MapCommands", "Take snapshot"),
            translate("MapCommands", "Name this snapshot:"),
            translate("MapCommands", "Snapshot {date}").format(date=today),
        )
        if name is None:
            return
        taken_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.open_map.apply(
            op.TakeSnapshot(new_id(), name, taken_at),
            translate("MapCommands", "Take snapshot “{name}”").format(name=name),
        )

    def restore_snapshot(self) -> None:
        snapshots = self.open_map.document.snapshots(contents=False)
        if not snapshots:
            self.ask.inform(
                translate(
                    "MapCommands", "This map has no snapshots yet: Map ▸ Take Snapshot keeps one."
                )
            )
            return
        names = [f"{s.name} ({s.taken_at[:10]})" for s in snapshots]
        chosen = self.ask.choice(
            translate("MapCommands", "Restore snapshot"),
            translate("MapCommands", "Bring back the map as it was in:"),
            names,
        )
        if chosen is not None:
            snapshot = snapshots[chosen]
            self.open_map.apply(
                op.RestoreSnapshot(snapshot.id),
                translate("MapCommands", "Restore “{name}”").format(name=snapshot.name),
            )

    # --- helpers -------------------------------------------------------------------------

    def _selected_stage(self) -> StageRecord | None:
        ids = {i.box.stage_id for i in self.scene.selectedItems() if isinstance(i, StageHeaderItem)}
        return next((s for s in self.open_map.content().stages if s.id in ids), None)

    def _selected_lane(self) -> LaneRecord | None:
        ids = {i.box.lane_id for i in self.scene.selectedItems() if isinstance(i, LaneHeaderItem)}
        return next((lane for lane in self.open_map.content().lanes if lane.id in ids), None)


def _deletion_question(held: int, name: str, empty: str, one: str, many: str) -> str:
    """Whether to delete the stage or lane `name`, asked as fits the cards it holds."""
    return empty.format(name=name) if not held else for_count(held, one, many, name=name)


def _clipboard_cards() -> list[dict[str, Any]]:
    """Cards copied from Journeyboard, or one card a line from plain text."""
    data = QApplication.clipboard().mimeData()
    if data is None:
        return []
    if data.hasFormat(CARDS_MIME):
        try:
            fields = json.loads(bytes(data.data(CARDS_MIME).data()).decode())
            return [{k: v for k, v in card.items() if k in _COPIED_FIELDS} for card in fields]
        except (ValueError, AttributeError):
            return []
    lines = [line.strip() for line in data.text().splitlines() if line.strip()]
    return [{"title": line} for line in lines[:200]]

"""Random sequences of operations, undone and redone: every row of every table comes back.

A Hypothesis state machine edits a real .journey file the way a person might: it adds,
moves, edits and deletes cards, stages, lanes, personas and emotion points, takes and
restores snapshots, and undoes and redoes along the way. After every undo the file's rows
equal those from before the operation, ids included; at the end everything is undone, and
the file, reopened, holds exactly the rows it started with.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from app.model.data.reader import read_content
from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    PersonaRecord,
    StageRecord,
    new_id,
)
from app.model.data.schema import MAPPED_CLASSES
from app.model.data.validation import check_content
from app.model.data.vocabulary import EVIDENCE, LANE_KINDS
from app.model.edits import operations as op
from app.model.errors import InvalidValueError, OperationError
from app.model.file.document import Document
from app.model.file.storage import engine_on
from app.model.interchange.templates import find_template, load_template

Rows = dict[str, list[tuple[Any, ...]]]

words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip() == text and text != "")
indexes = st.integers(min_value=0, max_value=60)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def table_rows(path: Path) -> Rows:
    """Every row of every table, read with bare sqlite3, in id order."""
    connection = sqlite3.connect(path)
    try:
        return {
            cls.__tablename__: connection.execute(
                f"SELECT * FROM {cls.__tablename__} ORDER BY id"
            ).fetchall()
            for cls in MAPPED_CLASSES
        }
    finally:
        connection.close()


class EditingSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="journeyboard-undo-"))
        self.path = self.folder / "map.journey"
        self.document: Document | None = None
        self.undo_stack: list[tuple[op.Operation, Rows, Rows]] = []
        """(inverse, rows before the operation, rows after it)"""
        self.redo_stack: list[tuple[op.Operation, Rows]] = []
        """(operation, rows it must lead to)"""

    @initialize(template=st.sampled_from(["cafe", "saas", "blank"]))
    def open_a_template(self, template: str) -> None:
        imported = load_template(find_template(template))
        self.document = Document.create(self.path, imported.content)
        self.first_rows = table_rows(self.path)

    # --- helpers -------------------------------------------------------------------------

    @property
    def doc(self) -> Document:
        assert self.document is not None
        return self.document

    @property
    def content(self) -> MapContent:
        return self.doc.content()

    def do(self, operation: op.Operation) -> None:
        """Apply as the editor would: a change that does not fit must change nothing."""
        before = table_rows(self.path)
        try:
            inverse = self.doc.apply(operation)
        except (OperationError, InvalidValueError):
            assert table_rows(self.path) == before, f"{operation} was refused but left traces"
            return
        self.undo_stack.append((inverse, before, table_rows(self.path)))
        self.redo_stack.clear()

    @staticmethod
    def pick(data: st.DataObject, items: tuple[Any, ...]) -> Any:
        return data.draw(st.sampled_from(items))

    # --- cards ---------------------------------------------------------------------------

    @precondition(lambda self: self.document and self.content.stages and self.content.lanes)
    @rule(data=st.data(), title=words, position=indexes)
    def add_card(self, data: st.DataObject, title: str, position: int) -> None:
        stage = self.pick(data, self.content.stages)
        lane = self.pick(data, self.content.lanes)
        card = CardRecord(
            new_id(),
            stage.id,
            lane.id,
            min(
                position,
                sum(
                    1 for c in self.content.cards if (c.stage_id, c.lane_id) == (stage.id, lane.id)
                ),
            ),
            title,
            evidence=data.draw(st.sampled_from(EVIDENCE)),
            priority=data.draw(st.integers(0, 3)),
            moment=data.draw(st.booleans()),
        )
        self.do(op.AddCard(card))

    @precondition(lambda self: self.document and self.content.cards)
    @rule(data=st.data(), position=indexes)
    def move_card(self, data: st.DataObject, position: int) -> None:
        card = self.pick(data, self.content.cards)
        stage = self.pick(data, self.content.stages)
        lane = self.pick(data, self.content.lanes)
        self.do(op.MoveCard(card.id, stage.id, lane.id, position % 8))

    @precondition(lambda self: self.document and self.content.cards)
    @rule(data=st.data())
    def delete_or_duplicate_card(self, data: st.DataObject) -> None:
        card = self.pick(data, self.content.cards)
        if data.draw(st.booleans()):
            self.do(op.DeleteCard(card.id))
        else:
            self.do(op.DuplicateCard(card.id, new_id()))

    @precondition(lambda self: self.document and self.content.cards)
    @rule(data=st.data(), title=words, votes=st.integers(-2, 12_000), colour=st.booleans())
    def edit_card(self, data: st.DataObject, title: str, votes: int, colour: bool) -> None:
        card = self.pick(data, self.content.cards)
        values = {"title": title, "votes": votes, "colour": "#a1B2c3" if colour else None}
        self.do(op.edit("card", card.id, **values))

    @precondition(lambda self: self.document and self.content.cards)
    @rule(data=st.data(), text=words)
    def edit_card_details(self, data: st.DataObject, text: str) -> None:
        """The fields the Inspector edits one at a time: notes, channel, owner, picture."""
        card = self.pick(data, self.content.cards)
        field = data.draw(st.sampled_from(["notes", "channel", "owner", "image"]))
        if field == "notes":
            value: object = f"{text}\n{text}"
        elif field == "image":
            value = data.draw(st.sampled_from([None, PNG, b"not a picture"]))
        else:
            value = text
        self.do(op.edit("card", card.id, **{field: value}))

    # --- stages and lanes ----------------------------------------------------------------

    @precondition(lambda self: self.document is not None)
    @rule(name=words, position=indexes, width=st.integers(100, 2_100))
    def add_stage(self, name: str, position: int, width: int) -> None:
        stage = StageRecord(new_id(), min(position, len(self.content.stages)), name, width=width)
        self.do(op.AddStage(stage))

    @precondition(lambda self: self.document and self.content.stages)
    @rule(data=st.data(), position=indexes, name=words, width=st.integers(120, 2_000))
    def change_stage(self, data: st.DataObject, position: int, name: str, width: int) -> None:
        stage = self.pick(data, self.content.stages)
        choice = data.draw(
            st.sampled_from(["move", "delete", "rename", "resize", "description", "goal"])
        )
        if choice == "move":
            self.do(op.MoveStage(stage.id, position % (len(self.content.stages) + 1)))
        elif choice == "delete":
            self.do(op.DeleteStage(stage.id))
        elif choice == "rename":
            self.do(op.edit("stage", stage.id, name=name))
        elif choice == "resize":
            self.do(op.edit("stage", stage.id, width=width))
        else:
            self.do(op.edit("stage", stage.id, **{choice: f"{name}\n{name}"}))

    @precondition(lambda self: self.document is not None)
    @rule(data=st.data(), title=words, position=indexes)
    def add_lane(self, data: st.DataObject, title: str, position: int) -> None:
        kind = data.draw(st.sampled_from([kind.key for kind in LANE_KINDS]))
        lane = LaneRecord(new_id(), min(position, len(self.content.lanes)), kind, title)
        self.do(op.AddLane(lane))

    @precondition(lambda self: self.document and self.content.lanes)
    @rule(data=st.data(), position=indexes, height=st.integers(40, 2_000), title=words)
    def change_lane(self, data: st.DataObject, position: int, height: int, title: str) -> None:
        lane = self.pick(data, self.content.lanes)
        choice = data.draw(st.sampled_from(["move", "delete", "resize", "rename"]))
        if choice == "rename":
            self.do(op.edit("lane", lane.id, title=title))
            return
        if choice == "move":
            self.do(op.MoveLane(lane.id, position % len(self.content.lanes)))
        elif choice == "delete":
            self.do(op.DeleteLane(lane.id))
        else:
            self.do(op.edit("lane", lane.id, height=height))

    # --- personas and emotion points -----------------------------------------------------

    @precondition(lambda self: self.document is not None)
    @rule(name=words, position=indexes)
    def add_persona(self, name: str, position: int) -> None:
        persona = PersonaRecord(new_id(), min(position, len(self.content.personas)), name)
        self.do(op.AddPersona(persona))

    @precondition(lambda self: self.document and self.content.personas)
    @rule(data=st.data(), position=indexes, quote=words)
    def change_persona(self, data: st.DataObject, position: int, quote: str) -> None:
        persona = self.pick(data, self.content.personas)
        choice = data.draw(
            st.sampled_from(["move", "delete", "primary", "no primary", "fields", "photo"])
        )
        if choice == "move":
            self.do(op.MovePersona(persona.id, position % len(self.content.personas)))
        elif choice == "delete":
            self.do(op.DeletePersona(persona.id))
        elif choice == "primary":
            self.do(op.SetPrimaryPersona(persona.id))
        elif choice == "no primary":  # refused while the map has personas
            self.do(op.SetPrimaryPersona(None))
        elif choice == "fields":
            self.do(op.edit("persona", persona.id, quote=quote, name=quote, goals=quote + "\n…"))
        else:
            photo = data.draw(st.sampled_from([None, PNG, b"not a picture"]))
            self.do(op.edit("persona", persona.id, photo=photo))

    @precondition(lambda self: self.document and self.content.personas and self.content.stages)
    @rule(data=st.data(), score=st.integers(-4, 4), label=words, position=indexes)
    def add_emotion(self, data: st.DataObject, score: int, label: str, position: int) -> None:
        persona = self.pick(data, self.content.personas)
        stage = self.pick(data, self.content.stages)
        cards = self.content.cards
        card = self.pick(data, cards).id if cards and data.draw(st.booleans()) else None
        in_stage = [e for e in self.content.curve(persona.id) if e.stage_id == stage.id]
        point = EmotionRecord(
            new_id(), persona.id, stage.id, min(position, len(in_stage)), score, label, card
        )
        self.do(op.AddEmotion(point))

    @precondition(lambda self: self.document and self.content.emotions)
    @rule(data=st.data(), score=st.integers(-4, 4), position=indexes, label=words)
    def change_emotion(self, data: st.DataObject, score: int, position: int, label: str) -> None:
        point = self.pick(data, self.content.emotions)
        choice = data.draw(st.sampled_from(["score", "label", "move", "delete", "link"]))
        if choice == "score":
            self.do(op.edit("emotion_point", point.id, score=score))
        elif choice == "label":
            self.do(op.edit("emotion_point", point.id, label=label))
        elif choice == "move":
            stage = self.pick(data, self.content.stages)
            self.do(op.MoveEmotion(point.id, stage.id, position % 3))
        elif choice == "delete":
            self.do(op.DeleteEmotion(point.id))
        else:
            cards = self.content.cards
            self.do(op.LinkEmotion(point.id, self.pick(data, cards).id if cards else None))

    @precondition(lambda self: self.document is not None)
    @rule(title=words, low=st.integers(-4, 2), span=st.integers(2, 8))
    def edit_map(self, title: str, low: int, span: int) -> None:
        the_map = self.content.map
        self.do(op.edit("map", the_map.id, title=title, emotion_min=low, emotion_max=low + span))

    # --- snapshots and batches ----------------------------------------------------------

    @precondition(lambda self: self.document is not None)
    @rule(name=words, second=st.integers(0, 59))
    def take_snapshot(self, name: str, second: int) -> None:
        self.do(op.TakeSnapshot(new_id(), name, f"2026-11-23T10:00:{second:02d}Z"))

    @precondition(lambda self: self.document and self.doc.snapshots())
    @rule(data=st.data())
    def restore_or_delete_snapshot(self, data: st.DataObject) -> None:
        snapshot = self.pick(data, self.doc.snapshots())
        if data.draw(st.booleans()):
            self.do(op.RestoreSnapshot(snapshot.id))
        else:
            self.do(op.DeleteSnapshot(snapshot.id))

    @precondition(lambda self: self.document and self.content.lanes)
    @rule(data=st.data(), name=words)
    def add_a_stage_with_a_card_and_rename_the_map(self, data: st.DataObject, name: str) -> None:
        """One step that mixes kinds, as a paste or a template fragment would."""
        stage = StageRecord(new_id(), len(self.content.stages), name)
        lane = self.pick(data, self.content.lanes)
        card = CardRecord(new_id(), stage.id, lane.id, 0, name)
        self.do(
            op.Batch(
                (
                    op.AddStage(stage),
                    op.AddCard(card),
                    op.edit("map", self.content.map.id, title=name, scenario=name * 2),
                )
            )
        )

    @precondition(lambda self: self.document and len(self.content.cards) >= 2)
    @rule(data=st.data())
    def delete_several_cards_at_once(self, data: st.DataObject) -> None:
        cards = data.draw(st.lists(st.sampled_from(self.content.cards), min_size=2, max_size=4))
        self.do(op.Batch(tuple(op.DeleteCard(card.id) for card in cards)))

    # --- undo and redo -------------------------------------------------------------------

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self) -> None:
        inverse, rows_before, rows_after = self.undo_stack.pop()
        self.redo_stack.append((self.doc.apply(inverse), rows_after))
        assert table_rows(self.path) == rows_before

    @precondition(lambda self: self.redo_stack)
    @rule()
    def redo(self) -> None:
        before = table_rows(self.path)
        operation, rows_after = self.redo_stack.pop()
        inverse = self.doc.apply(operation)
        assert table_rows(self.path) == rows_after, "redo did not give what the first apply did"
        self.undo_stack.append((inverse, before, rows_after))

    @invariant()
    def the_open_map_is_the_file(self) -> None:
        """What the window would show, patched edit by edit, is what the file holds."""
        if self.document is not None:
            connection = sqlite3.connect(self.path)
            try:
                with engine_on(connection).connect() as db:
                    in_file = read_content(db)
            finally:
                connection.close()
            check_content(in_file)
            assert self.doc.content() == in_file

    def teardown(self) -> None:
        try:
            if self.document is not None:
                while self.undo_stack:
                    inverse, _, _ = self.undo_stack.pop()
                    self.doc.apply(inverse)
                self.doc.close()
                with Document.open(self.path) as reopened:
                    reopened.content()
                assert table_rows(self.path) == self.first_rows
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


EditingSession.TestCase.settings = settings(
    settings.default,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_undo_restores_every_row = EditingSession.TestCase

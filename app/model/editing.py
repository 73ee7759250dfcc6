"""Carrying out operations on a map's database, each returning its exact inverse.

Everything here runs inside the one transaction that `Document.apply` opens and commits,
through the mapped classes, whose validators check every value that is set. Lists keep
their positions dense (0, 1, 2…): an insert or removal renumbers the rows after it, so
that the inverse, put back at the old position, restores the same order.
"""

from __future__ import annotations

import dataclasses
from functools import singledispatch
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from app.model import fields
from app.model import operations as op
from app.model.content_codec import decode_content, encode_content
from app.model.errors import InvalidValueError, OperationError
from app.model.ordering import OrderedList
from app.model.reader import read_content
from app.model.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    Record,
    SnapshotRecord,
    StageRecord,
    columns,
)
from app.model.schema import (
    MAPPED_CLASSES,
    Base,
    Card,
    EmotionPoint,
    Lane,
    Map,
    Persona,
    Snapshot,
    Stage,
)
from app.model.validation import check_content, check_score

_RECORD_OF: dict[type[Base], type[Record]] = {
    Map: MapRecord,
    Persona: PersonaRecord,
    Stage: StageRecord,
    Lane: LaneRecord,
    Card: CardRecord,
    EmotionPoint: EmotionRecord,
    Snapshot: SnapshotRecord,
}
_CLASS_OF_RECORD: dict[type[Record], type[Base]] = {kind: cls for cls, kind in _RECORD_OF.items()}
_CLASS_OF_TABLE: dict[str, type[Base]] = {cls.__tablename__: cls for cls in MAPPED_CLASSES}
_NOUN: dict[type[Base], str] = {
    Map: "map",
    Persona: "persona",
    Stage: "stage",
    Lane: "lane",
    Card: "card",
    EmotionPoint: "emotion point",
    Snapshot: "snapshot",
}


M = TypeVar("M", bound=Base)
RowKey = tuple[str, str]
"""(table, id) of a row that an operation touched."""


class Editor:
    """One transaction's worth of editing: the session, and what changed beyond the rows
    the session tracks (rows shifted by a bulk UPDATE, a content replaced wholesale)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.shifted: set[RowKey] = set()
        self.replaced_content = False

    def get(self, cls: type[M], row_id: str | None) -> M:
        self.session.flush()  # so that a row deleted earlier in this transaction is gone
        row = self.session.get(cls, row_id) if row_id is not None else None
        if row is None:
            raise OperationError(f"The {_NOUN[cls]} is no longer in the map.")
        return row

    def require_new(self, cls: type[Base], row_id: str) -> None:
        fields.clean_id(row_id, f"The id of a new {_NOUN[cls]}")
        if self.session.get(cls, row_id) is not None:
            raise OperationError(f"A {_NOUN[cls]} with that id is already in the map.")

    def the_map(self) -> Map:
        return self.session.scalars(select(Map)).one()

    def rows(self, cls: type[M], *where: Any) -> list[M]:
        position = cls.position  # type: ignore[attr-defined]
        return list(self.session.scalars(select(cls).where(*where).order_by(position)))

    def insert(self, row: Base, into: OrderedList, position: int) -> None:
        """Add a new row at `position` of its list."""
        self._note(into, into.open_gap(self.session, position))
        row.position = position  # type: ignore[attr-defined]
        self.session.add(row)

    def remove(self, row: Base, out_of: OrderedList) -> Any:
        """Delete a row from its list and return its record, for the inverse."""
        record, position = record_of(row), row.position  # type: ignore[attr-defined]
        self.session.delete(row)
        self._note(out_of, out_of.close_gap(self.session, position))
        return record

    def move(self, row: Any, out_of: OrderedList, into: OrderedList, position: int) -> int:
        """Move a row to `position` of a list (maybe its own); return where it was."""
        old = row.position
        self._note(out_of, out_of.close_gap(self.session, old))
        self._note(into, into.open_gap(self.session, position, leaving_out=row.id))
        row.position = position
        return int(old)

    def _note(self, rows: OrderedList, ids: set[str]) -> None:
        table = rows.table.__tablename__
        self.shifted.update((table, row_id) for row_id in ids)


def apply_operation(editor: Editor, operation: op.Operation) -> op.Operation:
    """Apply one operation and return the operation that undoes it."""
    return _apply(operation, editor)


def record_of(row: Base) -> Record:
    kind = _RECORD_OF[type(row)]
    return kind(**{f.name: getattr(row, f.name) for f in dataclasses.fields(kind)})


@singledispatch
def _apply(operation: Any, editor: Editor) -> op.Operation:
    raise OperationError(f"Journeyboard cannot apply {operation!r}.")


# --- cards -------------------------------------------------------------------------------


def _cell(stage_id: str, lane_id: str) -> OrderedList:
    return OrderedList(Card, Card.stage_id == stage_id, Card.lane_id == lane_id)


@_apply.register
def _(operation: op.AddCard, editor: Editor) -> op.Operation:
    card = operation.card
    editor.require_new(Card, card.id)
    editor.get(Stage, card.stage_id)
    editor.get(Lane, card.lane_id)
    editor.insert(Card(**columns(card)), _cell(card.stage_id, card.lane_id), card.position)
    return op.DeleteCard(card.id)


@_apply.register
def _(operation: op.DeleteCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    relink: list[op.Operation] = []
    for point in editor.session.scalars(select(EmotionPoint).where(EmotionPoint.card_id == row.id)):
        point.card_id = None
        relink.append(op.LinkEmotion(point.id, row.id))
    record = editor.remove(row, _cell(row.stage_id, row.lane_id))
    return op.Batch((op.AddCard(record), *relink)) if relink else op.AddCard(record)


@_apply.register
def _(operation: op.MoveCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    editor.get(Stage, operation.stage_id)
    editor.get(Lane, operation.lane_id)
    stage_id, lane_id = row.stage_id, row.lane_id
    target = _cell(operation.stage_id, operation.lane_id)
    old = editor.move(row, _cell(stage_id, lane_id), target, operation.position)
    row.stage_id, row.lane_id = operation.stage_id, operation.lane_id
    return op.MoveCard(row.id, stage_id, lane_id, old)


@_apply.register
def _(operation: op.DuplicateCard, editor: Editor) -> op.Operation:
    source = record_of(editor.get(Card, operation.card_id))
    assert isinstance(source, CardRecord)
    copy = dataclasses.replace(source, id=operation.new_id, position=source.position + 1, votes=0)
    return _apply(op.AddCard(copy), editor)


# --- stages, lanes, personas -----------------------------------------------------------

_STAGES = OrderedList(Stage)
_LANES = OrderedList(Lane)
_PERSONAS = OrderedList(Persona)


@_apply.register
def _(operation: op.AddStage, editor: Editor) -> op.Operation:
    editor.require_new(Stage, operation.stage.id)
    editor.insert(Stage(**columns(operation.stage)), _STAGES, operation.stage.position)
    return op.DeleteStage(operation.stage.id)


@_apply.register
def _(operation: op.DeleteStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    undo = [
        _apply(op.DeleteCard(card.id), editor)
        for card in editor.rows(Card, Card.stage_id == row.id)
    ]
    undo += [
        _apply(op.DeleteEmotion(point.id), editor)
        for point in editor.rows(EmotionPoint, EmotionPoint.stage_id == row.id)
    ]
    undo.append(op.AddStage(editor.remove(row, _STAGES)))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MoveStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    return op.MoveStage(row.id, editor.move(row, _STAGES, _STAGES, operation.position))


@_apply.register
def _(operation: op.AddLane, editor: Editor) -> op.Operation:
    editor.require_new(Lane, operation.lane.id)
    editor.insert(Lane(**columns(operation.lane)), _LANES, operation.lane.position)
    return op.DeleteLane(operation.lane.id)


@_apply.register
def _(operation: op.DeleteLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    undo = [
        _apply(op.DeleteCard(card.id), editor) for card in editor.rows(Card, Card.lane_id == row.id)
    ]
    undo.append(op.AddLane(editor.remove(row, _LANES)))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MoveLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    return op.MoveLane(row.id, editor.move(row, _LANES, _LANES, operation.position))


@_apply.register
def _(operation: op.AddPersona, editor: Editor) -> op.Operation:
    persona = operation.persona
    editor.require_new(Persona, persona.id)
    editor.insert(Persona(**columns(persona)), _PERSONAS, persona.position)
    the_map = editor.the_map()
    if the_map.primary_persona_id is None:
        the_map.primary_persona_id = persona.id
    return op.DeletePersona(persona.id)


@_apply.register
def _(operation: op.DeletePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    undo = [
        _apply(op.DeleteEmotion(point.id), editor)
        for point in editor.rows(EmotionPoint, EmotionPoint.persona_id == row.id)
    ]
    the_map = editor.the_map()
    if the_map.primary_persona_id == row.id:
        undo.append(op.SetPrimaryPersona(row.id))
        others = [persona for persona in editor.rows(Persona) if persona is not row]
        the_map.primary_persona_id = others[0].id if others else None
    undo.append(op.AddPersona(editor.remove(row, _PERSONAS)))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MovePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    return op.MovePersona(row.id, editor.move(row, _PERSONAS, _PERSONAS, operation.position))


@_apply.register
def _(operation: op.SetPrimaryPersona, editor: Editor) -> op.Operation:
    the_map = editor.the_map()
    if operation.persona_id is None:
        if editor.rows(Persona):
            raise OperationError("A map with personas needs a primary persona.")
    else:
        editor.get(Persona, operation.persona_id)
    undo = op.SetPrimaryPersona(the_map.primary_persona_id)
    the_map.primary_persona_id = operation.persona_id
    return undo


# --- emotion points ----------------------------------------------------------------------


def _curve_in(persona_id: str, stage_id: str) -> OrderedList:
    """A persona's points in one stage, in the order the curve passes through them."""
    return OrderedList(
        EmotionPoint, EmotionPoint.persona_id == persona_id, EmotionPoint.stage_id == stage_id
    )


def _check_on_scale(editor: Editor, score: int) -> None:
    the_map = editor.the_map()
    check_score(score, the_map.emotion_min, the_map.emotion_max)


@_apply.register
def _(operation: op.AddEmotion, editor: Editor) -> op.Operation:
    point = operation.point
    editor.require_new(EmotionPoint, point.id)
    editor.get(Persona, point.persona_id)
    editor.get(Stage, point.stage_id)
    if point.card_id is not None:
        editor.get(Card, point.card_id)
    row = EmotionPoint(**columns(point))
    _check_on_scale(editor, row.score)
    editor.insert(row, _curve_in(point.persona_id, point.stage_id), point.position)
    return op.DeleteEmotion(point.id)


@_apply.register
def _(operation: op.DeleteEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    return op.AddEmotion(editor.remove(row, _curve_in(row.persona_id, row.stage_id)))


@_apply.register
def _(operation: op.MoveEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    editor.get(Stage, operation.stage_id)
    stage_id = row.stage_id
    source = _curve_in(row.persona_id, stage_id)
    target = _curve_in(row.persona_id, operation.stage_id)
    old = editor.move(row, source, target, operation.position)
    row.stage_id = operation.stage_id
    return op.MoveEmotion(row.id, stage_id, old)


@_apply.register
def _(operation: op.LinkEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    if operation.card_id is not None:
        editor.get(Card, operation.card_id)
    undo = op.LinkEmotion(row.id, row.card_id)
    row.card_id = operation.card_id
    return undo


# --- fields ------------------------------------------------------------------------------


@_apply.register
def _(operation: op.EditFields, editor: Editor) -> op.Operation:
    cls = _CLASS_OF_TABLE.get(operation.table)
    if cls is None:
        raise OperationError(f"A map has no table {operation.table!r}.")
    editable = fields.FIELDS_BY_TABLE[operation.table]
    row = editor.get(cls, operation.row_id)
    names = [name for name, _ in operation.values]
    if len(set(names)) != len(names):
        raise OperationError("An edit names the same field twice.")
    old: list[tuple[str, Any]] = []
    for name, value in operation.values:
        if name not in editable:
            raise OperationError(f"The {_NOUN[cls]} has no field {name!r} that can be edited.")
        old.append((name, getattr(row, name)))
        setattr(row, name, value)
    if isinstance(row, EmotionPoint):
        _check_on_scale(editor, row.score)
    if isinstance(row, Map):
        _check_scale_holds_points(editor, row)
    return op.EditFields(operation.table, operation.row_id, tuple(old))


def _check_scale_holds_points(editor: Editor, the_map: Map) -> None:
    outside = editor.session.scalars(
        select(EmotionPoint.score).where(
            (EmotionPoint.score < the_map.emotion_min) | (EmotionPoint.score > the_map.emotion_max)
        )
    ).all()
    if outside:
        raise InvalidValueError(
            "Emotion scale",
            f"{len(outside)} emotion point(s) lie outside {the_map.emotion_min:+d}…"
            f"{the_map.emotion_max:+d}; move them onto the new scale first",
        )


# --- snapshots and whole content -------------------------------------------------------


@_apply.register
def _(operation: op.TakeSnapshot, editor: Editor) -> op.Operation:
    editor.require_new(Snapshot, operation.snapshot_id)
    editor.session.flush()
    content = read_content(editor.session.connection())
    editor.session.add(
        Snapshot(
            id=operation.snapshot_id,
            name=operation.name,
            taken_at=operation.taken_at,
            content=encode_content(content),
        )
    )
    return op.DeleteSnapshot(operation.snapshot_id)


@_apply.register
def _(operation: op.AddSnapshot, editor: Editor) -> op.Operation:
    snapshot = operation.snapshot
    editor.require_new(Snapshot, snapshot.id)
    decode_content(snapshot.content)
    editor.session.add(Snapshot(**columns(snapshot)))
    return op.DeleteSnapshot(snapshot.id)


@_apply.register
def _(operation: op.DeleteSnapshot, editor: Editor) -> op.Operation:
    row = editor.get(Snapshot, operation.snapshot_id)
    record = record_of(row)
    assert isinstance(record, SnapshotRecord)
    editor.session.delete(row)
    return op.AddSnapshot(record)


@_apply.register
def _(operation: op.RestoreSnapshot, editor: Editor) -> op.Operation:
    row = editor.get(Snapshot, operation.snapshot_id)
    try:
        content = decode_content(row.content)
    except InvalidValueError as error:
        raise OperationError(f"The snapshot “{row.name}” is damaged: {error}") from None
    return _apply(op.ReplaceContent(content), editor)


_CONTENT_TABLES = (EmotionPoint, Card, Lane, Stage, Persona, Map)


@_apply.register
def _(operation: op.ReplaceContent, editor: Editor) -> op.Operation:
    check_content(operation.content)
    session = editor.session
    session.flush()
    previous = read_content(session.connection())
    for cls in _CONTENT_TABLES:
        session.execute(delete(cls))
    insert_content(session.connection(), operation.content)
    editor.replaced_content = True
    return op.ReplaceContent(previous)


def insert_content(connection: Connection, content: MapContent) -> None:
    """Insert every row of `content` with Core: bulk work skips the mapped objects."""
    rows_of: dict[type[Base], list[dict[str, Any]]] = {}
    for record in content.rows():
        rows_of.setdefault(_CLASS_OF_RECORD[type(record)], []).append(columns(record))
    for cls, rows in rows_of.items():
        connection.execute(insert(cls), rows)


# --- several -----------------------------------------------------------------------------


@_apply.register
def _(operation: op.Batch, editor: Editor) -> op.Operation:
    undo = [_apply(step, editor) for step in operation.operations]
    return op.Batch(tuple(reversed(undo)))

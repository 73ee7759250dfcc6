"""Carrying out operations on a map's database, each returning its exact inverse.

Everything here runs inside the one transaction that `Document.apply` opens and commits,
through the mapped classes, whose validators check every value that is set. Lists keep
their positions dense (0, 1, 2…): an insert or removal renumbers the rows after it, so
that the inverse, put back at the old position, restores the same order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import singledispatch
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from app.model import fields
from app.model import operations as op
from app.model.content_codec import decode_content, encode_content
from app.model.errors import InvalidValueError, OperationError
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


class _Positioned(Protocol):
    position: int


P = TypeVar("P", bound=_Positioned)
M = TypeVar("M", bound=Base)


class Editor:
    """One transaction's worth of editing: the session, and whether the content was replaced."""

    def __init__(self, session: Session) -> None:
        self.session = session
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

    def ordered(self, cls: type[M], *where: Any) -> list[M]:
        position = cls.position  # type: ignore[attr-defined]
        return list(self.session.scalars(select(cls).where(*where).order_by(position)))


def apply_operation(editor: Editor, operation: op.Operation) -> op.Operation:
    """Apply one operation and return the operation that undoes it."""
    return _apply(operation, editor)


def record_of(row: Base) -> Record:
    kind = _RECORD_OF[type(row)]
    return kind(**{f.name: getattr(row, f.name) for f in dataclasses.fields(kind)})


def _place(rows: list[P], row: P, position: int) -> None:
    """Put `row` at `position` in `rows` (which does not hold it) and renumber them all."""
    if isinstance(position, bool) or not isinstance(position, int):
        raise OperationError(f"A position must be a whole number, not {position!r}.")
    if not 0 <= position <= len(rows):
        raise OperationError(f"Position {position} is outside the list (0 to {len(rows)}).")
    rows.insert(position, row)
    _renumber(rows)


def _take_out(rows: list[P], row: P) -> int:
    """Remove `row` from `rows`, renumber the rest, and return where it was."""
    position = rows.index(row)
    del rows[position]
    _renumber(rows)
    return position


def _renumber(rows: Sequence[_Positioned]) -> None:
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index


@singledispatch
def _apply(operation: Any, editor: Editor) -> op.Operation:
    raise OperationError(f"Journeyboard cannot apply {operation!r}.")


# --- cards -------------------------------------------------------------------------------


def _cell(editor: Editor, stage_id: str, lane_id: str) -> list[Card]:
    return editor.ordered(Card, Card.stage_id == stage_id, Card.lane_id == lane_id)


@_apply.register
def _(operation: op.AddCard, editor: Editor) -> op.Operation:
    card = operation.card
    editor.require_new(Card, card.id)
    editor.get(Stage, card.stage_id)
    editor.get(Lane, card.lane_id)
    row = Card(**columns(card))
    _place(_cell(editor, card.stage_id, card.lane_id), row, card.position)
    editor.session.add(row)
    return op.DeleteCard(card.id)


@_apply.register
def _(operation: op.DeleteCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    record = record_of(row)
    assert isinstance(record, CardRecord)
    undo: list[op.Operation] = [op.AddCard(record)]
    for point in editor.session.scalars(select(EmotionPoint).where(EmotionPoint.card_id == row.id)):
        point.card_id = None
        undo.append(op.LinkEmotion(point.id, row.id))
    _take_out(_cell(editor, row.stage_id, row.lane_id), row)
    editor.session.delete(row)
    return undo[0] if len(undo) == 1 else op.Batch(tuple(undo))


@_apply.register
def _(operation: op.MoveCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    editor.get(Stage, operation.stage_id)
    editor.get(Lane, operation.lane_id)
    undo = op.MoveCard(row.id, row.stage_id, row.lane_id, row.position)
    source = _cell(editor, row.stage_id, row.lane_id)
    _take_out(source, row)
    same_cell = (row.stage_id, row.lane_id) == (operation.stage_id, operation.lane_id)
    target = source if same_cell else _cell(editor, operation.stage_id, operation.lane_id)
    row.stage_id, row.lane_id = operation.stage_id, operation.lane_id
    _place(target, row, operation.position)
    return undo


@_apply.register
def _(operation: op.DuplicateCard, editor: Editor) -> op.Operation:
    source = record_of(editor.get(Card, operation.card_id))
    assert isinstance(source, CardRecord)
    copy = dataclasses.replace(source, id=operation.new_id, position=source.position + 1, votes=0)
    return _apply(op.AddCard(copy), editor)


# --- stages, lanes, personas -----------------------------------------------------------


@_apply.register
def _(operation: op.AddStage, editor: Editor) -> op.Operation:
    stage = operation.stage
    editor.require_new(Stage, stage.id)
    row = Stage(**columns(stage))
    _place(editor.ordered(Stage), row, stage.position)
    editor.session.add(row)
    return op.DeleteStage(stage.id)


@_apply.register
def _(operation: op.DeleteStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    undo: list[op.Operation] = []
    for card in editor.ordered(Card, Card.stage_id == row.id):
        undo.append(_apply(op.DeleteCard(card.id), editor))
    for point in editor.ordered(EmotionPoint, EmotionPoint.stage_id == row.id):
        undo.append(_apply(op.DeleteEmotion(point.id), editor))
    undo.append(op.AddStage(_take_record(editor, row, editor.ordered(Stage))))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MoveStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    return op.MoveStage(row.id, _move(editor.ordered(Stage), row, operation.position))


@_apply.register
def _(operation: op.AddLane, editor: Editor) -> op.Operation:
    lane = operation.lane
    editor.require_new(Lane, lane.id)
    row = Lane(**columns(lane))
    _place(editor.ordered(Lane), row, lane.position)
    editor.session.add(row)
    return op.DeleteLane(lane.id)


@_apply.register
def _(operation: op.DeleteLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    undo: list[op.Operation] = [
        _apply(op.DeleteCard(card.id), editor)
        for card in editor.ordered(Card, Card.lane_id == row.id)
    ]
    undo.append(op.AddLane(_take_record(editor, row, editor.ordered(Lane))))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MoveLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    return op.MoveLane(row.id, _move(editor.ordered(Lane), row, operation.position))


@_apply.register
def _(operation: op.AddPersona, editor: Editor) -> op.Operation:
    persona = operation.persona
    editor.require_new(Persona, persona.id)
    row = Persona(**columns(persona))
    _place(editor.ordered(Persona), row, persona.position)
    editor.session.add(row)
    the_map = editor.the_map()
    if the_map.primary_persona_id is None:
        the_map.primary_persona_id = persona.id
    return op.DeletePersona(persona.id)


@_apply.register
def _(operation: op.DeletePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    undo: list[op.Operation] = [
        _apply(op.DeleteEmotion(point.id), editor)
        for point in editor.ordered(EmotionPoint, EmotionPoint.persona_id == row.id)
    ]
    personas = editor.ordered(Persona)
    the_map = editor.the_map()
    if the_map.primary_persona_id == row.id:
        undo.append(op.SetPrimaryPersona(row.id))
        others = [persona for persona in personas if persona is not row]
        the_map.primary_persona_id = others[0].id if others else None
    undo.append(op.AddPersona(_take_record(editor, row, personas)))
    return op.Batch(tuple(reversed(undo)))


@_apply.register
def _(operation: op.MovePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    return op.MovePersona(row.id, _move(editor.ordered(Persona), row, operation.position))


@_apply.register
def _(operation: op.SetPrimaryPersona, editor: Editor) -> op.Operation:
    the_map = editor.the_map()
    if operation.persona_id is None:
        if editor.ordered(Persona):
            raise OperationError("A map with personas needs a primary persona.")
    else:
        editor.get(Persona, operation.persona_id)
    undo = op.SetPrimaryPersona(the_map.primary_persona_id)
    the_map.primary_persona_id = operation.persona_id
    return undo


def _move(rows: list[P], row: P, position: int) -> int:
    old = _take_out(rows, row)
    _place(rows, row, position)
    return old


def _take_record(editor: Editor, row: Base, siblings: list[Any]) -> Any:
    """Delete a row from its ordered list and return its record, for the inverse."""
    record = record_of(row)
    _take_out(siblings, row)
    editor.session.delete(row)
    return record


# --- emotion points ----------------------------------------------------------------------


def _curve_in(editor: Editor, persona_id: str, stage_id: str) -> list[EmotionPoint]:
    return editor.ordered(
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
    _place(_curve_in(editor, point.persona_id, point.stage_id), row, point.position)
    editor.session.add(row)
    return op.DeleteEmotion(point.id)


@_apply.register
def _(operation: op.DeleteEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    siblings = _curve_in(editor, row.persona_id, row.stage_id)
    return op.AddEmotion(_take_record(editor, row, siblings))


@_apply.register
def _(operation: op.MoveEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    editor.get(Stage, operation.stage_id)
    undo = op.MoveEmotion(row.id, row.stage_id, row.position)
    source = _curve_in(editor, row.persona_id, row.stage_id)
    _take_out(source, row)
    same = row.stage_id == operation.stage_id
    target = source if same else _curve_in(editor, row.persona_id, operation.stage_id)
    row.stage_id = operation.stage_id
    _place(target, row, operation.position)
    return undo


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

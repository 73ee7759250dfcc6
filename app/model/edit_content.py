"""Editing fields of any row, and the operations on the map as a whole: snapshots."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select

from app.model import fields
from app.model import operations as op
from app.model.content_codec import decode_content, encode_content
from app.model.edit_emotions import check_on_scale
from app.model.editor import CLASS_OF_RECORD, CLASS_OF_TABLE, NOUN, Editor, record_of
from app.model.errors import InvalidValueError, OperationError
from app.model.reader import read_content
from app.model.records import MapContent, columns
from app.model.schema import Base, Card, EmotionPoint, Lane, Map, Persona, Snapshot, Stage
from app.model.validation import check_content


def edit_fields(operation: op.EditFields, editor: Editor) -> op.Operation:
    cls = CLASS_OF_TABLE.get(operation.table)
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
            raise OperationError(f"The {NOUN[cls]} has no field {name!r} that can be edited.")
        old.append((name, getattr(row, name)))
        setattr(row, name, value)
    if isinstance(row, EmotionPoint):
        check_on_scale(editor, row.score)
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


def take_snapshot(operation: op.TakeSnapshot, editor: Editor) -> op.Operation:
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


def add_snapshot(operation: op.AddSnapshot, editor: Editor) -> op.Operation:
    snapshot = operation.snapshot
    editor.require_new(Snapshot, snapshot.id)
    decode_content(snapshot.content)
    editor.session.add(Snapshot(**columns(snapshot)))
    return op.DeleteSnapshot(snapshot.id)


def delete_snapshot(operation: op.DeleteSnapshot, editor: Editor) -> op.Operation:
    row = editor.get(Snapshot, operation.snapshot_id)
    record = record_of(row)
    editor.session.delete(row)
    return op.AddSnapshot(record)


def restore_snapshot(operation: op.RestoreSnapshot, editor: Editor) -> op.Operation:
    row = editor.get(Snapshot, operation.snapshot_id)
    try:
        content = decode_content(row.content)
    except InvalidValueError as error:
        raise OperationError(f"The snapshot “{row.name}” is damaged: {error}") from None
    return replace_content(op.ReplaceContent(content), editor)


_CONTENT_TABLES = (EmotionPoint, Card, Lane, Stage, Persona, Map)


def replace_content(operation: op.ReplaceContent, editor: Editor) -> op.Operation:
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
        rows_of.setdefault(CLASS_OF_RECORD[type(record)], []).append(columns(record))
    for cls, rows in rows_of.items():
        connection.execute(insert(cls), rows)

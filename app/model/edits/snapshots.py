"""Snapshots: named copies of the map kept inside its file, and restoring one."""

from __future__ import annotations

from app.model.data.content_codec import decode_content, encode_content
from app.model.data.reader import read_content
from app.model.data.records import columns
from app.model.data.schema import Snapshot
from app.model.data.validation import check_content, check_record
from app.model.data.writer import replace_content as write_content
from app.model.edits import operations as op
from app.model.edits.editor import Editor, record_of
from app.model.errors import InvalidValueError, OperationError
from app.model.messages import Message


def take_snapshot(operation: op.TakeSnapshot, editor: Editor) -> op.Operation:
    editor.require_new(Snapshot, operation.snapshot_id)
    editor.require_room(Snapshot)
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
    editor.require_room(Snapshot)
    check_record(snapshot)
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
        raise OperationError(
            Message("Errors", "The snapshot “{name}” is damaged: {why}").format(
                name=row.name, why=error.message
            )
        ) from None
    return replace_content(op.ReplaceContent(content), editor)


def replace_content(operation: op.ReplaceContent, editor: Editor) -> op.Operation:
    check_content(operation.content)
    session = editor.session
    session.flush()
    previous = read_content(session.connection())
    write_content(session.connection(), operation.content)
    session.expunge_all()  # the rows were rewritten underneath the mapped objects
    editor.replaced_content = True
    return op.ReplaceContent(previous)

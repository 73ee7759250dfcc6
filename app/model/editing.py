"""Carrying out an operation on a map's database, and getting back its exact inverse.

Everything runs inside the one transaction that `Document.apply` opens and commits,
through the mapped classes, whose validators check every value that is set. Each kind of
operation has one function, listed here; the functions live by topic in app.model.edit_*.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.model import edit_cards, edit_emotions, edit_fields, edit_snapshots, edit_structure
from app.model import operations as op
from app.model.editor import Editor
from app.model.errors import OperationError
from app.model.messages import Message

Handler = Callable[[Any, Editor], op.Operation]


def apply_operation(editor: Editor, operation: op.Operation) -> op.Operation:
    """Apply one operation and return the operation that undoes it."""
    handler = _HANDLERS.get(type(operation))
    if handler is None:
        raise OperationError(
            Message("Errors", "Journeyboard cannot apply {operation}.").format(
                operation=repr(operation)
            )
        )
    return handler(operation, editor)


def _apply_batch(batch: op.Batch, editor: Editor) -> op.Operation:
    undo = [apply_operation(editor, step) for step in batch.operations]
    return op.Batch(tuple(reversed(undo)))


_HANDLERS: dict[type, Handler] = {
    op.AddCard: edit_cards.add_card,
    op.DeleteCard: edit_cards.delete_card,
    op.MoveCard: edit_cards.move_card,
    op.DuplicateCard: edit_cards.duplicate_card,
    op.AddStage: edit_structure.add_stage,
    op.DeleteStage: edit_structure.delete_stage,
    op.MoveStage: edit_structure.move_stage,
    op.AddLane: edit_structure.add_lane,
    op.DeleteLane: edit_structure.delete_lane,
    op.MoveLane: edit_structure.move_lane,
    op.AddPersona: edit_structure.add_persona,
    op.DeletePersona: edit_structure.delete_persona,
    op.MovePersona: edit_structure.move_persona,
    op.SetPrimaryPersona: edit_structure.set_primary_persona,
    op.AddEmotion: edit_emotions.add_emotion,
    op.DeleteEmotion: edit_emotions.delete_emotion,
    op.MoveEmotion: edit_emotions.move_emotion,
    op.LinkEmotion: edit_emotions.link_emotion,
    op.EditFields: edit_fields.edit_fields,
    op.TakeSnapshot: edit_snapshots.take_snapshot,
    op.AddSnapshot: edit_snapshots.add_snapshot,
    op.DeleteSnapshot: edit_snapshots.delete_snapshot,
    op.RestoreSnapshot: edit_snapshots.restore_snapshot,
    op.ReplaceContent: edit_snapshots.replace_content,
    op.Batch: _apply_batch,
}

"""Carrying out an operation on a map's database, and getting back its exact inverse.

Everything runs inside the one transaction that `Document.apply` opens and commits,
through the mapped classes, whose validators check every value that is set. Each kind of
operation has one function, listed here; the functions live by topic in app.model.edit_*.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.model.edits import cards, emotions, field_values, snapshots, structure
from app.model.edits import operations as op
from app.model.edits.editor import Editor
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
    op.AddCard: cards.add_card,
    op.DeleteCard: cards.delete_card,
    op.MoveCard: cards.move_card,
    op.DuplicateCard: cards.duplicate_card,
    op.AddVotes: cards.add_votes,
    op.AddStage: structure.add_stage,
    op.DeleteStage: structure.delete_stage,
    op.MoveStage: structure.move_stage,
    op.AddLane: structure.add_lane,
    op.DeleteLane: structure.delete_lane,
    op.MoveLane: structure.move_lane,
    op.AddPersona: structure.add_persona,
    op.DeletePersona: structure.delete_persona,
    op.MovePersona: structure.move_persona,
    op.SetPrimaryPersona: structure.set_primary_persona,
    op.AddEmotion: emotions.add_emotion,
    op.DeleteEmotion: emotions.delete_emotion,
    op.MoveEmotion: emotions.move_emotion,
    op.LinkEmotion: emotions.link_emotion,
    op.EditFields: field_values.edit_fields,
    op.TakeSnapshot: snapshots.take_snapshot,
    op.AddSnapshot: snapshots.add_snapshot,
    op.DeleteSnapshot: snapshots.delete_snapshot,
    op.RestoreSnapshot: snapshots.restore_snapshot,
    op.ReplaceContent: snapshots.replace_content,
    op.Batch: _apply_batch,
}

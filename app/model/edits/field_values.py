"""Setting fields of any row: a card's title, a stage's width, a score, the map's scale."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.model.data import fields
from app.model.data.schema import CLASS_OF_TABLE, EmotionPoint, Map
from app.model.data.validation import check_scale
from app.model.data.vocabulary import score_text
from app.model.edits import operations as op
from app.model.edits.editor import Editor, noun
from app.model.edits.emotions import check_on_scale
from app.model.errors import InvalidValueError, OperationError
from app.model.messages import Message, one_or_many


def edit_fields(operation: op.EditFields, editor: Editor) -> op.Operation:
    cls = CLASS_OF_TABLE.get(operation.table)
    if cls is None:
        raise OperationError(
            Message("Errors", "A map has no table {table}.").format(table=repr(operation.table))
        )
    editable = fields.FIELDS_BY_TABLE[operation.table]
    row = editor.get(cls, operation.row_id)
    names = [name for name, _ in operation.values]
    if len(set(names)) != len(names):
        raise OperationError(Message("Errors", "An edit names the same field twice."))
    old: list[tuple[str, Any]] = []
    for name, value in operation.values:
        if name not in editable:
            raise OperationError(
                Message("Errors", "The {noun} has no field {field} that can be edited.").format(
                    noun=noun(cls), field=repr(name)
                )
            )
        old.append((name, getattr(row, name)))
        setattr(row, name, value)
    if isinstance(row, EmotionPoint):
        check_on_scale(editor, row.score)
    if isinstance(row, Map):
        _check_scale_holds_points(editor, row)
    return op.EditFields(operation.table, operation.row_id, tuple(old))


def _check_scale_holds_points(editor: Editor, the_map: Map) -> None:
    low, high = the_map.emotion_min, the_map.emotion_max
    check_scale(low, high)
    outside = editor.session.scalars(
        select(EmotionPoint.score).where((EmotionPoint.score < low) | (EmotionPoint.score > high))
    ).all()
    if outside:
        raise InvalidValueError(
            Message("Errors", "Emotion scale"),
            one_or_many(
                len(outside),
                Message(
                    "Errors",
                    "1 emotion point lies outside {low}…{high}; move it onto the new scale first",
                ),
                Message(
                    "Errors",
                    "{count} emotion points lie outside {low}…{high}; move them onto the new "
                    "scale first",
                ),
            ).format(low=score_text(low, low), high=score_text(high, low)),
        )

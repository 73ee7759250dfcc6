"""Adding, deleting, moving and duplicating cards."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app.model.data.records import columns
from app.model.data.schema import Card, EmotionPoint, Lane, Stage
from app.model.edits import operations as op
from app.model.edits.editor import Editor, record_of
from app.model.edits.ordering import OrderedList

CELLS = OrderedList(Card, "stage_id", "lane_id")
"""The cards of each cell, top to bottom."""


def add_card(operation: op.AddCard, editor: Editor) -> op.Operation:
    card = operation.card
    editor.require_new(Card, card.id)
    editor.require(Stage, card.stage_id)
    editor.require(Lane, card.lane_id)
    editor.insert(Card(**columns(card)), CELLS, card.position)
    return op.DeleteCard(card.id)


def delete_card(operation: op.DeleteCard, editor: Editor) -> op.Operation:
    """Delete a card; emotion points about it stay and are untied, until an undo."""
    row = editor.get(Card, operation.card_id)
    relink: list[op.Operation] = []
    for point in editor.session.scalars(select(EmotionPoint).where(EmotionPoint.card_id == row.id)):
        point.card_id = None
        relink.append(op.LinkEmotion(point.id, row.id))
    record = editor.remove(row, CELLS)
    return op.Batch((op.AddCard(record), *relink)) if relink else op.AddCard(record)


def move_card(operation: op.MoveCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    editor.require(Stage, operation.stage_id)
    editor.require(Lane, operation.lane_id)
    stage_id, lane_id = row.stage_id, row.lane_id
    old = editor.move(
        row, CELLS, operation.position, stage_id=operation.stage_id, lane_id=operation.lane_id
    )
    return op.MoveCard(row.id, stage_id, lane_id, old)


def duplicate_card(operation: op.DuplicateCard, editor: Editor) -> op.Operation:
    """Copy a card just below itself; the votes it earned stay with the original."""
    source = record_of(editor.get(Card, operation.card_id))
    copy = dataclasses.replace(source, id=operation.new_id, position=source.position + 1, votes=0)
    return add_card(op.AddCard(copy), editor)

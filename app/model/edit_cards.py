"""Adding, deleting, moving and duplicating cards."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app.model import operations as op
from app.model.editor import Editor, record_of
from app.model.ordering import OrderedList
from app.model.records import columns
from app.model.schema import Card, EmotionPoint, Lane, Stage


def cell(stage_id: str, lane_id: str) -> OrderedList:
    """The cards of one cell, top to bottom."""
    return OrderedList(Card, Card.stage_id == stage_id, Card.lane_id == lane_id)


def add_card(operation: op.AddCard, editor: Editor) -> op.Operation:
    card = operation.card
    editor.require_new(Card, card.id)
    editor.get(Stage, card.stage_id)
    editor.get(Lane, card.lane_id)
    editor.insert(Card(**columns(card)), cell(card.stage_id, card.lane_id), card.position)
    return op.DeleteCard(card.id)


def delete_card(operation: op.DeleteCard, editor: Editor) -> op.Operation:
    """Delete a card; emotion points about it stay and are untied, until an undo."""
    row = editor.get(Card, operation.card_id)
    relink: list[op.Operation] = []
    for point in editor.session.scalars(select(EmotionPoint).where(EmotionPoint.card_id == row.id)):
        point.card_id = None
        relink.append(op.LinkEmotion(point.id, row.id))
    record = editor.remove(row, cell(row.stage_id, row.lane_id))
    return op.Batch((op.AddCard(record), *relink)) if relink else op.AddCard(record)


def move_card(operation: op.MoveCard, editor: Editor) -> op.Operation:
    row = editor.get(Card, operation.card_id)
    editor.get(Stage, operation.stage_id)
    editor.get(Lane, operation.lane_id)
    stage_id, lane_id = row.stage_id, row.lane_id
    target = cell(operation.stage_id, operation.lane_id)
    old = editor.move(row, cell(stage_id, lane_id), target, operation.position)
    row.stage_id, row.lane_id = operation.stage_id, operation.lane_id
    return op.MoveCard(row.id, stage_id, lane_id, old)


def duplicate_card(operation: op.DuplicateCard, editor: Editor) -> op.Operation:
    """Copy a card just below itself; the votes it earned stay with the original."""
    source = record_of(editor.get(Card, operation.card_id))
    copy = dataclasses.replace(source, id=operation.new_id, position=source.position + 1, votes=0)
    return add_card(op.AddCard(copy), editor)

"""Adding, deleting, moving and duplicating cards."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select, update

from app.model.data.fields import FIELDS_BY_TABLE
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


def add_votes(operation: op.AddVotes, editor: Editor) -> op.Operation:
    """Add to the votes the card has now, its row locked meanwhile: a workspace's voters
    take turns, and none overwrites another's dot."""
    editor.session.flush()
    now = editor.session.scalar(
        select(Card.votes).where(Card.id == operation.card_id).with_for_update()
    )
    if now is None:
        editor.require(Card, operation.card_id)  # says it is gone
    votes = FIELDS_BY_TABLE["card"]["votes"].clean(int(now or 0) + operation.votes)
    editor.session.execute(
        update(Card).where(Card.id == operation.card_id).values(votes=votes),
        execution_options={"synchronize_session": "fetch"},
    )
    editor.updated.add(("card", operation.card_id))
    return op.AddVotes(operation.card_id, -operation.votes)

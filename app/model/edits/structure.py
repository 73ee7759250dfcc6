"""The map's structure: stages (columns), lanes (rows) and personas, each an ordered list.

Deleting a stage or a lane takes whole cells with it, and deleting a persona its whole
curve, so what they hold is deleted and brought back in bulk: no other row changes place.
The inverse carries every card and emotion point, with the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select

from app.model.data.records import CardRecord, EmotionRecord, columns
from app.model.data.schema import Card, EmotionPoint, Lane, Persona, Stage
from app.model.edits import operations as op
from app.model.edits.editor import Editor
from app.model.edits.emotions import check_on_scale
from app.model.edits.ordering import OrderedList
from app.model.errors import OperationError
from app.model.messages import Message

STAGES = OrderedList(Stage)
LANES = OrderedList(Lane)
PERSONAS = OrderedList(Persona)


def add_stage(operation: op.AddStage, editor: Editor) -> op.Operation:
    stage = operation.stage
    editor.require_new(Stage, stage.id)
    _belong(operation.cards, "stage_id", stage.id)
    _belong(operation.points, "stage_id", stage.id)
    editor.insert(Stage(**columns(stage)), STAGES, stage.position)
    editor.put_back(operation.cards)
    for point in operation.points:
        check_on_scale(editor, point.score)
    editor.put_back(operation.points)
    return op.DeleteStage(stage.id)


def delete_stage(operation: op.DeleteStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    relinks = _untie_points_from_cards(
        editor, Card.stage_id == row.id, EmotionPoint.stage_id != row.id
    )
    cards = editor.take_away(Card, Card.stage_id == row.id)
    points = editor.take_away(EmotionPoint, EmotionPoint.stage_id == row.id)
    restore = op.AddStage(editor.remove(row, STAGES), cards, points)
    return op.Batch((restore, *relinks)) if relinks else restore


def move_stage(operation: op.MoveStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    return op.MoveStage(row.id, editor.move(row, STAGES, operation.position))


def add_lane(operation: op.AddLane, editor: Editor) -> op.Operation:
    lane = operation.lane
    editor.require_new(Lane, lane.id)
    _belong(operation.cards, "lane_id", lane.id)
    editor.insert(Lane(**columns(lane)), LANES, lane.position)
    editor.put_back(operation.cards)
    return op.DeleteLane(lane.id)


def delete_lane(operation: op.DeleteLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    relinks = _untie_points_from_cards(editor, Card.lane_id == row.id, None)
    cards = editor.take_away(Card, Card.lane_id == row.id)
    restore = op.AddLane(editor.remove(row, LANES), cards)
    return op.Batch((restore, *relinks)) if relinks else restore


def move_lane(operation: op.MoveLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    return op.MoveLane(row.id, editor.move(row, LANES, operation.position))


def add_persona(operation: op.AddPersona, editor: Editor) -> op.Operation:
    persona = operation.persona
    editor.require_new(Persona, persona.id)
    _belong(operation.points, "persona_id", persona.id)
    editor.insert(Persona(**columns(persona)), PERSONAS, persona.position)
    for point in operation.points:
        check_on_scale(editor, point.score)
    editor.put_back(operation.points)
    the_map = editor.the_map()
    if the_map.primary_persona_id is None:
        the_map.primary_persona_id = persona.id
    return op.DeletePersona(persona.id)


def delete_persona(operation: op.DeletePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    points = editor.take_away(EmotionPoint, EmotionPoint.persona_id == row.id)
    the_map = editor.the_map()
    was_primary = the_map.primary_persona_id == row.id
    if was_primary:
        others = [persona for persona in editor.rows(Persona) if persona is not row]
        the_map.primary_persona_id = others[0].id if others else None
    restore = op.AddPersona(editor.remove(row, PERSONAS), points)
    return op.Batch((restore, op.SetPrimaryPersona(row.id))) if was_primary else restore


def move_persona(operation: op.MovePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    return op.MovePersona(row.id, editor.move(row, PERSONAS, operation.position))


def set_primary_persona(operation: op.SetPrimaryPersona, editor: Editor) -> op.Operation:
    the_map = editor.the_map()
    if operation.persona_id is None:
        if editor.rows(Persona):
            raise OperationError(Message("Errors", "A map with personas needs a primary persona."))
    else:
        editor.get(Persona, operation.persona_id)
    undo = op.SetPrimaryPersona(the_map.primary_persona_id)
    the_map.primary_persona_id = operation.persona_id
    return undo


def _untie_points_from_cards(
    editor: Editor, cards_going: ColumnElement[bool], points_staying: ColumnElement[bool] | None
) -> list[op.Operation]:
    """Untie the emotion points that stay in the map from cards about to go, and return
    the links to put back after the cards. Points that go too keep theirs in their records."""
    tied = select(EmotionPoint).where(EmotionPoint.card_id.in_(select(Card.id).where(cards_going)))
    if points_staying is not None:
        tied = tied.where(points_staying)
    relinks: list[op.Operation] = []
    for point in editor.session.scalars(tied):
        relinks.append(op.LinkEmotion(point.id, point.card_id))
        point.card_id = None
    return relinks


def _belong(records: Sequence[CardRecord | EmotionRecord], field: str, owner: str) -> None:
    if any(getattr(record, field) != owner for record in records):
        raise OperationError(
            Message("Errors", "Rows brought back with a stage, lane or persona must belong to it.")
        )

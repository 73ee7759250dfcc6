"""The map's structure: stages (columns), lanes (rows) and personas, each an ordered list.

Deleting a stage or lane deletes what sits in it, and the inverse brings every card and
emotion point back where it was, with the same ids.
"""

from __future__ import annotations

from app.model import operations as op
from app.model.edit_cards import delete_card
from app.model.edit_emotions import delete_emotion
from app.model.editor import Editor
from app.model.errors import OperationError
from app.model.ordering import OrderedList
from app.model.records import columns
from app.model.schema import Card, EmotionPoint, Lane, Persona, Stage

STAGES = OrderedList(Stage)
LANES = OrderedList(Lane)
PERSONAS = OrderedList(Persona)


def add_stage(operation: op.AddStage, editor: Editor) -> op.Operation:
    editor.require_new(Stage, operation.stage.id)
    editor.insert(Stage(**columns(operation.stage)), STAGES, operation.stage.position)
    return op.DeleteStage(operation.stage.id)


def delete_stage(operation: op.DeleteStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    cards = editor.rows(Card, Card.stage_id == row.id)
    undo = [delete_card(op.DeleteCard(card.id), editor) for card in cards]
    points = editor.rows(EmotionPoint, EmotionPoint.stage_id == row.id)
    undo += [delete_emotion(op.DeleteEmotion(point.id), editor) for point in points]
    undo.append(op.AddStage(editor.remove(row, STAGES)))
    return op.Batch(tuple(reversed(undo)))


def move_stage(operation: op.MoveStage, editor: Editor) -> op.Operation:
    row = editor.get(Stage, operation.stage_id)
    return op.MoveStage(row.id, editor.move(row, STAGES, STAGES, operation.position))


def add_lane(operation: op.AddLane, editor: Editor) -> op.Operation:
    editor.require_new(Lane, operation.lane.id)
    editor.insert(Lane(**columns(operation.lane)), LANES, operation.lane.position)
    return op.DeleteLane(operation.lane.id)


def delete_lane(operation: op.DeleteLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    cards = editor.rows(Card, Card.lane_id == row.id)
    undo = [delete_card(op.DeleteCard(card.id), editor) for card in cards]
    undo.append(op.AddLane(editor.remove(row, LANES)))
    return op.Batch(tuple(reversed(undo)))


def move_lane(operation: op.MoveLane, editor: Editor) -> op.Operation:
    row = editor.get(Lane, operation.lane_id)
    return op.MoveLane(row.id, editor.move(row, LANES, LANES, operation.position))


def add_persona(operation: op.AddPersona, editor: Editor) -> op.Operation:
    persona = operation.persona
    editor.require_new(Persona, persona.id)
    editor.insert(Persona(**columns(persona)), PERSONAS, persona.position)
    the_map = editor.the_map()
    if the_map.primary_persona_id is None:
        the_map.primary_persona_id = persona.id
    return op.DeletePersona(persona.id)


def delete_persona(operation: op.DeletePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    points = editor.rows(EmotionPoint, EmotionPoint.persona_id == row.id)
    undo = [delete_emotion(op.DeleteEmotion(point.id), editor) for point in points]
    the_map = editor.the_map()
    if the_map.primary_persona_id == row.id:
        undo.append(op.SetPrimaryPersona(row.id))
        others = [persona for persona in editor.rows(Persona) if persona is not row]
        the_map.primary_persona_id = others[0].id if others else None
    undo.append(op.AddPersona(editor.remove(row, PERSONAS)))
    return op.Batch(tuple(reversed(undo)))


def move_persona(operation: op.MovePersona, editor: Editor) -> op.Operation:
    row = editor.get(Persona, operation.persona_id)
    return op.MovePersona(row.id, editor.move(row, PERSONAS, PERSONAS, operation.position))


def set_primary_persona(operation: op.SetPrimaryPersona, editor: Editor) -> op.Operation:
    the_map = editor.the_map()
    if operation.persona_id is None:
        if editor.rows(Persona):
            raise OperationError("A map with personas needs a primary persona.")
    else:
        editor.get(Persona, operation.persona_id)
    undo = op.SetPrimaryPersona(the_map.primary_persona_id)
    the_map.primary_persona_id = operation.persona_id
    return undo

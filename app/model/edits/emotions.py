"""Emotion points: placing them on a persona's curve, moving them, tying them to cards.

A score is set with EditFields like any other field; the scale check lives here.
"""

from __future__ import annotations

from app.model.data.records import columns
from app.model.data.schema import Card, EmotionPoint, Persona, Stage
from app.model.data.validation import check_score
from app.model.edits import operations as op
from app.model.edits.editor import Editor
from app.model.edits.ordering import OrderedList

CURVES = OrderedList(EmotionPoint, "persona_id", "stage_id")
"""A persona's points in each stage, in the order the curve passes through them."""


def check_on_scale(editor: Editor, score: int) -> None:
    the_map = editor.the_map()
    check_score(score, the_map.emotion_min, the_map.emotion_max)


def add_emotion(operation: op.AddEmotion, editor: Editor) -> op.Operation:
    point = operation.point
    editor.require_new(EmotionPoint, point.id)
    editor.require(Persona, point.persona_id)
    editor.require(Stage, point.stage_id)
    if point.card_id is not None:
        editor.require(Card, point.card_id)
    row = EmotionPoint(**columns(point))
    check_on_scale(editor, row.score)
    editor.insert(row, CURVES, point.position)
    return op.DeleteEmotion(point.id)


def delete_emotion(operation: op.DeleteEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    return op.AddEmotion(editor.remove(row, CURVES))


def move_emotion(operation: op.MoveEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    editor.require(Stage, operation.stage_id)
    stage_id = row.stage_id
    old = editor.move(row, CURVES, operation.position, stage_id=operation.stage_id)
    return op.MoveEmotion(row.id, stage_id, old)


def link_emotion(operation: op.LinkEmotion, editor: Editor) -> op.Operation:
    row = editor.get(EmotionPoint, operation.point_id)
    if operation.card_id is not None:
        editor.require(Card, operation.card_id)
    undo = op.LinkEmotion(row.id, row.card_id)
    row.card_id = operation.card_id
    return undo

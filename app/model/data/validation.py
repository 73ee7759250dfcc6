"""Checks that a whole map holds together, for content that did not come from an edit.

A file from someone else, a snapshot kept in a file, or a JSON import can hold anything:
each value is checked against its field, ids must be unique and refer to rows that exist,
positions must run 0, 1, 2… in every list and cell, and scores must fit the map's scale.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Hashable, Iterable

from app.model.data import fields
from app.model.data.fields import SCALE_SCORES
from app.model.data.records import RECORD_OF_TABLE, MapContent, Record
from app.model.data.vocabulary import score_text
from app.model.errors import InvalidValueError
from app.model.messages import Message

_REFERENCES: dict[type[Record], tuple[str, ...]] = {
    kind: tuple(field.name for field in dataclasses.fields(kind) if field.name.endswith("_id"))
    for kind in RECORD_OF_TABLE.values()
}
"""The fields of each kind of record that hold the id of another row."""


def check_record(record: Record) -> None:
    """Raise InvalidValueError if a field of the record is not what its spec allows.

    Values are compared with their cleaned form, so text that an edit would have
    normalised (stray spaces around a name) is reported too: such a row was not written by
    Journeyboard.
    """
    kind = type(record)
    noun = Message("Nouns", fields.NOUNS[record.TABLE])
    fields.clean_id(record.id, Message("Errors", "The id of a {noun}").format(noun=noun))
    for name, spec in fields.FIELDS_BY_TABLE[record.TABLE].items():
        value = getattr(record, name)
        if spec.clean(value) != value:
            raise InvalidValueError(
                Message("Fields", spec.label),
                Message("Errors", "is not stored in its usual form: {value}").format(
                    value=repr(value)
                ),
            )
    for name in _REFERENCES[kind]:
        value = getattr(record, name)
        if value is not None:
            fields.clean_id(
                value, Message("Errors", "The {field} of a {noun}").format(field=name, noun=noun)
            )
    position = getattr(record, "position", 0)
    if isinstance(position, bool) or not isinstance(position, int) or position < 0:
        raise InvalidValueError(
            Message("Errors", "The position of a {noun}").format(noun=noun),
            Message("Errors", "is {value}").format(value=repr(position)),
        )


def check_content(content: MapContent) -> None:
    """Raise InvalidValueError naming the first thing that does not hold together."""
    for record in content.rows():
        check_record(record)
    ids = [record.id for record in content.rows()]
    if len(set(ids)) != len(ids):
        raise InvalidValueError(
            Message("Errors", "Ids"), Message("Errors", "two rows share the same id")
        )

    personas = {p.id for p in content.personas}
    stages = {s.id for s in content.stages}
    lanes = {lane.id for lane in content.lanes}
    cards = {c.id for c in content.cards}
    primary = content.map.primary_persona_id
    if primary is not None and primary not in personas:
        raise InvalidValueError(
            Message("Errors", "Primary persona"),
            Message("Errors", "is not one of the map's personas"),
        )
    if personas and primary is None:
        raise InvalidValueError(
            Message("Errors", "Primary persona"),
            Message("Errors", "is not set although the map has personas"),
        )
    for card in content.cards:
        if card.stage_id not in stages or card.lane_id not in lanes:
            raise InvalidValueError(
                Message("Errors", "Card “{title}”").format(title=card.title),
                Message("Errors", "sits in a stage or lane that is gone"),
            )
    low, high = content.map.emotion_min, content.map.emotion_max
    check_scale(low, high)
    for point in content.emotions:
        if point.persona_id not in personas or point.stage_id not in stages:
            raise InvalidValueError(
                Message("Errors", "An emotion point"),
                Message("Errors", "belongs to a persona or stage that is gone"),
            )
        if point.card_id is not None and point.card_id not in cards:
            raise InvalidValueError(
                Message("Errors", "An emotion point"),
                Message("Errors", "refers to a card that is gone"),
            )
        check_score(point.score, low, high)

    check_dense(Message("Errors", "Personas"), [((), p.position) for p in content.personas])
    check_dense(Message("Errors", "Stages"), [((), s.position) for s in content.stages])
    check_dense(Message("Errors", "Lanes"), [((), lane.position) for lane in content.lanes])
    check_dense(
        Message("Errors", "Cards"), [((c.stage_id, c.lane_id), c.position) for c in content.cards]
    )
    check_dense(
        Message("Errors", "Emotion points"),
        [((e.persona_id, e.stage_id), e.position) for e in content.emotions],
    )


def check_scale(low: int, high: int) -> None:
    """An emotion scale holds at least three scores, its lowest below its highest."""
    if high - low + 1 < SCALE_SCORES:
        raise InvalidValueError(
            Message("Errors", "Emotion scale"),
            Message(
                "Errors", "needs at least {count} scores, from lowest to highest, not {low}…{high}"
            ).format(count=SCALE_SCORES, low=score_text(low, low), high=score_text(high, low)),
        )


def check_score(score: int, low: int, high: int) -> None:
    if not low <= score <= high:
        raise InvalidValueError(
            Message("Fields", "Emotion score"),
            Message(
                "Errors", "must be on the map's scale, from {low} to {high}, not {score}"
            ).format(
                low=score_text(low, low),
                high=score_text(high, low),
                score=score_text(score, low),
            ),
        )


def check_dense(what: Message, placed: Iterable[tuple[Hashable, int]]) -> None:
    """Positions within each group must be exactly 0 … n-1."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for group, position in placed:
        groups[group].append(position)
    for positions in groups.values():
        if sorted(positions) != list(range(len(positions))):
            raise InvalidValueError(
                what, Message("Errors", "are out of order (their positions have gaps or repeats)")
            )

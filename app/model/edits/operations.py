"""Every change a person can make to a map, as a small frozen value.

An operation holds ids and values only, never database objects, so it can sit on an undo
stack for as long as the window is open. `app.model.edits.editing.apply_operation` carries one
out and returns its inverse, another operation that puts the map back exactly as it was:
rows, positions and ids.

Ids of new rows are chosen when the operation is made, not when it is applied, so that a
redo recreates the very rows that later operations on the stack refer to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    PersonaRecord,
    SnapshotRecord,
    StageRecord,
)

# --- cards -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddCard:
    """Insert a card at `card.position` in its cell; the cards from there move down."""

    card: CardRecord


@dataclass(frozen=True, slots=True)
class DeleteCard:
    card_id: str


@dataclass(frozen=True, slots=True)
class MoveCard:
    """Move a card to `position` in a cell (counted after taking it out of its own cell)."""

    card_id: str
    stage_id: str
    lane_id: str
    position: int


@dataclass(frozen=True, slots=True)
class DuplicateCard:
    """Copy a card, votes and emotion links excepted, to just below itself."""

    card_id: str
    new_id: str


@dataclass(frozen=True, slots=True)
class AddVotes:
    """Dots added to a card's votes (taken away, if `votes` is negative) where they stand
    when it is applied, so that dots given at once on several machines add up."""

    card_id: str
    votes: int


# --- stages, lanes and personas: ordered lists ------------------------------------------


@dataclass(frozen=True, slots=True)
class AddStage:
    """Insert a stage; an undone delete brings its cards and emotion points with it."""

    stage: StageRecord
    cards: tuple[CardRecord, ...] = ()
    points: tuple[EmotionRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class DeleteStage:
    """Delete a stage with its cards and emotion points; the inverse brings them all back."""

    stage_id: str


@dataclass(frozen=True, slots=True)
class MoveStage:
    stage_id: str
    position: int


@dataclass(frozen=True, slots=True)
class AddLane:
    """Insert a lane; an undone delete brings its cards with it."""

    lane: LaneRecord
    cards: tuple[CardRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class DeleteLane:
    """Delete a lane with its cards; the inverse brings them all back."""

    lane_id: str


@dataclass(frozen=True, slots=True)
class MoveLane:
    lane_id: str
    position: int


@dataclass(frozen=True, slots=True)
class AddPersona:
    """Insert a persona; the first persona of a map becomes its primary one. An undone
    delete brings the persona's emotion curve with it."""

    persona: PersonaRecord
    points: tuple[EmotionRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class DeletePersona:
    """Delete a persona and its emotion curve; if it was primary, the next one becomes so."""

    persona_id: str


@dataclass(frozen=True, slots=True)
class MovePersona:
    persona_id: str
    position: int


@dataclass(frozen=True, slots=True)
class SetPrimaryPersona:
    persona_id: str | None


# --- emotion points ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddEmotion:
    point: EmotionRecord


@dataclass(frozen=True, slots=True)
class DeleteEmotion:
    point_id: str


@dataclass(frozen=True, slots=True)
class MoveEmotion:
    """Move a point to another stage or place in its stage; its score is an EditFields."""

    point_id: str
    stage_id: str
    position: int


@dataclass(frozen=True, slots=True)
class LinkEmotion:
    """Tie an emotion point to the card it is about, or untie it (None)."""

    point_id: str
    card_id: str | None


# --- fields of any row ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditFields:
    """Set fields of one row: rename or resize a stage, re-score a point, retitle the map…

    `values` holds (field, value) pairs; the fields are those of `app.model.data.fields` for
    the table. Ids, positions and links have operations of their own.
    """

    table: str
    row_id: str
    values: tuple[tuple[str, Any], ...]


def edit(table: str, row_id: str, **values: Any) -> EditFields:
    """EditFields written as keywords: `edit("stage", stage_id, name="Visit")`."""
    return EditFields(table, row_id, tuple(values.items()))


# --- snapshots ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TakeSnapshot:
    """Keep a named copy of the map's content as it is now; `taken_at` is UTC."""

    snapshot_id: str
    name: str
    taken_at: str


@dataclass(frozen=True, slots=True)
class AddSnapshot:
    """Put back a snapshot row as it was (the inverse of deleting it)."""

    snapshot: SnapshotRecord


@dataclass(frozen=True, slots=True)
class DeleteSnapshot:
    snapshot_id: str


@dataclass(frozen=True, slots=True)
class RestoreSnapshot:
    """Replace the map's content with a snapshot's; the snapshots themselves stay."""

    snapshot_id: str


@dataclass(frozen=True, slots=True)
class ReplaceContent:
    """Replace the map's whole content, ids included (the inverse of a restore)."""

    content: MapContent


# --- several at once ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Batch:
    """Several operations applied in order as one step (one undo, one transaction)."""

    operations: tuple[Operation, ...]


Operation = (
    AddCard
    | DeleteCard
    | MoveCard
    | DuplicateCard
    | AddVotes
    | AddStage
    | DeleteStage
    | MoveStage
    | AddLane
    | DeleteLane
    | MoveLane
    | AddPersona
    | DeletePersona
    | MovePersona
    | SetPrimaryPersona
    | AddEmotion
    | DeleteEmotion
    | MoveEmotion
    | LinkEmotion
    | EditFields
    | TakeSnapshot
    | AddSnapshot
    | DeleteSnapshot
    | RestoreSnapshot
    | ReplaceContent
    | Batch
)


STRUCTURE_TABLES = frozenset({"stage", "lane"})


def changes_structure(operation: Operation) -> bool:
    """Whether `operation` adds, moves, renames, resizes or deletes a stage or a lane,
    or replaces the whole map: what a workshop locks while the room adds cards."""
    match operation:
        case Batch(operations):
            return any(changes_structure(step) for step in operations)
        case EditFields(table=table):
            return table in STRUCTURE_TABLES
        case (
            AddStage()
            | DeleteStage()
            | MoveStage()
            | AddLane()
            | DeleteLane()
            | MoveLane()
            | RestoreSnapshot()
            | ReplaceContent()
        ):
            return True
    return False

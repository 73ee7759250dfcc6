"""Frozen values of a map's rows: what the layout, the exporters and undo work from.

A record holds exactly the columns of its table, ids and positions included, so an
operation can put a deleted row back as it was, and readers never touch the database.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class MapRecord:
    TABLE: ClassVar[str] = "map"

    id: str
    title: str
    objective: str = ""
    scenario: str = ""
    owner: str = ""
    created: str | None = None
    reviewed: str | None = None
    emotion_min: int = -3
    emotion_max: int = 3
    primary_persona_id: str | None = None


@dataclass(frozen=True, slots=True)
class PersonaRecord:
    TABLE: ClassVar[str] = "persona"

    id: str
    position: int
    name: str
    role: str = ""
    quote: str = ""
    goals: str = ""
    frustrations: str = ""
    demographics: str = ""
    behaviours: str = ""
    motivations: str = ""
    photo: bytes | None = None


@dataclass(frozen=True, slots=True)
class StageRecord:
    TABLE: ClassVar[str] = "stage"

    id: str
    position: int
    name: str
    description: str = ""
    goal: str = ""
    width: int = 240


@dataclass(frozen=True, slots=True)
class LaneRecord:
    TABLE: ClassVar[str] = "lane"

    id: str
    position: int
    kind: str
    title: str
    height: int = 120


@dataclass(frozen=True, slots=True)
class CardRecord:
    TABLE: ClassVar[str] = "card"

    id: str
    stage_id: str
    lane_id: str
    position: int
    title: str
    notes: str = ""
    channel: str = ""
    owner: str = ""
    evidence: str = ""
    priority: int = 0
    votes: int = 0
    moment: bool = False
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class EmotionRecord:
    TABLE: ClassVar[str] = "emotion_point"

    id: str
    persona_id: str
    stage_id: str
    position: int
    score: int
    label: str = ""
    card_id: str | None = None


@dataclass(frozen=True, slots=True)
class SnapshotRecord:
    TABLE: ClassVar[str] = "snapshot"

    id: str
    name: str
    taken_at: str
    content: bytes


Record = (
    MapRecord
    | PersonaRecord
    | StageRecord
    | LaneRecord
    | CardRecord
    | EmotionRecord
    | SnapshotRecord
)
RECORD_OF_TABLE: dict[str, type[Record]] = {
    kind.TABLE: kind
    for kind in (
        MapRecord,
        PersonaRecord,
        StageRecord,
        LaneRecord,
        CardRecord,
        EmotionRecord,
        SnapshotRecord,
    )
}


def columns(record: Record) -> dict[str, Any]:
    """The record as a column → value dict, for an INSERT or a mapped class."""
    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}


@dataclass(frozen=True, slots=True)
class MapContent:
    """Everything a map shows, in display order; snapshots are kept apart from it.

    Stages, lanes and personas are ordered by position; cards by stage, lane and position
    in the cell; emotion points by persona, stage and position.
    """

    map: MapRecord
    personas: tuple[PersonaRecord, ...] = ()
    stages: tuple[StageRecord, ...] = ()
    lanes: tuple[LaneRecord, ...] = ()
    cards: tuple[CardRecord, ...] = ()
    emotions: tuple[EmotionRecord, ...] = ()

    def rows(self) -> Iterator[Record]:
        """Every record, parents before the rows that refer to them."""
        yield from self.personas
        yield from self.stages
        yield from self.lanes
        yield from self.cards
        yield from self.emotions
        yield self.map

    def curve(self, persona_id: str) -> list[EmotionRecord]:
        """The persona's emotion points in stage order, then by position in the stage."""
        return [e for e in self.emotions if e.persona_id == persona_id]


def patched(content: MapContent, changed: Iterable[Record], removed: Iterable[str]) -> MapContent:
    """`content` with some rows replaced or added and others removed, in display order.

    This keeps an open map up to date after an edit without reading every row again.
    """
    gone = set(removed)
    new: dict[str, dict[str, Record]] = {table: {} for table in RECORD_OF_TABLE}
    for record in changed:
        new[record.TABLE][record.id] = record
    the_map = new["map"].get(content.map.id, content.map)
    assert isinstance(the_map, MapRecord)

    def rows(table: str, old: tuple[Any, ...]) -> list[Any]:
        kept = {r.id: r for r in old if r.id not in gone}
        kept.update(new[table])
        return list(kept.values())

    personas = sorted(rows("persona", content.personas), key=lambda p: p.position)
    stages = sorted(rows("stage", content.stages), key=lambda s: s.position)
    lanes = sorted(rows("lane", content.lanes), key=lambda lane: lane.position)
    persona_at = {p.id: p.position for p in personas}
    stage_at = {s.id: s.position for s in stages}
    lane_at = {lane.id: lane.position for lane in lanes}
    cards = sorted(
        rows("card", content.cards),
        key=lambda c: (stage_at[c.stage_id], lane_at[c.lane_id], c.position),
    )
    emotions = sorted(
        rows("emotion_point", content.emotions),
        key=lambda e: (persona_at[e.persona_id], stage_at[e.stage_id], e.position),
    )
    return MapContent(
        the_map, tuple(personas), tuple(stages), tuple(lanes), tuple(cards), tuple(emotions)
    )

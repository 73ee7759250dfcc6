"""Frozen values of a map's rows: what the layout, the exporters and undo work from.

A record holds exactly the columns of its table, ids and positions included, so an
operation can put a deleted row back as it was, and readers never touch the database.
"""

from __future__ import annotations

import bisect
import dataclasses
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, TypeVar


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
    image: bytes | None = None
    """A picture (PNG, JPEG or GIF) shown on the card, kept inside the file."""


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


class _Row(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_Row)


def patched(content: MapContent, changed: Iterable[Record], removed: Iterable[str]) -> MapContent:
    """`content` with some rows replaced or added and others removed, in display order.

    This keeps an open map up to date after an edit without reading every row again. An
    edit touches a few rows: the others keep their order, and the changed ones are put in
    their places by binary search, so that an edit costs little on a map of 5,000 cards.
    Only when stages, lanes or personas change places are cards and points sorted anew.
    """
    gone = set(removed)
    new: dict[str, dict[str, Any]] = {table: {} for table in RECORD_OF_TABLE}
    for record in changed:
        new[record.TABLE][record.id] = record
    the_map = new["map"].get(content.map.id, content.map)
    assert isinstance(the_map, MapRecord)

    def by_position(record: Any) -> int:
        return int(record.position)

    personas = _merged(content.personas, new["persona"], gone, by_position)
    stages = _merged(content.stages, new["stage"], gone, by_position)
    lanes = _merged(content.lanes, new["lane"], gone, by_position)
    persona_at = {p.id: p.position for p in personas}
    stage_at = {s.id: s.position for s in stages}
    lane_at = {lane.id: lane.position for lane in lanes}

    def card_place(card: CardRecord) -> tuple[int, int, int]:
        return stage_at[card.stage_id], lane_at[card.lane_id], card.position

    def point_place(point: EmotionRecord) -> tuple[int, int, int]:
        return persona_at[point.persona_id], stage_at[point.stage_id], point.position

    moved = (personas, stages, lanes) != (content.personas, content.stages, content.lanes) and (
        _places(personas) != _places(content.personas)
        or _places(stages) != _places(content.stages)
        or _places(lanes) != _places(content.lanes)
    )
    cards = _merged(content.cards, new["card"], gone, card_place, resort=moved)
    emotions = _merged(content.emotions, new["emotion_point"], gone, point_place, resort=moved)
    return MapContent(the_map, personas, stages, lanes, cards, emotions)


def _places(records: tuple[Any, ...]) -> list[tuple[str, int]]:
    return [(record.id, record.position) for record in records]


def _merged(
    old: tuple[R, ...],
    changed: dict[str, R],
    gone: set[str],
    place: Callable[[R], Any],
    *,
    resort: bool = False,
) -> tuple[R, ...]:
    """`old` (in the order of `place`) with `changed` rows put in and `gone` ones taken out."""
    if resort:
        kept = {row.id: row for row in old if row.id not in gone}
        kept.update(changed)
        return tuple(sorted(kept.values(), key=place))
    if not changed and not gone:
        return old
    rows = [row for row in old if row.id not in gone and row.id not in changed]
    for row in sorted(changed.values(), key=place):
        rows.insert(bisect.bisect_right(rows, place(row), key=place), row)
    return tuple(rows)

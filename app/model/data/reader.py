"""Reading a whole map out of its database in one pass, with SQLAlchemy Core.

Opening, exporting and snapshotting read every row; Core selects are several times faster
than loading mapped objects for that (DESIGN.md, Platform notes), and they give records
straight away.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import cast

from sqlalchemy import Connection, Table, select

from app.model.data.records import (
    RECORD_OF_TABLE,
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    Record,
    SnapshotRecord,
    StageRecord,
)
from app.model.data.schema import (
    CLASS_OF_TABLE,
    Card,
    EmotionPoint,
    Lane,
    Map,
    Persona,
    Snapshot,
    Stage,
)
from app.model.errors import InvalidValueError
from app.model.messages import Message

_map = Map.__table__
_persona = Persona.__table__
_stage = Stage.__table__
_lane = Lane.__table__
_card = Card.__table__
_emotion = EmotionPoint.__table__
_snapshot = Snapshot.__table__


def read_content(connection: Connection) -> MapContent:
    """Every row of the map in display order. Raises InvalidValueError if there is no map."""
    maps = connection.execute(select(_map)).mappings().all()
    if len(maps) != 1:
        raise InvalidValueError(
            Message("Errors", "Map"),
            Message("Errors", "the file holds {count} maps instead of one").format(count=len(maps)),
        )
    personas = connection.execute(select(_persona).order_by(_persona.c.position)).mappings()
    stages = connection.execute(select(_stage).order_by(_stage.c.position)).mappings()
    lanes = connection.execute(select(_lane).order_by(_lane.c.position)).mappings()
    cards = connection.execute(
        select(_card)
        .join(_stage, _stage.c.id == _card.c.stage_id)
        .join(_lane, _lane.c.id == _card.c.lane_id)
        .order_by(_stage.c.position, _lane.c.position, _card.c.position)
    ).mappings()
    emotions = connection.execute(
        select(_emotion)
        .join(_persona, _persona.c.id == _emotion.c.persona_id)
        .join(_stage, _stage.c.id == _emotion.c.stage_id)
        .order_by(_persona.c.position, _stage.c.position, _emotion.c.position)
    ).mappings()
    return MapContent(
        map=MapRecord(**maps[0]),
        personas=tuple(PersonaRecord(**row) for row in personas),
        stages=tuple(StageRecord(**row) for row in stages),
        lanes=tuple(LaneRecord(**row) for row in lanes),
        cards=tuple(CardRecord(**row) for row in cards),
        emotions=tuple(EmotionRecord(**row) for row in emotions),
    )


def read_snapshots(connection: Connection) -> tuple[SnapshotRecord, ...]:
    """The snapshots kept in the file, oldest first."""
    rows = connection.execute(select(_snapshot).order_by(_snapshot.c.taken_at, _snapshot.c.name))
    return tuple(SnapshotRecord(**row) for row in rows.mappings())


def read_snapshot_entries(connection: Connection) -> tuple[SnapshotRecord, ...]:
    """The snapshots without their contents (left empty), to list or check them quickly."""
    columns = (_snapshot.c.id, _snapshot.c.name, _snapshot.c.taken_at)
    rows = connection.execute(select(*columns).order_by(_snapshot.c.taken_at, _snapshot.c.name))
    return tuple(SnapshotRecord(*row, content=b"") for row in rows)


def read_records(connection: Connection, table: str, ids: Collection[str]) -> list[Record]:
    """The rows of `table` with the given ids, as records (rows no longer there are left out)."""
    sql_table = cast(Table, CLASS_OF_TABLE[table].__table__)
    kind = RECORD_OF_TABLE[table]
    found: list[Record] = []
    id_list = list(ids)
    for start in range(0, len(id_list), 500):  # SQLite limits the parameters of a statement
        chunk = id_list[start : start + 500]
        rows = connection.execute(select(sql_table).where(sql_table.c.id.in_(chunk))).mappings()
        found.extend(kind(**row) for row in rows)
    return found

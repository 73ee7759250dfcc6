"""Writing many rows at once with SQLAlchemy Core: a new file, a restored snapshot, a stage
brought back by an undo. Bulk statements skip the mapped objects, which are for editing
one row at a time (DESIGN.md, Platform notes: the ORM is 5–25× slower for bulk work).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from app.model.data.records import MapContent, Record, columns
from app.model.data.schema import CLASS_OF_TABLE, Card, EmotionPoint, Lane, Map, Persona, Stage

CONTENT_TABLES = (EmotionPoint, Card, Lane, Stage, Persona, Map)
"""The tables of a map's content (not its snapshots), rows that refer to others first."""


def insert_rows(connection: Connection, records: Iterable[Record]) -> None:
    """Insert the records as they are, ids and positions included, table by table."""
    rows_of: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        rows_of.setdefault(record.TABLE, []).append(columns(record))
    for table, rows in rows_of.items():
        connection.execute(insert(CLASS_OF_TABLE[table]), rows)


def replace_content(connection: Connection, content: MapContent) -> None:
    """Delete the map's whole content and write `content` in its place.

    The map's own row is updated rather than replaced when it is the same map: in a team
    workspace, removing it would take the map's snapshots with it.
    """
    for cls in CONTENT_TABLES[:-1]:
        connection.execute(delete(cls))
    if connection.execute(select(Map.id)).scalars().all() == [content.map.id]:
        connection.execute(update(Map).values(columns(content.map)))
        insert_rows(connection, (record for record in content.rows() if record.TABLE != "map"))
    else:
        connection.execute(delete(Map))
        insert_rows(connection, content.rows())

"""Writing many rows at once with SQLAlchemy Core: a new file, a restored snapshot, a stage
brought back by an undo. Bulk statements skip the mapped objects, which are for editing
one row at a time (DESIGN.md, Platform notes: the ORM is 5–25× slower for bulk work).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, insert

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
    """Delete the map's whole content and write `content` in its place."""
    for cls in CONTENT_TABLES:
        connection.execute(delete(cls))
    insert_rows(connection, content.rows())

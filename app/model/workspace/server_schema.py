"""The workspace's tables on PostgreSQL, made from the file's own mapped classes.

A workspace holds many maps, so each table of the file gains the map it belongs to: its
rows are keyed by (map, id) and refer to each other within their map, and removing a map
removes its rows. The columns, their types and their CHECK constraints are the file's,
copied from `app.model.data.schema`, so that both hold exactly what an edit could make.

Every row also carries its version, and when and by whom it was last changed, kept by the
server's triggers (migrations/versions): a change made on a row someone else changed
meanwhile is refused by comparing versions. The map's row says when, and by whom, anything
in the map last changed.

This is the newest schema; the migrations that make it are frozen SQL, and a test holds
the two to each other.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    func,
    text,
)

from app.model.data.schema import MAPPED_CLASSES

SERVER: Final = MetaData(schema="journeyboard")
"""Every table of a workspace, in its own PostgreSQL schema."""
MAP_ID: Final = "map_id"
OPEN_MAP = "journeyboard_map"
"""The schema of views that show one map's rows as the file's tables hold them: the map
whose id the connection's `journeyboard.map_id` setting names."""
OPEN_MAP_SETTING: Final = "journeyboard.map_id"


def _qualified(table: str, column: str) -> str:
    return f"{SERVER.schema}.{table}.{column}"


def _bookkeeping() -> list[Column[object]]:
    """The version of a row, and when and by whom it was last changed."""
    return [
        Column(
            "version",
            BigInteger,
            nullable=False,
            server_default=text(f"nextval('{SERVER.schema}.row_version')"),
        ),
        Column("changed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("changed_by", Text, nullable=False, server_default=text("session_user")),
    ]


def _server_table(file_table: Table) -> Table:
    """`file_table` as the workspace keeps it: with its map, keyed and referring within it."""
    columns = [column._copy() for column in file_table.columns]
    for column in columns:
        column.foreign_keys.clear()
        column.primary_key = False
        column.index = None  # the file's indexes are made below, with the map first
    indexes = [
        Index(index.name, MAP_ID, *(column.name for column in index.columns))
        for index in file_table.indexes
    ]
    checks = [
        constraint._copy()
        for constraint in file_table.constraints
        if isinstance(constraint, CheckConstraint) and not constraint.columns
    ]
    references = [
        ForeignKeyConstraint(
            [MAP_ID, column.name],
            [_qualified(key.column.table.name, MAP_ID), _qualified(key.column.table.name, "id")],
            deferrable=True,
            initially="DEFERRED",
        )
        for column in file_table.columns
        for key in column.foreign_keys
    ]
    if file_table.name == "map":
        return Table(
            "map",
            SERVER,
            *columns,
            *_bookkeeping(),
            PrimaryKeyConstraint("id"),
            ForeignKeyConstraint(  # its primary persona, one of its own
                ["id", "primary_persona_id"],
                [_qualified("persona", MAP_ID), _qualified("persona", "id")],
                name="map_primary_persona_fkey",
                deferrable=True,
                initially="DEFERRED",
                use_alter=True,
            ),
            *checks,
        )
    return Table(
        file_table.name,
        SERVER,
        Column(
            MAP_ID,
            Text,
            ForeignKey(f"{SERVER.schema}.map.id", ondelete="CASCADE"),
            nullable=False,
            server_default=text(f"current_setting('{OPEN_MAP_SETTING}')"),
        ),
        *columns,
        *_bookkeeping(),
        PrimaryKeyConstraint(MAP_ID, "id"),
        *checks,
        *references,
        *indexes,
    )


SERVER_TABLES: Final[dict[str, Table]] = {
    table.name: _server_table(table)
    for table in (cls.__table__ for cls in MAPPED_CLASSES)
    if isinstance(table, Table)
}
"""The workspace's tables by the names of the file's."""

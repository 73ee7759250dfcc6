"""The workspace's tables on PostgreSQL, made from the file's own mapped classes.

A workspace holds many maps, so each table of the file gains the map it belongs to: its
rows are keyed by (map, id) and refer to each other within their map, and removing a map
removes its rows. The columns, their types and their CHECK constraints are the file's,
copied from `app.model.data.schema`, so that both hold exactly what an edit could make.
The map's row also says when, and by whom, the map was last changed.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
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


def _qualified(table: str, column: str) -> str:
    return f"{SERVER.schema}.{table}.{column}"


def _server_table(file_table: Table) -> Table:
    """`file_table` as the workspace keeps it: with its map, keyed and referring within it."""
    columns = [column._copy() for column in file_table.columns]
    for column in columns:
        column.foreign_keys.clear()
        column.primary_key = False
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
            Column(
                "changed_at", DateTime(timezone=True), nullable=False, server_default=func.now()
            ),
            Column("changed_by", Text, nullable=False, server_default=text("current_user")),
            PrimaryKeyConstraint("id"),
            ForeignKeyConstraint(  # its primary persona, one of its own
                ["id", "primary_persona_id"],
                [_qualified("persona", MAP_ID), _qualified("persona", "id")],
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
        ),
        *columns,
        PrimaryKeyConstraint(MAP_ID, "id"),
        *checks,
        *references,
    )


SERVER_TABLES: Final[dict[str, Table]] = {
    table.name: _server_table(table)
    for table in (cls.__table__ for cls in MAPPED_CLASSES)
    if isinstance(table, Table)
}
"""The workspace's tables by the names of the file's."""

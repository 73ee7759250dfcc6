"""Bringing files written by older versions of Journeyboard up to today's schema.

Each step is frozen SQL that takes a file from one `user_version` to the next; a step is
never edited once released, because files out there were written by it.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from app.model.ddl import SCHEMAS, statements

_V1_TO_V2: Final = """
ALTER TABLE persona ADD COLUMN photo BLOB CONSTRAINT photo_valid
    CHECK (photo IS NULL OR length(photo) <= 5000000);
CREATE TABLE snapshot (
    id TEXT NOT NULL,
    name TEXT NOT NULL CONSTRAINT name_valid CHECK (length(name) <= 200
        AND length(trim(name)) > 0),
    taken_at TEXT NOT NULL CONSTRAINT taken_at_valid CHECK (length(taken_at) = 20),
    content BLOB NOT NULL,
    PRIMARY KEY (id)
) STRICT;
"""

STEPS: Final[dict[int, str]] = {1: _V1_TO_V2}
"""SQL that takes a file from the version of the key to the next one."""


def create_schema_of(connection: sqlite3.Connection, version: int) -> None:
    """Create the tables that `version` created for a new file (no header pragmas)."""
    for statement in statements(SCHEMAS[version]):
        connection.execute(statement)


def migrate(connection: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run every step from `from_version` up to `to_version` in one transaction.

    The connection must be in autocommit mode (isolation_level None): the steps and the
    new user_version are committed together or not at all.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, to_version):
            for statement in statements(STEPS[version]):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {int(to_version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise

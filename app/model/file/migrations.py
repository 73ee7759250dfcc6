"""Bringing files written by older versions of Journeyboard up to today's schema.

Each step is frozen SQL that takes a file from one `user_version` to the next; a step is
never edited once released, because files out there were written by it.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from app.model.file.ddl import MAP_TABLE_V5, SCHEMAS, statements

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

_V2_TO_V3: Final = """
CREATE TABLE lane_v3 (
    id TEXT NOT NULL,
    position INTEGER NOT NULL CONSTRAINT position_valid CHECK (position >= 0),
    kind TEXT NOT NULL CONSTRAINT kind_valid CHECK (kind IN ('touchpoints', 'actions',
        'goals', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'channels',
        'backstage', 'metrics', 'notes', 'inbox', 'custom')),
    title TEXT NOT NULL CONSTRAINT title_valid CHECK (length(title) <= 120
        AND length(trim(title)) > 0),
    height INTEGER NOT NULL CONSTRAINT height_valid CHECK (height BETWEEN 40 AND 2000),
    PRIMARY KEY (id)
) STRICT;
INSERT INTO lane_v3 (id, position, kind, title, height)
    SELECT id, position, kind, title, height FROM lane;
DROP TABLE lane;
ALTER TABLE lane_v3 RENAME TO lane;
"""
"""SQLite cannot change a CHECK constraint in place: the lane table is made again with
'inbox' among its kinds (SQLite's documented way, with foreign keys off meanwhile)."""

_V3_TO_V4: Final = """
ALTER TABLE card ADD COLUMN image BLOB CONSTRAINT image_valid
    CHECK (image IS NULL OR length(image) <= 5000000);
"""

_V4_TO_V5: Final = (
    "ALTER TABLE map RENAME TO map_v4;\n"
    + MAP_TABLE_V5
    + """
INSERT INTO map (id, title, objective, scenario, owner, created, reviewed, emotion_min,
        emotion_max, primary_persona_id)
    SELECT id, title, objective, scenario, owner, created, reviewed, emotion_min,
        emotion_max, primary_persona_id FROM map_v4;
DROP TABLE map_v4;
"""
)
"""The map table made again with the wider emotion scale (SQLite's documented way to
change a CHECK constraint); every version 4 scale is a version 5 one."""

STEPS: Final[dict[int, str]] = {1: _V1_TO_V2, 2: _V2_TO_V3, 3: _V3_TO_V4, 4: _V4_TO_V5}
"""SQL that takes a file from the version of the key to the next one."""


def create_schema_of(connection: sqlite3.Connection, version: int) -> None:
    """Create the tables that `version` created for a new file (no header pragmas)."""
    for statement in statements(SCHEMAS[version]):
        connection.execute(statement)


def migrate(connection: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run every step from `from_version` up to `to_version` in one transaction.

    The connection must be in autocommit mode (isolation_level None): the steps and the
    new user_version are committed together or not at all. Foreign keys are off while
    they run, since a step may make a table again that others refer to; every reference
    is checked before the commit.
    """
    (enforced,) = connection.execute("PRAGMA foreign_keys").fetchone()
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, to_version):
            for statement in statements(STEPS[version]):
                connection.execute(statement)
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise sqlite3.IntegrityError("some rows would refer to rows that are missing")
        connection.execute(f"PRAGMA user_version = {int(to_version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")

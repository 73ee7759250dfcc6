"""Bringing a workspace's server schema to the newest revision, with Alembic.

The revisions (migrations/versions) are frozen SQL; Alembic runs those a workspace has
not had yet, in one transaction, and notes the newest in journeyboard.alembic_version.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

_INIT_LOCK = 0x4A42_5753  # "JBWS": two inits at once take turns


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "app.model.workspace:migrations")
    config.attributes["connection"] = connection
    return config


def migrate_to_newest(connection: Connection) -> None:
    """Run the revisions the workspace has not had, inside the connection's transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
    command.upgrade(_config(connection), "head")


def newest_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()

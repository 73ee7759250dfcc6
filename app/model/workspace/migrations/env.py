"""Alembic's entry point for the workspace's server schema (app.model.workspace.migrating).

It runs on the connection it is handed, inside that connection's transaction, so that a
workspace is migrated whole or not at all.
"""

from alembic import context
from sqlalchemy import Connection, text

from app.model.workspace.server_schema import SERVER

connection: Connection = context.config.attributes["connection"]
connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SERVER.schema}"))
context.configure(
    connection=connection,
    target_metadata=SERVER,
    version_table_schema=SERVER.schema,
    include_schemas=True,
    transactional_ddl=True,
)
context.run_migrations()

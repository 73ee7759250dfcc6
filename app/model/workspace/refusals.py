"""What the database's refusals mean to the person refused, said in one line.

The server holds each person to their role (migrations/versions/0001): a refusal arrives
as "permission denied for table stage" or a row-level security violation. The person is
told instead what their role lets them do, and who may do the rest.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.model.messages import Message

VIEWER: Final = "journeyboard_viewer"
EDITOR: Final = "journeyboard_editor"
FACILITATOR: Final = "journeyboard_facilitator"
ROLES: Final = (VIEWER, EDITOR, FACILITATOR)
"""The workspace's group roles, each granted the one before it."""

REFUSED: Final = "42501"
"""SQLSTATE insufficient_privilege: a grant or a row-level policy refused the statement."""

_MEMBERSHIP = text(
    "SELECT session_user AS who, array("
    "  SELECT rolname FROM pg_roles WHERE rolname = ANY(:roles)"
    "  AND pg_has_role(session_user, oid, 'MEMBER')) AS roles"
)


def said(error: SQLAlchemyError, engine: Engine) -> Message | str:
    """What the database answered, in one line; a refused privilege as the person's role
    (asked on a new connection of `engine`: the failed transaction cannot)."""
    answer = error.orig if isinstance(error, DBAPIError) and error.orig else error
    told = first_line(str(answer))
    if getattr(answer, "sqlstate", None) != REFUSED:
        return told
    with engine.connect() as connection:
        return refusal(connection, told)


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), text)


def refusal(connection: Connection, database_said: Message | str) -> Message | str:
    """Why the person on `connection` was refused, from the roles they hold."""
    row = connection.execute(_MEMBERSHIP, {"roles": list(ROLES)}).one()
    who, roles = row.who, set(row.roles)
    if FACILITATOR in roles:
        return database_said
    if EDITOR in roles:
        return Message(
            "Errors",
            "{who} may change cards, emotion points and personas in this workspace; "
            "the map, its stages and lanes, votes and snapshots are for facilitators",
        ).format(who=who)
    if VIEWER in roles:
        return Message("Errors", "{who} may only read this workspace").format(who=who)
    return Message(
        "Errors",
        "{who} has no part in this workspace: an administrator adds people with "
        "GRANT journeyboard_editor TO {who}",
    ).format(who=who)

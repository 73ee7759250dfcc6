"""Connecting to .journey files, and checking a database before anything in it is trusted.

Every connection, raw or under an SQLAlchemy engine, is made here with the same settings.
A map from someone else is untrusted: `check_database` compares its schema, object by
object and word for word, with the SQL that Journeyboard runs (app.model.file.ddl), then runs
SQLite's integrity and foreign-key checks. A trigger planted in a file would run on the
first write even with `trusted_schema=OFF` (SQLite as Python 3.11 ships it), and a changed
CHECK constraint could make every write crawl, so anything Journeyboard did not make is
refused here, before that first write.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from app.model.errors import (
    DamagedFileError,
    FileBusyError,
    FileMissingError,
    FileUnreadableError,
    ForeignFileError,
    MapFileError,
    NewerVersionError,
    NotAMapFileError,
    UnsafeFileError,
)
from app.model.file.ddl import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS, statements
from app.model.file.migrations import create_schema_of, migrate
from app.model.messages import Message

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT = 2.0
"""Seconds to wait for another program's write to the file to end before saying so."""
_HEADER_SIZE = 100


# --- connections ---------------------------------------------------------------------------


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection with Journeyboard's safety settings, in autocommit mode.

    Transactions are begun explicitly (`BEGIN`), so that every statement of an operation,
    reads included, runs in the operation's one transaction.
    """
    mode = "ro" if read_only else "rw"
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT,
    )
    try:
        configure(connection, read_only=read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def configure(connection: sqlite3.Connection, *, read_only: bool) -> None:
    connection.text_factory = _text
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA cell_size_check = ON")
    if read_only:
        connection.execute("PRAGMA query_only = ON")
    else:
        # One file with nothing beside it once a change is committed, synced to the disk
        # before the commit returns: a crash or power cut loses at most the change in flight.
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")


UNREADABLE_SCHEMA = Message("Errors", "its table definitions are not valid text")


def _text(value: bytes) -> str:
    """A TEXT value, which SQLite keeps as UTF-8: bytes that are not (a damaged page) are
    an error of the database, which the callers answer as a damaged file, rather than a
    UnicodeDecodeError from deep inside a query."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise sqlite3.DataError("some of its text is not valid UTF-8") from None


def checking_connection(path: Path) -> sqlite3.Connection:
    """A connection to a file about to be opened for editing: it may recover a journal
    left by a crash (SQLite's own recovery) but refuses every statement that writes."""
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT
    )
    configure(connection, read_only=True)
    return connection


def file_engine(path: Path, *, read_only: bool) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, read_only=read_only),
        poolclass=SingletonThreadPool,
    )
    _begin_explicitly(engine)
    return engine


def engine_on(connection: sqlite3.Connection) -> Engine:
    """An engine over one connection that is already open (a new file, a copy in memory)."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: connection, poolclass=StaticPool)
    _begin_explicitly(engine)
    return engine


def _begin_explicitly(engine: Engine) -> None:
    """The driver runs in autocommit mode; SQLAlchemy's transactions become real BEGINs."""

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def create_schema(db: Connection) -> None:
    """Create today's tables in an empty database and mark it as a Journeyboard map.

    Run it inside the transaction that fills the file: a dozen statements, one commit.
    """
    for statement in statements(SCHEMAS[SCHEMA_VERSION]):
        db.exec_driver_sql(statement)
    db.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


# --- checking ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileHeader:
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader:
    """The header of a regular, readable SQLite file, or the error that says what it is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise FileMissingError(path) from None
    except OSError as error:
        raise FileUnreadableError(path, _reason(error)) from None
    if stat.S_ISDIR(mode):
        raise FileUnreadableError(path, Message("Errors", "it is a folder, not a file"))
    if not stat.S_ISREG(mode):
        raise FileUnreadableError(path, Message("Errors", "it is not a regular file"))
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as error:
        raise FileUnreadableError(path, _reason(error)) from None
    if not header:
        raise NotAMapFileError(path, Message("Errors", "the file is empty"))
    if not header.startswith(SQLITE_MAGIC):
        raise NotAMapFileError(path)
    if len(header) < _HEADER_SIZE:
        raise DamagedFileError(path, Message("Errors", "the file is cut short"))
    return FileHeader(
        user_version=int.from_bytes(header[60:64], "big", signed=True),
        application_id=int.from_bytes(header[68:72], "big", signed=True),
    )


def file_version(path: Path) -> int:
    """The schema version of a Journeyboard map this version can read, from its header."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise ForeignFileError(path)
    version = header.user_version
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version, SCHEMA_VERSION)
    if version < 1:
        raise DamagedFileError(path, Message("Errors", "it has no file format version"))
    return version


def check_database(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a database that is not a whole, harmless map of `version`; write nothing."""
    try:
        found = schema_of(connection)
        known = known_schemas(version)
        strangers = sorted(
            f"{kind} “{name}”" for kind, name in found if not any((kind, name) in k for k in known)
        )
        if strangers:
            raise UnsafeFileError(path, strangers)
        if found not in known:
            raise DamagedFileError(path, _what_differs(found, known))
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise DamagedFileError(path, "; ".join(problems))
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DamagedFileError(
                path, Message("Errors", "some rows refer to rows that are missing")
            )
    except sqlite3.DatabaseError as error:
        raise refusal(path, error) from None
    except UnicodeDecodeError:  # SQLite's own message quoted the damaged bytes
        raise DamagedFileError(path, UNREADABLE_SCHEMA) from None


Schema = dict[tuple[str, str], tuple[str, str | None]]
"""(type, name) → (table, SQL with its whitespace collapsed) of every schema object."""


def schema_of(connection: sqlite3.Connection) -> Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    return {
        (kind, name): (table, None if sql is None else " ".join(sql.split()))
        for kind, name, table, sql in rows
    }


@cache
def known_schemas(version: int) -> tuple[Schema, ...]:
    """Every schema a file of `version` can have: made new by that version, or migrated
    to it from each older one (ALTER TABLE rewrites a table's SQL its own way)."""
    return (
        _schema_made(version, version),
        *(_schema_made(older, version) for older in range(1, version)),
    )


def _schema_made(created_by: int, migrated_to: int) -> Schema:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema_of(connection, created_by)
        if created_by < migrated_to:
            migrate(connection, created_by, migrated_to)
        return schema_of(connection)
    finally:
        connection.close()


def _what_differs(found: Schema, known: tuple[Schema, ...]) -> Message:
    changed = sorted(
        f"{kind} “{name}”"
        for kind, name in found
        if all(schema.get((kind, name)) != found[(kind, name)] for schema in known)
    )
    if changed:
        return Message(
            "Errors", "the definition of {changed} is not the one Journeyboard made"
        ).format(changed=", ".join(changed))
    return Message("Errors", "some of the tables Journeyboard makes are missing")


def refusal(path: Path, error: sqlite3.DatabaseError) -> MapFileError:
    """What a database error when reading a map means to its user: another program is
    writing it right now (SQLite's busy and locked), or the file is damaged."""
    if getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return FileBusyError(path)
    return DamagedFileError(path, str(error))


def _reason(error: OSError) -> Message | str:
    if isinstance(error, PermissionError):
        return Message("Errors", "you do not have permission to read it")
    if isinstance(error, NotADirectoryError):
        return Message("Errors", "a part of its path is a file, not a folder")
    return (error.strerror or str(error)).lower()

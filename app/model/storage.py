"""Connecting to .journey files, and checking a file before anything in it is trusted.

Every connection, raw or under an SQLAlchemy engine, is made here with the same settings.

A map from someone else is untrusted. Before it is shown or written, `check_file` reads its
header, compares its schema object by object with the schema Journeyboard creates, and runs
SQLite's integrity and foreign-key checks, all on a connection that cannot write. A
trigger planted in a file would run on the first write even with `trusted_schema=OFF`
(SQLite as Python 3.11 ships it), so any trigger, view, table or index that Journeyboard
did not make is refused here, before that first write.
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
    FileMissingError,
    FileUnreadableError,
    ForeignFileError,
    NewerVersionError,
    NotAMapFileError,
    UnsafeFileError,
)
from app.model.migrations import create_old_schema
from app.model.schema import APPLICATION_ID, SCHEMA_VERSION, Base

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class FileHeader:
    user_version: int
    application_id: int


def connect(path: Path, *, read_only: bool, create: bool = False) -> sqlite3.Connection:
    """A connection with Journeyboard's safety settings, in autocommit mode.

    Transactions are begun explicitly (`BEGIN`), so that every statement of an operation,
    reads included, runs in the operation's one transaction.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        configure(connection, read_only=read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def configure(connection: sqlite3.Connection, *, read_only: bool) -> None:
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


def read_header(path: Path) -> FileHeader:
    """The header of a regular, readable SQLite file, or the error that says what it is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise FileMissingError(path) from None
    except OSError as error:
        raise FileUnreadableError(path, _reason(error)) from None
    if stat.S_ISDIR(mode):
        raise FileUnreadableError(path, "it is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise FileUnreadableError(path, "it is not a regular file")
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except OSError as error:
        raise FileUnreadableError(path, _reason(error)) from None
    if not header:
        raise NotAMapFileError(path, "the file is empty")
    if not header.startswith(SQLITE_MAGIC):
        raise NotAMapFileError(path)
    if len(header) < _HEADER_SIZE:
        raise DamagedFileError(path, "the file is cut short")
    return FileHeader(
        user_version=int.from_bytes(header[60:64], "big", signed=True),
        application_id=int.from_bytes(header[68:72], "big", signed=True),
    )


def check_file(path: Path, *, read_only: bool) -> int:
    """Check that `path` is a whole, harmless Journeyboard map; return its schema version.

    Nothing is written to the file. If it was left with a hot journal by a crash, SQLite
    rolls the interrupted transaction back, which is the recovery the journal is for.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise ForeignFileError(path)
    version = header.user_version
    if version > SCHEMA_VERSION:
        raise NewerVersionError(path, version, SCHEMA_VERSION)
    if version < 1:
        raise DamagedFileError(path, "it has no file format version")
    try:
        connection = connect(path, read_only=True) if read_only else _checking_connection(path)
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(path, str(error)) from None
    try:
        found = schema_shape(connection)
        expected = expected_shape(version)
        strangers = sorted(f"{kind} “{name}”" for kind, name in found.keys() - expected.keys())
        if strangers:
            raise UnsafeFileError(path, strangers)
        if found != expected:
            raise DamagedFileError(path, "its tables are not the ones Journeyboard made")
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise DamagedFileError(path, "; ".join(problems))
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DamagedFileError(path, "some rows refer to rows that are missing")
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(path, str(error)) from None
    finally:
        connection.close()
    return version


def _checking_connection(path: Path) -> sqlite3.Connection:
    """A connection that may recover a hot journal but refuses every statement that writes."""
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
    )
    configure(connection, read_only=True)
    return connection


Shape = dict[tuple[str, str], tuple[Any, ...]]


def schema_shape(connection: sqlite3.Connection) -> Shape:
    """Every schema object of the database with what matters of its structure.

    Names come from the file, so they are passed to the pragma functions as parameters,
    never pasted into SQL.
    """
    shape: Shape = {}
    objects = connection.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    for kind, name, table in objects:
        if kind == "table":
            columns = connection.execute(
                'SELECT name, upper(type), "notnull", pk, hidden FROM pragma_table_xinfo(?)',
                (name,),
            ).fetchall()
            keys = connection.execute(
                'SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)', (name,)
            ).fetchall()
            strict = connection.execute(
                "SELECT strict FROM pragma_table_list WHERE name = ?", (name,)
            ).fetchall()
            shape[(kind, name)] = (table, tuple(columns), tuple(sorted(keys)), tuple(strict))
        elif kind == "index":
            indexed = connection.execute(
                "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,)
            ).fetchall()
            shape[(kind, name)] = (table, tuple(indexed))
        else:
            shape[(kind, name)] = (table,)
    return shape


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


@cache
def expected_shape(version: int) -> Shape:
    """The shape of the schema that Journeyboard creates for files of `version`."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if version == SCHEMA_VERSION:
            with engine_on(connection).begin() as db:
                create_schema(db)
        else:
            create_old_schema(connection, version)
        return schema_shape(connection)
    finally:
        connection.close()


def create_schema(db: Connection) -> None:
    """Create today's tables in an empty database and mark it as a Journeyboard map.

    Run it inside the transaction that fills the file: a dozen statements, one commit.
    """
    Base.metadata.create_all(db)
    db.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "you do not have permission to read it"
    if isinstance(error, NotADirectoryError):
        return "a part of its path is a file, not a folder"
    return (error.strerror or str(error)).lower()

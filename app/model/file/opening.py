"""Opening a .journey file: every check passes before the map is shown or written.

The database is checked (app.model.file.storage), then every row of the map is read and
checked as a whole. A file from an older version is checked after migrating a copy in
memory, and only then backed up and migrated for real. A file opened read-only is never
written: if a crash left a journal beside it, the recovery SQLite makes happens on a
private copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app.model.data.limits import FULL, MAX_ROWS
from app.model.data.reader import read_content, read_snapshot_entries
from app.model.data.records import MapContent
from app.model.data.validation import check_content, check_record
from app.model.errors import (
    DamagedFileError,
    FileUnreadableError,
    InvalidValueError,
    SaveFailedError,
    StrayJournalError,
)
from app.model.file import storage
from app.model.file.ddl import SCHEMA_VERSION
from app.model.file.migrations import migrate
from app.model.file.safe_write import create_new_file
from app.model.messages import Message

_SIDECARS = ("-journal", "-wal")
"""Files SQLite keeps beside a database while writing it; left behind, they hold what a
crash interrupted, and only a connection that can write may roll them back."""


@dataclass(frozen=True, slots=True)
class OpenedMap:
    engine: Engine
    content: MapContent
    migrated_from: int | None


def open_map(path: Path, *, read_only: bool) -> OpenedMap:
    """Check the file at `path` through and through; raise a MapFileError if it fails."""
    version = storage.file_version(path)
    sidecars = _sidecars(path)
    # What SQLite would play into the file is checked first, on a private copy: a journal
    # left beside a map may belong to another file (a backup restored beside a crash's).
    private = _recovered_copy(path) if sidecars else None
    try:
        source = private or _connect_for_checking(path, read_only=read_only)
    except BaseException:
        _close(private)
        raise
    try:
        storage.check_database(source, path, version)
        if version < SCHEMA_VERSION:
            private = private or _copy_in_memory(source)
            migrate(private, version, SCHEMA_VERSION)
        content = _checked_content(private or source, path)
    except DamagedFileError as error:
        _close(private)
        if sidecars:
            raise StrayJournalError(path, sidecars[0]) from error
        raise
    except BaseException:
        _close(private)
        raise
    finally:
        if source is not private:
            source.close()
    migrated_from = version if version < SCHEMA_VERSION else None
    if read_only:
        if private is None:
            return OpenedMap(storage.file_engine(path, read_only=True), content, migrated_from)
        storage.configure(private, read_only=True)
        return OpenedMap(storage.engine_on(private), content, migrated_from)
    _close(private)
    if migrated_from is not None:
        _back_up_and_migrate(path, version)
    return OpenedMap(storage.file_engine(path, read_only=False), content, migrated_from)


def _connect_for_checking(path: Path, *, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only:
            return storage.connect(path, read_only=True)
        return storage.checking_connection(path)
    except sqlite3.DatabaseError as error:
        raise storage.refusal(path, error) from None


def _checked_content(connection: sqlite3.Connection, path: Path) -> MapContent:
    """Every row of the map, checked as a whole; snapshot contents are checked when used."""
    try:
        with storage.engine_on(connection).connect() as db:
            _check_row_counts(db, path)
            content = read_content(db)
            check_content(content)
            for snapshot in read_snapshot_entries(db):
                check_record(snapshot)
    except DBAPIError as error:
        if isinstance(error.orig, sqlite3.DatabaseError):
            raise storage.refusal(path, error.orig) from None
        raise DamagedFileError(path, str(error.orig)) from None
    except InvalidValueError as error:
        raise DamagedFileError(path, error.message) from None
    except UnicodeDecodeError:
        raise DamagedFileError(path, storage.UNREADABLE_SCHEMA) from None
    return content


def _check_row_counts(db: Connection, path: Path) -> None:
    """Refuse a file holding more rows than a map may, before reading them: a crafted file
    of a million cards would otherwise take minutes and gigabytes to be refused."""
    for table, most in MAX_ROWS.items():
        count = db.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
        if count > most:
            raise DamagedFileError(
                path,
                Message("Errors", "{limit} This one holds {count}").format(
                    limit=FULL[table].format(limit=f"{most:,}"), count=f"{count:,}"
                ),
            )


def _sidecars(path: Path) -> list[Path]:
    """The journals beside the map (none can be there if their name is too long)."""
    return [Path(f"{path}{suffix}") for suffix in _SIDECARS if os.path.lexists(f"{path}{suffix}")]


def _recovered_copy(path: Path) -> sqlite3.Connection:
    """The map as SQLite recovers it, in memory, from copies of the file and its journal."""
    with tempfile.TemporaryDirectory(prefix="journeyboard-") as folder:
        copy = Path(folder) / "map.journey"
        try:
            shutil.copyfile(path, copy)
            for suffix in _SIDECARS:
                if Path(f"{path}{suffix}").exists():
                    shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
        except OSError as error:
            raise FileUnreadableError(path, (error.strerror or str(error)).lower()) from None
        try:
            recovering = storage.checking_connection(copy)
            try:
                recovering.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                return _copy_in_memory(recovering)
            finally:
                recovering.close()
        except sqlite3.DatabaseError as error:
            raise storage.refusal(path, error) from None


def _copy_in_memory(connection: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    connection.backup(memory)
    return memory


def _back_up_and_migrate(path: Path, version: int) -> None:
    """Keep a copy of the old file beside it, then migrate the file in one transaction."""
    backup = _new_backup_file(path, version)
    connection = storage.connect(path, read_only=False)
    try:
        copy = sqlite3.connect(backup)
        try:
            connection.backup(copy)
        finally:
            copy.close()
        migrate(connection, version, SCHEMA_VERSION)
    except sqlite3.Error as error:
        raise SaveFailedError(
            path, Message("Errors", "it could not be brought up to date: {why}").format(why=error)
        ) from None
    finally:
        connection.close()


def _new_backup_file(path: Path, version: int) -> Path:
    """A new empty file beside the map for its backup, under the first free name; a name
    taken by anything at all, a link to elsewhere included, is skipped, never written."""
    name = f"{path.stem} (format {version} backup)"
    for number in range(1, 1000):
        candidate = path.with_name(f"{name}{f' {number}' if number > 1 else ''}{path.suffix}")
        try:
            create_new_file(candidate)
        except FileExistsError:
            continue
        except OSError as error:
            raise SaveFailedError(path, _backup_failed(error)) from None
        return candidate
    raise SaveFailedError(path, _backup_failed(FileExistsError("no free name for a backup")))


def _backup_failed(error: OSError) -> Message:
    return Message("Errors", "no backup could be kept beside it: {why}").format(
        why=(error.strerror or str(error)).lower()
    )


def _close(connection: sqlite3.Connection | None) -> None:
    if connection is not None:
        connection.close()

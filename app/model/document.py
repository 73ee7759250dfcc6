"""An open .journey file: the one way to read a map and to change it.

Each operation is applied and committed as one transaction before `apply` returns, so the
file on disk is always whole and there is no separate "save". Listeners are told what
changed after each commit; the window's scene mirrors the map from those events.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.model import storage
from app.model.editing import apply_operation
from app.model.editor import Editor, RowKey
from app.model.errors import (
    DamagedFileError,
    InvalidValueError,
    OperationError,
    ReadOnlyDocumentError,
    SaveFailedError,
    WriteFailedError,
)
from app.model.migrations import migrate
from app.model.operations import Operation
from app.model.reader import read_content, read_snapshots
from app.model.records import MapContent, SnapshotRecord
from app.model.safe_write import written_beside
from app.model.schema import SCHEMA_VERSION, Base
from app.model.validation import check_content
from app.model.writer import insert_rows


@dataclass(frozen=True, slots=True)
class DocumentChanged:
    """What one committed operation changed, for views to update only that.

    When `content_replaced` is true (a snapshot was restored), re-read the whole map.
    """

    operation: Operation
    inverse: Operation
    added: frozenset[RowKey] = frozenset()
    updated: frozenset[RowKey] = frozenset()
    removed: frozenset[RowKey] = frozenset()
    content_replaced: bool = False


Listener = Callable[[DocumentChanged], None]


@dataclass
class _Touched:
    added: set[RowKey] = field(default_factory=set)
    updated: set[RowKey] = field(default_factory=set)
    removed: set[RowKey] = field(default_factory=set)


class Document:
    """A map open from its file. Use `Document.open` or `Document.create`, then `close`."""

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool, migrated_from: int | None = None
    ) -> None:
        self.migrated_from = migrated_from
        """The schema version the file had before it was migrated on opening, if it was."""
        self._listeners: list[Listener] = []
        self._attach(path, engine, read_only=read_only)

    def _attach(self, path: Path, engine: Engine, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._touched = _Touched()
        self._session = Session(engine, autobegin=False, expire_on_commit=False)
        event.listen(self._session, "after_flush", self._record_flush)
        self._content: MapContent | None = None

    # --- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Document:
        """Open a map after checking it; older files are migrated after a backup copy.

        Raises a MapFileError subclass with a message for the user if the file cannot be
        opened; the file is then left exactly as it was.
        """
        path = Path(path)
        version = storage.check_file(path, read_only=read_only)
        migrated_from = version if version < SCHEMA_VERSION else None
        if migrated_from is None:
            engine = storage.file_engine(path, read_only=read_only)
        elif read_only:
            engine = storage.engine_on(_migrated_in_memory(path, version))
        else:
            _backup_and_migrate(path, version)
            engine = storage.file_engine(path, read_only=False)
        document = cls(path, engine, read_only=read_only, migrated_from=migrated_from)
        try:
            document.content()
        except BaseException:
            document.close()
            raise
        return document

    @classmethod
    def create(
        cls,
        path: Path | str,
        content: MapContent,
        *,
        snapshots: tuple[SnapshotRecord, ...] = (),
        replace: bool = False,
    ) -> Document:
        """Write a new map file holding `content` (and `snapshots`) and open it.

        The file is built beside its final place and renamed into it, so a crash leaves
        either no file or a whole one. An existing file is only replaced if asked.
        """
        path = Path(path)
        check_content(content)
        if path.exists() and not replace:
            raise SaveFailedError(path, "a file of that name is already there")
        with written_beside(path) as temporary:
            connection = storage.connect(temporary, read_only=False, create=True)
            try:
                with storage.engine_on(connection).begin() as db:
                    storage.create_schema(db)
                    insert_rows(db, content.rows())
                    insert_rows(db, snapshots)
            finally:
                connection.close()
        return cls.open(path)

    # --- reading -------------------------------------------------------------------------

    def content(self) -> MapContent:
        """The whole map as frozen records; read once, then kept up to date by `apply`."""
        if self._content is None:
            try:
                with self._engine.connect() as connection:
                    content = read_content(connection)
                check_content(content)
            except (InvalidValueError, DBAPIError) as error:
                raise DamagedFileError(self.path, _detail(error)) from None
            self._content = content
        return self._content

    def snapshots(self) -> tuple[SnapshotRecord, ...]:
        with self._engine.connect() as connection:
            return read_snapshots(connection)

    # --- changing ------------------------------------------------------------------------

    def apply(self, operation: Operation) -> Operation:
        """Apply one operation as one committed transaction and return its inverse.

        A value that does not fit raises InvalidValueError and an operation that does not
        fit the map raises OperationError; a disk that refuses the write raises
        WriteFailedError. In every case nothing is changed, in the file or in memory.
        """
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        self._touched = _Touched()
        editor = Editor(self._session)
        try:
            with self._session.begin():
                inverse = apply_operation(editor, operation)
        except IntegrityError as error:
            raise OperationError(f"The change does not fit the map ({_detail(error)}).") from None
        except DBAPIError as error:
            raise WriteFailedError(self.path, _detail(error)) from None
        finally:
            self._content = None
        touched = self._touched
        touched.added |= editor.added
        touched.updated |= editor.updated
        touched.removed |= editor.removed
        change = DocumentChanged(
            operation,
            inverse,
            added=frozenset(touched.added - touched.removed),
            updated=frozenset(touched.updated - touched.added - touched.removed),
            removed=frozenset(touched.removed - touched.added),
            content_replaced=editor.replaced_content,
        )
        for listener in list(self._listeners):
            listener(change)
        return inverse

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed change; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _record_flush(self, session: Session, _context: Any) -> None:
        for row in session.new:
            self._touched.added.add(_key(row))
        for row in session.dirty:
            if session.is_modified(row):
                self._touched.updated.add(_key(row))
        for row in session.deleted:
            self._touched.removed.add(_key(row))

    # --- the file ------------------------------------------------------------------------

    def save_as(self, path: Path | str) -> None:
        """Copy the map to `path` with SQLite's backup API and go on editing the copy.

        The copy is written beside `path` and renamed into place, so an existing file
        there is replaced only by a whole map.
        """
        target = Path(path)
        if target.resolve() == self.path.resolve():
            return
        source = self._engine.raw_connection()
        try:
            with written_beside(target) as temporary:
                copy = sqlite3.connect(temporary)
                try:
                    source.driver_connection.backup(copy)  # type: ignore[union-attr]
                finally:
                    copy.close()
        finally:
            source.close()
        self.close()
        self._attach(target, storage.file_engine(target, read_only=False), read_only=False)

    def close(self) -> None:
        self._session.close()
        self._engine.dispose()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _key(row: Base) -> RowKey:
    return (row.__tablename__, row.id)  # type: ignore[attr-defined]


def _backup_and_migrate(path: Path, version: int) -> None:
    """Keep a copy of the old file beside it, then migrate the file in one transaction."""
    backup = _free_name(path.with_name(f"{path.stem} (format {version} backup){path.suffix}"))
    connection = storage.connect(path, read_only=False)
    try:
        copy = sqlite3.connect(backup)
        try:
            connection.backup(copy)
        finally:
            copy.close()
        migrate(connection, version, SCHEMA_VERSION)
    except sqlite3.Error as error:
        raise SaveFailedError(path, f"it could not be brought up to date: {error}") from None
    finally:
        connection.close()


def _migrated_in_memory(path: Path, version: int) -> sqlite3.Connection:
    """An up-to-date copy of an old file in memory, for reading it without changing it."""
    source = storage.connect(path, read_only=True)
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(memory)
    finally:
        source.close()
    migrate(memory, version, SCHEMA_VERSION)
    storage.configure(memory, read_only=True)
    return memory


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} {number}{path.suffix}")
        number += 1
    return candidate


def _detail(error: Exception) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    return str(error)

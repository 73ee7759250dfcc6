"""An open .journey file: the one way to read a map and to change it.

Each operation is applied and committed as one transaction before `apply` returns, so the
file on disk is always whole and there is no separate "save". Listeners are told what
changed after each commit; the window's scene mirrors the map from those events.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.model.data.content_codec import decode_content
from app.model.data.reader import read_content, read_records, read_snapshot_entries, read_snapshots
from app.model.data.records import MapContent, Record, SnapshotRecord, patched
from app.model.data.schema import Base
from app.model.data.validation import check_content, check_record
from app.model.data.writer import CONTENT_TABLES, insert_rows
from app.model.edits.editing import apply_operation
from app.model.edits.editor import Editor, RowKey
from app.model.edits.operations import Operation
from app.model.errors import (
    DamagedFileError,
    FileReplacedError,
    InvalidValueError,
    MapExistsError,
    OperationError,
    ReadOnlyDocumentError,
    SaveFailedError,
    WriteFailedError,
)
from app.model.file import storage
from app.model.file.map_lock import MapLock
from app.model.file.opening import open_map
from app.model.file.places import name_too_long, why_not_writable
from app.model.file.safe_write import written_beside
from app.model.messages import Message

CONTENT_TABLE_NAMES = frozenset(cls.__tablename__ for cls in CONTENT_TABLES)


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
        self.unwritable: Message | str | None = None
        """Why the map was opened read-only though it was asked for writing, if it was."""
        self._lock: MapLock | None = None
        """Held while the map is open for writing: no other window or program may."""
        self._listeners: list[Listener] = []
        self._attach(path, engine, read_only=read_only)

    def _attach(self, path: Path, engine: Engine, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._touched = _Touched()
        # One connection held from the start: it keeps the map's file open even if
        # another program deletes or replaces it, so Save As can still copy every change.
        self._keeper = engine.raw_connection()
        self._session = Session(engine, autobegin=False, expire_on_commit=False)
        event.listen(self._session, "after_flush", self._record_flush)
        self._content: MapContent | None = None

    # --- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Document:
        """Open a map after checking it through (app.model.file.opening).

        Raises a MapFileError subclass with a message for the user if the file cannot be
        opened; the file is then left exactly as it was.
        """
        path = Path(path)
        unwritable = None if read_only else why_not_writable(path)
        read_only = read_only or unwritable is not None
        lock = None if read_only or not path.is_file() else MapLock.take(path)
        try:
            opened = open_map(path, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        document = cls(path, opened.engine, read_only=read_only, migrated_from=opened.migrated_from)
        document._content = opened.content
        document.unwritable = unwritable
        document._lock = lock
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
        for snapshot in snapshots:
            check_record(snapshot)
            decode_content(snapshot.content)
        if path.exists() and not replace:
            raise MapExistsError(path)
        if (too_long := name_too_long(path)) is not None:
            raise SaveFailedError(path, too_long)
        if not path.parent.is_dir():
            raise SaveFailedError(
                path,
                Message("Errors", "the folder “{folder}” does not exist").format(
                    folder=path.parent
                ),
            )
        # A file replaced is locked first: a map open elsewhere is not written over.
        replacing = MapLock.take(path) if path.exists() else None
        try:
            with written_beside(path, replacing=replacing) as temporary:
                connection = storage.connect(temporary, read_only=False)
                try:
                    with storage.engine_on(connection).begin() as db:
                        storage.create_schema(db)
                        insert_rows(db, content.rows())
                        insert_rows(db, snapshots)
                finally:
                    connection.close()
        finally:
            if replacing is not None:
                replacing.release()
        return cls.open(path)

    @property
    def lock_taken_over(self) -> bool:
        """Whether opening it took over a lock left by a program that stopped."""
        return self._lock is not None and self._lock.took_over is not None

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

    def snapshots(self, *, contents: bool = True) -> tuple[SnapshotRecord, ...]:
        """The snapshots kept in the file, oldest first; without `contents` (left empty)
        when only their names and dates are wanted."""
        read = read_snapshots if contents else read_snapshot_entries
        try:
            with self._engine.connect() as connection:
                return read(connection)
        except DBAPIError as error:
            raise DamagedFileError(self.path, _detail(error)) from None

    # --- changing ------------------------------------------------------------------------

    def apply(self, operation: Operation) -> Operation:
        """Apply one operation as one committed transaction and return its inverse.

        A value that does not fit raises InvalidValueError and an operation that does not
        fit the map raises OperationError; a disk that refuses the write raises
        WriteFailedError. In every case nothing is changed, in the file or in memory.
        """
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        if self._lock is not None and not self._lock.still_at_its_path():
            raise FileReplacedError(self.path)
        self._touched = _Touched()
        editor = Editor(self._session)
        try:
            with self._session.begin():
                inverse = apply_operation(editor, operation)
        except IntegrityError:
            raise OperationError(
                Message(
                    "Errors",
                    "The change was not made: it refers to something no longer in the map.",
                )
            ) from None
        except DBAPIError as error:
            self._content = None
            raise WriteFailedError(self.path, _detail(error)) from None
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
        self._content = self._patched_content(change)
        for listener in list(self._listeners):
            listener(change)
        return inverse

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed change; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _patched_content(self, change: DocumentChanged) -> MapContent | None:
        """The cached map with the rows the change touched read again, or None (read it
        all on demand) after a whole new content."""
        if self._content is None or change.content_replaced:
            return None
        changed: list[Record] = []
        with self._engine.connect() as connection:
            for table, ids in _by_table(change.added | change.updated).items():
                if table in CONTENT_TABLE_NAMES:
                    changed.extend(read_records(connection, table, ids))
        return patched(self._content, changed, {row_id for _, row_id in change.removed})

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
        if (too_long := name_too_long(target)) is not None:
            raise SaveFailedError(target, too_long)
        replacing = MapLock.take(target) if target.exists() else None
        try:
            with written_beside(target, replacing=replacing) as temporary:
                copy = sqlite3.connect(temporary)
                try:
                    self._keeper.driver_connection.backup(copy)  # type: ignore[union-attr]
                finally:
                    copy.close()
        finally:
            if replacing is not None:
                replacing.release()
        lock = MapLock.take(target)
        self.close()
        self._attach(target, storage.file_engine(target, read_only=False), read_only=False)
        self._lock = lock
        self.unwritable = None

    def close(self) -> None:
        self._session.close()
        self._keeper.close()
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _by_table(keys: Iterable[RowKey]) -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    for table, row_id in keys:
        tables.setdefault(table, set()).add(row_id)
    return tables


def _key(row: Base) -> RowKey:
    return (row.__tablename__, row.id)  # type: ignore[attr-defined]


def _detail(error: Exception) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    return str(error)

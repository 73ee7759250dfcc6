"""An open .journey file: the one way to read a map and to change it.

Each operation is applied and committed as one transaction before `apply` returns, so the
file on disk is always whole and there is no separate "save" (app.model.edits.map_document).
Listeners are told what changed after each commit; the window's scene mirrors the map from
those events.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.model.data.content_codec import decode_content
from app.model.data.records import MapContent, SnapshotRecord
from app.model.data.validation import check_content, check_record
from app.model.data.writer import insert_rows
from app.model.edits.map_document import MapDocument
from app.model.errors import (
    DamagedFileError,
    FileReplacedError,
    JourneyboardError,
    MapExistsError,
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


class Document(MapDocument):
    """A map open from its file. Use `Document.open` or `Document.create`, then `close`."""

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool, migrated_from: int | None = None
    ) -> None:
        self.migrated_from = migrated_from
        """The schema version the file had before it was migrated on opening, if it was."""
        self._lock: MapLock | None = None
        """Held while the map is open for writing: no other window or program may."""
        self.path = path
        super().__init__(engine, read_only=read_only)

    def _use(self, engine: Engine, *, read_only: bool) -> None:
        super()._use(engine, read_only=read_only)
        # One connection held from the start: it keeps the map's file open even if
        # another program deletes or replaces it, so Save As can still copy every change.
        self._keeper = engine.raw_connection()

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

    @property
    def place(self) -> Message | str:
        return self.path.name

    # --- what a file says for itself ----------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyDocumentError(self.path)
        if self._lock is not None and not self._lock.still_at_its_path():
            raise FileReplacedError(self.path)

    def _write_failed(self, error: SQLAlchemyError) -> JourneyboardError:
        self._content = None  # read the file again rather than trust what is in memory
        return WriteFailedError(self.path, _detail(error))

    def _unreadable(self, error: Exception) -> JourneyboardError:
        return DamagedFileError(self.path, _detail(error))

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
        self.path = target
        self._use(storage.file_engine(target, read_only=False), read_only=False)
        self._lock = lock
        self.unwritable = None

    def close(self) -> None:
        self._keeper.close()
        super().close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _detail(error: Exception) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    return str(error)

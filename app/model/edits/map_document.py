"""A map's rows behind an SQLAlchemy engine: read once, changed one operation at a time.

A map open from its .journey file (app.model.file.document) and a map open from a team
workspace (app.model.workspace.shared_map) are both this: each operation is applied and
committed as one transaction before `apply` returns, and listeners are told what changed
after each commit. What differs is left to each: whether it may be written, what it
checks before a commit, and how a failure is said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Self

from sqlalchemy import Engine
from sqlalchemy import event as sqlalchemy_event
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.model.data.reader import (
    read_content,
    read_records,
    read_snapshot_entries,
    read_snapshots,
)
from app.model.data.records import MapContent, Record, SnapshotRecord, patched
from app.model.data.schema import Base
from app.model.data.validation import check_content
from app.model.data.writer import CONTENT_TABLES
from app.model.edits.editing import apply_operation
from app.model.edits.editor import Editor, RowKey
from app.model.edits.operations import Operation
from app.model.errors import InvalidValueError, JourneyboardError, OperationError
from app.model.messages import Message

CONTENT_TABLE_NAMES = frozenset(cls.__tablename__ for cls in CONTENT_TABLES)


@dataclass(frozen=True, slots=True)
class DocumentChanged:
    """What one committed operation changed, for views to update only that.

    `operation` is None when the change came from someone else working on the same map.
    When `content_replaced` is true (a snapshot was restored), re-read the whole map.
    """

    operation: Operation | None
    inverse: Operation | None
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


class MapDocument:
    """An open map. Subclasses say whether and how it is written (the hooks below)."""

    read_only: bool
    lost: Message | None = None
    """Why the map's store cannot be reached just now (a workspace's server), while so."""

    def __init__(self, engine: Engine, *, read_only: bool) -> None:
        self.unwritable: Message | str | None = None
        """Why the map was opened read-only though it was asked for writing, if it was."""
        self._listeners: list[Listener] = []
        self._use(engine, read_only=read_only)

    def _use(self, engine: Engine, *, read_only: bool) -> None:
        self.read_only = read_only
        self._engine = engine
        self._touched = _Touched()
        self._session = Session(engine, autobegin=False, expire_on_commit=False)
        sqlalchemy_event.listen(self._session, "after_flush", self._record_flush)
        self._content: MapContent | None = None

    # --- reading -------------------------------------------------------------------------

    def content(self) -> MapContent:
        """The whole map as frozen records; read once, then kept up to date by `apply`."""
        if self._content is None:
            try:
                with self._engine.connect() as connection:
                    content = read_content(connection)
                check_content(content)
            except (InvalidValueError, SQLAlchemyError) as error:
                raise self._unreadable(error) from None
            self._content = content
        return self._content

    def snapshots(self, *, contents: bool = True) -> tuple[SnapshotRecord, ...]:
        """The snapshots kept with the map, oldest first; without `contents` (left empty)
        when only their names and dates are wanted."""
        read = read_snapshots if contents else read_snapshot_entries
        try:
            with self._engine.connect() as connection:
                return read(connection)
        except SQLAlchemyError as error:
            raise self._unreadable(error) from None

    @property
    def place(self) -> Message | str:
        """Where the map is kept, as the window names it: a file's name, a workspace."""
        raise NotImplementedError

    # --- changing ------------------------------------------------------------------------

    def apply(self, operation: Operation, *, undoing: bool = False) -> Operation:
        """Apply one operation as one committed transaction and return its inverse.

        `undoing` says that the operation undoes (or redoes) a step of this map's own: a
        map shared with others refuses it if someone else changed its rows since.
        A value that does not fit raises InvalidValueError and an operation that does not
        fit the map raises OperationError; a store that refuses the write raises what
        `_write_failed` makes. In every case nothing is changed, stored or in memory.
        """
        self._check_writable()
        self._touched = _Touched()
        editor = Editor(self._session)
        try:
            with self._session.begin():
                inverse = apply_operation(editor, operation)
                self._session.flush()
                change = self._change(operation, inverse, editor)
                self._before_commit(change, undoing=undoing)
        except IntegrityError:
            raise OperationError(
                Message(
                    "Errors",
                    "The change was not made: it refers to something no longer in the map.",
                )
            ) from None
        except SQLAlchemyError as error:
            raise self._write_failed(error) from None
        self._content = self._patched_content(change)
        self._tell(change)
        return inverse

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed change; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _tell(self, change: DocumentChanged) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _change(self, operation: Operation, inverse: Operation, editor: Editor) -> DocumentChanged:
        touched = self._touched
        touched.added |= editor.added
        touched.updated |= editor.updated
        touched.removed |= editor.removed
        return DocumentChanged(
            operation,
            inverse,
            added=frozenset(touched.added - touched.removed),
            updated=frozenset(touched.updated - touched.added - touched.removed),
            removed=frozenset(touched.removed - touched.added),
            content_replaced=editor.replaced_content,
        )

    def _patched_content(self, change: DocumentChanged) -> MapContent | None:
        """The cached map with the rows the change touched read again, or None (read it
        all on demand) after a whole new content."""
        if self._content is None or change.content_replaced:
            return None
        changed = self._changed_records(change)
        return patched(self._content, changed, {row_id for _, row_id in change.removed})

    def _changed_records(self, change: DocumentChanged) -> list[Record]:
        """The rows the committed change added or updated, as they are now."""
        changed: list[Record] = []
        with self._engine.connect() as connection:
            for table, ids in by_table(change.added | change.updated).items():
                if table in CONTENT_TABLE_NAMES:
                    changed.extend(read_records(connection, table, ids))
        return changed

    def _record_flush(self, session: Session, _context: Any) -> None:
        for row in session.new:
            self._touched.added.add(_key(row))
        for row in session.dirty:
            if session.is_modified(row):
                self._touched.updated.add(_key(row))
        for row in session.deleted:
            self._touched.removed.add(_key(row))

    # --- what each kind of map says for itself -------------------------------------------

    def _check_writable(self) -> None:
        """Raise a JourneyboardError if no change may be made now."""

    def _before_commit(self, change: DocumentChanged, *, undoing: bool) -> None:
        """Check the change inside its transaction; raise to roll it back."""

    def _write_failed(self, error: SQLAlchemyError) -> JourneyboardError:
        raise NotImplementedError

    def _unreadable(self, error: Exception) -> JourneyboardError:
        raise NotImplementedError

    def close(self) -> None:
        self._session.close()
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def by_table(keys: Iterable[RowKey]) -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    for table, row_id in keys:
        tables.setdefault(table, set()).add(row_id)
    return tables


def _key(row: Base) -> RowKey:
    return (row.__tablename__, row.id)  # type: ignore[attr-defined]

"""A map open from a team workspace, edited in place on the server by several people.

It is the same editor as a file's (app.model.edits.map_document): the file's mapped
classes and operations run unchanged on the views of one map (schema journeyboard_map),
which this connection names in its `journeyboard.map_id` setting. Each operation is one
transaction on the server.

Every row carries a version (migrations/versions/0001). Before each commit the rows whose
content the operation changed are compared with the versions this map last saw; a row
someone else changed meanwhile refuses the change, names who, and is read again, so no
one's work is overwritten unseen. Undoing or redoing a step expects each row as this
map's own last change left it, so a step is not undone over someone else's later change.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError, SAWarning, SQLAlchemyError

from app.model.data import fields
from app.model.data.records import RECORD_OF_TABLE, Record, patched
from app.model.edits.editor import RowKey
from app.model.edits.map_document import (
    CONTENT_TABLE_NAMES,
    DocumentChanged,
    MapDocument,
    by_table,
)
from app.model.edits.operations import Operation
from app.model.errors import ChangedMeanwhileError, JourneyboardError
from app.model.messages import Message
from app.model.workspace.change_feed import ChangeFeed
from app.model.workspace.refusals import first_line, refusal, said
from app.model.workspace.server_schema import MAP_ID, OPEN_MAP, OPEN_MAP_SETTING, SERVER_TABLES
from app.model.workspace.store import (
    KEEPALIVE,
    UnreachableError,
    Workspace,
    WorkspaceError,
    connect,
)

_NAMES = {"map": "title", "persona": "name", "stage": "name", "lane": "title", "card": "title",
          "emotion_point": "label", "snapshot": "name"}  # fmt: skip
"""The column that names a row of each table in a message."""

_NOT_DELETED = "DELETE statement on table .* expected to delete"
_KEPT = Message("Errors", "the workspace kept a row it was asked to remove")


_NOT_CONNECTED = Message(
    "Errors",
    "The workspace cannot be reached, so the change was not made. You can read the map "
    "until the connection is back; Journeyboard tries every few seconds.",
)


class ConnectionLostError(WorkspaceError):
    """A change refused because the server cannot be reached just now."""


class RowChangedError(WorkspaceError, ChangedMeanwhileError):
    """A change refused because someone else changed one of its rows meanwhile."""


class _Conflict(JourneyboardError):
    """Raised inside the transaction to roll it back: these rows changed meanwhile."""

    def __init__(self, rows: list[RowKey]) -> None:
        super().__init__("")
        self.rows = rows


class SharedMap(MapDocument):
    """The map `map_id` of the workspace at `url`. Use `SharedMap.open`, then `close`."""

    def __init__(self, url: str, map_id: str, *, password: str | None = None) -> None:
        self.url, self.map_id = url, map_id
        self._password = password
        self.lost = None
        engine = sqlalchemy.create_engine(
            "postgresql+psycopg://",
            creator=lambda: _connect_to_map(url, map_id, password),
            pool_size=1,  # a lost connection is found by using it (`lost`), not by pinging
        ).execution_options(schema_translate_map={None: OPEN_MAP})
        self._versions: dict[RowKey, int] = {}
        """The version of each row as this map last saw it."""
        self._mine: dict[RowKey, int] = {}
        """The version this map's own last change to each row left: what undoing expects."""
        self._fresh: list[Record] = []
        """The rows the operation being committed added or changed, as it left them."""
        self._left: dict[RowKey, int] = {}
        """… and their versions, kept once the commit is done."""
        self._gone: frozenset[RowKey] = frozenset()
        """… and the rows it removed."""
        super().__init__(engine, read_only=False)
        try:
            self.feed = ChangeFeed(url, map_id, password=password)
            """What others change in the map: listening from before it is first read, so
            nothing changed meanwhile goes unseen."""
        except BaseException:
            super().close()
            raise
        try:
            with self._reading() as connection:
                self.read_only = not connection.scalar(
                    text("SELECT has_table_privilege(:table, 'INSERT')"),
                    {"table": f"{OPEN_MAP}.card"},
                )
                self._versions = self._read_versions(connection)
                if self.read_only:
                    self.unwritable = refusal(connection, "")
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, url: str, wanted: str, *, password: str | None = None) -> SharedMap:
        """The map whose id or title is `wanted`, read whole and checked."""
        workspace = Workspace(url, password=password)
        try:
            map_id = workspace.find(wanted)
        finally:
            workspace.close()
        opened = cls(url, map_id, password=password)
        try:
            opened.content()
        except BaseException:
            opened.close()
            raise
        return opened

    @property
    def place(self) -> Message | str:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(self.url)
        host = str(parts.get("host") or "")
        database = str(parts.get("dbname") or parts.get("user") or "")
        if not host or host.startswith("/"):
            return Message("Places", "workspace “{name}”").format(name=database)
        return Message("Places", "workspace “{name}” on {host}").format(name=database, host=host)

    # --- changing ------------------------------------------------------------------------

    def apply(self, operation: Operation, *, undoing: bool = False) -> Operation:
        self._session.expunge_all()  # others change rows too: read each one anew
        if self.lost is not None:
            raise ConnectionLostError(_NOT_CONNECTED)
        self._left = {}
        try:
            with warnings.catch_warnings():
                # A row kept by row-level security is refused in _before_commit.
                warnings.filterwarnings("ignore", _NOT_DELETED, SAWarning)
                inverse = super().apply(operation, undoing=undoing)
        except _Conflict as conflict:
            told = self._conflict_said(conflict.rows, undoing=undoing)
            self.refresh(conflict.rows)
            raise RowChangedError(told, operation) from None
        except UnreachableError as error:
            raise self._lose(error.message) from None
        for versions in (self._versions, self._mine):  # only now that it is committed
            versions.update(self._left)
            for key in self._gone:
                versions.pop(key, None)
        return inverse

    def refresh(self, rows: Iterable[RowKey]) -> bool:
        """Read `rows` again as they are on the server; tell the listeners of those that
        differ from what this map showed. Whether any did."""
        wanted = by_table(rows)
        with self._reading() as connection:
            found, versions = self._read_rows(connection, wanted)
        self._versions.update(versions)
        shown = self._shown_rows()
        gone = {
            (table, row_id)
            for table, ids in wanted.items()
            for row_id in ids
            if table in CONTENT_TABLE_NAMES and (table, row_id) not in found
        }
        for key in gone:
            self._versions.pop(key, None)
        changed = {key: record for key, record in found.items() if shown.get(key) != record}
        gone &= shown.keys()
        if not changed and not gone:
            return False
        if self._content is not None:
            self._content = patched(self._content, changed.values(), {row_id for _, row_id in gone})
        self._tell(
            DocumentChanged(
                None,
                None,
                added=frozenset(changed.keys() - shown.keys()),
                updated=frozenset(changed.keys() & shown.keys()),
                removed=frozenset(gone),
            )
        )
        return True

    def take_others_changes(self) -> bool:
        """Show what others changed since the last call, without waiting; whether there
        was anything. Raises ConnectionLostError when the connection to the server is lost."""
        try:
            return self.refresh(self.feed.changed_rows())
        except UnreachableError as error:  # the whole map is read again once it is back
            raise self._lose(error.message) from None

    def reconnect(self) -> bool:
        """Try to reach the server again; whether it worked. The whole map is read anew,
        since others may have changed anything meanwhile, and the listeners are told."""
        try:
            feed = ChangeFeed(self.url, self.map_id, password=self._password)
        except WorkspaceError:
            return False
        self.feed.close()
        self.feed = feed
        self._engine.dispose()  # its connections died with the server's
        shown = self._content
        self._content = None
        try:
            with self._reading() as connection:
                self._versions = self._read_versions(connection)
            self.content()
        except WorkspaceError:
            self._content = shown
            return False
        self.lost = None
        self._tell(DocumentChanged(None, None, content_replaced=True))
        return True

    def _lose(self, why: Message | str) -> ConnectionLostError:
        """Note that the server cannot be reached; the error to tell the person."""
        self.lost = Message("Errors", "the connection to the workspace was lost ({why})").format(
            why=why
        )
        return ConnectionLostError(_NOT_CONNECTED)

    def _shown_rows(self) -> dict[RowKey, Record]:
        content = self.content()
        return {(record.TABLE, record.id): record for record in content.rows()}

    def _before_commit(self, change: DocumentChanged, *, undoing: bool) -> None:
        """Refuse the change if a row whose content it changed is not at the version this
        map saw (or, undoing a step, at the version its own last change left); then read
        back the rows it changed, with their versions."""
        connection = self._session.connection()
        touched = connection.scalar(text("SELECT current_setting('journeyboard.touched', true)"))
        had: dict[RowKey, int] = {}
        for line in (touched or "").splitlines():
            table, row_id, version = line.split(" ")
            had.setdefault((table, row_id), int(version))
        expected = {**self._versions, **self._mine} if undoing else self._versions
        changed = [key for key, version in had.items() if expected.get(key) != version]
        if changed:
            raise _Conflict(changed)
        if self._read_versions(connection, by_table(change.removed)):
            # Row-level security hid them from the DELETE (an editor removing a card
            # that has votes), which PostgreSQL answers by removing nothing.
            raise WorkspaceError(refusal(connection, _KEPT))
        if change.content_replaced:  # a snapshot restored: every row is new
            self._left = self._read_versions(connection)
            self._gone = frozenset(self._versions.keys() - self._left.keys())
            return
        fresh, self._left = self._read_rows(connection, by_table(change.added | change.updated))
        self._fresh = list(fresh.values())
        self._gone = change.removed

    def _conflict_said(self, rows: list[RowKey], *, undoing: bool) -> Message:
        table, row_id = rows[0]
        names = SERVER_TABLES[table]
        with self._reading() as connection:
            found = connection.execute(
                select(names.c.changed_by, names.c[_NAMES[table]]).where(
                    _this_row(table, row_id, self.map_id)
                )
            ).first()
        noun = Message("Nouns", fields.NOUNS[table])
        if found is None:
            return Message(
                "Errors", "Someone removed the {noun} meanwhile: your change was not made."
            ).format(noun=noun)
        who, name = found
        what = (
            Message("Errors", "the {noun} “{name}”").format(noun=noun, name=name)
            if name
            else Message("Errors", "the {noun}").format(noun=noun)
        )
        if undoing:
            return Message(
                "Errors",
                "{who} changed {what} after your step, so that step cannot be undone or redone.",
            ).format(who=who, what=what)
        return Message(
            "Errors",
            "{who} changed {what} meanwhile: your change was not made, and it now shows theirs.",
        ).format(who=who, what=what)

    def close(self) -> None:
        self.feed.close()
        super().close()

    def _changed_records(self, change: DocumentChanged) -> list[Record]:
        return self._fresh  # read with their versions, before the commit

    # --- reading the server --------------------------------------------------------------

    def _read_rows(
        self, connection: Connection, wanted: dict[str, set[str]]
    ) -> tuple[dict[RowKey, Record], dict[RowKey, int]]:
        """The `wanted` rows of the map, by table, and their versions: one query a table."""
        records: dict[RowKey, Record] = {}
        versions: dict[RowKey, int] = {}
        for table, ids in wanted.items():
            server = SERVER_TABLES.get(table)
            if server is None:
                continue
            kind = RECORD_OF_TABLE[table]
            names = [field.name for field in dataclasses.fields(kind)]
            key = server.c.id if table == "map" else server.c[MAP_ID]
            query = select(server.c.version, *(server.c[name] for name in names)).where(
                key == self.map_id, server.c.id.in_(ids)
            )
            for version, *values in connection.execute(query):
                record = kind(**dict(zip(names, values, strict=True)))
                versions[(table, record.id)] = version
                if table in CONTENT_TABLE_NAMES:
                    records[(table, record.id)] = record
        return records, versions

    def _read_versions(
        self, connection: Connection, wanted: dict[str, set[str]] | None = None
    ) -> dict[RowKey, int]:
        """The versions of the map's rows, all or those `wanted` by table."""
        versions: dict[RowKey, int] = {}
        for table, server in SERVER_TABLES.items():
            if wanted is not None and table not in wanted:
                continue
            where = (
                server.c.id == self.map_id if table == "map" else server.c[MAP_ID] == self.map_id
            )
            query = select(server.c.id, server.c.version).where(where)
            if wanted is not None:
                query = query.where(server.c.id.in_(wanted[table]))
            versions.update(
                ((table, row_id), version) for row_id, version in connection.execute(query)
            )
        return versions

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection to read with, the server's refusals said in one line."""
        try:
            with self._engine.connect() as connection:
                yield connection
        except UnreachableError as error:
            raise self._lose(error.message) from None
        except SQLAlchemyError as error:
            if isinstance(error, DBAPIError) and error.connection_invalidated:
                raise self._lose(first_line(str(error.orig))) from None
            raise WorkspaceError(said(error, self._engine)) from None

    def _write_failed(self, error: SQLAlchemyError) -> JourneyboardError:
        if isinstance(error, DBAPIError) and error.connection_invalidated:
            return self._lose(first_line(str(error.orig)))
        return WorkspaceError(said(error, self._engine))

    def _unreadable(self, error: Exception) -> JourneyboardError:
        if isinstance(error, SQLAlchemyError):
            return WorkspaceError(said(error, self._engine))
        return WorkspaceError(
            Message("Errors", "the map in the workspace does not hold together: {why}").format(
                why=getattr(error, "message", error)
            )
        )


def _this_row(table: str, row_id: str, map_id: str) -> Any:
    server = SERVER_TABLES[table]
    if table == "map":
        return server.c.id == map_id
    return (server.c[MAP_ID] == map_id) & (server.c.id == row_id)


def _connect_to_map(url: str, map_id: str, password: str | None) -> Any:
    """A connection to the workspace whose views show the map `map_id`."""
    connection = connect(url, password, **KEEPALIVE)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, %s, false)", (OPEN_MAP_SETTING, map_id))
    connection.commit()
    return connection

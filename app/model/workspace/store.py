"""A workspace: the maps of a team in a PostgreSQL database, given by a libpq URL.

The URL is handed to libpq as it is (through psycopg), so that everything libpq reads from
it or from its environment works as people expect: `?host=/socket/dir`, `sslmode=`, the
password in `~/.pgpass` or `PGPASSWORD`. A map is copied in (`push`) or out (`pull`) in
one transaction: a workspace never holds half a map.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy
from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.model.data.content_codec import decode_content, encode_content
from app.model.data.records import (
    RECORD_OF_TABLE,
    MapContent,
    Record,
    SnapshotRecord,
    columns,
    new_id,
)
from app.model.data.validation import check_content
from app.model.errors import InvalidValueError, JourneyboardError
from app.model.messages import Message
from app.model.workspace.refusals import first_line, said
from app.model.workspace.server_schema import MAP_ID, SERVER_TABLES

_CONTENT_TABLES = ("persona", "stage", "lane", "card", "emotion_point")
"""The tables of a map's content, parents first, as they are copied in."""


class WorkspaceError(JourneyboardError):
    """The workspace cannot be reached, or refuses what was asked, said in one line."""


class UnreachableError(WorkspaceError):
    """The server cannot be reached: stopped, or the network is down."""


class PasswordNeededError(WorkspaceError):
    """The server asks for a password: none was found (~/.pgpass, PGPASSWORD) or it was
    wrong."""


@dataclass(frozen=True, slots=True)
class MapEntry:
    """A map of the workspace as its list shows it."""

    id: str
    title: str
    changed_at: dt.datetime
    changed_by: str
    cards: int


AS_PULLED = "As pulled from the workspace"
"""The name of the snapshot a map copied out of a workspace keeps of itself: pushed back,
it tells whether the workspace's map is still the one it was copied from."""


@dataclass(frozen=True, slots=True)
class PulledMap:
    content: MapContent
    snapshots: tuple[SnapshotRecord, ...]


def for_a_trip(
    content: MapContent, snapshots: tuple[SnapshotRecord, ...]
) -> tuple[SnapshotRecord, ...]:
    """The snapshots of a map being copied out of a workspace into a file, with one more of
    the map as it is now (AS_PULLED), by which `Workspace.push` knows it again."""
    taken_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (*snapshots, SnapshotRecord(new_id(), AS_PULLED, taken_at, encode_content(content)))


class Workspace:
    """The workspace at `url`; each method is one transaction."""

    def __init__(self, url: str, *, password: str | None = None) -> None:
        """`password`, when given, is used instead of libpq's own means (app.model.workspace)."""
        self.url = url
        self._engine = sqlalchemy.create_engine(
            "postgresql+psycopg://",
            creator=lambda: connect(url, password),
            poolclass=sqlalchemy.NullPool,
        )

    def init(self) -> None:
        """Make the workspace's tables and roles, or bring them to the newest revision."""
        from app.model.workspace.migrating import migrate_to_newest  # here: Alembic is slow

        with self._transaction() as connection:
            migrate_to_newest(connection)

    def maps(self) -> list[MapEntry]:
        """Every map, most lately changed first."""
        maps, cards = SERVER_TABLES["map"], SERVER_TABLES["card"]
        counted = (
            select(cards.c[MAP_ID], sqlalchemy.func.count().label("cards"))
            .group_by(cards.c[MAP_ID])
            .subquery()
        )
        query = (
            select(
                maps.c.id,
                maps.c.title,
                maps.c.changed_at,
                maps.c.changed_by,
                sqlalchemy.func.coalesce(counted.c.cards, 0),
            )
            .outerjoin(counted, counted.c[MAP_ID] == maps.c.id)
            .order_by(maps.c.changed_at.desc(), maps.c.title)
        )
        with self._transaction() as connection:
            return [MapEntry(*row) for row in connection.execute(query)]

    def push(
        self,
        content: MapContent,
        snapshots: tuple[SnapshotRecord, ...] = (),
        *,
        replace: bool = False,
    ) -> None:
        """Copy a map in, under its own id. One already there is replaced if it is still
        the map this one was pulled from (a copy back from a trip, see `for_a_trip`), or if
        asked to."""
        try:
            check_content(content)
        except InvalidValueError as error:
            raise WorkspaceError(error.message) from None
        map_id = content.map.id
        with self._transaction() as connection:
            maps = SERVER_TABLES["map"]
            there = connection.execute(
                select(maps.c.title, maps.c.changed_by, maps.c.changed_at)
                .where(maps.c.id == map_id)
                .with_for_update()
            ).first()
            if (
                there is not None
                and not replace
                and self._read_map(connection, map_id).content != content
            ):
                self._check_unchanged_since_pulled(connection, map_id, there, content, snapshots)
            connection.execute(maps.delete().where(maps.c.id == map_id))
            connection.execute(maps.insert(), [columns(content.map)])
            rows: dict[str, list[Record]] = {table: [] for table in _CONTENT_TABLES}
            for record in content.rows():
                if record.TABLE != "map":
                    rows[record.TABLE].append(record)
            rows["snapshot"] = list(snapshots)
            for table, records in rows.items():
                if records:
                    connection.execute(
                        SERVER_TABLES[table].insert(),
                        [{MAP_ID: map_id, **columns(record)} for record in records],
                    )

    def pull(self, wanted: str) -> PulledMap:
        """The map whose id or title is `wanted`, checked as a file's content is."""
        with self._transaction() as connection:
            return self._read_map(connection, self._found(connection, wanted))

    def _check_unchanged_since_pulled(
        self,
        connection: Connection,
        map_id: str,
        there: Any,
        content: MapContent,
        snapshots: tuple[SnapshotRecord, ...],
    ) -> None:
        """Refuse to push over the workspace's map unless it is still the map the pushed
        one was last pulled from (its newest AS_PULLED snapshot), or the same map."""
        now = self._read_map(connection, map_id).content
        if now == content:
            return
        pulled = [snapshot for snapshot in snapshots if snapshot.name == AS_PULLED]
        if pulled:
            newest = max(pulled, key=lambda snapshot: snapshot.taken_at)
            if decode_content(newest.content) == now:
                return
        when = there.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if pulled:
            raise WorkspaceError(
                Message(
                    "Errors",
                    "“{title}” changed in the workspace since you pulled it ({who}, {when}): "
                    "pull it again and make your changes there, or push with --replace to "
                    "put yours in its place",
                ).format(title=there.title, who=there.changed_by, when=when)
            )
        raise WorkspaceError(
            Message(
                "Errors",
                "the workspace already holds this map (“{title}”, last changed by {who}, "
                "{when}): pull it to see what changed, or push with --replace",
            ).format(title=there.title, who=there.changed_by, when=when)
        )

    def _read_map(self, connection: Connection, map_id: str) -> PulledMap:
        """The map `map_id` as the workspace holds it, checked as a file's content is."""
        found = {
            table: self._records(connection, table, map_id)
            for table in ("map", *_CONTENT_TABLES, "snapshot")
        }
        content = _in_display_order(
            MapContent(
                found["map"][0],  # type: ignore[arg-type]
                *(tuple(found[table]) for table in _CONTENT_TABLES),  # type: ignore[arg-type]
            )
        )
        try:
            check_content(content)
        except InvalidValueError as error:
            raise WorkspaceError(
                Message("Errors", "the map in the workspace does not hold together: {why}").format(
                    why=error.message
                )
            ) from None
        return PulledMap(content, tuple(found["snapshot"]))  # type: ignore[arg-type]

    def find(self, wanted: str) -> str:
        """The id of the map whose id or title is `wanted`."""
        with self._transaction() as connection:
            return self._found(connection, wanted)

    def _found(self, connection: Connection, wanted: str) -> str:
        maps = SERVER_TABLES["map"]
        by_id = connection.execute(select(maps.c.id).where(maps.c.id == wanted)).scalars().all()
        found = (
            by_id
            or connection.execute(select(maps.c.id).where(maps.c.title == wanted)).scalars().all()
        )
        if not found:
            raise WorkspaceError(
                Message("Errors", "the workspace holds no map titled or numbered “{map}”").format(
                    map=wanted
                )
            )
        if len(found) > 1:
            raise WorkspaceError(
                Message(
                    "Errors", "{count} maps are titled “{map}”: name the one you want by its id"
                ).format(count=len(found), map=wanted)
            )
        return str(found[0])

    @staticmethod
    def _records(connection: Connection, table: str, map_id: str) -> list[Record]:
        """The rows of `table` in the map, as the file's records, in display order."""
        server = SERVER_TABLES[table]
        kind = RECORD_OF_TABLE[table]
        names = [field.name for field in dataclasses.fields(kind)]
        key = server.c.id if table == "map" else server.c[MAP_ID]
        order = [server.c[name] for name in _ORDER.get(table, ("id",))]
        rows = connection.execute(
            select(*(server.c[name] for name in names)).where(key == map_id).order_by(*order)
        )
        return [kind(**row._mapping) for row in rows]

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A transaction, its database's refusals said in one line."""
        try:
            with self._engine.begin() as connection:
                yield connection
        except DBAPIError as error:
            raise WorkspaceError(said(error, self._engine)) from None
        except SQLAlchemyError as error:
            raise WorkspaceError(str(error).splitlines()[0]) from None

    def close(self) -> None:
        self._engine.dispose()


_ORDER: dict[str, tuple[str, ...]] = {
    "persona": ("position",),
    "stage": ("position",),
    "lane": ("position",),
    "snapshot": ("taken_at", "name"),
}
"""How each table's rows are read; cards and points are put in order by `_in_display_order`."""


def _in_display_order(content: MapContent) -> MapContent:
    """Cards by stage, lane and place; points by persona, stage and place (MapContent)."""
    stages = {stage.id: stage.position for stage in content.stages}
    lanes = {lane.id: lane.position for lane in content.lanes}
    personas = {persona.id: persona.position for persona in content.personas}
    return dataclasses.replace(
        content,
        cards=tuple(
            sorted(content.cards, key=lambda c: (stages[c.stage_id], lanes[c.lane_id], c.position))
        ),
        emotions=tuple(
            sorted(
                content.emotions,
                key=lambda e: (personas[e.persona_id], stages[e.stage_id], e.position),
            )
        ),
    )


KEEPALIVE: dict[str, Any] = {
    "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3
}  # fmt: skip
"""For a connection kept open: a network that drops without a word is noticed in about 11
seconds (TCP only; libpq's own options)."""


def connect(url: str, password: str | None = None, **options: Any) -> Any:
    """A psycopg connection to `url`, or a WorkspaceError saying why not in one line
    (PasswordNeededError when the server wants a password it was not given)."""
    import psycopg  # here: only a workspace needs it

    try:
        if password is not None:
            options["password"] = password
        return psycopg.connect(url, **options)
    except psycopg.Error as error:
        said = first_line(str(error)).replace(url, without_password(url))
        if "no password supplied" in said:
            raise PasswordNeededError(
                Message("Errors", "The workspace asks for a password.")
            ) from None
        if "password authentication failed" in said:
            raise PasswordNeededError(
                Message("Errors", "The workspace did not accept the password.")
            ) from None
        raise UnreachableError(said) from None


def without_password(url: str) -> str:
    """The URL as it may be shown or remembered: any password in it left out.

    libpq's own parser reads it (a password may hold "?" or "/", and the key=value form
    is a URL too); a URL with a password comes back in the key=value form, without it.
    One libpq cannot read is not shown at all.
    """
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(url)
    except ProgrammingError:
        return str(Message("Errors", "(an address that cannot be read)"))
    if "password" not in parts:
        return url
    return make_conninfo("", **{key: value for key, value in parts.items() if key != "password"})

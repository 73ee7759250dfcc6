"""Which rows of an open map others changed: PostgreSQL's LISTEN/NOTIFY.

The workspace's triggers notify the channel `journeyboard` with "map table id id …" for
the rows each statement changed (migrations/versions/0001), delivered when it commits.
The feed listens on a connection of its own, so that waiting for news never holds up an
edit; the window waits on its socket and reads what came (`changed_rows`).
"""

from __future__ import annotations

from typing import Any

from app.model.edits.editor import RowKey
from app.model.workspace.refusals import first_line
from app.model.workspace.store import KEEPALIVE, UnreachableError, connect

CHANNEL = "journeyboard"


class ChangeFeed:
    """The changes to the map `map_id` of the workspace at `url`, as they are committed."""

    def __init__(self, url: str, map_id: str, *, password: str | None = None) -> None:
        self.map_id = map_id
        self._connection: Any = connect(url, password, **KEEPALIVE)
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def socket(self) -> int:
        """The socket to wait on: readable when news has come (or the server has gone)."""
        return int(self._connection.fileno())

    def changed_rows(self) -> set[RowKey]:
        """The rows of the map changed since the last call, without waiting.

        Raises UnreachableError when the connection to the server is lost.
        """
        import psycopg

        rows: set[RowKey] = set()
        try:
            for notice in self._connection.notifies(timeout=0):
                # Anyone may NOTIFY the channel: a notice not "map table id …" is passed over.
                map_id, _, rest = notice.payload.partition(" ")
                table, _, row_ids = rest.partition(" ")
                if map_id == self.map_id:
                    rows.update((table, row_id) for row_id in row_ids.split(" "))
        except psycopg.Error as error:
            raise UnreachableError(first_line(str(error))) from None
        return rows

    def close(self) -> None:
        self._connection.close()

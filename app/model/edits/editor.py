"""The transaction an operation is applied in: fetching rows, and placing them in lists.

Operations (app.model.edit_*) work through an Editor, never through the session alone,
so that rows are looked up with one clear error when they are gone, new ids are checked,
and rows written in bulk are reported like every other change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.model.data import fields
from app.model.data.limits import FULL, MAX_ROWS
from app.model.data.records import RECORD_OF_TABLE, Record
from app.model.data.schema import CLASS_OF_TABLE, Base, Map
from app.model.data.validation import check_record
from app.model.data.writer import insert_rows
from app.model.edits.ordering import OrderedList
from app.model.errors import OperationError
from app.model.messages import Message

M = TypeVar("M", bound=Base)
RowKey = tuple[str, str]
"""(table, id) of a row that an operation touched."""


def noun(cls: type[Base]) -> Message:
    """What a row of the table is called in a message: "card", "emotion point"."""
    return Message("Nouns", fields.NOUNS[cls.__tablename__])


_GONE = Message("Errors", "The {noun} is no longer in the map.")


def record_of(row: Base) -> Any:
    """The frozen record of a mapped row, as it is now."""
    kind = RECORD_OF_TABLE[row.__tablename__]
    return kind(**{f.name: getattr(row, f.name) for f in dataclasses.fields(kind)})


class Editor:
    """One transaction's worth of editing: the session, and the changes the session does
    not see itself (rows shifted, written or deleted by bulk statements)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.added: set[RowKey] = set()
        self.updated: set[RowKey] = set()
        self.removed: set[RowKey] = set()
        self.replaced_content = False

    def get(self, cls: type[M], row_id: str | None) -> M:
        self.session.flush()  # so that a row deleted earlier in this transaction is gone
        row = self.session.get(cls, row_id) if row_id is not None else None
        if row is None:
            raise OperationError(_GONE.format(noun=noun(cls)))
        return row

    def require(self, cls: type[Base], row_id: str | None) -> None:
        """Check that a row exists without loading it (cheaper than `get` in hot paths)."""
        self.session.flush()
        identity = cls.id  # type: ignore[attr-defined]
        if (
            row_id is None
            or self.session.execute(select(identity).where(identity == row_id)).first() is None
        ):
            raise OperationError(_GONE.format(noun=noun(cls)))

    def require_new(self, cls: type[Base], row_id: str) -> None:
        fields.clean_id(row_id, Message("Errors", "The id of a new {noun}").format(noun=noun(cls)))
        if self.session.get(cls, row_id) is not None:
            raise OperationError(
                Message("Errors", "A {noun} with that id is already in the map.").format(
                    noun=noun(cls)
                )
            )

    def the_map(self) -> Map:
        return self.session.scalars(select(Map)).one()

    def rows(self, cls: type[M], *where: Any) -> list[M]:
        """Rows of a table in the order of their position."""
        position = cls.position  # type: ignore[attr-defined]
        return list(self.session.scalars(select(cls).where(*where).order_by(position)))

    def require_room(self, cls: type[Base], adding: int = 1) -> None:
        """Refuse to grow a table past what a map may hold (app.model.data.limits)."""
        limit = MAX_ROWS[cls.__tablename__]
        count = self.session.scalar(select(func.count()).select_from(cls)) or 0
        if count + adding > limit:
            raise OperationError(FULL[cls.__tablename__].format(limit=f"{limit:,}"))

    def insert(self, row: Base, into: OrderedList, position: int) -> None:
        """Add a new row at `position` of its list."""
        self.require_room(type(row))
        self._shifted(into, into.open_gap(self.session, into.group_of(row), position))
        row.position = position  # type: ignore[attr-defined]
        self.session.add(row)

    def remove(self, row: Base, out_of: OrderedList) -> Any:
        """Delete a row from its list and return its record, for the inverse."""
        record, position = record_of(row), row.position  # type: ignore[attr-defined]
        self.session.delete(row)
        self._shifted(out_of, out_of.close_gap(self.session, out_of.group_of(row), position))
        return record

    def move(self, row: Any, lists: OrderedList, position: int, **to: str) -> int:
        """Move a row to `position` of a list, its own or the one `to` names (for a card,
        `stage_id=…, lane_id=…`); return where it was."""
        old, source = row.position, lists.group_of(row)
        target = {**source, **to}
        self._shifted(lists, lists.close_gap(self.session, source, old))
        moved = lists.open_gap(self.session, target, position, leaving_out=row.id)
        self._shifted(lists, moved)
        for column, value in to.items():
            setattr(row, column, value)
        row.position = position
        return int(old)

    def put_back(self, records: Sequence[Record]) -> None:
        """Insert whole lists at once (the cards of a stage coming back with it).

        The records must fill lists of their own, so nothing else moves; each is checked
        as a file's rows are, and an id already taken fails the insert, as it should.
        """
        for record in records:
            check_record(record)
        if records:
            self.require_room(CLASS_OF_TABLE[records[0].TABLE], len(records))
        self.session.flush()
        insert_rows(self.session.connection(), records)
        self.added.update((record.TABLE, record.id) for record in records)

    def take_away(self, cls: type[Base], *where: Any) -> tuple[Any, ...]:
        """Delete every row that matches, whole lists at once; return their records."""
        self.session.flush()
        table = cls.__table__
        kind = RECORD_OF_TABLE[cls.__tablename__]
        found = self.session.execute(select(table).where(*where)).mappings()
        records = tuple(kind(**row) for row in found)
        self.session.execute(
            delete(cls).where(*where), execution_options={"synchronize_session": "fetch"}
        )
        self.removed.update((record.TABLE, record.id) for record in records)
        return records

    def _shifted(self, rows: OrderedList, ids: set[str]) -> None:
        table = rows.table.__tablename__
        self.updated.update((table, row_id) for row_id in ids)

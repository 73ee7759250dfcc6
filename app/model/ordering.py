"""Dense positions in the map's ordered lists: 0, 1, 2… with no gaps and no repeats.

Stages, lanes and personas form one list each; the cards of a cell and a persona's points
in a stage form many small ones. Rows after an inserted or removed one are shifted with a
single UPDATE, so an edit costs the same in a cell of three cards or of three hundred.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from app.model.errors import OperationError
from app.model.schema import Base


class OrderedList:
    """The rows of `table` that satisfy every `where`, ordered by their `position` column."""

    def __init__(self, table: type[Base], *where: ColumnElement[bool]) -> None:
        self.table = table
        self.where = where

    def count(self, session: Session, *, leaving_out: str | None = None) -> int:
        query = select(func.count()).select_from(self.table).where(*self.where)
        if leaving_out is not None:
            query = query.where(self._column("id") != leaving_out)
        return session.execute(query).scalar_one()

    def open_gap(
        self, session: Session, position: int, *, leaving_out: str | None = None
    ) -> set[str]:
        """Move the rows from `position` on one place down; return the ids that moved.

        `position` may be anything from 0 to the length of the list, which is the end.
        """
        if isinstance(position, bool) or not isinstance(position, int):
            raise OperationError(f"A position must be a whole number, not {position!r}.")
        length = self.count(session, leaving_out=leaving_out)
        if not 0 <= position <= length:
            raise OperationError(f"Position {position} is outside the list (0 to {length}).")
        return self._shift(session, self._column("position") >= position, +1, leaving_out)

    def close_gap(self, session: Session, position: int) -> set[str]:
        """Move the rows after `position` one place up, after the row there has left."""
        return self._shift(session, self._column("position") > position, -1, None)

    def _shift(
        self, session: Session, which: ColumnElement[bool], step: int, leaving_out: str | None
    ) -> set[str]:
        position = self._column("position")
        statement = update(self.table).where(*self.where, which).values({position: position + step})
        if leaving_out is not None:
            statement = statement.where(self._column("id") != leaving_out)
        returning = statement.returning(self._column("id"))
        moved = session.execute(returning, execution_options={"synchronize_session": "fetch"})
        return set(moved.scalars())

    def _column(self, name: str) -> Any:
        return getattr(self.table, name)

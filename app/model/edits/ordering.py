"""Dense positions in the map's ordered lists: 0, 1, 2… with no gaps and no repeats.

Stages, lanes and personas form one list each; the cards of a cell and a persona's points
in a stage form many small lists, told apart by the columns they share (`group_by`). Rows
after an inserted or removed one are shifted with a single UPDATE, so an edit costs the
same in a cell of three cards or of three hundred. The statements are built once per kind
of list, and run with Core: building them anew for every edit, and running them through
the ORM, cost more than running them.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.model.data.schema import Base
from app.model.errors import OperationError
from app.model.messages import Message

Group = dict[str, str]
"""The values of `group_by` that pick one list: {"stage_id": …, "lane_id": …}."""

_NO_ROW = ""
"""Stands for "leave no row out": no id is empty."""


class OrderedList:
    """The lists of `table` whose rows share the values of the `group_by` columns."""

    def __init__(self, table: type[Base], *group_by: str) -> None:
        self.table = table
        self.group_by = group_by
        sql_table = cast(Table, table.__table__)
        columns = sql_table.c
        same_list = [columns[column] == bindparam(f"in_{column}") for column in group_by]
        others = columns.id != bindparam("leaving_out")
        self._count = select(func.count()).select_from(sql_table).where(*same_list, others)
        self._shift = (
            update(sql_table)
            .where(*same_list, others, columns.position >= bindparam("start"))
            .values(position=columns.position + bindparam("step"))
            .returning(columns.id)
        )

    def group_of(self, row: Any) -> Group:
        """Which list `row` is in."""
        return {column: getattr(row, column) for column in self.group_by}

    @staticmethod
    def _parameters(group: Group, leaving_out: str | None, **more: int) -> dict[str, Any]:
        named = {f"in_{column}": value for column, value in group.items()}
        return {**named, "leaving_out": leaving_out or _NO_ROW, **more}

    def count(self, session: Session, group: Group, *, leaving_out: str | None = None) -> int:
        parameters = self._parameters(group, leaving_out)
        return session.connection().execute(self._count, parameters).scalar_one()

    def open_gap(
        self, session: Session, group: Group, position: int, *, leaving_out: str | None = None
    ) -> set[str]:
        """Move the rows from `position` on one place down; return the ids that moved.

        `position` may be anything from 0 to the length of the list, which is the end.
        """
        if isinstance(position, bool) or not isinstance(position, int):
            raise OperationError(
                Message("Errors", "A position must be a whole number, not {value}.").format(
                    value=repr(position)
                )
            )
        length = self.count(session, group, leaving_out=leaving_out)
        if not 0 <= position <= length:
            raise OperationError(
                Message(
                    "Errors", "Position {position} is outside the list (0 to {length})."
                ).format(position=position, length=length)
            )
        return self._shifted(session, group, position, +1, leaving_out)

    def close_gap(self, session: Session, group: Group, position: int) -> set[str]:
        """Move the rows after `position` one place up, after the row there has left."""
        return self._shifted(session, group, position + 1, -1, None)

    def _shifted(
        self, session: Session, group: Group, start: int, step: int, leaving_out: str | None
    ) -> set[str]:
        parameters = self._parameters(group, leaving_out, start=start, step=step)
        moved = set(session.connection().execute(self._shift, parameters).scalars())
        for row_id in moved:  # a row already loaded must not keep its old position
            loaded = session.identity_map.get(identity_key(self.table, row_id))
            if loaded is not None:
                session.expire(loaded, ["position"])
        return moved

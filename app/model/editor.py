"""The transaction an operation is applied in: fetching rows, and placing them in lists.

Operations (app.model.edit_*) work through an Editor, never through the session alone,
so that rows are looked up with one clear error when they are gone, new ids are checked,
and the rows that a bulk UPDATE shifts are reported like every other change.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import fields
from app.model.errors import OperationError
from app.model.ordering import OrderedList
from app.model.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapRecord,
    PersonaRecord,
    Record,
    SnapshotRecord,
    StageRecord,
)
from app.model.schema import (
    MAPPED_CLASSES,
    Base,
    Card,
    EmotionPoint,
    Lane,
    Map,
    Persona,
    Snapshot,
    Stage,
)

RECORD_OF: dict[type[Base], type[Record]] = {
    Map: MapRecord,
    Persona: PersonaRecord,
    Stage: StageRecord,
    Lane: LaneRecord,
    Card: CardRecord,
    EmotionPoint: EmotionRecord,
    Snapshot: SnapshotRecord,
}
CLASS_OF_RECORD: dict[type[Record], type[Base]] = {kind: cls for cls, kind in RECORD_OF.items()}
CLASS_OF_TABLE: dict[str, type[Base]] = {cls.__tablename__: cls for cls in MAPPED_CLASSES}
NOUN: dict[type[Base], str] = {
    Map: "map",
    Persona: "persona",
    Stage: "stage",
    Lane: "lane",
    Card: "card",
    EmotionPoint: "emotion point",
    Snapshot: "snapshot",
}

M = TypeVar("M", bound=Base)
RowKey = tuple[str, str]
"""(table, id) of a row that an operation touched."""


def record_of(row: Base) -> Any:
    """The frozen record of a mapped row, as it is now."""
    kind = RECORD_OF[type(row)]
    return kind(**{f.name: getattr(row, f.name) for f in dataclasses.fields(kind)})


class Editor:
    """One transaction's worth of editing: the session, and what changed beyond the rows
    the session tracks (rows shifted by a bulk UPDATE, a content replaced wholesale)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.shifted: set[RowKey] = set()
        self.replaced_content = False

    def get(self, cls: type[M], row_id: str | None) -> M:
        self.session.flush()  # so that a row deleted earlier in this transaction is gone
        row = self.session.get(cls, row_id) if row_id is not None else None
        if row is None:
            raise OperationError(f"The {NOUN[cls]} is no longer in the map.")
        return row

    def require_new(self, cls: type[Base], row_id: str) -> None:
        fields.clean_id(row_id, f"The id of a new {NOUN[cls]}")
        if self.session.get(cls, row_id) is not None:
            raise OperationError(f"A {NOUN[cls]} with that id is already in the map.")

    def the_map(self) -> Map:
        return self.session.scalars(select(Map)).one()

    def rows(self, cls: type[M], *where: Any) -> list[M]:
        """Rows of a table in the order of their position."""
        position = cls.position  # type: ignore[attr-defined]
        return list(self.session.scalars(select(cls).where(*where).order_by(position)))

    def insert(self, row: Base, into: OrderedList, position: int) -> None:
        """Add a new row at `position` of its list."""
        self._note(into, into.open_gap(self.session, position))
        row.position = position  # type: ignore[attr-defined]
        self.session.add(row)

    def remove(self, row: Base, out_of: OrderedList) -> Any:
        """Delete a row from its list and return its record, for the inverse."""
        record, position = record_of(row), row.position  # type: ignore[attr-defined]
        self.session.delete(row)
        self._note(out_of, out_of.close_gap(self.session, position))
        return record

    def move(self, row: Any, out_of: OrderedList, into: OrderedList, position: int) -> int:
        """Move a row to `position` of a list (maybe its own); return where it was."""
        old = row.position
        self._note(out_of, out_of.close_gap(self.session, old))
        self._note(into, into.open_gap(self.session, position, leaving_out=row.id))
        row.position = position
        return int(old)

    def _note(self, rows: OrderedList, ids: set[str]) -> None:
        table = rows.table.__tablename__
        self.shifted.update((table, row_id) for row_id in ids)

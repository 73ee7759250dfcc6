"""A map's content as JSON with its ids, the way snapshots keep it inside the file.

Unlike the interchange format (app.model.interchange), which numbers rows by their place
in lists, this keeps every id, so that restoring a snapshot and undoing the restore give
back the very rows that were there.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any

from app.model.errors import InvalidValueError
from app.model.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    Record,
    StageRecord,
    columns,
)
from app.model.validation import check_content

_LISTS: dict[str, type[Record]] = {
    "personas": PersonaRecord,
    "stages": StageRecord,
    "lanes": LaneRecord,
    "cards": CardRecord,
    "emotions": EmotionRecord,
}


def encode_content(content: MapContent) -> bytes:
    document: dict[str, Any] = {"map": _encode(content.map)}
    for key in _LISTS:
        document[key] = [_encode(record) for record in getattr(content, key)]
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def decode_content(data: bytes) -> MapContent:
    """The content, checked as a whole; raises InvalidValueError if it does not hold."""
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or set(document) != {"map", *_LISTS}:
            raise ValueError("not a map")
        content = MapContent(
            map=_decode(MapRecord, document["map"]),
            **{
                key: tuple(_decode(kind, row) for row in document[key])
                for key, kind in _LISTS.items()
            },
        )
    except (ValueError, TypeError, RecursionError) as error:
        raise InvalidValueError("Snapshot", f"its content cannot be read ({error})") from None
    check_content(content)
    return content


def _encode(record: Record) -> dict[str, Any]:
    row = columns(record)
    if isinstance(record, PersonaRecord) and record.photo is not None:
        row["photo"] = base64.b64encode(record.photo).decode("ascii")
    return row


def _decode(kind: type[Record], row: object) -> Any:
    names = {field.name for field in dataclasses.fields(kind)}
    if not isinstance(row, dict) or set(row) != names:
        raise ValueError(f"a {kind.__name__} row has other fields than expected")
    if kind is PersonaRecord and row["photo"] is not None:
        row = {**row, "photo": base64.b64decode(row["photo"], validate=True)}
    return kind(**row)

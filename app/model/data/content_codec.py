"""A map's content as JSON with its ids, the way snapshots keep it inside the file.

Unlike the interchange format (app.model.interchange.journeyboard_json), which numbers
rows by their place in lists, this keeps every id, so that restoring a snapshot and
undoing the restore give back the very rows that were there.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any

from app.model.data.records import (
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
from app.model.data.validation import check_content
from app.model.errors import InvalidValueError
from app.model.messages import Message

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
        raise InvalidValueError(
            Message("Nouns", "snapshot"),
            Message("Errors", "its content cannot be read ({why})").format(why=error),
        ) from None
    check_content(content)
    return content


_PICTURES: dict[type[Record], str] = {PersonaRecord: "photo", CardRecord: "image"}
"""The field of each kind of row that holds a picture, written as base64 text."""


def _encode(record: Record) -> dict[str, Any]:
    row = columns(record)
    picture = _PICTURES.get(type(record))
    if picture is not None and row[picture] is not None:
        row[picture] = base64.b64encode(row[picture]).decode("ascii")
    return row


_ADDED_LATER: dict[type[Record], dict[str, Any]] = {CardRecord: {"image": None}}
"""Fields added to the format after snapshots were first kept (version 2), with the value
they have in the rows of an older snapshot."""


def _decode(kind: type[Record], row: object) -> Any:
    names = {field.name for field in dataclasses.fields(kind)}
    if isinstance(row, dict):
        row = {**_ADDED_LATER.get(kind, {}), **row}
    if not isinstance(row, dict) or set(row) != names:
        raise ValueError(f"a {kind.__name__} row has other fields than expected")
    picture = _PICTURES.get(kind)
    if picture is not None and row[picture] is not None:
        row = {**row, picture: base64.b64decode(row[picture], validate=True)}
    return kind(**row)

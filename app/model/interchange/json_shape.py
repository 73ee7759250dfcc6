"""A first look at a JSON map as a stream, before Python's json module builds it.

A file within the size limit can hold what costs many times its size once built (256 MB
of `[],` is 90 million lists, 6 GB). This pass reads the file's events with ijson, keeping
nothing, and refuses at once a shape no map within its limits has: a list of rows holding
anything but objects or more rows than its table may, an object with more fields than any
row, nesting deeper than a snapshot's card. Only then is the file built and checked field
by field (app.model.interchange.journeyboard_json), with messages naming each place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Final

import ijson  # type: ignore[import-untyped]

from app.model.data.limits import MAX_ROWS
from app.model.errors import InterchangeError, NotAJsonMapError
from app.model.interchange.json_reading import kind_of
from app.model.messages import Message

ROW_LISTS: Final = {
    "personas": "persona",
    "stages": "stage",
    "lanes": "lane",
    "cards": "card",
    "emotions": "emotion_point",
    "snapshots": "snapshot",
}
"""The lists of rows, each with the table whose limit it has."""
VALUE_LISTS: Final = {"emotion_scale": 16}
"""The lists of plain values, with more than they may hold (the full check says what)."""
MAX_FIELDS: Final = 40
"""More than any row of journeyboard/1 has; which fields are unknown is said later."""
MAX_DEPTH: Final = 6
"""A snapshot's card: the file, its snapshots, a snapshot, its map, its cards, a card."""
_SAMPLE: Final[dict[str, object]] = {
    "start_map": {},
    "start_array": [],
    "string": "",
    "number": 0,
    "boolean": True,
    "null": None,
}
"""A value of the kind each event starts, to name it as the full parse does."""


@dataclass(slots=True)
class _Open:
    """A container being read: where it sits, and the key or the count of its items."""

    place: str
    is_list: bool
    key: str = ""
    count: int = 0

    def place_of_next(self) -> str:
        if self.is_list:
            return f"{self.place}[{self.count}]"
        return f"{self.place}.{self.key}" if self.place else self.key


def check_shape(raw: bytes, max_rows: int) -> None:
    """Raise InterchangeError for a shape no map within its limits has; return quietly
    for one a map may have, and for text that is not JSON (the full parse says where)."""
    events = ijson.basic_parse(BytesIO(raw.removeprefix(b"\xef\xbb\xbf")), use_float=True)
    try:
        _walk(events, max_rows)
    except ijson.JSONError:
        return


def _walk(events: Iterable[tuple[str, Any]], max_rows: int) -> None:
    open_: list[_Open] = []
    rows = 0
    for event, value in events:
        if event == "map_key":
            container = open_[-1]
            container.key, container.count = value, container.count + 1
            if container.count > MAX_FIELDS:
                raise InterchangeError(
                    container.place, Message("Errors", "has more fields than any row of a map")
                )
            continue
        if event in ("end_map", "end_array"):
            open_.pop()
            continue
        if not open_ and event != "start_map":
            raise NotAJsonMapError()
        place = open_[-1].place_of_next() if open_ else ""
        if open_ and open_[-1].is_list:
            _take_item(open_[-1], place, event)
        if event in ("start_map", "start_array"):
            if len(open_) >= MAX_DEPTH:
                raise InterchangeError(
                    place, Message("Errors", "is nested deeper than any part of a map")
                )
            open_.append(_Open(place, is_list=event == "start_array"))
            rows += event == "start_map"
            if rows > max_rows:
                raise InterchangeError(
                    _row_of(place),
                    Message(
                        "Errors", "the map and its snapshots hold more than {count} rows"
                    ).format(count=f"{max_rows:,}"),
                )


def _row_of(place: str) -> str:
    """The row of the top list that `place` is in: `snapshots[3]` for a snapshot's card."""
    return place.split("]", 1)[0] + "]" if "]" in place else place


def _take_item(parent: _Open, place: str, event: str) -> None:
    """Count an item of a list, refusing what that list may not hold."""
    parent.count += 1
    name = parent.place.rsplit(".", 1)[-1].split("[")[0]
    if name in ROW_LISTS:
        if event != "start_map":
            raise InterchangeError(
                place,
                Message("Errors", "must be an object {{…}}, not {kind}").format(
                    kind=kind_of(_SAMPLE[event])
                ),
            )
        if parent.count > MAX_ROWS[ROW_LISTS[name]]:
            raise InterchangeError(
                parent.place,
                Message("Errors", "holds more than a map can ({limit})").format(
                    limit=f"{MAX_ROWS[ROW_LISTS[name]]:,}"
                ),
            )
    elif name in VALUE_LISTS:
        if parent.count > VALUE_LISTS[name]:
            raise InterchangeError(
                parent.place,
                Message("Errors", "holds more values than it may"),
            )
    else:
        raise InterchangeError(
            parent.place, Message("Errors", "is not a field of a journeyboard/1 map")
        )

"""Reading untrusted JSON so that each error names the place it sits at: `cards[3].stage`.

The parser refuses what Python's json module would let through quietly (a key given twice,
NaN, a number too long to convert), and nesting too deep to be a map.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from app.model.errors import InterchangeError, InvalidValueError
from app.model.fields import FieldSpec


def load_json(raw: bytes | str) -> object:
    """Parse JSON text (UTF-8, with or without a byte order mark)."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise InterchangeError("", f"the file is not UTF-8 text (byte {error.start})") from None
    try:
        return json.loads(
            text, object_pairs_hook=_refuse_repeated_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}"
        raise InterchangeError(place, f"this is not valid JSON: {error.msg}") from None
    except RecursionError:
        raise InterchangeError("", "the JSON is nested too deeply to be a map") from None
    except ValueError as error:  # a repeated key, NaN, or a number too long to read
        if "digits" in str(error):
            raise InterchangeError("", "a number in the file is too long to be a value") from None
        raise InterchangeError("", str(error)) from None


def clean_at(place: str, spec: FieldSpec, value: object) -> Any:
    try:
        return spec.clean(value)
    except InvalidValueError as error:
        raise InterchangeError(place, error.reason) from None


class JsonObject:
    """A JSON object being imported, with the place it sits at for error messages."""

    def __init__(self, value: object, place: str, *, required: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise InterchangeError(place, f"must be an object {{…}}, not {_kind(value)}")
        self.data: dict[str, Any] = value
        self.place = place
        self._required = required
        for key in required:
            if key not in value:
                raise InterchangeError(self._at(key), "is missing")

    def allow(self, *optional: str) -> None:
        """Refuse every key that is neither required nor one of `optional`."""
        for key in self.data:
            if key not in self._required and key not in optional:
                raise InterchangeError(self._at(key), "is not a field of a journeyboard/1 map")

    def field(self, key: str, spec: FieldSpec) -> Any:
        return clean_at(self._at(key), spec, self.data[key])

    def index(self, key: str, count: int, noun: str) -> int:
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InterchangeError(self._at(key), f"must be the number of a {noun}")
        if not 0 <= value < count:
            numbered = f"numbered 0 to {count - 1}" if count else "there are none"
            raise InterchangeError(
                self._at(key), f"{value} is not a {noun} of this map ({numbered})"
            )
        return value

    def items(self, key: str, limit: int) -> list[tuple[object, str]]:
        """The list under `key` (an empty one if absent), each item with its place."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise InterchangeError(self._at(key), f"must be a list [...], not {_kind(value)}")
        if len(value) > limit:
            raise InterchangeError(
                self._at(key), f"{len(value):,} is more than a map can hold ({limit:,})"
            )
        return [(item, f"{self._at(key)}[{i}]") for i, item in enumerate(value)]

    def _at(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number a map can hold")

"""Reading untrusted JSON so that each error names the place it sits at: `cards[3].stage`.

The parser refuses what Python's json module would let through quietly (a key given twice,
NaN, a number too long to convert), and nesting too deep to be a map.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from app.model.data.fields import FieldSpec
from app.model.errors import InterchangeError, InvalidValueError
from app.model.messages import Message


def load_json(raw: bytes | str) -> object:
    """Parse JSON text (UTF-8, with or without a byte order mark)."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise InterchangeError(
            "",
            Message("Errors", "the file is not UTF-8 text (byte {byte})").format(byte=error.start),
        ) from None
    try:
        return json.loads(
            text, object_pairs_hook=_refuse_repeated_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        place = Message("Errors", "line {line}, column {column}").format(
            line=error.lineno, column=error.colno
        )
        raise InterchangeError(
            place, Message("Errors", "this is not valid JSON: {why}").format(why=error.msg)
        ) from None
    except RecursionError:
        raise InterchangeError(
            "", Message("Errors", "the JSON is nested too deeply to be a map")
        ) from None
    except ValueError:  # a number too long to read
        raise InterchangeError(
            "", Message("Errors", "a number in the file is too long to be a value")
        ) from None


def clean_at(place: str, spec: FieldSpec, value: object) -> Any:
    try:
        return spec.clean(value)
    except InvalidValueError as error:
        raise InterchangeError(place, error.reason) from None


class JsonObject:
    """A JSON object being imported, with the place it sits at for error messages."""

    def __init__(self, value: object, place: str, *, required: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise InterchangeError(
                place,
                Message("Errors", "must be an object {{…}}, not {kind}").format(
                    kind=kind_of(value)
                ),
            )
        self.data: dict[str, Any] = value
        self.place = place
        self._required = required
        for key in required:
            if key not in value:
                raise InterchangeError(self._at(key), Message("Errors", "is missing"))

    def allow(self, *optional: str) -> None:
        """Refuse every key that is neither required nor one of `optional`."""
        for key in self.data:
            if key not in self._required and key not in optional:
                raise InterchangeError(
                    self._at(key), Message("Errors", "is not a field of a journeyboard/1 map")
                )

    def field(self, key: str, spec: FieldSpec) -> Any:
        return clean_at(self._at(key), spec, self.data[key])

    def index(self, key: str, count: int, noun: str) -> int:
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InterchangeError(
                self._at(key),
                Message("Errors", "must be the number of a {noun}").format(
                    noun=Message("Nouns", noun)
                ),
            )
        if not 0 <= value < count:
            numbered = (
                Message("Errors", "numbered 0 to {last}").format(last=count - 1)
                if count
                else Message("Errors", "there are none")
            )
            raise InterchangeError(
                self._at(key),
                Message("Errors", "{value} is not a {noun} of this map ({numbered})").format(
                    value=value, noun=Message("Nouns", noun), numbered=numbered
                ),
            )
        return value

    def items(self, key: str, limit: int) -> list[tuple[object, str]]:
        """The list under `key` (an empty one if absent), each item with its place."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise InterchangeError(
                self._at(key),
                Message("Errors", "must be a list [...], not {kind}").format(kind=kind_of(value)),
            )
        if len(value) > limit:
            raise InterchangeError(
                self._at(key),
                Message("Errors", "holds more than a map can ({limit})").format(limit=f"{limit:,}"),
            )
        return [(item, f"{self._at(key)}[{i}]") for i, item in enumerate(value)]

    def _at(self, key: str) -> str:
        """The place of `key`, shown printable: a key is text from the file, and may hold
        control characters that a terminal would obey."""
        shown = key if key.isprintable() and len(key) <= 80 else ascii(key[:80])
        return f"{self.place}.{shown}" if self.place else shown


def kind_of(value: object) -> Message | str:
    kinds: dict[type, Message | str] = {
        dict: Message("Errors", "an object"),
        list: Message("Errors", "a list"),
        str: Message("Errors", "text"),
        bool: Message("Errors", "true/false"),
    }
    number = Message("Errors", "a number") if isinstance(value, int | float) else "null"
    return kinds.get(type(value), number)


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InterchangeError(
                "",
                Message("Errors", "the key {key} appears twice in one object").format(
                    key=repr(key)
                ),
            )
        result[key] = value
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise InterchangeError(
        "", Message("Errors", "{name} is not a number a map can hold").format(name=name)
    )

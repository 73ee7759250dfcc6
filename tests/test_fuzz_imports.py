"""Thousands of broken and hostile JSON maps to import: values of the wrong type, keys
missing or added, huge and deeply nested values, and damaged text. Each is imported as
`journeyboard import` would: it is read into a map, or refused with Journeyboard's own
error naming what is wrong, never another exception. `JOURNEYBOARD_FUZZ` sets how many
of each kind (default 400), `JOURNEYBOARD_FUZZ_SEED` which ones."""

from __future__ import annotations

import copy
import json
import os
import random
from collections.abc import Callable
from typing import Any

import pytest

from app.model.errors import JourneyboardError
from app.model.interchange.journeyboard_json import export_map, parse_map
from app.model.interchange.templates import find_template, load_template

EACH = int(os.environ.get("JOURNEYBOARD_FUZZ", "400"))
SEED = int(os.environ.get("JOURNEYBOARD_FUZZ_SEED", "2026"))

ODD_VALUES: list[Any] = [
    None,
    True,
    -1,
    2**63,
    1e308,
    float("nan"),
    "",
    "x" * 300_000,
    [],
    {},
    [[[[[]]]]],
    {"format": "journeyboard/1"},
    "\u0000\ud7ff\ufffd",
]


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as the keys and indices that lead there."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


def parent_and_key(document: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    for step in path[:-1]:
        document = document[step]
    return document, path[-1]


def wrong_value(document: Any, rng: random.Random) -> bytes:
    path = rng.choice(places(document)[1:])
    parent, key = parent_and_key(document, path)
    parent[key] = copy.deepcopy(rng.choice(ODD_VALUES))
    return json.dumps(document, allow_nan=True).encode()


def missing_key(document: Any, rng: random.Random) -> bytes:
    keyed = [p for p in places(document)[1:] if isinstance(parent_and_key(document, p)[0], dict)]
    parent, key = parent_and_key(document, rng.choice(keyed))
    del parent[key]
    return json.dumps(document).encode()


def extra_key(document: Any, rng: random.Random) -> bytes:
    dicts = [p for p in places(document) if isinstance(_at(document, p), dict)]
    _at(document, rng.choice(dicts))["unexpected"] = rng.choice(ODD_VALUES[:8])
    return json.dumps(document, allow_nan=True).encode()


def deep_nesting(document: Any, rng: random.Random) -> bytes:
    depth = rng.choice([50, 1_000, 100_000])
    path = rng.choice(places(document)[1:])
    parent, key = parent_and_key(document, path)
    parent[key] = "NEST"
    text = json.dumps(document)
    return text.replace('"NEST"', "[" * depth + "]" * depth, 1).encode()


def damaged_text(document: Any, rng: random.Random) -> bytes:
    raw = bytearray(json.dumps(document).encode())
    for _ in range(rng.randrange(1, 6)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw[: rng.randrange(1, len(raw) + 1)] if rng.random() < 0.3 else raw)


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


BREAKS: dict[str, Callable[[Any, random.Random], bytes]] = {
    "wrong value": wrong_value,
    "missing key": missing_key,
    "extra key": extra_key,
    "deep nesting": deep_nesting,
    "damaged text": damaged_text,
}


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_a_broken_import_is_read_or_refused_with_its_reason(kind: str) -> None:
    good = export_map(load_template(find_template("cafe")).content)
    rng = random.Random(f"{SEED}-{kind}")
    refused = 0
    for _ in range(EACH):
        raw = BREAKS[kind](copy.deepcopy(good), rng)
        try:
            parse_map(raw)
        except JourneyboardError as error:
            assert str(error) and "\n" not in str(error)
            refused += 1
    assert refused > 0  # the breaks are found, not silently read

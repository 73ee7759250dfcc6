"""Every form a table takes holds to its declaration: the mapped class (and so the file's
schema, tests/test_schema.py), the frozen record the layout and exporters read, and the
field specs that say what each field may hold."""

from __future__ import annotations

import dataclasses
import types
import typing

import pytest
from sqlalchemy import inspect

from app.model.data.fields import (
    FIELDS_BY_TABLE,
    ChoiceField,
    ColourField,
    DateField,
    FlagField,
    ImageField,
    IntegerField,
    TextField,
    TimestampField,
)
from app.model.data.records import RECORD_OF_TABLE
from app.model.data.schema import CLASS_OF_TABLE
from app.model.interchange.journeyboard_json import export_map
from app.model.interchange.templates import find_template, load_template

KINDS: dict[type, type] = {
    TextField: str,
    ChoiceField: str,
    ColourField: str,
    DateField: str,
    TimestampField: str,
    IntegerField: int,
    FlagField: bool,
    ImageField: bytes,
}
"""The Python type each kind of field holds."""


def python_type(hint: object) -> tuple[type, bool]:
    """A record field's type, and whether it may be None."""
    arguments = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        kept = [a for a in arguments if a is not type(None)]
        assert len(kept) == 1, hint
        return kept[0], True
    assert isinstance(hint, type), hint
    return hint, False


@pytest.mark.parametrize("table", sorted(FIELDS_BY_TABLE))
def test_the_record_and_the_mapped_class_have_the_same_columns(table: str) -> None:
    mapped = inspect(CLASS_OF_TABLE[table])
    record = RECORD_OF_TABLE[table]
    assert [c.key for c in mapped.columns] == [f.name for f in dataclasses.fields(record)]
    hints = typing.get_type_hints(record)
    for column in mapped.columns:
        kind, optional = python_type(hints[column.key])
        assert column.nullable == optional, f"{table}.{column.key}"
        impl = getattr(column.type, "impl", column.type)
        expected = bool if type(column.type).__name__ == "Bool" else impl.python_type
        assert kind is expected, f"{table}.{column.key}"


@pytest.mark.parametrize("table", sorted(FIELDS_BY_TABLE))
def test_every_declared_field_is_a_column_of_its_kind(table: str) -> None:
    record = RECORD_OF_TABLE[table]
    hints = typing.get_type_hints(record)
    defaults = {f.name: f.default for f in dataclasses.fields(record)}
    for name, spec in FIELDS_BY_TABLE[table].items():
        assert name in hints, f"{table}.{name} is declared but not a column"
        kind, optional = python_type(hints[name])
        assert kind is KINDS[type(spec)], f"{table}.{name}"
        required = isinstance(spec, TextField) and spec.required
        if defaults[name] is not dataclasses.MISSING:  # a default the spec accepts
            assert spec.clean(defaults[name]) == defaults[name], f"{table}.{name}"
        assert not (required and optional), f"{table}.{name}"


def test_the_json_format_writes_every_declared_field() -> None:
    """A field added to a declaration is in journeyboard/1 without another list to edit."""
    content = load_template(find_template("cafe")).content
    written = export_map(content)
    rows = {
        "map": [written],
        "persona": written["personas"],
        "stage": written["stages"],
        "lane": written["lanes"],
        "card": written["cards"],
        "emotion_point": written["emotions"],
    }
    for table, items in rows.items():
        for name in FIELDS_BY_TABLE[table]:
            key = "emotion_scale" if name in ("emotion_min", "emotion_max") else name
            if name in ("photo", "image"):  # written only when there is one
                continue
            assert all(key in item for item in items), f"{table}.{name}"


def test_a_table_of_cards_has_a_column_for_every_card_field_but_the_picture() -> None:
    """A card field added to the declaration with a column title is read and written by
    spreadsheets without another list to edit; one without a column fails here."""
    from app.model.interchange.sheet_reading import read_csv
    from app.model.interchange.spreadsheet_export import long_table, write_csv
    from app.model.interchange.spreadsheet_import import map_from_sheet

    columned = {key for key, spec in FIELDS_BY_TABLE["card"].items() if spec.column}
    assert columned == set(FIELDS_BY_TABLE["card"]) - {"image"}
    content = load_template(find_template("cafe")).content
    header = long_table(content)[0]
    titles = [FIELDS_BY_TABLE["card"][key].column for key in FIELDS_BY_TABLE["card"]]
    assert [title for title in titles if title] == header[2:-3]
    back = map_from_sheet(read_csv(write_csv(content).encode()), "back")
    for name in columned:
        assert [getattr(c, name) for c in back.cards] == [getattr(c, name) for c in content.cards]

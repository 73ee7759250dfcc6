"""A map from a sheet, in either of the two shapes people keep a journey in.

- A *long table*, one card a row, under a header naming its columns: at least Stage, Lane
  and Title, in any case and order. The columns are those the field declarations give a
  column title (`app.model.data.fields`).
- A *grid*, as a journey is drawn in a sheet: stage names across the first row, lane names
  down the first column, each cell the cards of its stage and lane, one a line. A row named
  "Emotions" holds a score per stage ("−2 Annoyed"), a point of the primary persona;
  "Emotions: Sam" holds Sam's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, Literal

from app.model.data.fields import (
    CARD_FIELDS,
    EMOTION_FIELDS,
    ChoiceField,
    FieldSpec,
    FlagField,
    IntegerField,
    TextField,
)
from app.model.data.records import MapContent
from app.model.data.vocabulary import (
    DEFAULT_EMOTION_SCALE,
    LANE_KINDS,
    PRIORITIES,
    PRIORITY_MARKS,
)
from app.model.errors import InterchangeError
from app.model.interchange.map_building import (
    QUOTED,
    MapBuilder,
    Place,
    clean_at,
    lane_kind,
    named_kind,
    named_place,
)
from app.model.interchange.sheet_columns import (
    CARD_COLUMNS,
    KIND_COLUMN,
    LANE_COLUMN,
    PERSONA_COLUMN,
    SCORE_COLUMN,
    STAGE_COLUMN,
    TITLE_COLUMN,
)
from app.model.interchange.sheet_reading import Cell, Sheet
from app.model.messages import Message, cut

Shape = Literal["long", "grid"]

_FIELD_OF_COLUMN: Final[dict[str, str]] = {
    STAGE_COLUMN.casefold(): "stage",
    LANE_COLUMN.casefold(): "lane",
    **{title.casefold(): key for key, title in CARD_COLUMNS.items()},
    PERSONA_COLUMN.casefold(): "persona",
    SCORE_COLUMN.casefold(): "score",
    KIND_COLUMN.casefold(): "kind",
}
_REQUIRED: Final = ("stage", "lane", "title")
_EMOTION_ROW = re.compile(r"(?P<lane>[^:(]+?)\s*(?::\s*(?P<named>.*?)|\((?P<bracketed>.*)\))?\s*")
_SCORE = re.compile(r"\s*(?P<sign>[+\-−–]?)\s*(?P<digits>\d+)(?=[\s:–-]|$)(?P<label>.*)", re.DOTALL)
"""A score, a whole number (not "2.5"), then a label if any: "−2 Annoyed", "+1: Curious"."""
_DEFAULT_PERSONA: Final = "Customer"


def guess_shape(sheet: Sheet) -> Shape:
    """A long table's header names at least two of Stage, Lane and Title; a grid's first
    row names stages."""
    header = {_text(cell).strip().casefold() for cell in sheet.rows[0][1]}
    named = sum(_FIELD_OF_COLUMN.get(title) in _REQUIRED for title in header)
    return "long" if named >= 2 else "grid"


def unread_columns(sheet: Sheet) -> list[Message]:
    """The columns of a long table's header that name no field: they are not read."""
    header_row, header = sheet.rows[0]
    return [
        Message(
            "Errors", "{place}: the column “{title}” is not a field of a card: it was not read"
        ).format(place=sheet.place(header_row, index), title=_one_line(cell))
        for index, cell in enumerate(header)
        if not _blank(cell) and _FIELD_OF_COLUMN.get(_one_line(cell).casefold()) is None
    ]


def map_from_sheet(sheet: Sheet, title: str, shape: Shape | None = None) -> MapContent:
    """The map a sheet holds, in the `shape` given or guessed from its first row."""
    builder = MapBuilder(title)
    if (shape or guess_shape(sheet)) == "long":
        _read_long(sheet, builder)
    else:
        _read_grid(sheet, builder)
    negative = not builder.scores or min(builder.scores) < 0
    return builder.build(DEFAULT_EMOTION_SCALE if negative else (1, 5))


# --- long table --------------------------------------------------------------------------


def _read_long(sheet: Sheet, builder: MapBuilder) -> None:
    header_row, header = sheet.rows[0]
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        field = _FIELD_OF_COLUMN.get(_text(cell).strip().casefold())
        if field is None:
            continue
        if field in columns:
            raise InterchangeError(
                sheet.place(header_row, index),
                Message("Errors", "a second “{title}” column").format(title=_text(cell).strip()),
            )
        columns[field] = index
    for field, title in zip(_REQUIRED, (STAGE_COLUMN, LANE_COLUMN, TITLE_COLUMN), strict=True):
        if field not in columns:
            raise InterchangeError(
                Message("Errors", "row {row}").format(row=header_row),
                Message(
                    "Errors",
                    "there is no “{title}” column: a table of cards needs Stage, Lane and "
                    "Title columns",
                ).format(title=title),
            )
    above: tuple[Cell, Cell] = (None, None)
    for number, cells in sheet.rows[1:]:
        above = _read_card_row(sheet, builder, columns, number, cells, above)


def _read_card_row(
    sheet: Sheet,
    builder: MapBuilder,
    columns: dict[str, int],
    number: int,
    cells: tuple[Cell, ...],
    above: tuple[Cell, Cell],
) -> tuple[Cell, Cell]:
    """Read one row of a long table: a card; with a Score, a point of its Persona's curve
    (labelled by its Title); with a Persona alone, that persona. Returns its stage and
    lane, which a row with those cells blank takes over, as a sheet with merged Stage cells
    reads (only the first of merged cells holds the value)."""

    def value_of(field: str) -> Cell:
        return cells[columns[field]] if columns[field] < len(cells) else None

    def place(field: str) -> Callable[[], Message]:
        return lambda: sheet.place(number, columns[field])

    stage_cell = above[0] if _blank(value_of("stage")) else value_of("stage")
    lane_cell = above[1] if _blank(value_of("lane")) else value_of("lane")
    stage = builder.stage(_one_line(stage_cell), place("stage"))
    title = _one_line(lane_cell)
    kind = _kind(value_of("kind"), place("kind")) if "kind" in columns else None
    named = "persona" in columns and not _blank(value_of("persona"))
    if "score" in columns and not _blank(value_of("score")):
        if not named and "emotions" not in (kind, builder.lane_kind_of(title), lane_kind(title)):
            raise InterchangeError(
                named_place(place("score")),
                Message(
                    "Errors",
                    "a Score is a point of the emotion curve: name its Persona, or put the "
                    "row in an Emotions lane",
                ),
            )
        builder.lane(title, place("lane"), kind="emotions")
        spec = EMOTION_FIELDS["score"]
        assert isinstance(spec, IntegerField)
        who = _one_line(value_of("persona")) if named else _DEFAULT_PERSONA
        builder.emotion(
            builder.persona(who, place("persona") if named else place("score")),
            stage,
            _whole_number(value_of("score"), spec, place("score")),
            _one_line(value_of("title")),
            place("title"),
        )
        return stage_cell, lane_cell
    lane = builder.lane(title, place("lane"), kind)
    values = {
        field: _value(CARD_FIELDS[field], value_of(field), place(field))
        for field in CARD_COLUMNS
        if field in columns and not _blank(value_of(field))
    }
    if named and not values:  # a persona, named in the order of the map's personas
        builder.persona(_one_line(value_of("persona")), place("persona"))
    if values:  # a row naming only a stage and a lane makes them, without a card
        if "title" not in values:
            raise InterchangeError(
                named_place(place("title")), Message("Errors", "the card has no title")
            )
        builder.card(stage, lane, values, place("title"))
    return stage_cell, lane_cell


def _kind(cell: Cell, place: Place) -> str | None:
    """The lane kind a Lane kind cell names ("Pain points"), None if it is blank."""
    if _blank(cell):
        return None
    kind = named_kind(_one_line(cell))
    if kind is None:
        raise InterchangeError(
            named_place(place),
            Message("Errors", "“{value}” is not a kind of lane: write one of {kinds}").format(
                value=cut(_one_line(cell), QUOTED),
                kinds=", ".join(kind.title for kind in LANE_KINDS),
            ),
        )
    return kind


def _value(spec: FieldSpec, cell: Cell, place: Place) -> Any:
    """A cell's value as the field stores it, read the way people fill in a sheet:
    "High" or 3 for a priority, "yes" or ★ for a flag, "Interview" for evidence (a choice
    in any case)."""
    if isinstance(spec, TextField):
        text = _text(cell)
        return clean_at(place, spec, _one_line(text) if spec.single_line else text)
    if isinstance(spec, IntegerField):
        return clean_at(place, spec, _whole_number(cell, spec, place))
    if isinstance(spec, FlagField):
        return _flag(cell, spec, place)
    if isinstance(spec, ChoiceField):
        return clean_at(place, spec, _choice(cell, spec, place))
    return clean_at(place, spec, cell)


_PRIORITY_NAMES: Final = {name.casefold(): value for value, name in PRIORITIES.items()}
_PRIORITY_OF_MARKS: Final = {marks: value for value, marks in PRIORITY_MARKS.items()}
_TRUE: Final = frozenset({"yes", "y", "true", "1", "x", "★", "✓", "✔"})
_FALSE: Final = frozenset({"no", "n", "false", "0", ""})


def _whole_number(cell: Cell, spec: IntegerField, place: Place) -> int:
    if isinstance(cell, bool):
        pass
    elif isinstance(cell, int):
        return cell
    elif isinstance(cell, float) and cell.is_integer():
        return int(cell)
    else:
        text = _text(cell).strip().replace("−", "-")
        if re.fullmatch(r"[+-]?\d{1,9}", text):
            return int(text)
        if spec is CARD_FIELDS["priority"]:
            found = _PRIORITY_NAMES.get(text.casefold(), _PRIORITY_OF_MARKS.get(text))
            if found is not None:
                return found
            raise InterchangeError(
                named_place(place),
                Message(
                    "Errors",
                    "{field}: “{value}” is not a priority: write High, Medium, Low or None",
                ).format(field=Message("Fields", spec.label), value=cut(_text(cell), QUOTED)),
            )
    raise InterchangeError(
        named_place(place),
        Message("Errors", "{field}: “{value}” is not a whole number").format(
            field=Message("Fields", spec.label), value=cut(_text(cell), QUOTED)
        ),
    )


def _flag(cell: Cell, spec: FlagField, place: Place) -> bool:
    if isinstance(cell, bool):
        return cell
    text = _text(cell).strip().casefold()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise InterchangeError(
        named_place(place),
        Message("Errors", "{field}: “{value}” is neither yes nor no").format(
            field=Message("Fields", spec.label), value=cut(_text(cell), QUOTED)
        ),
    )


def _choice(cell: Cell, spec: ChoiceField, place: Place) -> str:
    text = _text(cell).strip().casefold()
    if text in spec.options:
        return text
    raise InterchangeError(
        named_place(place),
        Message("Errors", "{field}: “{value}” is not one of {options}").format(
            field=Message("Fields", spec.label),
            value=cut(_text(cell).strip(), QUOTED),
            options=", ".join(option for option in spec.options if option),
        ),
    )


# --- grid --------------------------------------------------------------------------------


def _read_grid(sheet: Sheet, builder: MapBuilder) -> None:
    header_row, header = sheet.rows[0]
    stages = {
        index: builder.stage(_one_line(cell), sheet.place(header_row, index))
        for index, cell in enumerate(header)
        if index > 0 and not _blank(cell)
    }
    if not stages:
        raise InterchangeError(
            Message("Errors", "row {row}").format(row=header_row),
            Message(
                "Errors",
                "the first row names no stage: a grid has stage names across its first row "
                "and lane names down its first column",
            ),
        )
    for number, cells in sheet.rows[1:]:
        filled = [(index, cell) for index, cell in enumerate(cells) if index and not _blank(cell)]
        if _blank(cells[0]):
            raise InterchangeError(
                sheet.place(number, 0),
                Message("Errors", "the row holds cards but its first cell names no lane"),
            )
        for index, _cell in filled:
            if index not in stages:
                raise InterchangeError(
                    sheet.place(number, index),
                    Message("Errors", "the cell holds cards but no stage is named above it"),
                )
        name = _one_line(cells[0])
        persona = _emotion_row(name)
        if persona is None:
            lane = builder.lane(name, sheet.place(number, 0))
            for index, cell in filled:
                for line in _lines(cell):
                    builder.card(
                        stages[index], lane, {"title": _one_line(line)}, sheet.place(number, index)
                    )
            continue
        builder.lane(persona[0], sheet.place(number, 0), kind="emotions")
        who = builder.persona(persona[1], sheet.place(number, 0))
        for index, cell in filled:
            for score, label in _points(cell, sheet.place(number, index)):
                builder.emotion(who, stages[index], score, label, sheet.place(number, index))


def _emotion_row(name: str) -> tuple[str, str] | None:
    """(lane title, persona) for a row of emotions: "Emotions", "Emotions: Sam",
    "Emotions (Sam)"; None for a row of cards."""
    found = _EMOTION_ROW.fullmatch(name)
    if found is None or lane_kind(found["lane"]) != "emotions":
        return None
    who = (found["named"] or found["bracketed"] or "").strip()
    return found["lane"], who or _DEFAULT_PERSONA


def _points(cell: Cell, place: Message) -> list[tuple[int, str]]:
    """A cell of an emotions row: a score a line, each optionally followed by a label."""
    if isinstance(cell, int | float) and not isinstance(cell, bool) and float(cell).is_integer():
        return [(int(cell), "")]
    points = []
    for line in _lines(cell):
        found = _SCORE.fullmatch(line)
        if found is None:
            raise InterchangeError(
                place,
                Message(
                    "Errors",
                    "“{value}” is not a score: write a whole number, then a label if you "
                    "like (−2 Annoyed)",
                ).format(value=cut(line, QUOTED)),
            )
        sign = -1 if found["sign"] in "-−–" and found["sign"] else 1
        label = found["label"].strip().lstrip(":–-").strip()
        points.append((sign * int(found["digits"]), label))
    return points


# --- cell text ---------------------------------------------------------------------------


def _text(cell: Cell) -> str:
    """The cell as text: 3 for the number 3.0."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _one_line(cell: Cell) -> str:
    """A name or title: line breaks and tabs inside it become spaces."""
    text = _text(cell)
    if "\n" in text or "\r" in text or "\t" in text:
        text = re.sub(r"\s*[\r\n\t]+\s*", " ", text)
    return text.strip()


def _lines(cell: Cell) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", _text(cell)) if line.strip()]


def _blank(cell: Cell) -> bool:
    return not _text(cell).strip()

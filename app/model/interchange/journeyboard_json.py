"""The JSON interchange format, "journeyboard/1": maps made by scripts and other tools.

References between rows are indexes into the lists (DESIGN.md, The interchange format).
An import checks everything before anything is written and answers a bad file with one
message naming the place of the first error (`cards[3].stage: …`); it never half-imports.
An export writes every field, so that JSON → .journey → JSON gives back the same JSON.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from app.model.data.content_codec import decode_content, encode_content
from app.model.data.fields import (
    CARD_FIELDS,
    EMOTION_FIELDS,
    LANE_FIELDS,
    MAP_FIELDS,
    PERSONA_FIELDS,
    SNAPSHOT_FIELDS,
    STAGE_FIELDS,
    FieldSpec,
    ImageField,
)
from app.model.data.limits import MAX_ROWS
from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    SnapshotRecord,
    StageRecord,
    new_id,
)
from app.model.data.validation import check_content, check_scale, check_score
from app.model.data.vocabulary import DEFAULT_EMOTION_SCALE, LANE_KIND_BY_KEY
from app.model.errors import InterchangeError, InvalidValueError, NotAJsonMapError
from app.model.file.storage import SQLITE_MAGIC
from app.model.interchange.json_reading import JsonObject, clean_at, load_json
from app.model.interchange.json_shape import check_shape
from app.model.interchange.source_files import read_source
from app.model.messages import Message

FORMAT: Final = "journeyboard/1"
MAX_FILE_BYTES: Final = 256 << 20
MAX_TOTAL_ROWS: Final = 1_000_000
"""Rows of the map and of all its snapshots together: each snapshot is a whole map."""
MAX_ITEMS: Final[dict[str, int]] = {
    "personas": MAX_ROWS["persona"],
    "stages": MAX_ROWS["stage"],
    "lanes": MAX_ROWS["lane"],
    "cards": MAX_ROWS["card"],
    "emotions": MAX_ROWS["emotion_point"],
    "snapshots": MAX_ROWS["snapshot"],
}

SCALE_ENDS: Final = ("emotion_min", "emotion_max")
"""Written together as "emotion_scale": [low, high]."""


def _plain_keys(fields: dict[str, FieldSpec], *left_out: str) -> tuple[str, ...]:
    """The keys of a table's fields written as they are: all its declared fields but its
    pictures (written as base64) and those `left_out`."""
    return tuple(
        key
        for key, spec in fields.items()
        if not isinstance(spec, ImageField) and key not in left_out
    )


_MAP_KEYS = _plain_keys(MAP_FIELDS, *SCALE_ENDS)
_CONTENT_KEYS = (*_MAP_KEYS, "emotion_scale", "personas", "stages", "lanes", "cards", "emotions")
_PERSONA_KEYS = _plain_keys(PERSONA_FIELDS)
_STAGE_KEYS = _plain_keys(STAGE_FIELDS)
_LANE_KEYS = _plain_keys(LANE_FIELDS)
_CARD_KEYS = _plain_keys(CARD_FIELDS)
_EMOTION_KEYS = _plain_keys(EMOTION_FIELDS)


@dataclass(frozen=True, slots=True)
class ImportedMap:
    content: MapContent
    snapshots: tuple[SnapshotRecord, ...] = ()
    unread: tuple[Message, ...] = ()
    """What the file held that no field of the map takes (a spreadsheet's own column),
    said so that the person knows it did not come in."""


# --- export ------------------------------------------------------------------------------


def export_map(
    content: MapContent,
    snapshots: tuple[SnapshotRecord, ...] = (),
    *,
    left_out: list[InvalidValueError] | None = None,
) -> dict[str, Any]:
    """The map as a journeyboard/1 object, every field written out.

    A damaged snapshot fails the export, unless `left_out` is given: then it is left out
    and why is added to that list, so that one bad snapshot does not hold back the map.
    """
    document: dict[str, Any] = {"format": FORMAT}
    document.update(_export_content(content))
    document["snapshots"] = []
    for snapshot in snapshots:
        try:
            kept = _snapshot_content(snapshot)
        except InvalidValueError as error:
            if left_out is None:
                raise
            left_out.append(error)
            continue
        document["snapshots"].append(
            {"name": snapshot.name, "taken_at": snapshot.taken_at, "map": _export_content(kept)}
        )
    return document


def _snapshot_content(snapshot: SnapshotRecord) -> MapContent:
    try:
        return decode_content(snapshot.content)
    except InvalidValueError as error:
        raise InvalidValueError(
            Message("Errors", "Snapshot “{name}”").format(name=snapshot.name),
            Message("Errors", "is damaged ({why})").format(why=error.message),
        ) from None


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _export_content(content: MapContent) -> dict[str, Any]:
    the_map = content.map
    personas = {p.id: i for i, p in enumerate(content.personas)}
    stages = {s.id: i for i, s in enumerate(content.stages)}
    lanes = {lane.id: i for i, lane in enumerate(content.lanes)}
    cards = {c.id: i for i, c in enumerate(content.cards)}
    return {
        **{key: getattr(the_map, key) for key in _MAP_KEYS},
        "emotion_scale": [the_map.emotion_min, the_map.emotion_max],
        "personas": [
            {
                **{key: getattr(p, key) for key in _PERSONA_KEYS},
                "primary": p.id == the_map.primary_persona_id,
                "photo": base64.b64encode(p.photo).decode("ascii") if p.photo else None,
            }
            for p in content.personas
        ],
        "stages": [{key: getattr(s, key) for key in _STAGE_KEYS} for s in content.stages],
        "lanes": [{key: getattr(lane, key) for key in _LANE_KEYS} for lane in content.lanes],
        "cards": [
            {
                "stage": stages[c.stage_id],
                "lane": lanes[c.lane_id],
                **{key: getattr(c, key) for key in _CARD_KEYS},
                **({"image": base64.b64encode(c.image).decode("ascii")} if c.image else {}),
            }
            for c in content.cards
        ],
        "emotions": [
            {
                "persona": personas[e.persona_id],
                "stage": stages[e.stage_id],
                "order": e.position,
                **{key: getattr(e, key) for key in _EMOTION_KEYS},
                "card": None if e.card_id is None else cards[e.card_id],
            }
            for e in content.emotions
        ],
    }


# --- import ------------------------------------------------------------------------------


def read_map_file(path: Path) -> ImportedMap:
    """Read and check a journeyboard/1 file; raises InterchangeError naming the first error."""
    raw = read_source(path, MAX_FILE_BYTES)
    try:
        return parse_map(raw)
    except InterchangeError as error:
        raise error.in_file(path) from None


def parse_map(raw: bytes | str) -> ImportedMap:
    if isinstance(raw, bytes) and raw.startswith(SQLITE_MAGIC):
        raise InterchangeError(
            "", Message("Errors", "this is a database file, such as a .journey map, not JSON")
        )
    check_shape(raw if isinstance(raw, bytes) else raw.encode("utf-8"), MAX_TOTAL_ROWS)
    return import_map(load_json(raw))


def import_map(document: object) -> ImportedMap:
    """Build a map with fresh ids from a parsed journeyboard/1 object."""
    if not isinstance(document, dict) or "format" not in document:
        raise NotAJsonMapError()
    if document["format"] != FORMAT:
        raise InterchangeError(
            "format",
            Message("Errors", "must be {expected}; this file says {found}").format(
                expected=repr(FORMAT), found=repr(document["format"])
            ),
        )
    top = JsonObject(document, "", required=("format", "title"))
    top.allow(*_CONTENT_KEYS, "snapshots")
    content = _import_content(top)
    rows = _row_count(content)
    snapshots: list[SnapshotRecord] = []
    for item, place in _list(top, "snapshots"):
        snapshot, size = _import_snapshot(item, place)
        rows += size
        if rows > MAX_TOTAL_ROWS:
            raise InterchangeError(
                place,
                Message("Errors", "the map and its snapshots hold more than {count} rows").format(
                    count=f"{MAX_TOTAL_ROWS:,}"
                ),
            )
        snapshots.append(snapshot)
    return ImportedMap(content, tuple(snapshots))


def _import_snapshot(value: object, place: str) -> tuple[SnapshotRecord, int]:
    item = JsonObject(value, place, required=("name", "taken_at", "map"))
    name = item.field("name", SNAPSHOT_FIELDS["name"])
    taken_at = item.field("taken_at", SNAPSHOT_FIELDS["taken_at"])
    inner = JsonObject(item.data["map"], f"{place}.map", required=("title",))
    inner.allow(*_CONTENT_KEYS)
    content = _import_content(inner)
    return SnapshotRecord(new_id(), name, taken_at, encode_content(content)), _row_count(content)


def _row_count(content: MapContent) -> int:
    return sum(1 for _ in content.rows())


def _import_content(top: JsonObject) -> MapContent:
    low, high = _scale(top)
    map_values = {key: top.field(key, MAP_FIELDS[key]) for key in _MAP_KEYS if key in top.data}

    personas: list[PersonaRecord] = []
    primary: str | None = None
    for index, (value, place) in enumerate(_list(top, "personas")):
        item = JsonObject(value, place, required=("name",))
        item.allow(*_PERSONA_KEYS, "primary", "photo")
        values = {
            key: item.field(key, PERSONA_FIELDS[key]) for key in _PERSONA_KEYS if key in item.data
        }
        photo = _picture(item, "photo", PERSONA_FIELDS["photo"])
        persona = PersonaRecord(new_id(), index, photo=photo, **values)
        if item.data.get("primary", False) is not False:
            if item.data["primary"] is not True:
                raise InterchangeError(
                    f"{place}.primary", Message("Errors", "must be true or false")
                )
            if primary is not None:
                raise InterchangeError(
                    f"{place}.primary", Message("Errors", "only one persona can be primary")
                )
            primary = persona.id
        personas.append(persona)
    if primary is None and personas:
        primary = personas[0].id

    stages: list[StageRecord] = []
    for index, (value, place) in enumerate(_list(top, "stages")):
        item = JsonObject(value, place, required=("name",))
        item.allow("description", "goal", "width")
        values = {key: item.field(key, STAGE_FIELDS[key]) for key in item.data}
        stages.append(StageRecord(new_id(), index, **values))

    lanes: list[LaneRecord] = []
    for index, (value, place) in enumerate(_list(top, "lanes")):
        item = JsonObject(value, place, required=("kind",))
        item.allow("title", "height")
        kind = item.field("kind", LANE_FIELDS["kind"])
        title = item.field("title", LANE_FIELDS["title"]) if "title" in item.data else None
        height = item.field("height", LANE_FIELDS["height"]) if "height" in item.data else 120
        lanes.append(
            LaneRecord(new_id(), index, kind, title or LANE_KIND_BY_KEY[kind].title, height)
        )

    cards: list[CardRecord] = []
    in_cell: dict[tuple[str, str], int] = {}
    for value, place in _list(top, "cards"):
        item = JsonObject(value, place, required=("stage", "lane", "title"))
        item.allow(*_CARD_KEYS, "image")
        stage = stages[item.index("stage", len(stages), "stage")]
        lane = lanes[item.index("lane", len(lanes), "lane")]
        values = {key: item.field(key, CARD_FIELDS[key]) for key in _CARD_KEYS if key in item.data}
        image = _picture(item, "image", CARD_FIELDS["image"])
        cell = (stage.id, lane.id)
        position = in_cell.get(cell, 0)
        in_cell[cell] = position + 1
        cards.append(CardRecord(new_id(), stage.id, lane.id, position, image=image, **values))

    emotions = _import_emotions(top, personas, stages, cards, low, high)
    content = MapContent(
        map=MapRecord(
            id=new_id(),
            emotion_min=low,
            emotion_max=high,
            primary_persona_id=primary,
            **map_values,
        ),
        personas=tuple(personas),
        stages=tuple(stages),
        lanes=tuple(lanes),
        cards=tuple(cards),
        emotions=emotions,
    )
    try:
        check_content(content)
    except InvalidValueError as error:  # every value was checked above; this is a last guard
        raise InterchangeError("", error.message) from None
    return content


def _import_emotions(
    top: JsonObject,
    personas: list[PersonaRecord],
    stages: list[StageRecord],
    cards: list[CardRecord],
    low: int,
    high: int,
) -> tuple[EmotionRecord, ...]:
    """Points grouped into curves, ordered by persona, stage and their `order`."""
    placed: dict[tuple[int, int, int], EmotionRecord] = {}
    next_order: Counter[tuple[int, int]] = Counter()
    for value, place in _list(top, "emotions"):
        item = JsonObject(value, place, required=("persona", "stage", "score"))
        item.allow("order", "label", "card")
        persona = item.index("persona", len(personas), "persona")
        stage = item.index("stage", len(stages), "stage")
        order = item.data.get("order", next_order[(persona, stage)])
        if isinstance(order, bool) or not isinstance(order, int) or order < 0:
            raise InterchangeError(
                f"{place}.order", Message("Errors", "must be a whole number from 0 up")
            )
        if (persona, stage, order) in placed:
            taken = (
                Message("Errors", "persona {persona} already has a point {order} in stage {stage}")
                if "order" in item.data
                else Message(
                    "Errors",
                    "persona {persona} already has a point {order} in stage {stage} "
                    "(a point without an order follows the last)",
                )
            )
            raise InterchangeError(
                f"{place}.order", taken.format(persona=persona, order=order, stage=stage)
            )
        next_order[(persona, stage)] = max(next_order[(persona, stage)], order + 1)
        score = item.field("score", EMOTION_FIELDS["score"])
        try:
            check_score(score, low, high)
        except InvalidValueError as error:
            raise InterchangeError(f"{place}.score", error.reason) from None
        label = item.field("label", EMOTION_FIELDS["label"]) if "label" in item.data else ""
        card = None
        if item.data.get("card") is not None:
            card = cards[item.index("card", len(cards), "card")].id
        placed[(persona, stage, order)] = EmotionRecord(
            new_id(), personas[persona].id, stages[stage].id, 0, score, label, card
        )
    points: list[EmotionRecord] = []
    position: dict[tuple[int, int], int] = {}
    for persona, stage, order in sorted(placed):
        next_position = position.get((persona, stage), 0)
        position[(persona, stage)] = next_position + 1
        points.append(dataclasses.replace(placed[(persona, stage, order)], position=next_position))
    return tuple(points)


def _list(holder: JsonObject, key: str) -> list[tuple[object, str]]:
    return holder.items(key, MAX_ITEMS[key])


def _scale(top: JsonObject) -> tuple[int, int]:
    scale = top.data.get("emotion_scale", list(DEFAULT_EMOTION_SCALE))
    if not isinstance(scale, list) or len(scale) != 2:
        raise InterchangeError(
            "emotion_scale", Message("Errors", "must be two numbers, like [-3, 3]")
        )
    low = clean_at("emotion_scale[0]", MAP_FIELDS["emotion_min"], scale[0])
    high = clean_at("emotion_scale[1]", MAP_FIELDS["emotion_max"], scale[1])
    try:
        check_scale(low, high)
    except InvalidValueError as error:
        raise InterchangeError("emotion_scale", error.reason) from None
    return low, high


def _picture(item: JsonObject, key: str, spec: FieldSpec) -> bytes | None:
    """A persona's photo or a card's picture: base64 text of a PNG, JPEG or GIF."""
    encoded = item.data.get(key)
    if encoded is None:
        return None
    place = f"{item.place}.{key}"
    if not isinstance(encoded, str):
        raise InterchangeError(
            place, Message("Errors", "must be a picture in base64 text, or null")
        )
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):  # ValueError: letters outside ASCII
        raise InterchangeError(place, Message("Errors", "is not valid base64 text")) from None
    return clean_at(place, spec, data)  # type: ignore[no-any-return]

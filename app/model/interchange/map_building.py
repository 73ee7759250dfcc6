"""A map made row by row from another tool's file: a spreadsheet, a Mermaid diagram.

Those files name stages, lanes and personas rather than holding ids, so the builder makes
each the first time it is named and finds it again after, keeping the order things first
appear in. Every value is cleaned by its field's declaration; the first refusal is raised
as an InterchangeError naming the place in the file (a row, a cell, a line), so that an
import stops before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from typing import Any, Final

from app.model.data.fields import (
    CARD_FIELDS,
    EMOTION_FIELDS,
    LANE_FIELDS,
    MAP_FIELDS,
    PERSONA_FIELDS,
    STAGE_FIELDS,
    FieldSpec,
)
from app.model.data.limits import FULL, MAX_ROWS
from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    StageRecord,
    new_id,
)
from app.model.data.validation import check_content
from app.model.data.vocabulary import LANE_KIND_OTHER_NAMES, LANE_KINDS
from app.model.errors import InterchangeError, InvalidValueError
from app.model.messages import Message

_KIND_OF_TITLE = {
    **{name: key for key, names in LANE_KIND_OTHER_NAMES.items() for name in names},
    **{kind.title.casefold(): kind.key for kind in LANE_KINDS if kind.key != "custom"},
}
"""A lane named like a kind of the method ("Pain points", "Pains") is that kind."""
_KIND_OF_NAME = {
    **_KIND_OF_TITLE,
    **{kind.key: kind.key for kind in LANE_KINDS},
    **{kind.title.casefold(): kind.key for kind in LANE_KINDS},
}


def lane_kind(title: str) -> str:
    """The kind of a lane from its title: a known kind's name, else a custom lane."""
    return _KIND_OF_TITLE.get(" ".join(title.casefold().split()), "custom")


def named_kind(name: str) -> str | None:
    """The kind a kind's name stands for ("Pain points", "pain_points", "Custom lane"),
    or None."""
    return _KIND_OF_NAME.get(" ".join(name.casefold().split()))


QUOTED: Final = 60
"""How much of a file's text a message quotes, so that the message stays one short line."""

Place = Message | str | Callable[[], Message | str]
"""Where a value sits in its file ("cell C4", "line 7"), or how to say so: a reader of
thousands of rows names a place only when something there is refused."""


def clean_at(place: Place, spec: FieldSpec, value: object) -> Any:
    """The value as its field stores it, or an InterchangeError naming `place`."""
    try:
        return spec.clean(value)
    except InvalidValueError as error:
        raise InterchangeError(named_place(place), error.message) from None


def named_place(place: Place) -> Message | str:
    """The place as it is said in a message."""
    return place() if callable(place) else place


class MapBuilder:
    """Collects a map's stages, lanes, personas, cards and emotion points by name."""

    def __init__(self, title: str, place: Place = "") -> None:
        self._title = clean_at(place, MAP_FIELDS["title"], title)
        self._stages: dict[str, StageRecord] = {}
        self._lanes: dict[str, LaneRecord] = {}
        self._personas: dict[str, PersonaRecord] = {}
        self._cards: list[CardRecord] = []
        self._emotions: list[EmotionRecord] = []
        self._filled: defaultdict[tuple[str, ...], int] = defaultdict(int)
        self._kinds_told: set[str] = set()
        """The lanes whose kind was given, not guessed from their title."""

    @property
    def scores(self) -> list[int]:
        """The scores of the emotion points made so far."""
        return [point.score for point in self._emotions]

    def stage(self, name: object, place: Place) -> str:
        """The id of the stage named `name`, made at the end if it is new."""
        cleaned = clean_at(place, STAGE_FIELDS["name"], name)
        if cleaned not in self._stages:
            self._check_room("stage", len(self._stages), place)
            self._stages[cleaned] = StageRecord(new_id(), len(self._stages), cleaned)
        return self._stages[cleaned].id

    def lane(self, title: object, place: Place, kind: str | None = None) -> str:
        """The id of the lane titled `title`. A new one takes `kind`, or the kind its title
        names; one whose kind was only guessed takes the first `kind` given."""
        cleaned = clean_at(place, LANE_FIELDS["title"], title)
        if cleaned not in self._lanes:
            self._check_room("lane", len(self._lanes), place)
            self._lanes[cleaned] = LaneRecord(
                new_id(), len(self._lanes), kind or lane_kind(cleaned), cleaned
            )
        elif kind is not None and cleaned not in self._kinds_told:
            self._lanes[cleaned] = dataclasses.replace(self._lanes[cleaned], kind=kind)
        if kind is not None:
            self._kinds_told.add(cleaned)
        return self._lanes[cleaned].id

    def lane_kind_of(self, title: str) -> str | None:
        """The kind of the lane titled `title`, if it has been made."""
        lane = self._lanes.get(title)
        return None if lane is None else lane.kind

    def persona(self, name: object, place: Place) -> str:
        """The id of the persona named `name`; the first one made is the primary one."""
        cleaned = clean_at(place, PERSONA_FIELDS["name"], name)
        if cleaned not in self._personas:
            self._check_room("persona", len(self._personas), place)
            self._personas[cleaned] = PersonaRecord(new_id(), len(self._personas), cleaned)
        return self._personas[cleaned].id

    @property
    def primary_persona(self) -> str | None:
        return next(iter(self._personas.values())).id if self._personas else None

    def card(self, stage_id: str, lane_id: str, values: dict[str, object], place: Place) -> str:
        """Add a card at the end of its cell; `values` are by field name, title required."""
        self._check_room("card", len(self._cards), place)
        cleaned = {key: clean_at(place, CARD_FIELDS[key], value) for key, value in values.items()}
        position = self._next_place(stage_id, lane_id)
        card = CardRecord(new_id(), stage_id, lane_id, position, **cleaned)
        self._cards.append(card)
        return card.id

    def emotion(
        self,
        persona_id: str,
        stage_id: str,
        score: object,
        label: object,
        place: Place,
        card_id: str | None = None,
    ) -> None:
        """Add a point at the end of the persona's curve in that stage."""
        self._check_room("emotion_point", len(self._emotions), place)
        self._emotions.append(
            EmotionRecord(
                new_id(),
                persona_id,
                stage_id,
                self._next_place(persona_id, stage_id),
                clean_at(place, EMOTION_FIELDS["score"], score),
                clean_at(place, EMOTION_FIELDS["label"], label),
                card_id,
            )
        )

    def build(self, preferred_scale: tuple[int, int]) -> MapContent:
        """The map, its emotion scale `preferred_scale` widened to hold every score."""
        scores = [point.score for point in self._emotions]
        low = min([preferred_scale[0], *scores])
        high = max([preferred_scale[1], *scores])
        stages = tuple(self._stages.values())
        order = {stage.id: stage.position for stage in stages}
        lanes = {lane.id: lane.position for lane in self._lanes.values()}
        personas = {persona.id: persona.position for persona in self._personas.values()}
        content = MapContent(
            MapRecord(
                new_id(),
                self._title,
                emotion_min=low,
                emotion_max=high,
                primary_persona_id=self.primary_persona,
            ),
            tuple(self._personas.values()),
            stages,
            tuple(self._lanes.values()),
            tuple(
                sorted(
                    self._cards,
                    key=lambda c: (order[c.stage_id], lanes[c.lane_id], c.position),
                )
            ),
            tuple(
                sorted(
                    self._emotions,
                    key=lambda e: (personas[e.persona_id], order[e.stage_id], e.position),
                )
            ),
        )
        try:
            check_content(content)
        except InvalidValueError as error:
            raise InterchangeError("", error.message) from None
        return content

    def _next_place(self, *cell: str) -> int:
        position = self._filled[cell]
        self._filled[cell] += 1
        return position

    @staticmethod
    def _check_room(table: str, count: int, place: Place) -> None:
        if count >= MAX_ROWS[table]:
            full = FULL[table].format(limit=f"{MAX_ROWS[table]:,}")
            raise InterchangeError(named_place(place), full)

"""The tables of a .journey file, as SQLAlchemy 2.0 typed mapped classes.

The file's SQL itself is frozen per version in app.model.file.ddl; a test keeps these classes
and the newest version in step, CHECK constraints included.

Tables are STRICT and carry CHECK constraints made from `app.model.data.fields`, so SQLite's
integrity check also vouches for the types and ranges of what a file holds. Foreign keys
are deferred to the commit, so that a whole map can be replaced inside one transaction.
Rows are placed by position (a stage's column, a card's order in its cell), never by x/y.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from app.model.data import fields
from app.model.data.fields import FieldSpec


class Bool(TypeDecorator[bool]):
    """A bool kept as INTEGER 0/1, because STRICT tables have no BOOLEAN type."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: bool | None, dialect: Any) -> int | None:
        return None if value is None else int(value)

    def process_result_value(self, value: Any, dialect: Any) -> bool | None:
        return None if value is None else bool(value)


class Base(DeclarativeBase):
    metadata = MetaData()


def _field(spec: FieldSpec, column: str, sql_type: Any = Text, **kwargs: Any) -> Any:
    """A column whose CHECK constraint comes from the field's declaration."""
    check = spec.sql_check(column)
    constraints = [CheckConstraint(check, name=f"{column}_valid")] if check else []
    return mapped_column(sql_type, *constraints, **kwargs)


def _position() -> Any:
    return mapped_column(Integer, CheckConstraint("position >= 0", name="position_valid"))


def _reference(target: str, **kwargs: Any) -> Any:
    return mapped_column(Text, ForeignKey(target, deferrable=True, initially="DEFERRED"), **kwargs)


_STRICT = {"sqlite_strict": True}


class Map(Base):
    """The single row describing the map as a whole."""

    __tablename__ = "map"
    __table_args__ = (CheckConstraint(fields.SCALE_CHECK, name="scale_valid"), _STRICT)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str] = _field(fields.MAP_FIELDS["title"], "title")
    objective: Mapped[str] = _field(fields.MAP_FIELDS["objective"], "objective", default="")
    scenario: Mapped[str] = _field(fields.MAP_FIELDS["scenario"], "scenario", default="")
    owner: Mapped[str] = _field(fields.MAP_FIELDS["owner"], "owner", default="")
    created: Mapped[str | None] = _field(fields.MAP_FIELDS["created"], "created")
    reviewed: Mapped[str | None] = _field(fields.MAP_FIELDS["reviewed"], "reviewed")
    emotion_min: Mapped[int] = _field(fields.MAP_FIELDS["emotion_min"], "emotion_min", Integer)
    emotion_max: Mapped[int] = _field(fields.MAP_FIELDS["emotion_max"], "emotion_max", Integer)
    primary_persona_id: Mapped[str | None] = _reference("persona.id")

    @validates(*fields.MAP_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.MAP_FIELDS[key].clean(value)


class Persona(Base):
    __tablename__ = "persona"
    __table_args__ = (_STRICT,)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = _position()
    name: Mapped[str] = _field(fields.PERSONA_FIELDS["name"], "name")
    role: Mapped[str] = _field(fields.PERSONA_FIELDS["role"], "role", default="")
    quote: Mapped[str] = _field(fields.PERSONA_FIELDS["quote"], "quote", default="")
    goals: Mapped[str] = _field(fields.PERSONA_FIELDS["goals"], "goals", default="")
    frustrations: Mapped[str] = _field(
        fields.PERSONA_FIELDS["frustrations"], "frustrations", default=""
    )
    demographics: Mapped[str] = _field(
        fields.PERSONA_FIELDS["demographics"], "demographics", default=""
    )
    behaviours: Mapped[str] = _field(fields.PERSONA_FIELDS["behaviours"], "behaviours", default="")
    motivations: Mapped[str] = _field(
        fields.PERSONA_FIELDS["motivations"], "motivations", default=""
    )
    # Added in schema version 2, so it comes last, where ALTER TABLE puts it.
    photo: Mapped[bytes | None] = _field(fields.PERSONA_FIELDS["photo"], "photo", LargeBinary)

    @validates(*fields.PERSONA_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.PERSONA_FIELDS[key].clean(value)


class Stage(Base):
    __tablename__ = "stage"
    __table_args__ = (_STRICT,)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = _position()
    name: Mapped[str] = _field(fields.STAGE_FIELDS["name"], "name")
    description: Mapped[str] = _field(fields.STAGE_FIELDS["description"], "description", default="")
    goal: Mapped[str] = _field(fields.STAGE_FIELDS["goal"], "goal", default="")
    width: Mapped[int] = _field(fields.STAGE_FIELDS["width"], "width", Integer, default=240)

    @validates(*fields.STAGE_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.STAGE_FIELDS[key].clean(value)


class Lane(Base):
    __tablename__ = "lane"
    __table_args__ = (_STRICT,)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = _position()
    kind: Mapped[str] = _field(fields.LANE_FIELDS["kind"], "kind")
    title: Mapped[str] = _field(fields.LANE_FIELDS["title"], "title")
    height: Mapped[int] = _field(fields.LANE_FIELDS["height"], "height", Integer, default=120)

    @validates(*fields.LANE_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.LANE_FIELDS[key].clean(value)


class Card(Base):
    __tablename__ = "card"
    __table_args__ = (Index("card_cell", "stage_id", "lane_id", "position"), _STRICT)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    stage_id: Mapped[str] = _reference("stage.id")
    lane_id: Mapped[str] = _reference("lane.id", index=True)
    position: Mapped[int] = _position()
    title: Mapped[str] = _field(fields.CARD_FIELDS["title"], "title")
    notes: Mapped[str] = _field(fields.CARD_FIELDS["notes"], "notes", default="")
    channel: Mapped[str] = _field(fields.CARD_FIELDS["channel"], "channel", default="")
    owner: Mapped[str] = _field(fields.CARD_FIELDS["owner"], "owner", default="")
    evidence: Mapped[str] = _field(fields.CARD_FIELDS["evidence"], "evidence", default="")
    priority: Mapped[int] = _field(fields.CARD_FIELDS["priority"], "priority", Integer, default=0)
    votes: Mapped[int] = _field(fields.CARD_FIELDS["votes"], "votes", Integer, default=0)
    moment: Mapped[bool] = _field(fields.CARD_FIELDS["moment"], "moment", Bool, default=False)
    colour: Mapped[str | None] = _field(fields.CARD_FIELDS["colour"], "colour")
    image: Mapped[bytes | None] = _field(fields.CARD_FIELDS["image"], "image", LargeBinary)

    @validates(*fields.CARD_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.CARD_FIELDS[key].clean(value)


class EmotionPoint(Base):
    __tablename__ = "emotion_point"
    __table_args__ = (Index("emotion_curve", "persona_id", "stage_id", "position"), _STRICT)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    persona_id: Mapped[str] = _reference("persona.id")
    stage_id: Mapped[str] = _reference("stage.id", index=True)
    position: Mapped[int] = _position()
    score: Mapped[int] = _field(fields.EMOTION_FIELDS["score"], "score", Integer)
    label: Mapped[str] = _field(fields.EMOTION_FIELDS["label"], "label", default="")
    card_id: Mapped[str | None] = _reference("card.id", index=True)

    @validates(*fields.EMOTION_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.EMOTION_FIELDS[key].clean(value)


class Snapshot(Base):
    """A named copy of the map's content, kept inside the file (added in version 2)."""

    __tablename__ = "snapshot"
    __table_args__ = (_STRICT,)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = _field(fields.SNAPSHOT_FIELDS["name"], "name")
    taken_at: Mapped[str] = _field(fields.SNAPSHOT_FIELDS["taken_at"], "taken_at")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    """The map as `app.model.data.content_codec` encodes it: JSON, ids included."""

    @validates(*fields.SNAPSHOT_FIELDS)
    def _validate(self, key: str, value: object) -> Any:
        return fields.SNAPSHOT_FIELDS[key].clean(value)


MAPPED_CLASSES: tuple[type[Base], ...] = (Map, Persona, Stage, Lane, Card, EmotionPoint, Snapshot)
CLASS_OF_TABLE: dict[str, type[Base]] = {cls.__tablename__: cls for cls in MAPPED_CLASSES}

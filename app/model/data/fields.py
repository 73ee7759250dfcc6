"""What each field of a map may hold, declared once.

The same declarations check a value wherever it enters: an edit (through the mapped
classes), a JSON import, and a file being opened. They also give the database its CHECK
constraints, so that a value no edit could make is caught by SQLite's integrity check too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import warnings
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Final, Protocol

from app.model.data.vocabulary import EVIDENCE, LANE_KINDS, PRIORITIES
from app.model.errors import InvalidValueError
from app.model.messages import QT_TRANSLATE_NOOP, Message

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_ID = re.compile(r"[0-9a-f]{32}")

IMAGE_SIGNATURES: Final[dict[bytes, str]] = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
}


class FieldSpec(Protocol):
    @property
    def label(self) -> str:
        """The field's name as people read it in a message: "Card title"."""

    @property
    def column(self) -> str:
        """The field's column title in a spreadsheet ("Title"), or "" if it has none."""

    def clean(self, value: object) -> Any:
        """Return the value as stored, or raise InvalidValueError naming the field."""

    def sql_check(self, column: str) -> str | None:
        """An SQL CHECK expression that every stored value satisfies, if one applies."""


def _refused(label: Message | str, reason: Message) -> InvalidValueError:
    """The error for a value refused by the field named `label`, a name marked in "Fields"
    or a whole Message."""
    return InvalidValueError(
        label if isinstance(label, Message) else Message("Fields", label), reason
    )


def _describe(value: object) -> Message | str:
    if value is None:
        return Message("Errors", "nothing")
    if isinstance(value, bool):
        return Message("Errors", "true or false")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return Message("Errors", "text")
    if isinstance(value, list | tuple):
        return Message("Errors", "a list")
    if isinstance(value, dict):
        return Message("Errors", "an object")
    return type(value).__name__


@dataclass(frozen=True, slots=True)
class TextField:
    """Text up to `max_length` characters; a required one must show at least one character.

    Line endings are normalised to "\\n"; other control characters and text that cannot be
    written as UTF-8 are refused, so that what is stored is what every renderer can draw.
    Names and titles are `single_line`: a tab or line break there is a paste gone wrong.
    """

    label: str
    max_length: int
    required: bool = False
    single_line: bool = False
    column: str = ""

    def clean(self, value: object) -> str:
        if not isinstance(value, str):
            raise _refused(
                self.label,
                Message("Errors", "must be text, not {kind}").format(kind=_describe(value)),
            )
        if len(value) > self.max_length:
            raise _refused(
                self.label,
                Message("Errors", "is too long ({length} characters; at most {most})").format(
                    length=f"{len(value):,}", most=f"{self.max_length:,}"
                ),
            )
        text = value.replace("\r\n", "\n").replace("\r", "\n")
        if self.single_line and ("\n" in text or "\t" in text):
            raise _refused(
                self.label, Message("Errors", "must be one line, without tabs or line breaks")
            )
        if bad := _CONTROL_CHARACTERS.search(text):
            raise _refused(
                self.label,
                Message("Errors", "contains the control character {code}").format(
                    code=f"U+{ord(bad.group()):04X}"
                ),
            )
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise _refused(self.label, Message("Errors", "contains a broken character")) from None
        if self.required:
            text = text.strip()
            if not any(unicodedata.category(ch)[0] not in "ZC" for ch in text):
                raise _refused(self.label, Message("Errors", "must not be empty"))
        return text

    def sql_check(self, column: str) -> str:
        required = f" AND length(trim({column})) > 0" if self.required else ""
        return f"length({column}) <= {self.max_length}{required}"


@dataclass(frozen=True, slots=True)
class IntegerField:
    label: str
    minimum: int
    maximum: int
    column: str = ""

    def clean(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refused(
                self.label,
                Message("Errors", "must be a whole number, not {kind}").format(
                    kind=_describe(value)
                ),
            )
        if not self.minimum <= value <= self.maximum:
            raise _refused(
                self.label,
                Message("Errors", "must be from {least} to {most}, not {value}").format(
                    least=self.minimum, most=self.maximum, value=value
                ),
            )
        return value

    def sql_check(self, column: str) -> str:
        return f"{column} BETWEEN {self.minimum} AND {self.maximum}"


@dataclass(frozen=True, slots=True)
class FlagField:
    label: str
    column: str = ""

    def clean(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise _refused(
                self.label,
                Message("Errors", "must be true or false, not {kind}").format(
                    kind=_describe(value)
                ),
            )
        return value

    def sql_check(self, column: str) -> str:
        return f"{column} IN (0, 1)"


@dataclass(frozen=True, slots=True)
class ChoiceField:
    label: str
    options: tuple[str, ...]
    column: str = ""

    def clean(self, value: object) -> str:
        if value not in self.options:
            named = ", ".join(repr(option) for option in self.options)
            raise _refused(
                self.label,
                Message("Errors", "must be one of {named}, not {value}").format(
                    named=named, value=repr(value)
                ),
            )
        assert isinstance(value, str)
        return value

    def sql_check(self, column: str) -> str:
        quoted = ", ".join("'" + option.replace("'", "''") + "'" for option in self.options)
        return f"{column} IN ({quoted})"


@dataclass(frozen=True, slots=True)
class ColourField:
    """No colour (None: the lane's colour is used) or "#rrggbb"."""

    label: str
    column: str = ""

    def clean(self, value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            raise _refused(
                self.label,
                Message("Errors", "must be a colour like #1f77b4, not {value}").format(
                    value=repr(value)
                ),
            )
        return value.lower()

    def sql_check(self, column: str) -> str:
        return f"{column} IS NULL OR length({column}) = 7"


@dataclass(frozen=True, slots=True)
class DateField:
    """No date, or a calendar date written YYYY-MM-DD."""

    label: str
    column: str = ""

    def clean(self, value: object) -> str | None:
        if value is None:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise _refused(
                self.label,
                Message("Errors", "must be a date written YYYY-MM-DD, not {value}").format(
                    value=repr(value)
                ),
            ) from None

    def sql_check(self, column: str) -> str:
        return f"{column} IS NULL OR length({column}) = 10"


@dataclass(frozen=True, slots=True)
class TimestampField:
    """A moment in UTC, written YYYY-MM-DDTHH:MM:SSZ."""

    label: str
    column: str = ""

    def clean(self, value: object) -> str:
        try:
            if not isinstance(value, str) or len(value) != 20 or not value.endswith("Z"):
                raise ValueError
            dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise _refused(
                self.label,
                Message(
                    "Errors", "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, not {value}"
                ).format(value=repr(value)),
            ) from None
        return value

    def sql_check(self, column: str) -> str:
        return f"length({column}) = 20"


@dataclass(frozen=True, slots=True)
class ImageField:
    """No picture, or a PNG, JPEG or GIF of at most `max_bytes`, kept inside the map."""

    label: str
    max_bytes: int
    column: str = ""

    def clean(self, value: object) -> bytes | None:
        if value is None:
            return None
        if not isinstance(value, bytes):
            raise _refused(
                self.label,
                Message("Errors", "must be a picture, not {kind}").format(kind=_describe(value)),
            )
        if len(value) > self.max_bytes:
            raise _refused(
                self.label,
                Message("Errors", "is too large ({size} MB; at most {most} MB)").format(
                    size=f"{len(value) / 1e6:.1f}", most=f"{self.max_bytes / 1e6:.0f}"
                ),
            )
        if not any(value.startswith(signature) for signature in IMAGE_SIGNATURES):
            raise _refused(self.label, Message("Errors", "must be a PNG, JPEG or GIF picture"))
        size = _declared_size(value)
        if size is None or size[0] * size[1] > MAX_PICTURE_PIXELS:
            pixels = (
                Message("Errors", "over 100 million")
                if size is None
                else f"{size[0]:,} × {size[1]:,}"
            )
            raise _refused(
                self.label,
                Message(
                    "Errors",
                    "is {pixels} pixels, too many to draw and print quickly "
                    "(at most {most} million): make it smaller first",
                ).format(pixels=pixels, most=MAX_PICTURE_PIXELS // 1_000_000),
            )
        return value

    def sql_check(self, column: str) -> str:
        return f"{column} IS NULL OR length({column}) <= {self.max_bytes}"


MAX_PICTURE_PIXELS: Final = 40_000_000
"""A picture's size in pixels at most: a 40-megapixel photo decodes to 160 MB and in well
under a second; a small file can declare far more (13,000 × 13,000 in 657 KB)."""


def _declared_size(data: bytes) -> tuple[int, int] | None:
    """Width and height as the picture's header declares them, read without decoding it:
    (0, 0) for a header that cannot be read (drawing leaves such a picture out), None for
    one so large that Pillow refuses to open it."""
    import PIL.Image  # here, not at start-up: only pictures need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PIL.Image.DecompressionBombWarning)
            with PIL.Image.open(BytesIO(data)) as picture:
                width, height = picture.size
    except PIL.Image.DecompressionBombError:
        return None
    except Exception:  # Pillow raises many kinds of error for a bad header
        return (0, 0)
    return width, height


ID_LABEL: Final = QT_TRANSLATE_NOOP("Fields", "Id")


def clean_id(value: object, label: Message | str = ID_LABEL) -> str:
    """Ids are uuid4 hex strings; anything else came from a damaged or forged file."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise _refused(
            label, Message("Errors", "is not a valid id: {value}").format(value=repr(value))
        )
    return value


NAME: Final = 120
SCALE_SCORES: Final = 3
"""The fewest scores an emotion scale has: any whole numbers from −10 to +10 will do
(1…5, 0…10, −3…+3), as long as the curve can rise and fall."""
LINE: Final = 2_000
LONG_TEXT: Final = 200_000
"""Long enough for a pasted interview transcript, short enough that a runaway paste is told."""

PERSONA_PHOTO: Final = ImageField(QT_TRANSLATE_NOOP("Fields", "Photo"), 5_000_000)
CARD_PICTURE: Final = ImageField(QT_TRANSLATE_NOOP("Fields", "Card picture"), 5_000_000)

MAP_FIELDS: Final[dict[str, FieldSpec]] = {
    "title": TextField(
        QT_TRANSLATE_NOOP("Fields", "Map title"), 200, required=True, single_line=True
    ),
    "objective": TextField(QT_TRANSLATE_NOOP("Fields", "Objective"), LINE),
    "scenario": TextField(QT_TRANSLATE_NOOP("Fields", "Scenario"), 20_000),
    "owner": TextField(QT_TRANSLATE_NOOP("Fields", "Owner"), 200, single_line=True),
    "created": DateField(QT_TRANSLATE_NOOP("Fields", "Created")),
    "reviewed": DateField(QT_TRANSLATE_NOOP("Fields", "Reviewed")),
    "emotion_min": IntegerField(
        QT_TRANSLATE_NOOP("Fields", "Lowest emotion score"), -10, 10 - SCALE_SCORES + 1
    ),
    "emotion_max": IntegerField(
        QT_TRANSLATE_NOOP("Fields", "Highest emotion score"), -10 + SCALE_SCORES - 1, 10
    ),
}
SCALE_CHECK: Final = f"emotion_max - emotion_min >= {SCALE_SCORES - 1}"
"""The map table's check that its scale holds at least SCALE_SCORES scores."""

PERSONA_FIELDS: Final[dict[str, FieldSpec]] = {
    "name": TextField(
        QT_TRANSLATE_NOOP("Fields", "Persona name"),
        NAME,
        required=True,
        single_line=True,
        column="Persona",
    ),
    "role": TextField(QT_TRANSLATE_NOOP("Fields", "Role"), LINE),
    "quote": TextField(QT_TRANSLATE_NOOP("Fields", "Quote"), LINE),
    "goals": TextField(QT_TRANSLATE_NOOP("Fields", "Goals"), 20_000),
    "frustrations": TextField(QT_TRANSLATE_NOOP("Fields", "Frustrations"), 20_000),
    "demographics": TextField(QT_TRANSLATE_NOOP("Fields", "Demographics"), 20_000),
    "behaviours": TextField(QT_TRANSLATE_NOOP("Fields", "Behaviours"), 20_000),
    "motivations": TextField(QT_TRANSLATE_NOOP("Fields", "Motivations"), 20_000),
    "photo": PERSONA_PHOTO,
}

STAGE_FIELDS: Final[dict[str, FieldSpec]] = {
    "name": TextField(
        QT_TRANSLATE_NOOP("Fields", "Stage name"),
        NAME,
        required=True,
        single_line=True,
        column="Stage",
    ),
    "description": TextField(QT_TRANSLATE_NOOP("Fields", "Stage description"), 20_000),
    "goal": TextField(QT_TRANSLATE_NOOP("Fields", "Customer goal"), LINE),
    "width": IntegerField(QT_TRANSLATE_NOOP("Fields", "Stage width"), 120, 2_000),
}

LANE_FIELDS: Final[dict[str, FieldSpec]] = {
    "kind": ChoiceField(
        QT_TRANSLATE_NOOP("Fields", "Lane kind"),
        tuple(kind.key for kind in LANE_KINDS),
        column="Lane kind",
    ),
    "title": TextField(
        QT_TRANSLATE_NOOP("Fields", "Lane title"),
        NAME,
        required=True,
        single_line=True,
        column="Lane",
    ),
    "height": IntegerField(QT_TRANSLATE_NOOP("Fields", "Lane height"), 40, 2_000),
}

CARD_FIELDS: Final[dict[str, FieldSpec]] = {
    "title": TextField(
        QT_TRANSLATE_NOOP("Fields", "Card title"),
        500,
        required=True,
        single_line=True,
        column="Title",
    ),
    "notes": TextField(QT_TRANSLATE_NOOP("Fields", "Notes"), LONG_TEXT, column="Notes"),
    "channel": TextField(
        QT_TRANSLATE_NOOP("Fields", "Channel"), 100, single_line=True, column="Channel"
    ),
    "owner": TextField(QT_TRANSLATE_NOOP("Fields", "Owner"), 200, single_line=True, column="Owner"),
    "evidence": ChoiceField(QT_TRANSLATE_NOOP("Fields", "Evidence"), EVIDENCE, column="Evidence"),
    "priority": IntegerField(
        QT_TRANSLATE_NOOP("Fields", "Priority"),
        min(PRIORITIES),
        max(PRIORITIES),
        column="Priority",
    ),
    "votes": IntegerField(QT_TRANSLATE_NOOP("Fields", "Votes"), 0, 9_999, column="Votes"),
    "moment": FlagField(QT_TRANSLATE_NOOP("Fields", "Moment that matters"), column="Moment"),
    "colour": ColourField(QT_TRANSLATE_NOOP("Fields", "Colour"), column="Colour"),
    "image": CARD_PICTURE,
}

EMOTION_FIELDS: Final[dict[str, FieldSpec]] = {
    "score": IntegerField(QT_TRANSLATE_NOOP("Fields", "Emotion score"), -10, 10, column="Score"),
    "label": TextField(QT_TRANSLATE_NOOP("Fields", "Emotion label"), 200, single_line=True),
}

SNAPSHOT_FIELDS: Final[dict[str, FieldSpec]] = {
    "name": TextField(
        QT_TRANSLATE_NOOP("Fields", "Snapshot name"), 200, required=True, single_line=True
    ),
    "taken_at": TimestampField(QT_TRANSLATE_NOOP("Fields", "Taken at")),
}

NOUNS: Final[dict[str, str]] = {
    "map": QT_TRANSLATE_NOOP("Nouns", "map"),
    "persona": QT_TRANSLATE_NOOP("Nouns", "persona"),
    "stage": QT_TRANSLATE_NOOP("Nouns", "stage"),
    "lane": QT_TRANSLATE_NOOP("Nouns", "lane"),
    "card": QT_TRANSLATE_NOOP("Nouns", "card"),
    "emotion_point": QT_TRANSLATE_NOOP("Nouns", "emotion point"),
    "snapshot": QT_TRANSLATE_NOOP("Nouns", "snapshot"),
}
"""What each table's rows are called in a message, by table name."""

FIELDS_BY_TABLE: Final[dict[str, dict[str, FieldSpec]]] = {
    "map": MAP_FIELDS,
    "persona": PERSONA_FIELDS,
    "stage": STAGE_FIELDS,
    "lane": LANE_FIELDS,
    "card": CARD_FIELDS,
    "emotion_point": EMOTION_FIELDS,
    "snapshot": SNAPSHOT_FIELDS,
}
"""The fields a person can edit in each table, by table name."""

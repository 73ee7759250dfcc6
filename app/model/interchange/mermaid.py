"""Mermaid `journey` diagrams: read into a map, and written from one.

A journey diagram is the text format of journey maps in Markdown (GitHub, GitLab, Obsidian
draw it). It is read as Mermaid 11 reads it (journey.jison and journeyDb.js in
mermaid-js/mermaid): front matter, `%%{…}%%` directives, `%%` comments, `accTitle` and
`accDescr` are taken out first; `title` names the map; each `section` is a stage; each task
`Text: score: Actor, Actor` is a card in the "Customer actions" lane of its stage, and each
of its actors a persona with an emotion point of the task's score, linked to the card.
Mermaid's entity codes (`#58;` for “:”) are written out as Mermaid shows them.

Where Mermaid would draw something the map cannot hold (a score that is not a whole number,
a line it cannot read), the import stops with one message naming the line, counted from the
top of the file, front matter included; it never half-imports.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, cast

from app.model.data.fields import EMOTION_FIELDS, TextField
from app.model.data.records import CardRecord, EmotionRecord, MapContent
from app.model.data.validation import check_scale
from app.model.data.vocabulary import LANE_KIND_BY_KEY
from app.model.errors import InterchangeError, InvalidValueError
from app.model.interchange.map_building import QUOTED, MapBuilder
from app.model.interchange.source_files import decoded_text, read_source
from app.model.messages import Message, cut

MAX_FILE_BYTES: Final = 16 << 20
PREFERRED_SCALE: Final = (1, 5)
"""Mermaid's scores: 1 draws a sad face, 3 a neutral one, 5 a happy one."""
UNTITLED: Final = "Journey"
"""The map's title when the diagram has none."""
UNNAMED_STAGE: Final = "Journey"
"""The stage of the tasks written before any section, which Mermaid draws without a name."""
ACTIONS_LANE: Final = LANE_KIND_BY_KEY["actions"].title
LABEL_LENGTH: Final = cast(TextField, EMOTION_FIELDS["label"]).max_length

# --- the grammar, as journey.jison and Mermaid's preprocessing define it ------------------

_FRONT_MATTER = re.compile(r"\A-{3}\s*\n(.*?)\n-{3}\s*\n+", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_DIRECTIVE = re.compile(
    r"%%\{\s*(?:\w+\s*:|\w+)\s*(?:\w+|(?:(?!\}%%).|\n)*)?\s*(?:\}%%)?", re.IGNORECASE
)
_DESCRIPTION_BLOCK = re.compile(r"^[ \t]*accDescr\s*\{[^}]*\}", re.IGNORECASE | re.MULTILINE)
_ENTITY = r"#[A-Za-z0-9_]+;"
"""An entity code, `#58;` or `#quot;`: Mermaid writes it out after reading the line, so
its “#” and “;” neither start a comment nor end a text."""
_HEADER = re.compile(r"journey(?=\s|$)")
_COMMENT = re.compile(rf"%%|[^}}]%%|#(?!{_ENTITY[1:]})")
_ACCESSIBILITY = re.compile(r"acc(?:Title|Descr)\s*:", re.IGNORECASE)
_OPEN_DESCRIPTION = re.compile(r"accDescr\s*\{", re.IGNORECASE)
_JOURNEY = re.compile(r"journey", re.IGNORECASE)
_TITLE = re.compile(rf"title\s((?:{_ENTITY}|[^#;])+)", re.IGNORECASE)
_SECTION = re.compile(rf"section\s((?:{_ENTITY}|[^#:;])+)", re.IGNORECASE)
_TASK = re.compile(rf"((?:{_ENTITY}|[^#:;])+):((?:{_ENTITY}|[^#;])+)")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CODE = re.compile(r"#([A-Za-z0-9_]+);")
_KEYWORD = re.compile(r"journey|title\s|section\s|accDescr\s*\{", re.IGNORECASE)
"""What Mermaid would read as a keyword at the start of a task's text."""

_TASK_FORM = "Text: score: Actor, Actor"
_FENCE = re.compile(r"\A\s*(?:```|~~~)[ \t]*mermaid[ \t]*\n|\n[ \t]*(?:```|~~~)[ \t]*\s*\Z")
"""The fences of a diagram copied from a Markdown file, which Mermaid never sees."""
_SCALE_COMMENT = re.compile(
    r"^[ \t]*%%[ \t]*Journeyboard emotion scale (?P<low>[+-]?\d+) to (?P<high>[+-]?\d+)\b",
    re.MULTILINE,
)
"""The comment by which an export says which scale its 1…5 scores were drawn from."""


@dataclass(frozen=True, slots=True)
class _Section:
    line: int
    name: str


@dataclass(frozen=True, slots=True)
class _Task:
    line: int
    text: str
    score: float
    actors: tuple[str, ...]


@dataclass(slots=True)
class _Diagram:
    title: str | None = None
    title_line: int = 1
    steps: list[_Section | _Task] = field(default_factory=list)


# --- import ------------------------------------------------------------------------------


def read_mermaid_file(path: Path) -> MapContent:
    """Read a journey diagram saved as UTF-8 (with or without a byte order mark)."""
    raw = read_source(path, MAX_FILE_BYTES)
    try:
        return read_mermaid(decoded_text(raw))
    except InterchangeError as error:
        raise error.in_file(path) from None


def read_mermaid(text: str) -> MapContent:
    """The map a journey diagram draws; raises InterchangeError naming the first bad line.

    A diagram Journeyboard wrote from a map of another scale says so in a comment, and its
    scores, drawn on Mermaid's 1…5, are read back on that scale."""
    text = _FENCE.sub(_blanked, text)
    diagram = _parse(text)
    scale = _written_scale(text)
    builder = MapBuilder(diagram.title or UNTITLED, _line(diagram.title_line))
    stages = _Stages(builder)
    lane: str | None = None
    last: tuple[str, str, str, set[str]] | None = None
    """The last task's stage, text, card and actors: a task that says the same for other
    actors, straight after it, is the same card scored differently by them (as
    `write_mermaid` writes a card whose personas disagree)."""
    for step in diagram.steps:
        place = _line(step.line)
        if isinstance(step, _Section):
            stages.open(step.name, place)
            last = None
            continue
        stage = stages.current or stages.open(UNNAMED_STAGE, place)
        lane = lane or builder.lane(ACTIONS_LANE, place, kind="actions")
        if (
            last is not None
            and last[:2] == (stage, step.text)
            and step.actors
            and last[3]
            and not last[3] & set(step.actors)
        ):
            card = last[2]
            last[3].update(step.actors)
        else:
            card = builder.card(stage, lane, {"title": step.text}, place)
            last = (stage, step.text, card, set(step.actors))
        score = _on_scale(step.score, scale, place)
        for actor in step.actors:
            persona = builder.persona(actor, place)
            builder.emotion(persona, stage, score, _label(step.text), place, card)
    return builder.build(scale or PREFERRED_SCALE)


def _written_scale(text: str) -> tuple[int, int] | None:
    """The map's scale a Journeyboard export names in its comment, if it is one a map
    can have."""
    found = _SCALE_COMMENT.search(text)
    if found is None:
        return None
    low, high = int(found["low"]), int(found["high"])
    try:
        check_scale(low, high)
    except InvalidValueError:
        return None
    return low, high


def _on_scale(score: float, scale: tuple[int, int] | None, place: Message) -> int:
    """A task's score on the map's scale: as written, which must be whole, or read back
    from Mermaid's 1…5 onto the `scale` a Journeyboard export names."""
    if scale is not None:
        low, high = scale
        return round(low + (score - 1) * (high - low) / 4)
    if not score.is_integer():
        raise InterchangeError(
            place,
            Message(
                "Errors", "the score {score} is not a whole number, and a map keeps whole scores"
            ).format(score=cut(f"{score:g}", QUOTED)),
        )
    return int(score)


class _Stages:
    """The stages the sections open, in order. Mermaid draws a section named again after
    others as a box of its own, so it becomes a stage of its own, “Name (2)”; named again
    straight after itself, it goes on in the same box, and the same stage."""

    def __init__(self, builder: MapBuilder) -> None:
        self._builder = builder
        self._names: set[str] = set()
        self._last: tuple[str, str] | None = None
        """The last section's name as written, and its stage."""

    @property
    def current(self) -> str | None:
        return None if self._last is None else self._last[1]

    def open(self, name: str, place: Message) -> str:
        name = name.strip()
        if self._last is not None and self._last[0] == name:
            return self._last[1]
        unique, number = name, 1
        while unique in self._names:
            number += 1
            unique = f"{name} ({number})"
        self._names.add(unique)
        self._last = (name, self._builder.stage(unique, place))
        return self._last[1]


def _label(text: str) -> str:
    """The task's text as its points' label, cut to fit."""
    return cut(text, LABEL_LENGTH)


def _line(number: int) -> Message:
    return Message("Errors", "line {line}").format(line=number)


def _parse(text: str) -> _Diagram:
    """The diagram's title and its sections and tasks in order."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    diagram = _Diagram()
    if front := _FRONT_MATTER.match(text):
        if title := _FRONT_MATTER_TITLE.search(front.group(1)):
            diagram.title = _unquoted(title.group(1))
            diagram.title_line = text[: front.start(1) + title.start()].count("\n") + 1
        text = _blanked(front) + text[front.end() :]
    text = _DESCRIPTION_BLOCK.sub(_blanked, _DIRECTIVE.sub(_blanked, text))
    lines = enumerate(text.split("\n"), start=1)
    for number, line in lines:
        if not line.strip() or line.lstrip().startswith("%%"):
            continue
        if not _HEADER.match(line.lstrip()):
            raise InterchangeError(
                _line(number),
                Message(
                    "Errors",
                    "this is not a Mermaid journey diagram: it begins with “{text}”, and a "
                    "journey diagram begins with the word “journey”",
                ).format(text=cut(line.strip(), QUOTED)),
            )
        _read_statement(diagram, number, line.lstrip()[len("journey") :])
        break
    else:
        raise InterchangeError(
            "",
            Message(
                "Errors",
                "there is no diagram here: a Mermaid journey diagram begins with the word "
                "“journey”",
            ),
        )
    for number, line in lines:
        _read_statement(diagram, number, line)
    return diagram


def _blanked(taken: re.Match[str]) -> str:
    """The line breaks of what is taken out, so that the lines after keep their numbers."""
    return "\n" * taken.group().count("\n")


def _unquoted(value: str) -> str:
    """A YAML scalar as written on one line: plain, 'single' or "double" quoted."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner
    return value


def _read_statement(diagram: _Diagram, number: int, line: str) -> None:
    """Read one line of the diagram's body into `diagram`, as Mermaid's lexer splits it."""
    statement = line.lstrip()
    place = _line(number)
    if not statement or _COMMENT.match(statement) or _ACCESSIBILITY.match(statement):
        return
    if _OPEN_DESCRIPTION.match(statement):
        raise InterchangeError(place, Message("Errors", "“accDescr {” has no closing “}”"))
    if _JOURNEY.match(statement):
        raise InterchangeError(
            place,
            Message(
                "Errors",
                "Mermaid reads “{word}” as the first word of a diagram, so no line after the "
                "first can begin with it",
            ).format(word=statement[: len("journey")]),
        )
    if title := _TITLE.match(statement):
        if (written := _decoded(title.group(1))).strip():
            diagram.title, diagram.title_line = written, number
        rest = statement[title.end() :]
    elif section := _SECTION.match(statement):
        diagram.steps.append(_Section(number, _shown(section.group(1))))
        rest = statement[section.end() :]
        if rest.startswith(":"):
            raise InterchangeError(place, Message("Errors", "a section's name cannot hold “:”"))
    elif task := _TASK.match(statement):
        diagram.steps.append(_task(number, task.group(1), task.group(2)))
        rest = statement[task.end() :]
    else:
        raise InterchangeError(
            place,
            Message("Errors", "Mermaid cannot read “{text}”: a task is written “{form}”").format(
                text=cut(statement.strip(), QUOTED), form=_TASK_FORM
            ),
        )
    if rest.startswith(";"):
        raise InterchangeError(place, Message("Errors", "Mermaid cannot read “;” here"))


def _task(number: int, name: str, data: str) -> _Task:
    """A task line, split as journeyDb.addTask splits it: the score before the next “:”,
    then the actors separated by “,”; Mermaid ignores anything after a third “:”."""
    text = _shown(name).strip()
    pieces = data.split(":")
    actors = pieces[1].split(",") if len(pieces) > 1 else []
    named = (_decoded(actor).strip() for actor in actors)
    return _Task(
        number,
        text,
        _score(pieces[0], text, _line(number)),
        tuple(dict.fromkeys(actor for actor in named if actor)),
    )


def _score(written: str, task: str, place: Message) -> float:
    """The score as JavaScript's Number() reads it in decimal. Mermaid reads an empty score
    as 0; here it is refused."""
    score = written.strip()
    if not score:
        raise InterchangeError(
            place,
            Message("Errors", "the task “{task}” has no score: a task is written “{form}”").format(
                task=cut(task, QUOTED), form=_TASK_FORM
            ),
        )
    if not _DECIMAL.fullmatch(score):
        raise InterchangeError(
            place,
            Message(
                "Errors",
                "the score “{score}” is not a number (a task is written “{form}”, and its "
                "text cannot hold “:”)",
            ).format(score=cut(score, QUOTED), form=_TASK_FORM),
        )
    return float(score)


def _shown(text: str) -> str:
    """A section's or a task's text as Mermaid draws it on one line: its line breaks
    (`<br>`) as spaces, its entity codes written out."""
    return _decoded(_LINE_BREAK.sub(" ", text))


def _decoded(text: str) -> str:
    """Text with Mermaid's entity codes written out: `#35;` is “#”, `#quot;` is “"”."""
    return _CODE.sub(
        lambda code: html.unescape(("&#" if code[1].isdigit() else "&") + code[1] + ";"), text
    )


# --- export ------------------------------------------------------------------------------

_LOOK_ALIKES: Final = {":": "\ua789", "#": "\uff03", ";": "\uff1b", ",": "\u201a"}
"""Characters that end a text in Mermaid, and what is written instead: “꞉” (modifier letter
colon), “＃” and “；” (full-width number sign and semicolon), “‚” (low single quotation mark).
They look the same, and none turns back into what it stands for under Unicode normalisation
(NFC), as the Greek question mark would into “;”. Mermaid's own entity codes (`#58;`) would
come back exactly, but make the text hard to read where it is written; they are used only
where no look-alike will do: for the first letter of a task that begins with a keyword
(“Title deed” → `#84;itle deed`) and the “<” of a `<br>`. And “%%”, which would begin a
comment or a directive, is written “%％”."""


def _escapes(ends: str) -> dict[int, str]:
    return {ord("\n"): " ", ord("\r"): " "} | {ord(end): _LOOK_ALIKES[end] for end in ends}


_TITLE_ESCAPES: Final = _escapes("#;")
"""A title may hold “:”: Mermaid reads it to the end of the line."""
_TEXT_ESCAPES: Final = _escapes("#:;")
_ACTOR_ESCAPES: Final = _escapes("#:;,")


def write_mermaid(content: MapContent) -> str:
    """The map as a journey diagram: a section per stage and, in each, a task per card of
    the customer-actions lanes, with the scores of the personas who felt something there.

    A task takes the cards of the lanes of kind "actions"; a map without one uses its first
    lane that is not an emotion curve, so that every map exports its steps. Each persona's
    score for a card is that of its point linked to the card; without one, that of its
    point in the stage whose position is nearest the card's place among the stage's tasks
    (the n-th point for the n-th task, the last point for the tasks after it): its curve,
    read where the task stands. A persona without a point in the stage is not listed there.

    Mermaid gives a task one score for all its actors, so personas who scored a card
    differently get a line each, with the same text. A task nobody scored still needs a
    score to be read: it gets the middle of the scale and no actors.

    Mermaid draws 1…5 (a sad face below 3, a happy one above), so a map of another scale
    has its scores drawn onto 1…5 ("−2" of −3…+3 is "1.67") and names its scale in a
    comment, by which the import reads them back.
    """
    lanes = _task_lanes(content)
    tasks: defaultdict[str, list[CardRecord]] = defaultdict(list)
    for card in content.cards:
        if card.lane_id in lanes:
            tasks[card.stage_id].append(card)
    low, high = content.map.emotion_min, content.map.emotion_max
    scores = _Scores(content, lambda score: _drawn(score, low, high))
    lines = ["journey", f"    title {content.map.title.translate(_TITLE_ESCAPES)}"]
    for stage in content.stages:
        lines.append(f"    section {_safe_text(stage.name)}")
        for index, card in enumerate(tasks[stage.id]):
            lines.extend(_task_lines(card.title, scores.of(card, index)))
    lines = [line.replace("%%", "%\uff05") for line in lines]
    if (low, high) != PREFERRED_SCALE:
        lines.insert(2, f"    %% Journeyboard emotion scale {low} to {high}, drawn here as 1 to 5")
    return "\n".join(lines) + "\n"


def _task_lanes(content: MapContent) -> set[str]:
    actions = {lane.id for lane in content.lanes if lane.kind == "actions"}
    if actions:
        return actions
    other = next((lane.id for lane in content.lanes if lane.kind != "emotions"), None)
    return set() if other is None else {other}


class _Scores:
    """Each persona's score for a task, found as `write_mermaid` says."""

    def __init__(self, content: MapContent, drawn: Callable[[int], str]) -> None:
        self._personas = content.personas
        self._drawn = drawn
        self._linked: dict[tuple[str, str], EmotionRecord] = {}
        self._in_stage: defaultdict[tuple[str, str], list[EmotionRecord]] = defaultdict(list)
        for point in content.emotions:
            if point.card_id is not None:
                self._linked.setdefault((point.persona_id, point.card_id), point)
            self._in_stage[(point.persona_id, point.stage_id)].append(point)

    def of(self, card: CardRecord, index: int) -> list[tuple[str, str]]:
        """(persona name, score as written) for the task `card`, the `index`-th of its
        stage."""
        found = []
        for persona in self._personas:
            point = self._linked.get((persona.id, card.id)) or self._nearest(
                self._in_stage[(persona.id, card.stage_id)], index
            )
            if point is not None:
                found.append((persona.name, self._drawn(point.score)))
        return found

    @staticmethod
    def _nearest(points: list[EmotionRecord], index: int) -> EmotionRecord | None:
        if not points:
            return None
        return min(points, key=lambda point: (abs(point.position - index), point.position))


def _drawn(score: int, low: int, high: int) -> str:
    """A score of the scale `low`…`high` as Mermaid draws it on 1…5: "1.67", "3"."""
    if (low, high) == PREFERRED_SCALE:
        return str(score)
    return f"{1 + (score - low) * 4 / (high - low):.2f}".rstrip("0").rstrip(".")


def _task_lines(title: str, scores: list[tuple[str, str]]) -> list[str]:
    text = _safe_text(title)
    if _KEYWORD.match(text):
        text = f"#{ord(text[0])};{text[1:]}"  # an entity code Mermaid draws as the letter
    by_score: dict[str, list[str]] = {}
    for name, score in scores:
        by_score.setdefault(score, []).append(name.translate(_ACTOR_ESCAPES))
    if not by_score:
        return [f"      {text}: 3"]  # the middle of Mermaid's 1…5
    return [f"      {text}: {score}: {', '.join(names)}" for score, names in by_score.items()]


def _safe_text(text: str) -> str:
    """A section's name or a task's text, written so that Mermaid reads it whole and does
    not draw a `<br>` in it as a line break (its “<” as an entity code)."""
    escaped = text.translate(_TEXT_ESCAPES)
    return _LINE_BREAK.sub(lambda br: "#60;" + br.group()[1:], escaped)

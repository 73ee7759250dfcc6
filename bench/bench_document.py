"""Journeyboard's document beside bare sqlite3: creating, opening and editing large maps.

For maps of 100, 1,000 and 5,000 cards this times three kinds of work done through
`app.model.file.document.Document`, each beside the same work done with the standard library's
`sqlite3` on the same schema, with the same pragmas, in the same run:

- create: write a new map file holding every row;
- open: open an existing file and read the whole map (Journeyboard also checks the file
  and every value in it, which is part of what opening costs);
- edit: one committed edit (rename a card, move it to another cell, re-score an emotion
  point), as the median and the 95th percentile over many edits.

The figures are printed as a table with the ratio Journeyboard / bare sqlite3 and the
budgets of DESIGN.md (Performance budget). Run from the repository root:

    .venv/bin/python bench/bench_document.py [--sizes 100,1000,5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlalchemy

from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    Record,
    StageRecord,
    new_id,
)
from app.model.data.validation import check_content
from app.model.data.vocabulary import CHANNEL_SUGGESTIONS, EVIDENCE, LANE_KINDS, PRIORITIES
from app.model.edits import operations
from app.model.file import storage
from app.model.file.document import Document

DEFAULT_SIZES = "100,1000,5000"
DEFAULT_REPEAT = 5
DEFAULT_EDITS = 200

OPEN_BUDGET_CARDS = 1_000
OPEN_BUDGET_S = 0.5
EDIT_P95_BUDGET_S = 0.010

WORK_ORDER = ("create", "open", "edit median", "edit p95")
"""The table lists all sizes of one kind of work together, in this order."""

PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL")
"""The pragmas of Journeyboard's writing connections (app.model.file.storage.configure) that
change what a write costs, so that bare sqlite3 waits for the disk just as long."""

# --- a map of N cards ---------------------------------------------------------------------

STAGE_NAMES = (
    "Hears of us",
    "Looks us up",
    "Compares",
    "First visit",
    "Orders",
    "Pays",
    "Waits",
    "Receives",
    "Uses it",
    "Comes back",
)
LANE_COUNT = 8
EMOTION_LANE = "emotions"
"""The emotion lane shows the persona's curve, so it holds no cards."""

SUBJECTS = ("Customer", "Maya", "Regular", "First-timer", "Visitor", "Parent")
VERBS = ("reads", "asks about", "compares", "finds", "misses", "shares", "waits for", "tries")
OBJECTS = (
    "the opening hours",
    "reviews on the map app",
    "the seasonal menu",
    "the loyalty card",
    "a table by the window",
    "the price of oat milk",
    "the delivery slot",
    "a friend's recommendation",
)
REASONS = (
    "because the sign outside is hard to read from the tram stop",
    "since nobody at the counter explained the offer",
    "after a colleague mentioned it at lunch",
    "while the queue moves slowly at eight",
    "as the website shows last year's prices",
    "and is pleasantly surprised by the answer",
)
FEELINGS = ("Curious", "Hopeful", "Unsure", "Annoyed", "Relieved", "Delighted", "Let down")
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd")


def build_map(
    card_count: int, rng: random.Random, stage_count: int = len(STAGE_NAMES)
) -> MapContent:
    """A map of `card_count` cards spread evenly over the cells of `stage_count` stages
    (10 unless asked) × 8 lanes."""
    persona = PersonaRecord(
        new_id(),
        0,
        "Maya",
        role="Commuter",
        quote="I only have ten minutes before my train.",
        goals="A good coffee on the way to work.",
    )
    names = [
        STAGE_NAMES[n % len(STAGE_NAMES)]
        + (f" {n // len(STAGE_NAMES) + 1}" if n >= len(STAGE_NAMES) else "")
        for n in range(stage_count)
    ]
    stages = tuple(
        StageRecord(new_id(), position, name, description=f"What the customer does in “{name}”.")
        for position, name in enumerate(names)
    )
    lanes = tuple(
        LaneRecord(new_id(), position, kind.key, kind.title)
        for position, kind in enumerate(LANE_KINDS[:LANE_COUNT])
    )
    cells = [(stage, lane) for stage in stages for lane in lanes if lane.kind != EMOTION_LANE]
    content = MapContent(
        map=MapRecord(
            new_id(),
            f"Corner Café, {card_count:,} cards",
            objective="More first-time visitors come back within a month",
            owner="Benchmark",
            created="2026-01-15",
            primary_persona_id=persona.id,
        ),
        personas=(persona,),
        stages=stages,
        lanes=lanes,
        cards=tuple(build_cards(card_count, cells, rng)),
        emotions=tuple(
            EmotionRecord(
                new_id(), persona.id, stage.id, 0, rng.randint(-3, 3), rng.choice(FEELINGS)
            )
            for stage in stages
        ),
    )
    check_content(content)
    return content


def build_cards(
    card_count: int, cells: Sequence[tuple[StageRecord, LaneRecord]], rng: random.Random
) -> list[CardRecord]:
    """The cards in display order, with dense positions 0 … k-1 in each cell."""
    per_cell, extra = divmod(card_count, len(cells))
    return [
        random_card(stage.id, lane.id, position, rng)
        for index, (stage, lane) in enumerate(cells)
        for position in range(per_cell + (index < extra))
    ]


def random_card(stage_id: str, lane_id: str, position: int, rng: random.Random) -> CardRecord:
    return CardRecord(
        new_id(),
        stage_id,
        lane_id,
        position,
        card_title(rng),
        notes=f"{card_title(rng)} {rng.choice(REASONS)}.",
        channel=rng.choice(CHANNEL_SUGGESTIONS),
        owner=rng.choice(("", "Front of house", "Kitchen", "Owner")),
        evidence=rng.choice(EVIDENCE),
        priority=rng.choice(tuple(PRIORITIES)),
        votes=rng.randint(0, 5),
        moment=rng.random() < 0.1,
        colour=rng.choice((None, None, *COLOURS)),
    )


def card_title(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"


# --- the edits ----------------------------------------------------------------------------


def plan_edits(content: MapContent, count: int, rng: random.Random) -> list[operations.Operation]:
    """`count` edits taking turns: rename a card, move a card to another cell, re-score.

    Cells and scores are followed as the edits go, so every move lands at a position that
    exists in its target cell and every score differs from the one before it.
    """
    cells: dict[tuple[str, str], list[str]] = {}
    for card in content.cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card.id)
    for stage in content.stages:
        for lane in content.lanes:
            if lane.kind != EMOTION_LANE:
                cells.setdefault((stage.id, lane.id), [])
    where = {card_id: cell for cell, card_ids in cells.items() for card_id in card_ids}
    scores = {point.id: point.score for point in content.emotions}
    renames = itertools.count(1)

    def rename() -> operations.Operation:
        card_id = rng.choice(content.cards).id
        return operations.edit("card", card_id, title=f"{card_title(rng)} ({next(renames)})")

    def move() -> operations.Operation:
        card_id = rng.choice(content.cards).id
        source = where[card_id]
        target = rng.choice([cell for cell in cells if cell != source])
        cells[source].remove(card_id)
        position = rng.randint(0, len(cells[target]))
        cells[target].insert(position, card_id)
        where[card_id] = target
        return operations.MoveCard(card_id, *target, position)

    def rescore() -> operations.Operation:
        point_id = rng.choice(list(scores))
        scores[point_id] = rng.choice([s for s in range(-3, 4) if s != scores[point_id]])
        return operations.edit("emotion_point", point_id, score=scores[point_id])

    return [make() for make in itertools.islice(itertools.cycle((rename, move, rescore)), count)]


# --- bare sqlite3 -------------------------------------------------------------------------


def journeyboard_ddl() -> list[str]:
    """The CREATE statements Journeyboard runs for a new file, copied from an empty map."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with storage.engine_on(connection).begin() as db:
            storage.create_schema(db)
        rows = connection.execute("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL")
        return [sql for (sql,) in rows]
    finally:
        connection.close()


def bare_connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


def bare_create(path: Path, content: MapContent, ddl: Sequence[str]) -> None:
    """Create the tables and insert every row with executemany, in one transaction."""
    connection = bare_connect(path)
    try:
        connection.execute("BEGIN")
        for statement in ddl:
            connection.execute(statement)
        for table, records in (
            ("persona", content.personas),
            ("stage", content.stages),
            ("lane", content.lanes),
            ("card", content.cards),
            ("emotion_point", content.emotions),
            ("map", (content.map,)),
        ):
            bare_insert(connection, table, records)
        connection.execute("COMMIT")
    finally:
        connection.close()


def bare_insert(connection: sqlite3.Connection, table: str, records: Sequence[Record]) -> None:
    names = [field.name for field in fields(records[0])]
    placeholders = ", ".join("?" * len(names))
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({placeholders})",
        [tuple(getattr(record, name) for name in names) for record in records],
    )


BARE_READS = (
    "SELECT * FROM map",
    "SELECT * FROM persona ORDER BY position",
    "SELECT * FROM stage ORDER BY position",
    "SELECT * FROM lane ORDER BY position",
    "SELECT card.* FROM card"
    " JOIN stage ON stage.id = card.stage_id JOIN lane ON lane.id = card.lane_id"
    " ORDER BY stage.position, lane.position, card.position",
    "SELECT emotion_point.* FROM emotion_point"
    " JOIN persona ON persona.id = emotion_point.persona_id"
    " JOIN stage ON stage.id = emotion_point.stage_id"
    " ORDER BY persona.position, stage.position, emotion_point.position",
)
"""Every row in display order, the way app.model.data.reader orders them."""


def bare_open(path: Path) -> list[list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return [connection.execute(query).fetchall() for query in BARE_READS]
    finally:
        connection.close()


def bare_apply(connection: sqlite3.Connection, operation: operations.Operation) -> None:
    """One edit as UPDATE statements in one committed transaction."""
    connection.execute("BEGIN")
    match operation:
        case operations.MoveCard():
            bare_move_card(connection, operation)
        case operations.EditFields(table, row_id, values):
            assignments = ", ".join(f"{name} = ?" for name, _ in values)
            parameters = (*(value for _, value in values), row_id)
            connection.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", parameters)
        case _:
            raise TypeError(f"the benchmark has no bare form of {operation!r}")
    connection.execute("COMMIT")


def bare_move_card(connection: sqlite3.Connection, move: operations.MoveCard) -> None:
    """Close the gap in the source cell, open one in the target cell, put the card there.

    The plan only moves cards to another cell, so the target's renumbering never touches
    the card itself.
    """
    stage_id, lane_id, position = connection.execute(
        "SELECT stage_id, lane_id, position FROM card WHERE id = ?", (move.card_id,)
    ).fetchone()
    connection.execute(
        "UPDATE card SET position = position - 1"
        " WHERE stage_id = ? AND lane_id = ? AND position > ?",
        (stage_id, lane_id, position),
    )
    connection.execute(
        "UPDATE card SET position = position + 1"
        " WHERE stage_id = ? AND lane_id = ? AND position >= ?",
        (move.stage_id, move.lane_id, move.position),
    )
    connection.execute(
        "UPDATE card SET stage_id = ?, lane_id = ?, position = ? WHERE id = ?",
        (move.stage_id, move.lane_id, move.position, move.card_id),
    )


# --- timing -------------------------------------------------------------------------------


Arguments = ParamSpec("Arguments")
Made = TypeVar("Made")


@dataclass(frozen=True, slots=True)
class Samples:
    """Measurements of the same work, through Journeyboard and through the bare library."""

    journeyboard: list[float]
    bare: list[float]


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the table: a statistic of both sample lists, in seconds."""

    work: str
    cards: int
    journeyboard: float
    bare: float
    budget: float | None

    @property
    def ratio(self) -> float:
        return self.journeyboard / self.bare

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.journeyboard <= self.budget


def timed(
    make: Callable[Arguments, Made], *args: Arguments.args, **kwargs: Arguments.kwargs
) -> tuple[float, Made]:
    """How many seconds `make` takes, and what it made (every benchmark times this way)."""
    start = time.perf_counter()
    made = make(*args, **kwargs)
    return time.perf_counter() - start, made


def seconds(
    work: Callable[Arguments, object], *args: Arguments.args, **kwargs: Arguments.kwargs
) -> float:
    return timed(work, *args, **kwargs)[0]


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def create_and_close(path: Path, content: MapContent) -> None:
    Document.create(path, content).close()


def open_and_read(path: Path) -> MapContent:
    document = Document.open(path)
    try:
        return document.content()
    finally:
        document.close()


def time_create(
    content: MapContent, ddl: Sequence[str], paths: tuple[Path, Path], repeat: int
) -> Samples:
    """Create both files `repeat` times; the last ones stay for the open and edit work."""
    ours, bare = paths
    samples = Samples([], [])
    for _ in range(repeat):
        ours.unlink(missing_ok=True)
        bare.unlink(missing_ok=True)
        samples.journeyboard.append(seconds(create_and_close, ours, content))
        samples.bare.append(seconds(bare_create, bare, content, ddl))
    return samples


def check_files_hold(content: MapContent, paths: tuple[Path, Path]) -> None:
    """Both files hold the whole map, so that both sides of the comparison do the same work."""
    ours, bare = paths
    if open_and_read(ours) != content:
        raise AssertionError(f"{ours.name} does not give back the map that was written")
    if sum(map(len, bare_open(bare))) != len(list(content.rows())):
        raise AssertionError(f"{bare.name} does not hold every row of the map")


def time_open(paths: tuple[Path, Path], repeat: int) -> Samples:
    ours, bare = paths
    samples = Samples([], [])
    for _ in range(repeat):
        samples.journeyboard.append(seconds(open_and_read, ours))
        samples.bare.append(seconds(bare_open, bare))
    return samples


def time_edits(plan: Sequence[operations.Operation], paths: tuple[Path, Path]) -> Samples:
    """Apply each edit of the plan to both files in turn, timing every commit on its own."""
    ours, bare = paths
    samples = Samples([], [])
    with Document.open(ours) as document, closing(bare_connect(bare)) as connection:
        for operation in plan:
            samples.journeyboard.append(seconds(document.apply, operation))
            samples.bare.append(seconds(bare_apply, connection, operation))
    return samples


def measure_size(card_count: int, repeat: int, edits: int, folder: Path) -> list[Figure]:
    rng = random.Random(card_count)
    content = build_map(card_count, rng)
    paths = (folder / f"journeyboard-{card_count}.journey", folder / f"bare-{card_count}.db")
    created = time_create(content, journeyboard_ddl(), paths, repeat)
    check_files_hold(content, paths)
    opened = time_open(paths, repeat)
    edited = time_edits(plan_edits(content, edits, rng), paths)
    median = statistics.median
    open_budget = OPEN_BUDGET_S if card_count == OPEN_BUDGET_CARDS else None
    return [
        summarise("create", card_count, created, median),
        summarise("open", card_count, opened, median, open_budget),
        summarise("edit median", card_count, edited, median),
        summarise("edit p95", card_count, edited, p95, EDIT_P95_BUDGET_S),
    ]


def summarise(
    work: str,
    cards: int,
    samples: Samples,
    statistic: Callable[[Sequence[float]], float],
    budget: float | None = None,
) -> Figure:
    return Figure(work, cards, statistic(samples.journeyboard), statistic(samples.bare), budget)


# --- reporting ----------------------------------------------------------------------------


def environment() -> dict[str, str | int | None]:
    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "cores": os.cpu_count(),
        "platform": platform.platform(),
    }


def milliseconds(value: float) -> str:
    return f"{value * 1000:.1f} ms"


def budget_cell(figure: Figure) -> str:
    if figure.budget is None:
        return ""
    verdict = "ok" if figure.within_budget else "OVER"
    return f"{f'≤ {figure.budget * 1000:.0f} ms':<10}{verdict}"


def table(figures: Sequence[Figure]) -> str:
    header = (
        f"{'work':<12}{'cards':>6}{'journeyboard':>15}{'bare sqlite3':>15}{'ratio':>9}   budget"
    )
    lines = [header, "-" * (len(header) + 12)]
    for figure in figures:
        lines.append(
            f"{figure.work:<12}{figure.cards:>6}{milliseconds(figure.journeyboard):>15}"
            f"{milliseconds(figure.bare):>15}{figure.ratio:>8.1f}×   {budget_cell(figure)}".rstrip()
        )
    return "\n".join(lines)


def as_json(figures: Sequence[Figure], settings: dict[str, Any]) -> dict[str, Any]:
    return {
        "environment": environment(),
        "settings": settings,
        "figures": [
            {
                "work": figure.work,
                "cards": figure.cards,
                "journeyboard_s": figure.journeyboard,
                "bare_sqlite3_s": figure.bare,
                "ratio": figure.ratio,
                "budget_s": figure.budget,
                "within_budget": figure.within_budget,
            }
            for figure in figures
        ],
    }


# --- command line -------------------------------------------------------------------------


def card_counts(text: str) -> tuple[int, ...]:
    try:
        counts = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of card counts: {text!r}") from None
    if any(count < 1 for count in counts):
        raise argparse.ArgumentTypeError("every map needs at least one card")
    return counts


def at_least(minimum: int) -> Callable[[str], int]:
    def whole_number(text: str) -> int:
        value = int(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return whole_number


def benchmark_parser(description: str, repeat: int, repeat_help: str) -> argparse.ArgumentParser:
    """The options every benchmark takes: the map sizes, the repeats, and a JSON file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--sizes",
        type=card_counts,
        default=DEFAULT_SIZES,
        help="card counts, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--repeat",
        type=at_least(1),
        default=repeat,
        help=f"{repeat_help} (default: %(default)s)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = benchmark_parser(
        __doc__.splitlines()[0], DEFAULT_REPEAT, "runs of create and open whose median is reported"
    )
    parser.add_argument(
        "--edits",
        type=at_least(2),
        default=DEFAULT_EDITS,
        help="committed edits per map for the median and 95th percentile (default: %(default)s)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    print(", ".join(f"{name} {value}" for name, value in environment().items()))
    print("Writes use journal_mode=DELETE, synchronous=FULL: every commit waits for the disk.")
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="journeyboard-bench-") as folder:
        print(f"Files in {folder}\n")
        for card_count in arguments.sizes:
            figures += measure_size(card_count, arguments.repeat, arguments.edits, Path(folder))
    print(table(sorted(figures, key=lambda figure: WORK_ORDER.index(figure.work))))
    if arguments.json is not None:
        settings = {"sizes": arguments.sizes, "repeat": arguments.repeat, "edits": arguments.edits}
        arguments.json.write_text(json.dumps(as_json(figures, settings), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

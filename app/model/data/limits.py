"""How much one map holds at most, so that a runaway script or a hostile file is told so
rather than filling the disk: far beyond a wall of sticky notes, well within what the
canvas and the PDF can draw."""

from __future__ import annotations

from typing import Final

from app.model.messages import Message

MAX_ROWS: Final[dict[str, int]] = {
    "persona": 50,
    "stage": 200,
    "lane": 100,
    "card": 50_000,
    "emotion_point": 20_000,
    "snapshot": 100,
}
"""The most rows of each table a map may have, by table name."""

FULL: Final[dict[str, Message]] = {
    "persona": Message("Errors", "A map holds at most {limit} personas."),
    "stage": Message("Errors", "A map holds at most {limit} stages."),
    "lane": Message("Errors", "A map holds at most {limit} lanes."),
    "card": Message("Errors", "A map holds at most {limit} cards."),
    "emotion_point": Message("Errors", "A map holds at most {limit} emotion points."),
    "snapshot": Message("Errors", "A map holds at most {limit} snapshots."),
}
"""What is said when a table has as many rows as app.model.data.limits allows."""

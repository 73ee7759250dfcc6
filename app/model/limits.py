"""How much one map holds at most, so that a runaway script or a hostile file is told so
rather than filling the disk: far beyond a wall of sticky notes, well within what the
canvas and the PDF can draw."""

from __future__ import annotations

from typing import Final

MAX_ROWS: Final[dict[str, int]] = {
    "persona": 50,
    "stage": 200,
    "lane": 100,
    "card": 50_000,
    "emotion_point": 20_000,
    "snapshot": 100,
}
"""The most rows of each table a map may have, by table name."""

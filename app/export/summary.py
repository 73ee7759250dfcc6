"""A plain-text description of a map, for `journeyboard info` and the terminal.

Columns are padded by display width, so that lane titles in Japanese or Chinese, whose
characters take two cells in a terminal, still line up.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from app.model.data.records import LaneRecord, MapContent, SnapshotRecord
from app.model.data.vocabulary import LANE_KIND_BY_KEY, score_text
from app.model.messages import cut


def describe(content: MapContent, snapshots: tuple[SnapshotRecord, ...], path: Path) -> str:
    the_map = content.map
    lines = [the_map.title, _row("file", str(path))]
    for label, value in (
        ("objective", the_map.objective),
        ("scenario", the_map.scenario),
        ("owner", the_map.owner),
        ("created", the_map.created),
        ("reviewed", the_map.reviewed),
    ):
        if value:
            lines.append(_row(label, _one_line(value)))

    personas = [
        p.name + (" (primary)" if p.id == the_map.primary_persona_id else "")
        for p in content.personas
    ]
    lines.append(_row("personas", ", ".join(personas) if personas else "none"))
    stage_names = ", ".join(stage.name for stage in content.stages)
    lines.append(_row("stages", f"{len(content.stages)}: {stage_names}" if stage_names else "0"))

    lines.append(_row("lanes", str(len(content.lanes))))
    per_lane = Counter(card.lane_id for card in content.cards)
    names = [_lane_name(lane) for lane in content.lanes]
    width = max((_width(name) for name in names), default=0)
    for lane, name in zip(content.lanes, names, strict=True):
        count = per_lane[lane.id]
        lines.append(f"    {_pad(name, width)}  {count} card{'' if count == 1 else 's'}")
    lines.append(_row("cards", str(len(content.cards))))

    low, high = the_map.emotion_min, the_map.emotion_max
    lines.append(_row("emotions", f"scale {score_text(low, low)}…{score_text(high, low)}"))
    name_width = max((_width(p.name) for p in content.personas), default=0)
    for persona in content.personas:
        scores = [point.score for point in content.curve(persona.id)]
        if scores:
            spread = f"from {score_text(min(scores), low)} to {score_text(max(scores), low)}"
            curve = f"{len(scores)} point{'' if len(scores) == 1 else 's'}, {spread}"
        else:
            curve = "no points yet"
        lines.append(f"    {_pad(persona.name, name_width)}  {curve}")

    kept = ", ".join(f"{s.name} ({s.taken_at[:10]})" for s in snapshots)
    lines.append(_row("snapshots", kept or "none"))
    return "\n".join(lines)


def _lane_name(lane: LaneRecord) -> str:
    """The lane's title, with its kind when the title does not say it: "KPI (Metrics)"."""
    kind = LANE_KIND_BY_KEY[lane.kind].title
    return lane.title if lane.title == kind else f"{lane.title} ({kind})"


def _row(label: str, value: str) -> str:
    return f"  {label:<10}  {value}"


def _one_line(text: str, limit: int = 100) -> str:
    return cut(" ".join(text.split()), limit)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))

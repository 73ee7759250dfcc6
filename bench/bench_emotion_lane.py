"""Laying out the emotion lane: 5 personas with 50 points each.

`app.layout.emotion_lane.lay_out_emotion_lane` places every face, label, tag, number and
curve name so that none covers another. Beside it, in the same run, the naive placement
it replaced: every label set on one line to the right of its face, with no check at all
(the curve and the faces computed the same way). The ratio says what keeping the lane
free of overlaps costs.

Two maps: the points spread one per persona per stage over 50 stages, and crowded five
per persona per stage over 10 stages (where most labels must move aside or shorten).
Text is measured with the PDF's font metrics, measured once before timing, as the canvas
keeps its measurements for as long as a map is open. Run from the repository root:

    .venv/bin/python bench/bench_emotion_lane.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.export.pdf_fonts import pdf_typesetter
from app.layout.emotion_lane import (
    EMOTION_LABEL,
    FACE_RADIUS,
    lay_out_emotion_lane,
    least_stage_width,
)
from app.layout.emotions import Scale, face_for, smooth_curve
from app.layout.geometry import Point, Rect
from app.layout.text import Typesetter
from app.model.data.records import (
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    StageRecord,
)
from app.model.messages import english

BUDGET = 0.005
PERSONAS, POINTS = 5, 50
LABELS = ("", "Happy", "Annoyed by the wait", "Relieved: the first rota is out at last")

Columns = list[tuple[StageRecord, Rect]]


def crowded_map(stage_count: int) -> tuple[MapContent, Columns, Scale]:
    rng = random.Random(1)
    stages = tuple(StageRecord(f"s{i}", i, f"Stage {i}") for i in range(stage_count))
    personas = tuple(PersonaRecord(f"p{i}", i, f"Persona {i}") for i in range(PERSONAS))
    per_stage = POINTS // stage_count
    points = tuple(
        EmotionRecord(
            f"{persona.id}-{k}",
            persona.id,
            stages[k // per_stage].id,
            k % per_stage,
            rng.randint(-3, 3),
            rng.choice(LABELS),
        )
        for persona in personas
        for k in range(POINTS)
    )
    lanes = (LaneRecord("feel", 0, "emotions", "Emotions"),)
    content = MapContent(MapRecord("m", "Bench"), personas, stages, lanes, (), points)
    columns, x = [], 190.0
    for number, stage in enumerate(stages):
        width = max(stage.width, least_stage_width(per_stage * PERSONAS, number == 0))
        columns.append((stage, Rect(x, 88, width, 0)))
        x += width
    band = Rect(190, 88, x - 190, 190 + 60 * (PERSONAS - 1))
    return content, columns, Scale(band, -3, 3, 34)


def naive_lane(
    content: MapContent, columns: Columns, scale: Scale, typesetter: Typesetter
) -> list[Rect]:
    """Faces in their stage, a curve through them, each label to the right of its face."""
    column_of = {stage.id: column for stage, column in columns}
    boxes = []
    for persona in content.personas:
        curve = content.curve(persona.id)
        at = []
        for point in curve:
            column = column_of[point.stage_id]
            x = column.x + column.width * (point.position + 1) / (POINTS // len(columns) + 1)
            y = scale.y_of(point.score)
            face_for(point.score, scale.low, scale.high)
            at.append(Point(x, y))
            if point.label:
                width = typesetter.width(point.label, EMOTION_LABEL)
                boxes.append(Rect(x + FACE_RADIUS + 4, y - 7, width, 14))
        smooth_curve(at)
    return boxes


def times(work: Callable[[], object], repeat: int) -> list[float]:
    work()  # measure the text once, as an open map has
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    repeat = parser.parse_args().repeat
    typesetter = pdf_typesetter()
    print(f"{'map':<34}{'lane median':>12}{'p95':>10}{'naive':>10}{'ratio':>8}  budget")
    for name, stage_count in (
        ("50 stages, 1 point a stage", 50),
        ("10 stages, 5 points a stage", 10),
    ):
        content, columns, scale = crowded_map(stage_count)

        lane = partial(lay_out_emotion_lane, content, columns, scale, None, typesetter, english)
        naive = partial(naive_lane, content, columns, scale, typesetter)
        laid = times(lane, repeat)
        bare = times(naive, repeat)
        median = statistics.median(laid)
        p95 = statistics.quantiles(laid, n=20, method="inclusive")[18]
        verdict = "ok" if median <= BUDGET else "OVER"
        print(
            f"{name:<34}{median * 1000:>9.2f} ms{p95 * 1000:>7.2f} ms"
            f"{statistics.median(bare) * 1000:>7.2f} ms{median / statistics.median(bare):>7.1f}×"
            f"  ≤ {BUDGET * 1000:.0f} ms {verdict}"
        )


if __name__ == "__main__":
    main()

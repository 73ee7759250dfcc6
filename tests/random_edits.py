"""A reproducible stream of edits to a map: the same seed and the same starting map give
the same operations, with the same ids and values, whoever replays them. The kill test's
child applies them to a file; the test replays them in memory to know what the file must
hold."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from app.model.data.records import CardRecord, MapContent
from app.model.edits import operations as op


def edits(seed: int, content_now: Callable[[], MapContent]) -> Iterator[op.Operation]:
    """Operations chosen from the map as it is after the ones before: `content_now()`
    returns it each time. Ids are made from the seed and the count, not at random."""
    rng = random.Random(seed)
    number = 0
    while True:
        number += 1
        yield _one(rng, content_now(), f"{seed:08x}{number:024x}")


def _one(rng: random.Random, content: MapContent, new_id: str) -> op.Operation:
    cards = content.cards
    choice = rng.random()
    if not cards or choice < 0.35:
        stage, lane = rng.choice(content.stages), rng.choice(content.lanes)
        cell = [c for c in cards if (c.stage_id, c.lane_id) == (stage.id, lane.id)]
        title = f"Idea {new_id[-6:]} " + "x" * rng.randrange(0, 300)
        return op.AddCard(
            CardRecord(new_id, stage.id, lane.id, rng.randrange(len(cell) + 1), title)
        )
    card = rng.choice(cards)
    if choice < 0.55:
        return op.edit("card", card.id, notes="Notes " * rng.randrange(0, 2000))
    if choice < 0.7:
        stage, lane = rng.choice(content.stages), rng.choice(content.lanes)
        cell = [
            c for c in cards if (c.stage_id, c.lane_id) == (stage.id, lane.id) and c.id != card.id
        ]
        return op.MoveCard(card.id, stage.id, lane.id, rng.randrange(len(cell) + 1))
    if choice < 0.8 and content.emotions:
        point = rng.choice(content.emotions)
        low, high = content.map.emotion_min, content.map.emotion_max
        return op.edit("emotion_point", point.id, score=rng.randrange(low, high + 1))
    if choice < 0.9:
        return op.DeleteCard(card.id)
    return op.Batch(
        tuple(
            op.edit("card", c.id, votes=c.votes + 1) for c in rng.sample(cards, min(5, len(cards)))
        )
    )

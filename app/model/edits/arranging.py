"""Moving several cards at once, as one step: the operations that put them in a cell.

Dragging a selection of cards drops them together, in the order they were shown, at one
place in the target cell. Each MoveCard counts positions after taking its card out, and
cards still to move may sit in the target cell, so the cards first go to the end of the
cell, one after the other, and then to their places: two moves a card, always right.
"""

from __future__ import annotations

from collections.abc import Collection

from app.model.data.records import MapContent
from app.model.edits import operations as op


def move_cards(
    content: MapContent, card_ids: Collection[str], stage_id: str, lane_id: str, index: int
) -> op.Batch | None:
    """Move the cards to the cell (stage, lane) at `index` among the cards that stay there.

    Returns None when the cards are already there, in that order.
    """
    moving = [card for card in content.cards if card.id in card_ids]
    in_cell = [c for c in content.cards if (c.stage_id, c.lane_id) == (stage_id, lane_id)]
    staying = [card for card in in_cell if card.id not in card_ids]
    index = max(0, min(index, len(staying)))
    wanted = [card.id for card in staying[:index] + moving + staying[index:]]
    if wanted == [card.id for card in in_cell]:
        return None
    to_end: list[op.Operation] = []
    for number, card in enumerate(moving):
        later_in_cell = sum(1 for c in moving[number + 1 :] if c in in_cell)
        to_end.append(
            op.MoveCard(card.id, stage_id, lane_id, len(staying) + number + later_in_cell)
        )
    into_place = [
        op.MoveCard(card.id, stage_id, lane_id, index + number)
        for number, card in enumerate(moving)
    ]
    return op.Batch((*to_end, *into_place))

"""Cards ranked as a workshop ranks them: most votes first, then highest priority, then in
map order (stage, then place in the cell)."""

from __future__ import annotations

from collections.abc import Collection

from app.model.data.records import CardRecord, MapContent


def ranked(content: MapContent, kinds: Collection[str]) -> list[CardRecord]:
    """The cards of the lanes of `kinds`, best first."""
    lanes = {lane.id for lane in content.lanes if lane.kind in kinds}
    stage_order = {stage.id: stage.position for stage in content.stages}
    cards = [card for card in content.cards if card.lane_id in lanes]
    return sorted(
        cards,
        key=lambda c: (-c.votes, -c.priority, stage_order.get(c.stage_id, 0), c.position),
    )

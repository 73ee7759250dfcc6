"""The moments a presenter points at, found in the map rather than typed by hand: the
lowest point and the biggest drop of each persona's emotion curve, and the cards flagged
as moments that matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from app.model.data.records import MapContent
from app.model.messages import Message


class CalloutKind(StrEnum):
    LOWEST = "lowest point"
    DROP = "biggest drop"


@dataclass(frozen=True, slots=True)
class Callout:
    """A point of a persona's curve worth pointing at, and why."""

    kind: CalloutKind
    persona_id: str
    point_id: str
    stage_id: str
    score: int
    fall: int = 0
    """For a drop, how far the score fell from the point before it."""

    @property
    def label(self) -> Message:
        """In a few words: "lowest point", "biggest drop, 5 down"."""
        if self.kind == CalloutKind.DROP:
            return Message("Callouts", "biggest drop, {fall} down").format(fall=self.fall)
        return Message("Callouts", "lowest point")


def emotion_callouts(content: MapContent) -> list[Callout]:
    """For each persona with points: its lowest point (the first, if several are as low)
    and its biggest drop from one point to the next, if the curve ever falls."""
    callouts: list[Callout] = []
    for persona in content.personas:
        curve = content.curve(persona.id)
        if not curve:
            continue
        lowest = min(curve, key=lambda point: point.score)
        callouts.append(
            Callout(CalloutKind.LOWEST, persona.id, lowest.id, lowest.stage_id, lowest.score)
        )
        falls = [(before.score - after.score, after) for before, after in pairwise(curve)]
        if falls:
            fall, after = max(falls, key=lambda step: step[0])
            if fall > 0:
                callouts.append(
                    Callout(
                        CalloutKind.DROP, persona.id, after.id, after.stage_id, after.score, fall
                    )
                )
    return callouts


def moment_cards(content: MapContent, stage_id: str | None = None) -> list[str]:
    """The ids of the cards flagged as moments that matter, of one stage or of all."""
    return [
        card.id
        for card in content.cards
        if card.moment and (stage_id is None or card.stage_id == stage_id)
    ]

"""A dot vote on one shared screen: each person in turn gives their dots to cards of the
chosen lanes, by clicking a card or pressing + or D on the selected one.

Every dot is an edit of the card's votes through OpenMap, so it is committed at once,
undone with Ctrl+Z, and printed in the PDF's ranked lists. Who is voting and how many
dots they have left are worked out from the votes given since the vote started, so
undo and redo keep the counter right.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.model import operations as op
from app.model.ranking import ranked
from app.model.records import CardRecord
from app.ui.open_map import OpenMap

DEFAULT_KINDS = ("pain_points", "opportunities")
DEFAULT_DOTS = 3


@dataclass(frozen=True, slots=True)
class VoteSetup:
    kinds: tuple[str, ...] = DEFAULT_KINDS
    """The kinds of lane whose cards can be voted on."""
    dots_each: int = DEFAULT_DOTS
    people: int = 0
    """How many people vote; 0 for as many as come up."""


@dataclass(frozen=True, slots=True)
class Turn:
    person: int
    """From 1."""
    left: int
    """Dots the person has left."""
    done: bool
    """Every person has given all of their dots."""


class DotVote(QObject):
    changed = Signal()
    """After each dot, undo, redo or reset: the counter to show again."""

    def __init__(self, open_map: OpenMap, setup: VoteSetup) -> None:
        super().__init__(open_map)
        self.open_map, self.setup = open_map, setup
        self._before = self._given_so_far()
        self.open = True
        open_map.changed.connect(self.changed)

    def _given_so_far(self) -> int:
        return sum(card.votes for card in self.cards())

    def cards(self) -> list[CardRecord]:
        """The cards that can be voted on."""
        content = self.open_map.content()
        lanes = {lane.id for lane in content.lanes if lane.kind in self.setup.kinds}
        return [card for card in content.cards if card.lane_id in lanes]

    def turn(self) -> Turn:
        given = max(0, self._given_so_far() - self._before)
        person, used = divmod(given, self.setup.dots_each)
        done = bool(self.setup.people) and person >= self.setup.people
        if done:
            return Turn(self.setup.people, 0, True)
        return Turn(person + 1, self.setup.dots_each - used, False)

    def give(self, card_id: str) -> str | None:
        """A dot on the card; None, or why it was not given."""
        if not self.open:
            return "The vote is closed."
        card = next((c for c in self.cards() if c.id == card_id), None)
        if card is None:
            return "Only the cards of the lanes in the vote take dots."
        if self.turn().done:
            return "Everyone has voted: close the vote to see the result."
        edit = op.edit("card", card.id, votes=card.votes + 1)
        if not self.open_map.apply(edit, f"Dot on “{card.title}”"):
            return "The dot could not be given."
        return None

    def reset(self) -> None:
        """Every card in the vote back to no votes, as one step that can be undone."""
        steps = tuple(op.edit("card", c.id, votes=0) for c in self.cards() if c.votes)
        if steps:
            self.open_map.apply(op.Batch(steps), "Reset the vote")
        self._before = 0

    def close(self) -> None:
        self.open = False
        self.open_map.changed.disconnect(self.changed)
        self.changed.emit()

    def results(self) -> list[CardRecord]:
        """The cards in the vote, most dots first (then priority, then map order)."""
        return ranked(self.open_map.content(), self.setup.kinds)

"""A dot vote on one shared screen: each person in turn gives their dots to cards of the
chosen lanes, by clicking a card or pressing + or D on the selected one.

Every dot is an edit of the card's votes through OpenMap, so it is committed at once,
undone with Ctrl+Z, and printed in the PDF's ranked lists. Who is voting and how many
dots they have left are counted from this vote's dots that the undo stack holds as done
(after its last reset), so undo, redo and reset keep the counter right, and dots a card
had before the vote are never counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from app.model.data.ranking import ranked
from app.model.data.records import CardRecord
from app.model.edits import operations as op
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
        self._dots: list[QUndoCommand] = []
        self._resets: list[QUndoCommand] = []
        open_map.undo_stack.indexChanged.connect(self.changed)  # undo and redo

    def _given(self) -> int:
        """This vote's dots that are done, since its last reset that is done."""
        stack = self.open_map.undo_stack
        done = [stack.command(index) for index in range(stack.index())]
        resets = [i for i, command in enumerate(done) if _among(command, self._resets)]
        since = done[resets[-1] + 1 :] if resets else done
        return sum(1 for command in since if _among(command, self._dots))

    def _last_step(self) -> QUndoCommand:
        stack = self.open_map.undo_stack
        return stack.command(stack.index() - 1)

    def cards(self) -> list[CardRecord]:
        """The cards that can be voted on."""
        content = self.open_map.content()
        lanes = {lane.id for lane in content.lanes if lane.kind in self.setup.kinds}
        return [card for card in content.cards if card.lane_id in lanes]

    def turn(self) -> Turn:
        person, used = divmod(self._given(), self.setup.dots_each)
        done = bool(self.setup.people) and person >= self.setup.people
        if done:
            return Turn(self.setup.people, 0, True)
        return Turn(person + 1, self.setup.dots_each - used, False)

    def give(self, card_id: str) -> str | None:
        """A dot on the card; None, or why it was not given."""
        card = next((c for c in self.cards() if c.id == card_id), None)
        if card is None:
            return self.tr("Only the cards of the lanes in the vote take dots.")
        if self.turn().done:
            return self.tr("Everyone has voted: close the vote to see the result.")
        edit = op.AddVotes(card.id, 1)
        if not self.open_map.apply(edit, self.tr("Dot on “{title}”").format(title=card.title)):
            return self.tr("The dot could not be given.")
        self._dots.append(self._last_step())
        self.changed.emit()
        return None

    def reset(self) -> None:
        """Every card in the vote back to no votes, as one step that can be undone. The dots
        are taken away rather than the votes set to none, so that undoing it gives them back
        without taking any given meanwhile on another machine of a workspace."""
        steps = tuple(op.AddVotes(c.id, -c.votes) for c in self.cards() if c.votes)
        if steps and self.open_map.apply(op.Batch(steps), self.tr("Reset the vote")):
            self._resets.append(self._last_step())
            self.changed.emit()

    def close(self) -> None:
        self.open_map.undo_stack.indexChanged.disconnect(self.changed)

    def results(self) -> list[CardRecord]:
        """The cards in the vote, most dots first (then priority, then map order)."""
        return ranked(self.open_map.content(), self.setup.kinds)


def _among(command: QUndoCommand, commands: list[QUndoCommand]) -> bool:
    return any(command is other for other in commands)

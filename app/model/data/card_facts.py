"""What a card says beside its title and notes, in words, for every medium that writes
them out (a card in the PDF, a card zoomed in on a slide): its flags, a moment that
matters and its priority, and its facts, channel, owner, evidence and votes."""

from __future__ import annotations

from app.model.data.records import CardRecord
from app.model.data.vocabulary import EVIDENCE_NAMES, PRIORITIES, PRIORITY_MARKS
from app.model.messages import Message, one_or_many


def card_flags(card: CardRecord) -> list[Message]:
    """What marks the card out: ★ a moment that matters, and its priority."""
    flags = []
    if card.moment:
        flags.append(Message("Pdf", "★ Moment that matters"))
    if card.priority:
        flags.append(
            Message("Pdf", "{marks} {priority} priority").format(
                marks=PRIORITY_MARKS[card.priority],
                priority=Message("Vocabulary", PRIORITIES[card.priority]),
            )
        )
    return flags


def card_facts(card: CardRecord) -> list[Message]:
    """The rest it records, those it has: "Channel: in-store", …, "● 3 votes"."""
    evidence = EVIDENCE_NAMES.get(card.evidence, card.evidence)
    facts = [
        Message("Pdf", "{label}: {value}").format(label=label, value=value)
        for label, value in (
            (Message("Fields", "Channel"), card.channel),
            (Message("Fields", "Owner"), card.owner),
            (Message("Fields", "Evidence"), evidence and Message("Vocabulary", evidence)),
        )
        if value
    ]
    if card.votes:
        facts.append(
            one_or_many(card.votes, Message("Pdf", "● 1 vote"), Message("Pdf", "● {count} votes"))
        )
    return facts

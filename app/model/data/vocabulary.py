"""The words of the method: lane kinds, evidence, priorities and channels.

The app teaches journey mapping as people use it, so each lane kind carries the one line an
empty lane shows ("what belongs here") beside its default title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.model.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class LaneKind:
    key: str
    title: str
    hint: str
    backstage: bool = False


LANE_KINDS: Final[tuple[LaneKind, ...]] = (
    LaneKind(
        "touchpoints",
        QT_TRANSLATE_NOOP("Vocabulary", "Touchpoints"),
        QT_TRANSLATE_NOOP("Vocabulary", "Where the customer meets you: a sign, a page, a call."),
    ),
    LaneKind(
        "actions",
        QT_TRANSLATE_NOOP("Vocabulary", "Customer actions"),
        QT_TRANSLATE_NOOP("Vocabulary", "What the customer does in this stage, step by step."),
    ),
    LaneKind(
        "goals",
        QT_TRANSLATE_NOOP("Vocabulary", "Goals"),
        QT_TRANSLATE_NOOP("Vocabulary", "What the customer wants to get done here."),
    ),
    LaneKind(
        "thoughts",
        QT_TRANSLATE_NOOP("Vocabulary", "Thoughts & questions"),
        QT_TRANSLATE_NOOP("Vocabulary", "What they think, ask or worry about here."),
    ),
    LaneKind(
        "emotions",
        QT_TRANSLATE_NOOP("Vocabulary", "Emotions"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "How they feel: double-click in a stage to add a point, then drag it up or down.",
        ),
    ),
    LaneKind(
        "pain_points",
        QT_TRANSLATE_NOOP("Vocabulary", "Pain points"),
        QT_TRANSLATE_NOOP("Vocabulary", "What goes wrong, slows them down or annoys them."),
    ),
    LaneKind(
        "opportunities",
        QT_TRANSLATE_NOOP("Vocabulary", "Opportunities"),
        QT_TRANSLATE_NOOP("Vocabulary", "Ideas to fix a pain point or create a good moment."),
    ),
    LaneKind(
        "channels",
        QT_TRANSLATE_NOOP("Vocabulary", "Channels"),
        QT_TRANSLATE_NOOP("Vocabulary", "The media used here: website, phone, in-store, email…"),
    ),
    LaneKind(
        "backstage",
        QT_TRANSLATE_NOOP("Vocabulary", "Team / owner"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Who on your side makes this stage work, and what they do behind the scenes.",
        ),
        backstage=True,
    ),
    LaneKind(
        "metrics",
        QT_TRANSLATE_NOOP("Vocabulary", "Metrics"),
        QT_TRANSLATE_NOOP("Vocabulary", "How you measure this stage: a number you can track."),
        True,
    ),
    LaneKind(
        "notes",
        QT_TRANSLATE_NOOP("Vocabulary", "Notes"),
        QT_TRANSLATE_NOOP("Vocabulary", "Anything else worth remembering."),
        backstage=True,
    ),
    LaneKind(
        "inbox",
        QT_TRANSLATE_NOOP("Vocabulary", "Inbox"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Ideas from the room, not sorted yet: drag each one to its lane when there is time.",
        ),
    ),
    LaneKind(
        "custom",
        QT_TRANSLATE_NOOP("Vocabulary", "Custom lane"),
        QT_TRANSLATE_NOOP("Vocabulary", "Your own row: name it for what you track."),
    ),
)
LANE_KIND_BY_KEY: Final[dict[str, LaneKind]] = {kind.key: kind for kind in LANE_KINDS}

LANE_KIND_OTHER_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "touchpoints": ("touchpoint", "touch points", "touch point", "kontaktpunkte"),
    "actions": ("actions", "action", "customer action", "steps", "doing", "handlungen"),
    "goals": ("goal", "customer goals", "ziele"),
    "thoughts": ("thoughts", "thinking", "questions", "gedanken"),
    "emotions": ("emotion", "emotionen"),
    "pain_points": ("pain point", "pains", "painpoints", "pain", "schmerzpunkte"),
    "opportunities": ("opportunity", "ideas", "chancen"),
    "channels": ("channel", "kanäle"),
    "backstage": ("backstage", "behind the scenes", "team", "owner"),
    "metrics": ("metric", "kpis", "kpi", "kennzahlen"),
    "notes": ("note", "notizen"),
}
"""What else people call a lane of each kind in the sheets and diagrams they bring in,
beside the kind's own title (any case). "Feelings" is not one: such a row mostly holds
words, and a row of the curve must hold scores."""

EVIDENCE: Final[tuple[str, ...]] = (
    "",
    "assumption",
    "interview",
    "survey",
    "analytics",
    "observation",
)
"""Where a card's claim comes from; "" means not stated."""

EVIDENCE_NAMES: Final[dict[str, str]] = {
    "assumption": QT_TRANSLATE_NOOP("Vocabulary", "Assumption"),
    "interview": QT_TRANSLATE_NOOP("Vocabulary", "Interview"),
    "survey": QT_TRANSLATE_NOOP("Vocabulary", "Survey"),
    "analytics": QT_TRANSLATE_NOOP("Vocabulary", "Analytics"),
    "observation": QT_TRANSLATE_NOOP("Vocabulary", "Observation"),
}

PRIORITIES: Final[dict[int, str]] = {
    0: QT_TRANSLATE_NOOP("Vocabulary", "None"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "Low"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "High"),
}

PRIORITY_MARKS: Final[dict[int, str]] = {1: "!", 2: "!!", 3: "!!!"}
"""A card's priority, low to high, as a mark: read at a glance and in black and white."""

CHANNEL_SUGGESTIONS: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("Vocabulary", "website"),
    QT_TRANSLATE_NOOP("Vocabulary", "web shop"),
    QT_TRANSLATE_NOOP("Vocabulary", "social"),
    QT_TRANSLATE_NOOP("Vocabulary", "email"),
    QT_TRANSLATE_NOOP("Vocabulary", "phone"),
    QT_TRANSLATE_NOOP("Vocabulary", "in-store"),
    QT_TRANSLATE_NOOP("Vocabulary", "app"),
    QT_TRANSLATE_NOOP("Vocabulary", "chat"),
    QT_TRANSLATE_NOOP("Vocabulary", "search"),
    QT_TRANSLATE_NOOP("Vocabulary", "review site"),
    QT_TRANSLATE_NOOP("Vocabulary", "word of mouth"),
    QT_TRANSLATE_NOOP("Vocabulary", "print"),
    QT_TRANSLATE_NOOP("Vocabulary", "event"),
    QT_TRANSLATE_NOOP("Vocabulary", "video call"),
    QT_TRANSLATE_NOOP("Vocabulary", "SMS"),
    QT_TRANSLATE_NOOP("Vocabulary", "letter"),
)
"""Offered when typing a channel; any other text is allowed too."""

DEFAULT_EMOTION_SCALE: Final[tuple[int, int]] = (-3, 3)


def signed(score: int) -> str:
    """A score as people write it: +2, 0, −1 (with a real minus sign)."""
    return f"{score:+d}".replace("-", "−") if score else "0"


def score_text(score: int, low: int) -> str:
    """A score as a scale starting at `low` writes it: signed ("+2", "−1") where the
    scale has negative scores, plain ("4") where it runs from zero or above."""
    return signed(score) if low < 0 else str(score)

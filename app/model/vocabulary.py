"""The words of the method: lane kinds, evidence, priorities and channels.

The app teaches journey mapping as people use it, so each lane kind carries the one line an
empty lane shows ("what belongs here") beside its default title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class LaneKind:
    key: str
    title: str
    hint: str
    backstage: bool = False


LANE_KINDS: Final[tuple[LaneKind, ...]] = (
    LaneKind("touchpoints", "Touchpoints", "Where the customer meets you: a sign, a page, a call."),
    LaneKind("actions", "Customer actions", "What the customer does in this stage, step by step."),
    LaneKind("goals", "Goals", "What the customer wants to get done here."),
    LaneKind("thoughts", "Thoughts & questions", "What they think, ask or worry about here."),
    LaneKind("emotions", "Emotions", "How they feel: drag the curve up or down for each stage."),
    LaneKind("pain_points", "Pain points", "What goes wrong, slows them down or annoys them."),
    LaneKind(
        "opportunities", "Opportunities", "Ideas to fix a pain point or create a good moment."
    ),
    LaneKind("channels", "Channels", "The media used here: website, phone, in-store, email…"),
    LaneKind(
        "backstage",
        "Team / owner",
        "Who on your side makes this stage work, and what they do behind the scenes.",
        backstage=True,
    ),
    LaneKind("metrics", "Metrics", "How you measure this stage: a number you can track.", True),
    LaneKind("notes", "Notes", "Anything else worth remembering.", backstage=True),
    LaneKind(
        "inbox",
        "Inbox",
        "Ideas from the room, not sorted yet: drag each one to its lane when there is time.",
    ),
    LaneKind("custom", "Custom lane", "Your own row: name it for what you track."),
)
LANE_KIND_BY_KEY: Final[dict[str, LaneKind]] = {kind.key: kind for kind in LANE_KINDS}

EVIDENCE: Final[tuple[str, ...]] = (
    "",
    "assumption",
    "interview",
    "survey",
    "analytics",
    "observation",
)
"""Where a card's claim comes from; "" means not stated."""

PRIORITIES: Final[dict[int, str]] = {0: "None", 1: "Low", 2: "Medium", 3: "High"}

CHANNEL_SUGGESTIONS: Final[tuple[str, ...]] = (
    "website",
    "web shop",
    "social",
    "email",
    "phone",
    "in-store",
    "app",
    "chat",
    "search",
    "review site",
    "word of mouth",
    "print",
    "event",
    "video call",
    "SMS",
    "letter",
)
"""Offered when typing a channel; any other text is allowed too."""

DEFAULT_EMOTION_SCALE: Final[tuple[int, int]] = (-3, 3)


def signed(score: int) -> str:
    """A score as people write it: +2, 0, −1 (with a real minus sign)."""
    return f"{score:+d}".replace("-", "−") if score else "0"

"""Markdown export: a map as a CommonMark document for a GitHub or GitLab wiki, a README or
any tool that reads Markdown, to be read as text and rendered alike.

What people typed is escaped (`escaped`), so that a card titled "*urgent* <script>" shows
as typed, never as emphasis or HTML. The labels are the words the PDF uses, marked in the
same contexts, so that Markdown exported from a German window is German with nothing new
to translate.
"""

from __future__ import annotations

import re
from collections import defaultdict

from app.model.data.card_facts import card_facts, card_flags
from app.model.data.records import (
    CardRecord,
    EmotionRecord,
    MapContent,
    PersonaRecord,
    StageRecord,
)
from app.model.data.vocabulary import score_text
from app.model.messages import Message, Translate, english

_ANYWHERE = re.compile(r"[\\`*_\[\]<|~$#]|&(?=#?\w+;)")
"""What starts emphasis, code, links, HTML, tables, strikethrough or maths (GitHub and
GitLab read `$…$`) wherever it stands; `&` only where it would start an entity."""
_LINE_START = re.compile(r"^(?:\d{1,9}(?=[.)](?:\s|$))|(?=[-+](?:\s|$)|>|-+$|=+$))")
"""What makes a line a list item ("1. ", "- "), a quote, a rule or a heading's underline:
a backslash goes before the marker (after an ordered item's number)."""

_CardCells = dict[tuple[str, str], list[CardRecord]]
_Feelings = dict[tuple[str, str], list[EmotionRecord]]


def write_markdown(content: MapContent, words: Translate = english) -> str:
    """The map as Markdown: its title and story, its personas, then each stage with its
    goal, how each persona feels there and its cards lane by lane; labels in `words`."""
    cells: _CardCells = defaultdict(list)
    for card in content.cards:
        cells[(card.stage_id, card.lane_id)].append(card)
    feelings: _Feelings = defaultdict(list)
    for persona in content.personas:
        for point in content.curve(persona.id):
            feelings[(point.stage_id, persona.id)].append(point)
    blocks = [*_head(content, words), *_personas(content, words)]
    for number, stage in enumerate(content.stages, 1):
        blocks += _stage(content, number, stage, cells, feelings, words)
    return "\n\n".join(blocks) + "\n"


def escaped(text: str) -> str:
    """`text` as Markdown that shows it as typed, line for line.

    Each line is stripped, since leading spaces could make it code and trailing ones a line
    break; backslashes go before the characters that would make markup of it.
    """
    return "\n".join(
        _LINE_START.sub(r"\g<0>\\", _ANYWHERE.sub(r"\\\g<0>", line.strip()), count=1)
        for line in text.splitlines()
    )


def _paragraphs(text: str) -> str:
    """Free text as paragraphs where it has blank lines, its other line breaks kept as hard
    breaks (a backslash at the end of the line, which editors do not strip as spaces)."""
    return "\n\n".join(
        "\\\n".join(paragraph.split("\n"))
        for paragraph in re.split(r"\n{2,}", escaped(text).strip())
    )


def _nested(block: str, first: str, rest: str) -> str:
    """`block` inside a list item or a quote: `first` before its first line and `rest`
    before the others, so that the item holds every line, blank ones included."""
    head, *tail = block.split("\n")
    return "\n".join([first + head, *(rest + line if line else rest.rstrip() for line in tail)])


def _labelled(label: Message, text: str, words: Translate) -> str:
    """Free text after its label in bold: "**Customer goal**: …"."""
    return (
        Message("Pdf", "{label}: {value}")
        .format(label=f"**{escaped(label.translated(words))}**", value=_paragraphs(text))
        .translated(words)
    )


def _head(content: MapContent, words: Translate) -> list[str]:
    """The title, a small line of who owns the map and when it was made and reviewed, then
    its objective and scenario."""
    the_map = content.map
    blocks = [f"# {escaped(the_map.title)}"]
    dates = [
        Message("Pdf", "{label}: {value}").format(label=label, value=value).translated(words)
        for label, value in (
            (Message("Fields", "Owner"), the_map.owner),
            (Message("Fields", "Created"), the_map.created),
            (Message("Fields", "Reviewed"), the_map.reviewed),
        )
        if value
    ]
    if dates:
        blocks.append(f"*{escaped(' · '.join(dates))}*")
    for label, text in (
        (Message("Fields", "Objective"), the_map.objective),
        (Message("Fields", "Scenario"), the_map.scenario),
    ):
        if text.strip():
            blocks.append(_labelled(label, text, words))
    return blocks


def _personas(content: MapContent, words: Translate) -> list[str]:
    if not content.personas:
        return []
    blocks = [f"## {escaped(Message('Pdf', 'Personas').translated(words))}"]
    for persona in content.personas:
        blocks += _persona(persona, persona.id == content.map.primary_persona_id, words)
    return blocks


def _persona(persona: PersonaRecord, primary: bool, words: Translate) -> list[str]:
    """A persona as the PDF shows one, its photo left out: name (the primary one marked so,
    as in the personas panel), role, quote, details, then a list for each of goals,
    frustrations, behaviours and motivations (a line an item)."""
    name = Message("PersonasPanel", "{name} (primary)").format(name=persona.name)
    blocks = [f"### {escaped(name.translated(words) if primary else persona.name)}"]
    if persona.role.strip():
        blocks.append(_paragraphs(persona.role))
    if persona.quote.strip():
        blocks.append(_nested(_paragraphs(persona.quote), "> ", "> "))
    if persona.demographics.strip():
        blocks.append(_labelled(Message("Fields", "Demographics"), persona.demographics, words))
    for label, text in (
        (Message("Fields", "Goals"), persona.goals),
        (Message("Fields", "Frustrations"), persona.frustrations),
        (Message("Fields", "Behaviours"), persona.behaviours),
        (Message("Fields", "Motivations"), persona.motivations),
    ):
        items = [f"- {escaped(line)}" for line in text.splitlines() if line.strip()]
        if items:
            blocks += [f"**{escaped(label.translated(words))}**", "\n".join(items)]
    return blocks


def _stage(
    content: MapContent,
    number: int,
    stage: StageRecord,
    cells: _CardCells,
    feelings: _Feelings,
    words: Translate,
) -> list[str]:
    """A stage's section: what happens, the customer's goal, how each persona feels there,
    then a list of cards for each lane that has any in it, the emotions lane included."""
    blocks = [f"## {number}. {escaped(stage.name)}"]
    if stage.description.strip():
        blocks.append(_paragraphs(stage.description))
    if stage.goal.strip():
        blocks.append(_labelled(Message("Fields", "Customer goal"), stage.goal, words))
    low = content.map.emotion_min
    felt = [
        f"- {escaped(persona.name)}: "
        + " → ".join(f"{score_text(p.score, low)} {escaped(p.label)}".rstrip() for p in points)
        for persona in content.personas
        if (points := feelings.get((stage.id, persona.id)))
    ]
    if felt:
        blocks += [f"**{escaped(Message('Pdf', 'Emotions').translated(words))}**", "\n".join(felt)]
    for lane in content.lanes:
        if cards := cells.get((stage.id, lane.id)):
            blocks.append(f"### {escaped(lane.title)}")
            blocks.append("\n\n".join(_card(card, words) for card in cards))
    return blocks


def _card(card: CardRecord, words: Translate) -> str:
    """A card as a list item: its title in bold and what it records in brackets, then its
    notes as paragraphs inside the item."""
    item = f"**{escaped(card.title)}**"
    if said := [message.translated(words) for message in (*card_flags(card), *card_facts(card))]:
        item += f" ({escaped(' · '.join(said))})"
    if card.notes.strip():
        item += "\n\n" + _paragraphs(card.notes)
    return _nested(item, "- ", "  ")

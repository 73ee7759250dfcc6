"""The words above a picture of a map: its title, its objective and its personas, so that
a slide or an email says what the map is about without the file beside it."""

from __future__ import annotations

from dataclasses import dataclass

from app.layout.geometry import Rect
from app.layout.shapes import Shape, Text
from app.layout.text import TextStyle, Typesetter
from app.model.data.records import MapContent


@dataclass(frozen=True, slots=True)
class HeaderStyles:
    title: TextStyle
    objective: TextStyle
    persona: TextStyle
    gap: float


@dataclass(frozen=True, slots=True)
class Header:
    shapes: list[Shape]
    height: float


def persona_summary(content: MapContent) -> list[str]:
    """A line per persona: name, role, and quote."""
    lines = []
    for persona in content.personas:
        words = [persona.name]
        if persona.role:
            words.append(f"({persona.role})")
        if persona.quote:
            words.append(f"— “{persona.quote.strip()}”")
        lines.append(" ".join(words).replace("\n", " "))
    return lines


def lay_out_header(
    content: MapContent,
    width: float,
    styles: HeaderStyles,
    typesetter: Typesetter,
    *,
    subtitle: str = "",
    most_personas: int = 3,
) -> Header:
    """The title (with a `subtitle`, such as the stage a picture shows, after it), the
    objective, and a line for each of the first personas, each shortened to `width`."""
    shapes: list[Shape] = []
    y = 0.0

    def add(lines: tuple[str, ...], style: TextStyle, colour: str) -> None:
        nonlocal y
        if lines:
            height = len(lines) * style.line_height
            shapes.append(Text(Rect(0, y, width, height), lines, style, colour))
            y += height + styles.gap / 2

    title = content.map.title + (f" · {subtitle}" if subtitle else "")
    add(typesetter.wrap(title, width, styles.title, 2), styles.title, "ink")
    if content.map.objective.strip():
        objective = typesetter.wrap(content.map.objective, width, styles.objective, 2)
        add(objective, styles.objective, "muted_ink")
    for persona in persona_summary(content)[:most_personas]:
        add(typesetter.wrap(persona, width, styles.persona, 2), styles.persona, "ink")
    return Header(shapes, y)

"""A persona as the handout prints it, laid out as a card: the photo (or the initials),
the name and role, the quote set large, who they are, and their goals, frustrations,
behaviours and motivations as lists in two columns. Any part may run on to the next page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable, ImageAndFlowables

from app.export.ink import colour, fill
from app.export.paragraphs import BODY, SMALL, literal, style_of
from app.export.pdf_fonts import FAMILY
from app.export.pdf_text import draw_line
from app.export.pictures import FixedSize, fitted_image
from app.layout import palette
from app.layout.text import TextStyle, is_wide
from app.model.data.records import PersonaRecord
from app.model.messages import Message, Translate

PHOTO_SIZE = 32 * mm
NAME = style_of("persona name", BODY, 16, bold=True, leading=20)
QUOTE = style_of("persona quote", BODY, 16, italic=True, leading=20, space_before=4)
LIST_HEADING = style_of("list heading", BODY, 11, bold=True, leading=14, space_before=6)
ITEM = style_of("list item", BODY, 10, leading=13, indent=10)
INITIALS_SHARE = 0.34
"""The initials' size, in parts of their disc's width: two wide letters keep inside it."""
COLUMN_GAP = 18.0


class Initials(FixedSize):
    """A disc of the persona's colour with their initials, where they have no photo."""

    def __init__(self, name: str, persona_index: int, size: float = PHOTO_SIZE) -> None:
        super().__init__()
        letters = [word[0] for word in name.split() if word[:1].isalpha()]
        if letters and is_wide(letters[0]):
            letters = letters[:1]  # a Chinese or Japanese name: its first character
        self.letters = "".join(letters[:1] + letters[1:][-1:]).upper()
        self.fill = palette.persona_line(persona_index)[0]
        self.width = self.height = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        radius = self.width / 2
        fill(self.canv, self.fill)
        self.canv.circle(radius, radius, radius, stroke=0, fill=1)
        self.canv.setFillColor(colour(palette.LIGHT_INK))
        style = TextStyle(round(self.width * INITIALS_SHARE), bold=True)
        draw_line(self.canv, radius, radius - style.size * 0.36, self.letters, style, "centre")


def persona_card(
    persona: PersonaRecord,
    persona_index: int,
    primary: bool,
    words: Translate,
    width: float,
    page_height: float,
) -> list[Flowable]:
    """The persona's card, `width` wide: its head beside the photo, then its lists in
    two columns where they fit on a page (`page_height`), else one after the other."""
    head: list[Flowable] = [Paragraph(literal(persona.name), NAME)]
    role = [persona.role.strip()] if persona.role.strip() else []
    if primary:
        role.append(Message("Pdf", "primary persona").translated(words))
    if role:
        head.append(Paragraph(literal(" · ".join(role)), SMALL))
    if persona.quote.strip():
        head.append(Paragraph(f"“{literal(persona.quote.strip())}”", QUOTE))
    if persona.demographics.strip():
        head.append(Paragraph(literal(persona.demographics), SMALL))
    picture = fitted_image(persona.photo, PHOTO_SIZE, PHOTO_SIZE) or Initials(
        persona.name, persona_index
    )
    card: list[Flowable] = [
        # reportlab types the picture as an Image; it only wraps and draws it.
        ImageAndFlowables(picture, head, imageSide="left", imageRightPadding=12),  # type: ignore[arg-type]
        Spacer(0, 6),
    ]
    sections: list[list[Flowable]] = []
    for label, text in (
        (Message("Fields", "Goals"), persona.goals),
        (Message("Fields", "Frustrations"), persona.frustrations),
        (Message("Fields", "Behaviours"), persona.behaviours),
        (Message("Fields", "Motivations"), persona.motivations),
    ):
        items = [line.strip() for line in text.splitlines() if line.strip()]
        if items:
            heading = Paragraph(literal(label.translated(words)), LIST_HEADING)
            heading.keepWithNext = True
            bullets = [Paragraph(literal(item), ITEM, bulletText="•") for item in items]
            sections.append([heading, *bullets])
    card += _in_two_columns(sections, width, page_height)
    rule = HRFlowable(width="100%", thickness=0.5, color=colour(palette.GRID_LINE))
    return [KeepTogether([*card, Spacer(0, 8), rule]), Spacer(0, 10)]  # whole where it fits


def _in_two_columns(
    sections: list[list[Flowable]], width: float, page_height: float
) -> list[Flowable]:
    """The sections side by side, the first ones on the left until it holds about half
    of the items; one after the other, free to run on over pages, if that is taller
    than a page."""
    if not sections:
        return []
    total = sum(len(section) for section in sections)
    left: list[Flowable] = []
    count = 0
    while sections and (count < total / 2 or not left) and len(sections) > 1:
        section = sections.pop(0)
        left += section
        count += len(section)
    right = [flowable for section in sections for flowable in section]
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # else the table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), COLUMN_GAP / 2),
                ("LEFTPADDING", (1, 0), (1, -1), COLUMN_GAP / 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    if table.wrap(width, page_height)[1] <= page_height * 0.8:
        return [table]
    return [*left, *right]

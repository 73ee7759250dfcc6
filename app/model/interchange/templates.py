"""The built-in templates: maps kept as journeyboard/1 JSON under `resources/templates/`,
offered in the order of `TEMPLATES`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.model.errors import TemplateNotFoundError
from app.model.interchange.journeyboard_json import ImportedMap, read_map_file
from app.model.messages import QT_TRANSLATE_NOOP, Message
from app.model.resources import resource_path


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    title: str
    description: str

    @property
    def path(self) -> Path:
        return resource_path("templates", f"{self.id}.json")


TEMPLATES: tuple[Template, ...] = (
    Template(
        "blank",
        QT_TRANSLATE_NOOP("Templates", "Blank map"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "The five classic stages and the usual lanes, ready for your own journey.",
        ),
    ),
    Template(
        "cafe",
        QT_TRANSLATE_NOOP("Templates", "Café or restaurant"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A first-time visitor becomes a regular: finding you, ordering, staying, coming back.",
        ),
    ),
    Template(
        "retail",
        QT_TRANSLATE_NOOP("Templates", "Shop with a web shop"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A customer browses online, buys in store or online, returns an item and comes back.",
        ),
    ),
    Template(
        "saas",
        QT_TRANSLATE_NOOP("Templates", "SaaS: trial to renewal"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A business signs up for a free trial, sets up, pays, uses it daily and renews.",
        ),
    ),
    Template(
        "healthcare",
        QT_TRANSLATE_NOOP("Templates", "Healthcare practice"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A new patient finds a practice, books, is treated, pays and recovers with follow-up.",
        ),
    ),
    Template(
        "b2b-leads",
        QT_TRANSLATE_NOOP("Templates", "B2B lead generation"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "A prospect hears of you, downloads a guide, books a call, signs and refers others.",
        ),
    ),
)
"""The templates in the order the app offers them, each named and described in words
marked for translation (in "Templates"); the maps themselves are data, in English."""
SAMPLE = "cafe"
"""The template the sample map opens from on the first start."""


def list_templates() -> tuple[Template, ...]:
    return TEMPLATES


def sample_template() -> Template:
    return find_template(SAMPLE)


def find_template(template_id: str) -> Template:
    for template in list_templates():
        if template.id == template_id:
            return template
    known = ", ".join(t.id for t in list_templates())
    raise TemplateNotFoundError(
        Message("Errors", "There is no template “{name}”. Templates: {known}.").format(
            name=template_id, known=known
        )
    )


def load_template(template: Template) -> ImportedMap:
    """The template's map with fresh ids, as it is kept (no creation date)."""
    return read_map_file(template.path)


def new_map_from(template: Template, today: dt.date | None = None) -> ImportedMap:
    """A new map made from a template, dated today."""
    imported = load_template(template)
    created = (today or dt.date.today()).isoformat()
    the_map = dataclasses.replace(imported.content.map, created=created)
    return ImportedMap(dataclasses.replace(imported.content, map=the_map), imported.snapshots)


def ensure_sample_map(path: Path) -> Path:
    """The sample map at `path`, made from the sample template on the first start; a map
    already there is the user's and is kept as it is."""
    from app.model.file.document import Document

    if not path.exists():
        made = new_map_from(sample_template())
        Document.create(path, made.content, snapshots=made.snapshots).close()
    return path

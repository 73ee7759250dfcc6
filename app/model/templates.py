"""The built-in templates: maps kept as journeyboard/1 JSON under `resources/templates/`.

`index.json` there lists them in the order the app offers them and names the sample map
that opens on first start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.model.errors import TemplateNotFoundError
from app.model.interchange import ImportedMap, read_map_file
from app.model.messages import Message
from app.model.resources import resource_path


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    title: str
    description: str

    @property
    def path(self) -> Path:
        return resource_path("templates", f"{self.id}.json")


@cache
def _index() -> tuple[str, tuple[Template, ...]]:
    index = json.loads(resource_path("templates", "index.json").read_text(encoding="utf-8"))
    return index["sample"], tuple(Template(**entry) for entry in index["templates"])


def list_templates() -> tuple[Template, ...]:
    return _index()[1]


def sample_template() -> Template:
    return find_template(_index()[0])


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
    from app.model.document import Document

    if not path.exists():
        made = new_map_from(sample_template())
        Document.create(path, made.content, snapshots=made.snapshots).close()
    return path

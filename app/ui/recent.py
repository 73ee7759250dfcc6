"""How a recent map is named in File ▸ Open Recent and the start dialog: the title the
person gave it, and where it is."""

from __future__ import annotations

from pathlib import Path

from app.model.places import is_untitled
from app.ui.settings import Settings
from app.ui.translation import translate


def recent_entry(settings: Settings, path: Path) -> tuple[str, str]:
    """The map's title (its file name if the title is not known) and its place: the
    folder, with the home folder written ~, or Journeyboard's own folder for a map that
    has no name yet."""
    title = settings.recent_title(path) or path.stem
    if is_untitled(path):
        return title, translate("Recent", "not saved yet, in Journeyboard's folder")
    folder = path.parent
    home = Path.home()
    place = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
    return title, f"{place.rstrip('/.')}/{path.name}" if place != "~/." else f"~/{path.name}"

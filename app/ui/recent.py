"""How a recent map is named in File ▸ Open Recent and the start dialog: the title the
person gave it, and where it is."""

from __future__ import annotations

from pathlib import Path

from app.model.file.places import is_untitled
from app.ui.settings import Settings
from app.ui.translation import translate


def recent_entry(settings: Settings, path: Path) -> tuple[str, str]:
    """The map's title (its file name if the title is not known) and its place: the file's
    name, then its folder with the home folder written ~ (a folder cut short keeps what
    tells maps apart), or Journeyboard's own folder for a map that has no name yet."""
    title = settings.recent_title(path) or path.stem
    if is_untitled(path):
        return title, translate("Recent", "not saved yet, in Journeyboard's folder")
    folder, home = path.parent, Path.home()
    place = "~" if folder == home else str(folder)
    if folder.is_relative_to(home) and folder != home:
        place = f"~/{folder.relative_to(home)}"
    return title, f"{path.name} — {place}"

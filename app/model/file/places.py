"""Where Journeyboard keeps the user's own files: maps not yet named, and the sample map."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from platformdirs import user_data_path

from app.model.messages import Message


def data_dir() -> Path:
    """The user's Journeyboard data folder (created when first asked for)."""
    return user_data_path("Journeyboard", appauthor=False, ensure_exists=True)


def sample_map_path() -> Path:
    """The sample map opened on first start: a copy of the sample template the user may edit."""
    return data_dir() / "Sample map.journey"


def untitled_dir() -> Path:
    """Where new maps live until Save As gives them a place of their own."""
    folder = data_dir() / "Untitled maps"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def untitled_maps() -> list[Path]:
    """The maps in the untitled maps folder, the most recently changed first."""
    maps = list(untitled_dir().glob("*.journey"))
    return sorted(maps, key=lambda path: path.stat().st_mtime, reverse=True)


def is_untitled(path: Path) -> bool:
    return path.parent.resolve() == untitled_dir().resolve()


def untitled_map_path(title: str, today: dt.date | None = None) -> Path:
    """A free name for a new map in the untitled maps folder."""
    folder = untitled_dir()
    stem = f"{safe_file_name(title, 60)} {(today or dt.date.today()).isoformat()}"
    candidate, number = folder / f"{stem}.journey", 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}).journey"
        number += 1
    return candidate


def why_not_writable(path: Path) -> Message | None:
    """Why a map at `path` could not be changed where it is, or None if it can.

    SQLite writes a journal beside the file for every change, so its folder must be
    writable as well as the file itself.
    """
    folder = path.parent
    too_long = name_too_long(path)
    if too_long is not None:
        return too_long
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return Message("Errors", "it is on a disk that cannot be written to")
    except OSError:
        return None  # the opening itself says what is wrong with the place
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        return Message("Errors", "you do not have permission to change it or its folder")
    return None


_JOURNAL = "-journal"
"""What SQLite adds to a map's name for the journal it keeps beside it during a change."""


def name_too_long(path: Path) -> Message | None:
    """Why a map named `path` could not be changed: its name leaves no room in the
    folder's longest name for its journal. Such a map would open, and every change fail."""
    try:
        most = os.pathconf(path.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        most = 255
    if len(os.fsencode(path.name)) + len(_JOURNAL) <= most:
        return None
    return Message(
        "Errors",
        "its name is too long to change it: a map's name may have at most {most} bytes here, "
        "to leave room for the journal SQLite keeps beside it",
    ).format(most=most - len(_JOURNAL))


_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
"""What Windows, FAT memory sticks or Unix refuse in a file name, and control characters."""


def safe_file_name(title: str, most: int = 120) -> str:
    """A file name (without its suffix) made from a map's title, that every file system
    takes: "Café: a/b" becomes "Café - a-b"."""
    name = _NOT_IN_FILE_NAMES.sub(" - ", title.replace("/", "-").replace("\\", "-"))
    name = " ".join(name.split()).strip(" .-")[:most].strip(" .")
    return name or "Untitled map"

"""The errors the model raises, each with a message written for the person using the app.

Every message names the file or the field and says what to do, so that the window and the
command line can show `str(error)` as it is.
"""

from __future__ import annotations

from pathlib import Path


class JourneyboardError(Exception):
    """Base of every error the model raises on purpose."""


class InvalidValueError(JourneyboardError, ValueError):
    """A value a person typed, or a file held, that the map cannot take."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class OperationError(JourneyboardError):
    """An operation that does not fit the map as it is now (a card in a deleted stage…)."""


class InterchangeError(JourneyboardError):
    """A JSON map that cannot be imported; `place` names the first error, like `cards[3].stage`."""

    def __init__(self, place: str, reason: str) -> None:
        super().__init__(f"{place}: {reason}" if place else reason)
        self.place = place
        self.reason = reason


class TemplateNotFoundError(JourneyboardError):
    """A template id that names no built-in template."""


# --- opening and writing .journey files -----------------------------------------------


class MapFileError(JourneyboardError):
    """A .journey file that cannot be opened or written; the file is left as it was."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class MapInUseError(MapFileError):
    """The map is open for writing in another window or program."""

    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is open in {holder}. Two programs writing one map would "
            "undo each other's changes: open it read-only, or close it there first.",
        )
        self.holder = holder


class FileMissingError(MapFileError):
    """The path does not exist."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, f"“{path}” does not exist. It may have been moved or renamed.")


class FileUnreadableError(MapFileError):
    """The path exists but cannot be read as a file (a folder, no permission, I/O error)."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(path, f"“{path}” cannot be read: {why}.")


class NotAMapFileError(MapFileError):
    """Not an SQLite database at all: a text file, a picture, an empty file."""

    def __init__(self, path: Path | str, what: str = "it is not a Journeyboard map") -> None:
        super().__init__(path, f"“{Path(path).name}” cannot be opened: {what}.")


class ForeignFileError(MapFileError):
    """An SQLite database made by another program."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is a database made by another program, "
            "not a Journeyboard map. Journeyboard opens .journey files.",
        )


class NewerVersionError(MapFileError):
    """A map saved by a newer Journeyboard, which this one must not change."""

    def __init__(self, path: Path | str, file_version: int, our_version: int) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” was saved by a newer version of Journeyboard "
            f"(file format {file_version}; this version reads up to {our_version}). "
            "Update Journeyboard to open it. The file has not been changed.",
        )
        self.file_version = file_version


class DamagedFileError(MapFileError):
    """A Journeyboard map whose content is broken (disk error, truncated copy, bad edit)."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            f"“{Path(path).name}” is damaged and cannot be opened safely "
            f"({_first_line(detail)}). "
            "The file has not been changed; open a backup copy if you have one.",
        )
        self.detail = detail
        """All that SQLite said, for a bug report; the message keeps its first line."""


class UnsafeFileError(MapFileError):
    """A map carrying database objects Journeyboard never makes (triggers, views, tables)."""

    def __init__(self, path: Path | str, objects: list[str]) -> None:
        listed = ", ".join(objects[:5]) + ("…" if len(objects) > 5 else "")
        super().__init__(
            path,
            f"“{Path(path).name}” contains things Journeyboard never puts in a map "
            f"({listed}). It was not opened, so nothing in it has run.",
        )
        self.objects = objects


class ReadOnlyDocumentError(MapFileError):
    """A change asked of a map that was opened read-only."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, f"“{Path(path).name}” is open read-only; the change was not made.")


class SaveFailedError(MapFileError):
    """A new file (a new map, a copy, a migrated file) that could not be written."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(path, f"“{path}” could not be written: {why}. Nothing was changed.")


class MapExistsError(SaveFailedError):
    """A new map would replace a file that is already there."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "a file of that name is already there")


class WriteFailedError(MapFileError):
    """A write the disk refused (full, gone, read-only); the change was rolled back."""

    def __init__(self, path: Path | str, why: str) -> None:
        super().__init__(
            path,
            f"The change could not be saved to “{Path(path).name}” ({why}). "
            "It was undone; the file holds everything up to the change before.",
        )


DETAIL_LENGTH = 120


def _first_line(detail: str) -> str:
    """The first line of SQLite's report that says something (its integrity check opens
    with "*** in database main ***"), cut to `DETAIL_LENGTH` characters."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("***")] or lines or [""]
    first = " ".join(lines[0].split())
    return first if len(first) <= DETAIL_LENGTH else first[: DETAIL_LENGTH - 1] + "…"

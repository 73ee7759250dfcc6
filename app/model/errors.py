"""The errors the model raises, each with a message written for the person using the app.

Every message names the file or the field and says what to do. The command line shows
`str(error)`, in English; the window shows `error.message` in the language of the UI.
"""

from __future__ import annotations

from pathlib import Path

from app.model.messages import Message, cut


class JourneyboardError(Exception):
    """Base of every error the model raises on purpose."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message


class InvalidValueError(JourneyboardError, ValueError):
    """A value a person typed, or a file held, that the map cannot take."""

    def __init__(self, field: Message | str, reason: Message | str) -> None:
        super().__init__(Message("Errors", "{field}: {reason}").format(field=field, reason=reason))
        self.field = field
        self.reason = reason


class OperationError(JourneyboardError):
    """An operation that does not fit the map as it is now (a card in a deleted stage…)."""


class ChangedMeanwhileError(OperationError):
    """A change refused because someone else changed what it would change since it was
    seen (a map shared in a workspace); `refused` is the operation that was not made."""

    def __init__(self, message: Message | str, refused: object) -> None:
        super().__init__(message)
        self.refused = refused


class InterchangeError(JourneyboardError):
    """A JSON map that cannot be imported; `place` names the first error, like `cards[3].stage`,
    and `source` the file, when it came from one."""

    def __init__(
        self, place: Message | str, reason: Message | str, *, source: Path | None = None
    ) -> None:
        error = (
            Message("Errors", "{place}: {reason}").format(place=place, reason=reason)
            if place
            else reason
        )
        if source is not None:
            error = Message("Errors", "“{path}”: {error}").format(path=source, error=error)
        super().__init__(error)
        self.place, self.reason, self.source = place, reason, source

    def in_file(self, path: Path) -> InterchangeError:
        """The same error, naming the file it was found in."""
        return InterchangeError(self.place, self.reason, source=path)


class NotAJsonMapError(InterchangeError):
    """JSON that is not a journeyboard/1 map at all (not an object, or no format)."""

    def __init__(self, source: Path | None = None) -> None:
        reason = Message(
            "Errors",
            "this is not a Journeyboard map (JSON): a map begins with "
            '{{"format": "journeyboard/1", …}}',
        )
        if source is None:
            super().__init__("", reason.format())
        else:
            JourneyboardError.__init__(
                self,
                Message(
                    "Errors",
                    "“{path}” is not a Journeyboard map (JSON): a map begins with "
                    '{{"format": "journeyboard/1", …}}',
                ).format(path=source),
            )
            self.place, self.reason, self.source = "", reason, source

    def in_file(self, path: Path) -> InterchangeError:
        return NotAJsonMapError(path)


class TemplateNotFoundError(JourneyboardError):
    """A template id that names no built-in template."""


# --- opening and writing .journey files -----------------------------------------------


class MapFileError(JourneyboardError):
    """A .journey file that cannot be opened or written; the file is left as it was."""

    def __init__(self, path: Path | str, message: Message | str) -> None:
        super().__init__(message)
        self.path = Path(path)


class MapInUseError(MapFileError):
    """The map is open for writing in another window or program."""

    def __init__(self, path: Path | str, holder: Message | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” is open in {holder}. Two programs writing one map would "
                "undo each other's changes: open it read-only, or close it there first.",
            ).format(name=Path(path).name, holder=holder),
        )
        self.holder = holder


class CannotLockError(MapFileError):
    """The map cannot be marked as open for writing here; it may still be read."""

    def __init__(self, path: Path | str, why: Message | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "Journeyboard cannot mark “{name}” as open for writing: {why}. "
                "Without that mark another program could write over your changes.",
            ).format(name=Path(path).name, why=why),
        )
        self.why = why

    @classmethod
    def note_unsafe(cls, path: Path, note: Path) -> CannotLockError:
        return cls(
            path,
            Message(
                "Errors",
                "the hidden file beside it that marks who is changing it, “{note}”, is not "
                "one Journeyboard can use safely (it is not an ordinary file of yours)",
            ).format(note=note.name),
        )


class FileMissingError(MapFileError):
    """The path does not exist."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            Message("Errors", "“{path}” does not exist. It may have been moved or renamed.").format(
                path=path
            ),
        )


class FileUnreadableError(MapFileError):
    """The path exists but cannot be read as a file (a folder, no permission, I/O error)."""

    def __init__(self, path: Path | str, why: Message | str) -> None:
        super().__init__(
            path, Message("Errors", "“{path}” cannot be read: {why}.").format(path=path, why=why)
        )


NOT_A_MAP = Message("Errors", "it is not a Journeyboard map")


class NotAMapFileError(MapFileError):
    """Not an SQLite database at all: a text file, a picture, an empty file."""

    def __init__(self, path: Path | str, what: Message | str = NOT_A_MAP) -> None:
        super().__init__(
            path,
            Message("Errors", "“{name}” cannot be opened: {what}.").format(
                name=Path(path).name, what=what
            ),
        )


class ForeignFileError(MapFileError):
    """An SQLite database made by another program."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” is a database made by another program, "
                "not a Journeyboard map. Journeyboard opens .journey files.",
            ).format(name=Path(path).name),
        )


class NewerVersionError(MapFileError):
    """A map saved by a newer Journeyboard, which this one must not change."""

    def __init__(self, path: Path | str, file_version: int, our_version: int) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” was saved by a newer version of Journeyboard "
                "(file format {file_version}; this version reads up to {our_version}). "
                "Update Journeyboard to open it. The file has not been changed.",
            ).format(name=Path(path).name, file_version=file_version, our_version=our_version),
        )
        self.file_version = file_version


class DamagedFileError(MapFileError):
    """A Journeyboard map whose content is broken (disk error, truncated copy, bad edit)."""

    def __init__(self, path: Path | str, detail: Message | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” is damaged and cannot be opened safely ({detail}). "
                "The file has not been changed; open a backup copy if you have one.",
            ).format(
                name=Path(path).name,
                detail=detail if isinstance(detail, Message) else _first_line(detail),
            ),
        )
        self.detail = detail
        """All that SQLite said, for a bug report; the message keeps its first line."""


class FileBusyError(MapFileError):
    """Another program is writing the file at this moment (SQLite's lock is taken)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” is being written by another program at this moment, so it cannot "
                "be read safely. Nothing was changed: try again when that program is done.",
            ).format(name=Path(path).name),
        )


class StrayJournalError(MapFileError):
    """An unfinished change left beside a map (a journal) that does not fit it."""

    def __init__(self, path: Path | str, journal: Path) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” was not opened: “{journal}” beside it holds an unfinished change "
                "that does not fit this map (it may belong to another copy of it). Nothing "
                "was changed: move “{journal}” elsewhere to open the map as it was last saved.",
            ).format(name=Path(path).name, journal=journal.name),
        )


class UnsafeFileError(MapFileError):
    """A map carrying database objects Journeyboard never makes (triggers, views, tables)."""

    def __init__(self, path: Path | str, objects: list[str]) -> None:
        listed = ", ".join(objects[:5]) + ("…" if len(objects) > 5 else "")
        super().__init__(
            path,
            Message(
                "Errors",
                "“{name}” contains things Journeyboard never puts in a map "
                "({listed}). It was not opened, so nothing in it has run.",
            ).format(name=Path(path).name, listed=listed),
        )
        self.objects = objects


class ReadOnlyDocumentError(MapFileError):
    """A change asked of a map that was opened read-only."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            Message("Errors", "“{name}” is open read-only; the change was not made.").format(
                name=Path(path).name
            ),
        )


class SaveFailedError(MapFileError):
    """A new file (a new map, a copy, a migrated file) that could not be written."""

    def __init__(self, path: Path | str, why: Message | str) -> None:
        super().__init__(
            path,
            Message("Errors", "“{path}” could not be written: {why}. Nothing was changed.").format(
                path=path, why=why
            ),
        )


class MapExistsError(SaveFailedError):
    """A new map would replace a file that is already there."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, Message("Errors", "a file of that name is already there"))


class WriteFailedError(MapFileError):
    """A write the disk refused (full, gone, read-only); the change was rolled back."""

    def __init__(self, path: Path | str, why: Message | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "The change could not be saved to “{name}” ({why}). "
                "It was undone; the file holds everything up to the change before.",
            ).format(name=Path(path).name, why=why),
        )


class FileReplacedError(MapFileError):
    """The file under an open map was deleted, moved or replaced by another program."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            Message(
                "Errors",
                "“{path}” was deleted, moved or replaced by another program after Journeyboard "
                "opened it, so the change was not made. The map as you see it is still open "
                "here: use Save As to keep it in a file.",
            ).format(path=path),
        )


DETAIL_LENGTH = 120


def _first_line(detail: str) -> str:
    """The first line of SQLite's report that says something (its integrity check opens
    with "*** in database main ***"), cut to `DETAIL_LENGTH` characters."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("***")] or lines or [""]
    first = " ".join(lines[0].split())
    return cut(first, DETAIL_LENGTH)

"""One writer per map, in this process or any other, whatever name the map is reached by.

The lock is the kernel's, on the map file itself (app.model.file.file_locks): it belongs to the
file (its device and inode), so a map reached through a symbolic or a hard link is still
one map with one writer, and the kernel lets go when its process ends, however it ends.

Beside the map, a hidden note (`.NAME.journey.lock`) names who holds it (program, process,
machine, since when) for the message the next one to open it reads; a note with nobody
holding the lock was left by a program that stopped. The note is untrusted like the map:
it is opened without following links and used only if it is a regular file with one link,
owned by the user; anything else there means the map cannot be locked here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
from contextlib import suppress
from pathlib import Path

from app.model.errors import CannotLockError, MapInUseError
from app.model.file.file_locks import is_locked, try_lock
from app.model.messages import Message

_NOTE_SIZE = 4096


def lock_path(path: Path) -> Path:
    """The note beside the map (beside the file a link leads to), hidden, as office
    programs keep theirs."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".{real.name}.lock")


class MapLock:
    """Held from `take` until `release` (or the end of the process)."""

    def __init__(self, map_path: Path, map_descriptor: int, note: Path) -> None:
        self.map_path, self.note = map_path, note
        self._descriptor = map_descriptor
        self.took_over: dict[str, object] | None = None
        """Who held the stale lock this one replaced, if there was one."""

    @classmethod
    def take(cls, map_path: Path) -> MapLock:
        """Lock the file at `map_path` for writing.

        Raises MapInUseError if another window or program holds it, CannotLockError if
        its note cannot be written safely (then the map may still be read).
        """
        descriptor = _open_map(map_path, os.O_RDWR)
        try:
            if not try_lock(descriptor):
                raise MapInUseError(map_path, _describe(_read_note(lock_path(map_path))))
            lock = cls(map_path, descriptor, lock_path(map_path))
            lock.took_over = _replace_note(lock.note, map_path) or None
        except BaseException:
            os.close(descriptor)  # closing it lets go of the lock, if it was taken
            raise
        return lock

    def still_at_its_path(self) -> bool:
        """Whether `map_path` still names the locked file: not deleted, moved or replaced."""
        try:
            here, there = os.fstat(self._descriptor), self.map_path.stat()
        except OSError:
            return False
        return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)

    def release(self) -> None:
        """Remove the note, then let go of the lock, so a note without a lock always
        means a program that stopped."""
        if self._descriptor < 0:
            return
        with suppress(OSError):
            self.note.unlink()
        os.close(self._descriptor)
        self._descriptor = -1


def holder_of(path: Path) -> Message | None:
    """Who has the file at `path` open for writing, or None if nobody does (or it is not
    a regular file that could be a map)."""
    try:
        descriptor = _open_map(path, os.O_RDONLY)
    except (OSError, CannotLockError):
        return None
    try:
        if not is_locked(descriptor):
            return None
        return _describe(_read_note(lock_path(path)))
    finally:
        os.close(descriptor)


def refuse_if_open(path: Path) -> None:
    """Raise MapInUseError if the file at `path` is a map open for writing anywhere."""
    holder = holder_of(path)
    if holder is not None:
        raise MapInUseError(path, holder)


def left_open_by_a_crash(map_path: Path) -> bool:
    """Whether a program that had `map_path` open for writing stopped without closing it:
    its note is there, and nobody holds the lock."""
    try:
        note = os.lstat(lock_path(map_path))
    except OSError:
        return False
    return stat.S_ISREG(note.st_mode) and holder_of(map_path) is None


# --- the lock --------------------------------------------------------------------------------


def _open_map(path: Path, flags: int) -> int:
    """A descriptor of the regular file at `path` (links followed: a link to a map is
    that map). Never blocks on a pipe or a device."""
    descriptor = os.open(path, flags | os.O_NONBLOCK | os.O_CLOEXEC)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise CannotLockError(path, Message("Errors", "it is not a regular file"))
    return descriptor


# --- the note --------------------------------------------------------------------------------


def _replace_note(note: Path, map_path: Path) -> dict[str, object]:
    """Write our note, the lock being ours; return what the stale note said, if any.

    A stale note of another user (whose program stopped) is removed and written anew;
    one that is a link, a folder, a pipe or a file with other names is left alone and
    the map is not locked.
    """
    refusal = CannotLockError.note_unsafe(map_path, note)
    try:
        found = os.lstat(note)
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise refusal from error
    old: dict[str, object] = {}
    if found is not None:
        if not stat.S_ISREG(found.st_mode) or found.st_nlink != 1:
            raise refusal
        old = _read_note(note)
        try:
            note.unlink()
        except OSError as error:
            raise refusal from error
    try:
        descriptor = os.open(
            note, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644
        )
    except OSError as error:
        raise refusal from error
    try:
        os.write(descriptor, json.dumps(_this_program()).encode("utf-8"))
    except OSError as error:
        raise refusal from error
    finally:
        os.close(descriptor)
    return old


def _read_note(note: Path) -> dict[str, object]:
    """What a note says, or {} if it is missing, unsafe or unreadable."""
    try:
        descriptor = os.open(note, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return {}
        holder = json.loads(os.read(descriptor, _NOTE_SIZE).decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    finally:
        os.close(descriptor)
    return holder if isinstance(holder, dict) else {}


def _this_program() -> dict[str, object]:
    return {
        "program": "Journeyboard",
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now().isoformat(timespec="minutes"),
    }


def _describe(holder: dict[str, object]) -> Message:
    """Words for the holder; what a note says is shown as plain values, cut short."""
    pid, host, since = (_plain(holder.get(key)) for key in ("pid", "host", "since"))
    if not pid:
        return Message("Errors", "another Journeyboard window or program")
    since = since.replace("T", " ")
    if host == socket.gethostname():
        return Message(
            "Errors", "Journeyboard (process {pid}) on this computer, since {since}"
        ).format(pid=pid, since=since)
    return Message("Errors", "Journeyboard (process {pid}) on “{host}”, since {since}").format(
        pid=pid, host=host, since=since
    )


def _plain(value: object) -> str:
    """A note's value as at most 64 printable characters."""
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch.isprintable())[:64]

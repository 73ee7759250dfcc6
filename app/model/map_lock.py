"""One writer per map: a lock file beside the map, held with flock for as long as the map
is open for writing, in this process or any other.

The kernel lets go of a flock when its process ends, however it ends, so a lock file
whose lock can be taken was left by a process that crashed: it is stale, and taken over.
The file names who holds the map (program, process, machine, since when), for the
message the next one to open it reads.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
from pathlib import Path

from app.model.errors import MapInUseError
from app.model.messages import Message


def lock_path(path: Path) -> Path:
    """Beside the map and hidden, as office programs keep theirs."""
    return path.with_name(f".{path.name}.lock")


class MapLock:
    """Held from `take` until `release` (or the end of the process)."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path, self._descriptor = path, descriptor
        self.took_over: dict[str, object] | None = None
        """Who held the stale lock this one replaced, if there was one."""

    @classmethod
    def take(cls, map_path: Path) -> MapLock:
        """Lock `map_path` for writing; MapInUseError if another holds it."""
        path = lock_path(map_path)
        while True:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read(descriptor)
                os.close(descriptor)
                raise MapInUseError(map_path, _describe(holder)) from None
            if _still_there(descriptor, path):
                break
            os.close(descriptor)  # its holder removed it as we opened it: try the new one
        lock = cls(path, descriptor)
        lock.took_over = _read(descriptor) or None
        _write(descriptor)
        return lock

    def release(self) -> None:
        """Remove the lock file, then let go (a file removed first cannot be reused by a
        process that waits to take it)."""
        if self._descriptor < 0:
            return
        self.path.unlink(missing_ok=True)
        os.close(self._descriptor)  # closing the last descriptor lets go of the flock
        self._descriptor = -1


def left_open_by_a_crash(map_path: Path) -> bool:
    """Whether a program that had `map_path` open for writing stopped without closing it:
    its lock file is there, and nobody holds it."""
    path = lock_path(map_path)
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)
    return True


def _still_there(descriptor: int, path: Path) -> bool:
    """Whether the file locked is the one at `path`, not one removed meanwhile."""
    try:
        return os.fstat(descriptor).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False


def _read(descriptor: int) -> dict[str, object]:
    try:
        text = os.pread(descriptor, 4096, 0).decode("utf-8")
        holder = json.loads(text) if text else {}
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _write(descriptor: int) -> None:
    holder = {
        "program": "Journeyboard",
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now().isoformat(timespec="minutes"),
    }
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, json.dumps(holder).encode("utf-8"), 0)


def _describe(holder: dict[str, object]) -> Message:
    if not holder:
        return Message("Errors", "another Journeyboard window or program")
    since = str(holder.get("since", "")).replace("T", " ")
    if holder.get("host") == socket.gethostname():
        return Message(
            "Errors", "Journeyboard (process {pid}) on this computer, since {since}"
        ).format(pid=holder.get("pid"), since=since)
    return Message("Errors", "Journeyboard (process {pid}) on “{host}”, since {since}").format(
        pid=holder.get("pid"), host=holder.get("host"), since=since
    )

"""Writing a file so that a crash leaves either the old file or the whole new one, and
never writes over a map that is open for writing."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.model.errors import DETAIL_LENGTH, SaveFailedError
from app.model.file.file_locks import is_locked, try_lock
from app.model.file.map_lock import MapLock, refuse_if_open
from app.model.messages import Message, cut

TEMPORARY_PREFIX = ".journeyboard-"
"""The start of the name of every temporary file written beside a target."""


@contextmanager
def written_beside(path: Path, *, replacing: MapLock | None = None) -> Iterator[Path]:
    """Yield a new, empty temporary file beside `path`; when the block succeeds, sync it
    to the disk and rename it over `path`. On failure the temporary file is removed and
    the error is raised as SaveFailedError, with `path` untouched.

    A link at `path` is followed: the file it leads to is replaced and the link kept. A
    map open for writing there (in any program, this one included) is not written over
    (MapInUseError), unless the caller holds its lock as `replacing`.
    """
    target = _regular_target(path)
    if replacing is None:
        refuse_if_open(target)
    sweep_temporaries(target.parent)
    try:
        temporary, held = _new_file_beside(target)
    except OSError as error:
        raise SaveFailedError(path, _reason(error)) from None
    try:
        yield temporary
        with temporary.open("rb+") as file:
            os.fsync(file.fileno())
        if replacing is None:
            refuse_if_open(target)  # again: the block may have taken a while
        temporary.replace(target)
        sync_directory(target.parent)
    except OSError as error:
        raise SaveFailedError(path, _reason(error)) from None
    except sqlite3.Error as error:
        raise SaveFailedError(path, str(error)) from None
    finally:
        with suppress(OSError):
            temporary.unlink()
        os.close(held)


def write_text(path: Path, text: str) -> None:
    with written_beside(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def create_new_file(path: Path) -> None:
    """Create `path` as a new, empty file of the user's: never an existing file, and never
    the target of a link planted at that name."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    os.close(descriptor)


def sync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (a no-op where directories cannot be opened)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _regular_target(path: Path) -> Path:
    """The file a write to `path` replaces: the file itself, or the file a link leads to.
    Folders, devices and pipes are refused rather than replaced by a file."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise SaveFailedError(path, _reason(error)) from None
    if stat.S_ISDIR(mode):
        raise SaveFailedError(path, Message("Errors", "it is a folder"))
    if not stat.S_ISREG(mode):
        raise SaveFailedError(
            path, Message("Errors", "it is a device or a pipe, not a file: choose a file name")
        )
    return target


def _new_file_beside(target: Path) -> tuple[Path, int]:
    """A new temporary file in the target's folder, and a descriptor that holds its lock
    for as long as it is being written: a temporary left by a program that was killed
    (a Save As of 300 MB) has no lock, and the next write in that folder removes it."""
    temporary = target.with_name(f"{TEMPORARY_PREFIX}{uuid.uuid4().hex[:12]}.tmp")
    create_new_file(temporary)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try_lock(descriptor)
    return temporary, descriptor


def sweep_temporaries(folder: Path) -> None:
    """Remove the temporaries that a Journeyboard killed while writing left in `folder`:
    the user's own, that nobody holds."""
    for stale in folder.glob(f"{TEMPORARY_PREFIX}*.tmp"):
        try:
            descriptor = os.open(stale, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            info = os.fstat(descriptor)
            mine = stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid()
            if mine and not is_locked(descriptor):
                stale.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove
        finally:
            os.close(descriptor)


def _reason(error: OSError) -> Message | str:
    if isinstance(error, FileNotFoundError) and error.filename is not None:
        folder = Path(error.filename).parent
        if not folder.is_dir():
            return Message("Errors", "the folder “{folder}” does not exist").format(folder=folder)
        return Message("Errors", "files cannot be made in the folder “{folder}”").format(
            folder=folder
        )
    if isinstance(error, PermissionError):
        return Message("Errors", "you do not have permission to write in that folder")
    if error.errno == errno.ENOSPC:
        return Message("Errors", "the disk is full")
    # The system's words, else the first of a library's (which may quote a whole picture
    # as a file name), cut short.
    if isinstance(error.strerror, str) and error.strerror:
        said = error.strerror.lower()
    else:
        said = str(error.args[0]) if error.args else type(error).__name__
    return cut(said, DETAIL_LENGTH)

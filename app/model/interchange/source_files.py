"""Reading a file another program wrote, before anything in it is trusted."""

from __future__ import annotations

import stat
from pathlib import Path

from app.model.errors import InterchangeError
from app.model.messages import Message


def check_readable(path: Path) -> None:
    """Raise InterchangeError unless `path` is an existing regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InterchangeError(
            "", Message("Errors", "“{path}” does not exist").format(path=path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if stat.S_ISDIR(mode):
        raise InterchangeError(
            "", Message("Errors", "“{path}” is a folder, not a file").format(path=path)
        )
    if not stat.S_ISREG(mode):
        raise InterchangeError(
            "", Message("Errors", "“{path}” is not a regular file").format(path=path)
        )


def read_source(path: Path, most_bytes: int) -> bytes:
    """The bytes of the file at `path`, refused if it is larger than `most_bytes`."""
    check_readable(path)
    try:
        with path.open("rb") as file:
            raw = file.read(most_bytes + 1)
    except OSError as error:
        raise _unreadable(path, error) from None
    if len(raw) > most_bytes:
        raise InterchangeError(
            "",
            Message("Errors", "the file is larger than {size} MB").format(size=most_bytes >> 20),
            source=path,
        )
    return raw


def _unreadable(path: Path, error: OSError) -> InterchangeError:
    return InterchangeError(
        "",
        Message("Errors", "“{path}” cannot be read: {why}").format(path=path, why=error.strerror),
    )

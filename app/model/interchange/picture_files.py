"""Reading a picture file the person chose, before anything decodes it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.model.errors import InvalidValueError
from app.model.messages import Message


def read_picture_file(path: Path, most: int) -> bytes:
    """The bytes of the file at `path` if it is a regular file of at most `most` bytes.

    A device (/dev/zero), a pipe or a file of gigabytes is refused at once, from what the
    file system says of it, rather than read until memory runs out or forever.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise _refused(path, (error.strerror or str(error)).lower()) from None
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _refused(path, Message("Errors", "it is not a file but a device or a pipe"))
        if info.st_size > most:
            raise _refused(path, _too_large(info.st_size, most))
        try:
            data = file.read(most + 1)
        except OSError as error:
            raise _refused(path, (error.strerror or str(error)).lower()) from None
    if len(data) > most:  # it grew while being read
        raise _refused(path, _too_large(len(data), most))
    return data


def _too_large(size: int, most: int) -> Message:
    return Message("Errors", "it is {size} MB, larger than the {most} MB a picture may be").format(
        size=f"{size / 1e6:,.1f}", most=f"{most / 1e6:.0f}"
    )


def _refused(path: Path, reason: Message | str) -> InvalidValueError:
    return InvalidValueError(f"“{path.name}”", reason)

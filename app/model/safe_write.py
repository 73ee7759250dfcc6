"""Writing a file so that a crash leaves either the old file or the whole new one."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.model.errors import SaveFailedError


@contextmanager
def written_beside(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block succeeds, sync it to the disk
    and rename it over `path`. On failure the temporary file is removed and the error is
    raised as SaveFailedError, with `path` untouched.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield temporary
        with temporary.open("rb+") as file:
            os.fsync(file.fileno())
        temporary.replace(path)
        sync_directory(path.parent)
    except OSError as error:
        raise SaveFailedError(path, (error.strerror or str(error)).lower()) from None
    except sqlite3.Error as error:
        raise SaveFailedError(path, str(error)) from None
    finally:
        with suppress(OSError):
            temporary.unlink()


def write_text(path: Path, text: str) -> None:
    with written_beside(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


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

"""A real small or read-only place for a map: a tmpfs mounted for the test where the
machine allows it (as root), which a chmod alone could not give root."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def can_mount() -> bool:
    return os.geteuid() == 0


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` (as mount(8) reads it, "1m") mounted on `folder` for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; the file, to delete for room again."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:  # each write reaches the disk, or fails
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler

"""A map held open for writing by another program: a real second process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Open `path` for writing in a child (tests/hold_map_child.py) until the block ends."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("hold_map_child.py")), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)

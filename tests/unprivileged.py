"""Running a check as a user without root's powers over files.

The suite runs as root in CI, and root reads and writes any file whatever its mode bits,
so a test of what a user without permission meets runs its check in a child process that
has given up the capabilities which let root ignore them (as another user, it has none).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]
ROOT_POWERS = ("dac_override", "dac_read_search", "fowner", "chown")
"""What lets root read, write and remove the files of others, and change their owner."""


def as_a_plain_user(script: str, *arguments: str | Path) -> Any:
    """Run Python `script` with `arguments` as sys.argv[1:], without root's powers over
    files, and return what it printed as its last line, read as JSON."""
    command = [sys.executable, "-c", script, *map(str, arguments)]
    if os.geteuid() == 0:
        dropped = ",".join(f"-{power}" for power in ROOT_POWERS)
        command = ["setpriv", f"--bounding-set={dropped}", *command]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])

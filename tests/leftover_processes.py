"""A test that leaves a process running fails.

The test process becomes a child subreaper (Linux `prctl`), so a process that a test
started and orphaned (a background job of a shell script, a daemon that forked away) is
handed to it instead of to PID 1 and can be found among its children when the test ends.
"""

from __future__ import annotations

import ctypes
import os
import signal
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def running_children() -> dict[int, str]:
    """This process's children that are running (not zombies): pid to command line."""
    me = os.getpid()
    children = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # The command name in brackets may hold spaces: the fields follow its last ")".
            state, parent = stat[stat.rindex(")") + 2 :].split()[:2]
            if int(parent) != me or state == "Z":
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue  # it ended while we looked
        children[int(entry.name)] = command.decode(errors="replace").strip()
    return children


def end_leftovers(before: set[int], grace: float = 2.0) -> dict[int, str]:
    """Wait `grace` seconds for children not in `before` to end, then kill them.

    Returns those that were still running: the processes the test left behind.
    """
    deadline = time.monotonic() + grace
    while (left := {p: c for p, c in running_children().items() if p not in before}) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.05)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    return left

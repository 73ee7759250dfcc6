"""Python's cycle collector, paused while a worker thread runs Python code.

A collection, on either thread, while the PDF export runs on a worker crashed the
program now and then once the garbage held Qt objects (the scene of a map just closed):
the collector frees them wherever it happens to run. So the window's thread pauses it
when it starts a worker and lets it run again, on its own thread, once the last worker
has said it is done. A worker's garbage waits until then.
"""

from __future__ import annotations

import gc

_pauses = 0
_was_enabled = True


def pause() -> None:
    """Call on the window's thread before starting a worker."""
    global _pauses, _was_enabled
    if _pauses == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _pauses += 1


def resume() -> None:
    """Call on the window's thread once a worker has said it is done."""
    global _pauses
    _pauses -= 1
    if _pauses == 0 and _was_enabled:
        gc.enable()

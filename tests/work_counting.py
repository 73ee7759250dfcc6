"""How much work a call does, counted rather than timed: the lines of Journeyboard's code
it executes. The count does not depend on the machine or its load, so a test can bound
how work grows with the input (linear, not quadratic) without a timed assertion."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

APP = str(Path(__file__).parents[1] / "app")


def lines_run(call: Callable[[], object]) -> int:
    """The lines of the `app` package executed by `call()`, generator expressions and
    comprehensions included."""
    count = 0

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(APP):
            return None
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count

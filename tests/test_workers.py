"""A job on the thread pool never frees the window's objects: garbage cycles made on the
window's thread while a job runs are collected there, not on the worker."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from pytestqt.qtbot import QtBot

from app.ui.workers import start_worker


class Cycle:
    """A garbage cycle that notes the thread it is freed on."""

    freed_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.get_ident())


def test_the_windows_garbage_made_during_a_job_is_freed_on_the_windows_thread(
    qtbot: QtBot,
) -> None:
    started, garbage_made, seen = threading.Event(), threading.Event(), threading.Event()
    heard: list[object] = []

    def job(report: object) -> None:
        started.set()
        garbage_made.wait(10)
        for _ in range(200_000):  # allocations that would set off the collector here
            [object()]
        seen.wait(10)

    start_worker(job, heard.append)
    assert started.wait(10)
    assert not gc.isenabled()
    Cycle.freed_on.clear()
    Cycle()
    garbage_made.set()
    qtbot.waitUntil(lambda: bool(Cycle.freed_on), timeout=5000)
    assert Cycle.freed_on == [threading.get_ident()]
    seen.set()
    qtbot.waitUntil(gc.isenabled, timeout=10_000)  # the collector runs by itself again

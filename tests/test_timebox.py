"""The workshop's timebox, run with a short time from the keyboard: shown in the corner
of the canvas and of the presentation, paused, reset, a signal at the end, and the
keyboard focus left where it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.timebox import clock

SHORT_MS = 600


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        window.workshop.timebox.reset(SHORT_MS)
        yield window


def corner(window: MainWindow) -> str | None:
    assert window.workspace is not None
    return window.workspace.notes.note("timebox")


def test_the_timebox_counts_down_pauses_and_signals_the_end(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.workspace is not None
    view = window.workspace.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert corner(window) is None  # nothing shown before it starts
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert window.workshop.timebox.running and corner(window) == "Timebox 00:01"
    qtbot.keyClick(view, Qt.Key.Key_F8)  # pause
    left = window.workshop.timebox.left
    qtbot.wait(250)
    assert window.workshop.timebox.left == left and corner(window) == "Timebox 00:01 · paused"
    assert QApplication.focusWidget() is view  # the corner never takes the keys
    with qtbot.waitSignal(window.workshop.timebox.finished, timeout=3000):
        qtbot.keyClick(view, Qt.Key.Key_F8)
    assert corner(window) == "Time is up"
    assert window.workspace.notes.alerting("timebox")
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # reset
    assert not window.workshop.timebox.running and window.workshop.timebox.left == SHORT_MS
    assert corner(window) is None


def test_the_presentation_shows_the_timebox_and_takes_its_keys(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.actions_by_name["present"].trigger()
    presentation = window.workshop.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_F8)
    assert window.workshop.timebox.running
    assert presentation.notes.note("timebox") == "Timebox 00:01"
    qtbot.keyClick(presentation, Qt.Key.Key_Right)  # the walk goes on meanwhile
    assert presentation.index == 1
    with qtbot.waitSignal(window.workshop.timebox.finished, timeout=3000):
        pass
    assert presentation.notes.note("timebox") == "Time is up"


def test_setting_the_minutes_is_remembered(window: MainWindow) -> None:
    window.workshop.ask_minutes = lambda current: 12
    window.actions_by_name["set_timebox"].trigger()
    assert window.settings.timebox_minutes() == 12
    assert window.workshop.timebox.left == 12 * 60_000


@pytest.mark.parametrize(
    ("milliseconds", "shown"),
    [(0, "00:00"), (1, "00:01"), (61_000, "01:01"), (3_600_000, "1:00:00")],
)
def test_time_left_reads_like_a_clock(milliseconds: int, shown: str) -> None:
    assert clock(milliseconds) == shown

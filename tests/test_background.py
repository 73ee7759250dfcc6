"""Long work while the window waits: on a worker thread with a busy dialog, or in steps
with progress and Cancel; and a picture stopped half-way writes nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.model.errors import DamagedFileError
from app.model.templates import find_template, load_template
from app.ui.background import run_in_background, run_in_steps
from app.ui.pictures import png_steps

PATIENCE_S = 20
"""How long a test waits for the dialog before it gives up and fails."""


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def shown_progress() -> QProgressDialog | None:
    return next(
        (
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QProgressDialog) and widget.isVisible()
        ),
        None,
    )


def watch(found: list[QProgressDialog]) -> QTimer:
    """A timer on the window's thread that notes the progress dialog once it shows."""
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: found or found.extend(filter(None, [shown_progress()])))
    timer.start()
    return timer


def test_work_runs_on_a_worker_while_the_window_shows_a_busy_dialog(parent: QWidget) -> None:
    found: list[QProgressDialog] = []
    labels: list[str] = []
    timer = watch(found)
    timer.timeout.connect(lambda: found and not labels and labels.append(found[0].labelText()))

    def work() -> int:
        """Wait, as a slow open would, until the window has shown that it waits."""
        deadline = time.monotonic() + PATIENCE_S
        while not labels and time.monotonic() < deadline:
            time.sleep(0.01)
        return threading.get_ident()

    worker = run_in_background(parent, "Opening “big.journey”…", work)
    timer.stop()
    assert worker != threading.get_ident()
    assert labels == ["Opening “big.journey”…"]
    assert shown_progress() is None, "the dialog is gone once the work is done"


def test_what_the_work_raises_is_raised_to_the_caller(parent: QWidget) -> None:
    def work() -> None:
        raise DamagedFileError(Path("big.journey"), "its header is not SQLite's")

    with pytest.raises(DamagedFileError, match="its header is not SQLite's"):
        run_in_background(parent, "Opening…", work)
    assert shown_progress() is None


def test_cancel_stops_steps_and_lets_them_clean_up(parent: QWidget) -> None:
    cleaned: list[bool] = []
    found: list[QProgressDialog] = []
    timer = watch(found)

    def click_cancel() -> None:
        if found:
            found[0].findChild(QPushButton).click()

    timer.timeout.connect(click_cancel)

    def steps() -> Generator[float, None, None]:
        deadline = time.monotonic() + PATIENCE_S
        try:
            while time.monotonic() < deadline:
                time.sleep(0.005)
                yield 0.5
        finally:
            cleaned.append(True)

    assert run_in_steps(parent, "Drawing big.png…", steps()) is False
    timer.stop()
    assert found and found[0].labelText() == "Drawing big.png…"
    assert cleaned == [True]


def test_steps_run_to_the_end_say_so(parent: QWidget) -> None:
    shares: list[float] = []

    def steps() -> Generator[float, None, None]:
        for share in (0.25, 0.5, 1.0):
            shares.append(share)
            yield share

    assert run_in_steps(parent, "Drawing…", steps()) is True
    assert shares == [0.25, 0.5, 1.0]


def test_a_picture_stopped_half_way_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    content = load_template(find_template("cafe")).content
    out = tmp_path / "cafe.png"
    steps = png_steps(content, out)
    assert 0 <= next(steps) < 1
    steps.close()
    assert list(tmp_path.iterdir()) == []

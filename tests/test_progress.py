"""Long work while the window waits, in steps with progress and Cancel; and a picture
stopped half-way writes nothing."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.model.interchange.templates import find_template, load_template
from app.ui import pictures
from app.ui.pictures import png_steps
from app.ui.progress import run_in_steps

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


def watch(parent: QWidget, found: list[QProgressDialog]) -> QTimer:
    """A timer on the window's thread that notes `parent`'s progress dialog once it
    shows."""
    timer = QTimer()
    timer.setInterval(10)

    def look() -> None:
        dialog = parent.findChild(QProgressDialog)
        if not found and dialog is not None and dialog.isVisible():
            found.append(dialog)

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_cancel_stops_steps_and_lets_them_clean_up(parent: QWidget) -> None:
    cleaned: list[bool] = []
    found: list[QProgressDialog] = []
    timer = watch(parent, found)

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

    try:
        assert run_in_steps(parent, "Drawing big.png…", steps()) is False
    finally:
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


def test_a_picture_stopped_half_way_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped while its cards are being painted, a PNG leaves no file, not even a
    partial one; let run to the end, the same steps write it."""
    monkeypatch.setattr(pictures, "ITEMS_PER_STEP", 5)  # many steps, even for the café
    content = load_template(find_template("cafe")).content
    out = tmp_path / "cafe.png"
    steps = png_steps(content, out)
    for share in steps:
        if share > pictures.LAID_OUT + 0.1:
            break
    assert share < pictures.PAINTED, "stopped while the cards are painted"
    steps.close()
    assert list(tmp_path.iterdir()) == []

    for _ in png_steps(content, out):
        pass
    assert list(tmp_path.iterdir()) == [out]

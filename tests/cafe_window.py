"""The editor's window on a fresh file of the café template, as the GUI tests open it,
and what they read back: the open workspace, and the map as it is in the file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.workspace import MapWorkspace


@contextmanager
def cafe_window(
    qtbot: QtBot, folder: Path, report: Callable[[str], object]
) -> Iterator[MainWindow]:
    """The window, shown at 1400 × 900; `report` gets what it would tell the person."""
    path = folder / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    window = open_window(path)
    window.report = report  # type: ignore[assignment]
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()


def workspace(window: MainWindow) -> MapWorkspace:
    assert window.workspace is not None
    return window.workspace


def in_file(window: MainWindow) -> MapContent:
    """The map as the file holds it, read through a second, read-only connection."""
    with Document.open(workspace(window).document.path, read_only=True) as reader:
        return reader.content()

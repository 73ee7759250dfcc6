"""The first start teaches the method and opens the sample map; the Help menu has that
guide, the keyboard shortcuts and About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.app import show_window
from app.ui.help import GUIDE_STEPS, HelpDialog
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


def shown_help() -> list[HelpDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    ]


def windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def start_and_look(qtbot: QtBot) -> tuple[list[str], list[str]]:
    """Start the window as `journeyboard` does (app.ui.app.run, but for its event loop);
    the help shown and the map open, before closing it all."""
    window = show_window()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    guides = [dialog.text.text() for dialog in shown_help()]
    maps = [w.workspace.document.path.name for w in windows() if w.workspace]
    for dialog in shown_help():
        dialog.close()
    window.close()
    return guides, maps


def test_the_first_start_teaches_the_method_over_the_sample_map(qtbot: QtBot) -> None:
    guides, maps = start_and_look(qtbot)
    assert maps == ["Sample map.journey"]
    assert len(guides) == 1
    for title, _text in GUIDE_STEPS:
        assert title in guides[0]

    guides, maps = start_and_look(qtbot)
    assert guides == [], "the welcome is shown once"
    assert maps == ["Sample map.journey"]


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(qtbot: QtBot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [action.text() for action in help_menu.actions()]
    assert texts == ["&Getting Started", "&Keyboard Shortcuts", "&About Journeyboard"]

    window.actions_by_name["shortcuts"].trigger()
    (shortcuts,) = shown_help()
    assert "Double-click a cell" in shortcuts.text.text()
    assert "Ctrl+Z" in shortcuts.text.text() and "Undo" in shortcuts.text.text()
    shortcuts.close()

    window.actions_by_name["about"].trigger()
    (about,) = shown_help()
    assert f"Journeyboard {__version__}" in about.text.text()
    assert "MIT licence" in about.text.text() and "DejaVu" in about.text.text()
    about.close()


def test_f1_opens_the_guide(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["guide"].trigger()
    (guide,) = shown_help()
    assert guide.windowTitle() == "Getting Started with Journeyboard"
    assert window.actions_by_name["guide"].shortcut().toString() == "F1"
    window.actions_by_name["guide"].trigger()
    assert shown_help() == [guide], "pressed again, F1 brings the open guide forward"
    guide.close()


def test_a_first_start_that_opens_no_map_teaches_and_offers_a_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered, warned = [], []
    monkeypatch.setattr(MainWindow, "start", lambda self: offered.append(True))
    monkeypatch.setattr(MainWindow, "_warn", lambda self, message: warned.append(message))
    window = show_window(tmp_path / "gone.journey")
    qtbot.addWidget(window)
    assert window.workspace is None and warned
    assert len(shown_help()) == 1 and offered == [True]
    for dialog in shown_help():
        dialog.close()

"""Untitled maps live in the data folder from the start, are offered back after a crash,
and are kept, saved or deleted as the person chooses when closed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.file.places import untitled_dir, untitled_maps
from app.model.interchange.templates import find_template
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


def window_with(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Settings())
    window.report = pytest.fail
    qtbot.addWidget(window)
    return window


def test_a_new_map_lives_in_the_data_folder_from_the_start(qtbot: QtBot) -> None:
    window = window_with(qtbot)
    assert window.new_from_template(find_template("cafe"))
    assert window.workspace is not None
    path = window.workspace.document.path
    assert path.parent == untitled_dir() and path.is_file()
    retitle(window, "Our first map")
    window.keep_untitled = lambda title: "keep"
    window.close()
    assert untitled_maps() == [path]


def test_after_a_crash_the_next_start_offers_the_untitled_map_back(qtbot: QtBot) -> None:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("untitled_child.py"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    asked: list[str] = []
    window = window_with(qtbot)
    window.confirm = lambda question: asked.append(question) or True
    assert window.offer_maps_left_open()
    assert asked and "stopped while the untitled map" in asked[0]
    assert window.workspace is not None
    document = window.workspace.document
    assert document.content().map.title == "Workshop before the crash"
    assert document.lock_taken_over and not document.read_only
    window.keep_untitled = lambda title: "keep"
    window.close()
    again = window_with(qtbot)  # closed properly this time: nothing to offer
    again.confirm = lambda question: pytest.fail(f"asked again: {question}")
    assert not again.offer_maps_left_open()


@pytest.mark.parametrize("choice", ["keep", "delete", "save"])
def test_closing_an_untitled_map_asks_what_becomes_of_it(
    choice: str, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_with(qtbot)
    assert window.new_from_template(find_template("cafe"))
    assert window.workspace is not None
    path = window.workspace.document.path
    retitle(window, "Our café")
    asked: list[str] = []
    window.keep_untitled = lambda title: asked.append(title) or choice
    chosen = tmp_path / "Our café.journey"
    window.choose_map_path = lambda suggested: chosen
    window.close_map()
    assert asked and window.workspace is None
    assert path.exists() == (choice == "keep")
    if choice == "save":
        with Document.open(chosen, read_only=True) as saved:
            assert saved.content().map.title == asked[0]
    window.close()


def retitle(window: MainWindow, title: str) -> None:
    assert window.workspace is not None
    open_map = window.workspace.open_map
    assert open_map.apply(op.edit("map", open_map.content().map.id, title=title), "Rename")


def test_a_new_map_nobody_changed_is_removed_without_a_question(qtbot: QtBot) -> None:
    window = window_with(qtbot)
    window.keep_untitled = lambda title: pytest.fail("asked about an untouched map")
    assert window.new_from_template(find_template("cafe"))
    assert window.workspace is not None
    path = window.workspace.document.path
    retitle(window, "Changed")
    window.actions_by_name["undo"].trigger()  # and changed back: untouched again
    window.close_map()
    assert not path.exists() and not list(path.parent.iterdir())
    window.close()


def test_keep_is_asked_once_for_an_untitled_map(qtbot: QtBot) -> None:
    window = window_with(qtbot)
    assert window.new_from_template(find_template("cafe"))
    assert window.workspace is not None
    path = window.workspace.document.path
    retitle(window, "Saturday workshop")
    asked: list[str] = []
    window.keep_untitled = lambda title: asked.append(title) or "keep"
    window.close_map()
    assert window.open_path(path)
    retitle(window, "Saturday workshop, day two")
    window.close()  # quitting: kept before, so not asked again
    assert asked == ["Saturday workshop"] and path.exists()

"""One writer per map: a map open for writing in another window or program is detected
and offered read-only, and a lock left by a program that was killed is taken over."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from other_program import held_by_another_process
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.errors import MapInUseError, ReadOnlyDocumentError
from app.model.file.document import Document
from app.model.file.map_lock import lock_path
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def test_a_second_writer_in_this_process_is_refused_and_may_read(map_path: Path) -> None:
    with Document.open(map_path) as first:
        with pytest.raises(MapInUseError, match=f"process {os.getpid()}"):
            Document.open(map_path)
        with Document.open(map_path, read_only=True) as reader:
            assert reader.content() == first.content()
            with pytest.raises(ReadOnlyDocumentError):
                reader.apply(op.edit("map", reader.content().map.id, title="Two"))
    assert not lock_path(map_path).exists()  # closing lets go
    Document.open(map_path).close()


def test_a_map_open_in_another_program_is_refused_until_it_closes(map_path: Path) -> None:
    with held_by_another_process(map_path) as child:
        with pytest.raises(MapInUseError, match=f"process {child.pid}\\) on this computer"):
            Document.open(map_path)
        assert child.stdin is not None
        child.stdin.close()  # it closes the map and ends
        child.wait(timeout=10)
    with Document.open(map_path) as document:
        assert not document.lock_taken_over


def test_a_lock_left_by_a_killed_program_is_taken_over(map_path: Path) -> None:
    with held_by_another_process(map_path) as child:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert lock_path(map_path).exists()  # left behind, with nobody holding it
    with Document.open(map_path) as document:
        assert document.lock_taken_over
        document.apply(op.edit("map", document.content().map.id, title="Taken over"))
    with Document.open(map_path, read_only=True) as reader:
        assert reader.content().map.title == "Taken over"


def test_a_second_window_offers_the_map_read_only(map_path: Path, qtbot: QtBot) -> None:
    first = open_window(map_path)
    qtbot.addWidget(first)
    asked: list[str] = []
    second = MainWindow(Settings())  # no map yet: open_window would reopen the last one
    qtbot.addWidget(second)
    second.report = pytest.fail
    second.confirm = lambda question: asked.append(question) or True
    assert second.open_path(map_path)
    assert asked and "is open in Journeyboard" in asked[0] and "read-only" in asked[0]
    workspace = second.workspace
    assert workspace is not None and workspace.document.read_only
    second.show()
    assert workspace.banner.isVisible() and "is open in" in workspace.banner.text()
    declined = MainWindow(Settings())
    qtbot.addWidget(declined)
    declined.confirm = lambda question: False
    assert not declined.open_path(map_path)
    first.close()
    second.close()
    declined.close()


def test_what_a_lock_file_says_is_shown_as_plain_text(map_path: Path, qtbot: QtBot) -> None:
    """A lock file is text from anyone: markup in it is shown as it is, never as a link."""
    note = lock_path(map_path)
    with held_by_another_process(map_path):
        holder = json.loads(note.read_text())
        holder["host"] = '<a href="https://example.invalid">click</a>'
        note.write_text(json.dumps(holder))
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        seen: list[tuple[Qt.TextFormat, str]] = []

        def answer_no() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen.append((box.textFormat(), box.text()))
            box.reject()

        QTimer.singleShot(0, answer_no)
        assert not window.open_path(map_path)
    assert seen and seen[0][0] == Qt.TextFormat.PlainText
    assert '<a href="https://example.invalid">click</a>' in seen[0][1]
    window.close()


def test_a_lock_file_that_is_a_folder_offers_the_map_read_only(
    map_path: Path, qtbot: QtBot
) -> None:
    lock_path(map_path).mkdir()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or True
    assert window.open_path(map_path)
    assert asked and "cannot mark “cafe.journey” as open for writing" in asked[0]
    assert window.workspace is not None and window.workspace.document.read_only
    window.show()
    assert "not an ordinary file of yours" in window.workspace.banner.text()
    window.close()


def test_opening_the_map_this_window_shows_keeps_it(map_path: Path, qtbot: QtBot) -> None:
    window = open_window(map_path)
    qtbot.addWidget(window)
    window.confirm = lambda question: pytest.fail(f"asked: {question}")
    assert window.open_path(map_path)
    assert window.workspace is not None and not window.workspace.document.read_only
    window.close()

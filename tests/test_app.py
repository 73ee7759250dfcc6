"""Starting the editor: the sample map on the first start, the last map afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window
from app.ui.start_dialog import StartDialog


def test_first_start_opens_the_sample_map_and_later_starts_reopen_the_last(
    qtbot: QtBot, user_folders: Path, tmp_path: Path
) -> None:
    window = open_window()
    qtbot.addWidget(window)
    assert window.workspace is not None
    sample = window.workspace.document.path
    assert sample == user_folders / "xdg_data_home" / "Journeyboard" / "Sample map.journey"
    assert window.windowTitle().startswith("Neighbourhood café: from first visit to regular")
    the_map = window.workspace.open_map.content().map
    window.workspace.open_map.apply(op.edit("map", the_map.id, title="My café"), "Rename map")
    window.close()

    again = open_window()
    qtbot.addWidget(again)
    assert again.workspace is not None
    assert again.workspace.document.path == sample
    assert again.workspace.open_map.content().map.title == "My café"  # kept, not remade
    other = tmp_path / "saas.journey"
    Document.create(other, load_template(find_template("saas")).content).close()
    assert again.open_path(other)
    again.close()

    third = open_window()
    qtbot.addWidget(third)
    assert third.workspace is not None and third.workspace.document.path == other
    assert [p.name for p in third.settings.recent_maps()] == ["saas.journey", "Sample map.journey"]
    third.close()


def test_a_map_that_cannot_be_opened_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "notes.journey"
    broken.write_text("not a map")
    messages: list[str] = []
    window = open_window()
    qtbot.addWidget(window)
    window.report = messages.append
    assert not window.open_path(broken)
    assert messages == ["“notes.journey” cannot be opened: it is not a Journeyboard map."]
    window.close()


def test_when_the_last_map_is_gone_the_most_recent_one_left_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    older, newer = tmp_path / "older.journey", tmp_path / "newer.journey"
    for path in (older, newer):
        Document.create(path, load_template(find_template("saas")).content).close()
    first = open_window(older)
    qtbot.addWidget(first)
    assert first.open_path(newer)
    first.close()
    newer.unlink()
    again = open_window()
    qtbot.addWidget(again)
    assert again.workspace is not None and again.workspace.document.path == older
    again.close()


def test_recent_maps_are_listed_by_title_with_their_place(
    qtbot: QtBot, tmp_path: Path, user_folders: Path
) -> None:
    folder = user_folders / "Documents" / "maps"
    folder.mkdir(parents=True)
    path = folder / "Untitled journey 2026-12-02 (2).journey"
    Document.create(path, load_template(find_template("saas")).content).close()
    window = open_window(path)
    qtbot.addWidget(window)
    assert window.workspace is not None
    open_map = window.workspace.open_map
    open_map.apply(op.edit("map", open_map.content().map.id, title="Bike & repair"), "Rename")
    menu = next(m for m in window.findChildren(QMenu) if m.title() == "Open &Recent")
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == (
        "Bike && repair  —  Untitled journey 2026-12-02 (2).journey — ~/Documents/maps"
    )
    other = folder / "other.journey"
    Document.create(other, load_template(find_template("cafe")).content).close()
    assert window.open_path(other)  # the first map's title stays listed
    dialog = StartDialog(window.settings, window)
    listed = [dialog.recent.item(row).text().split("\n") for row in range(2)]
    assert listed[0][0] == "Neighbourhood café: from first visit to regular"
    assert listed[1][0] == "Bike & repair"
    assert listed[1][1].startswith("Untitled journey 2026-12-02 (2).journey — ~/")
    window.close()

"""File ▸ Open from Workspace… in the running window, on a real PostgreSQL server: the
maps listed, one opened and edited on the canvas, undo and redo on the server, a
password asked for and never remembered, and a viewer's map read-only."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window
from gui import drag
from postgres_server import Cluster
from PySide6.QtCore import QPointF, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.model.data.records import MapContent
from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.model.workspace.refusals import EDITOR, FACILITATOR, VIEWER
from app.model.workspace.shared_map import SharedMap
from app.model.workspace.store import Workspace
from app.ui.main_window import MainWindow
from app.ui.voting import VoteSetup
from app.ui.workspace_dialog import WorkspaceDialog

CAFE = load_template(find_template("cafe")).content


@pytest.fixture
def database(cluster: Cluster) -> str:
    return cluster.new_workspace(CAFE)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    told: list[str] = []
    with cafe_window(qtbot, tmp_path, told.append) as window:
        window.told = told  # type: ignore[attr-defined]
        yield window
        window.close_map()


def open_from_workspace(
    window: MainWindow, url: str, passwords: list[str] | None = None
) -> list[str]:
    """File ▸ Open from Workspace…: type `url`, show the maps, open the first; what the
    dialog listed. `passwords` answer the server's questions, one each."""
    listed: list[str] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WorkspaceDialog)
        dialog._ask_password = lambda _url: passwords.pop(0) if passwords else None
        dialog.url.setText(url)
        dialog.show_maps()
        item = dialog.maps.topLevelItem(0)
        listed.extend([item.text(0), item.text(1)] if item is not None else [dialog.status.text()])
        open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
        if open_button.isEnabled():
            open_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, when_shown)
    window.actions_by_name["open_workspace"].trigger()
    return listed


def on_server(cluster: Cluster, database: str) -> MapContent:
    return Workspace(cluster.url(database)).pull(CAFE.map.id).content


def cell(content: MapContent, stage: int, lane: int) -> list[str]:
    ids = (content.stages[stage].id, content.lanes[lane].id)
    return [card.title for card in content.cards if (card.stage_id, card.lane_id) == ids]


def drag_first_card(window: MainWindow, from_stage: int, to_stage: int, lane: int) -> str:
    assert window.workspace is not None
    scene, view = window.workspace.scene, window.workspace.view
    content = window.workspace.open_map.content()
    title = cell(content, from_stage, lane)[0]
    card = next(c for c in content.cards if c.title == title)
    box = scene.card_item(card.id).box
    assert scene.layout is not None
    target = scene.layout.cells[(content.stages[to_stage].id, content.lanes[lane].id)]
    drag(view, QPointF(box.rect.center.x, box.rect.center.y),
         QPointF(target.x + target.width / 2, target.bottom - 12))  # fmt: skip
    return title


def test_a_map_is_listed_opened_and_edited_on_the_server_with_undo_and_redo(
    window: MainWindow, cluster: Cluster, database: str, qtbot: QtBot
) -> None:
    url = cluster.url(database, user=cluster.new_person(EDITOR))
    assert open_from_workspace(window, url) == [CAFE.map.title, str(len(CAFE.cards))]
    assert window.workspace is not None
    assert isinstance(window.workspace.document, SharedMap)
    assert f"workspace “{database}”" in window.windowTitle()
    assert window.windowTitle().endswith("— Saved")

    title = drag_first_card(window, 0, 1, 1)
    assert cell(on_server(cluster, database), 1, 1)[-1] == title
    window.actions_by_name["undo"].trigger()
    assert on_server(cluster, database) == CAFE
    window.actions_by_name["redo"].trigger()
    assert cell(on_server(cluster, database), 1, 1)[-1] == title
    assert window.told == []  # type: ignore[attr-defined]


def test_undo_over_someone_elses_later_change_is_refused_and_said(
    window: MainWindow, cluster: Cluster, database: str
) -> None:
    open_from_workspace(window, cluster.url(database, user=cluster.new_person(EDITOR)))
    title = drag_first_card(window, 0, 1, 1)
    moved = next(c for c in on_server(cluster, database).cards if c.title == title)
    bob = cluster.new_person(EDITOR)
    with SharedMap.open(cluster.url(database, user=bob), CAFE.map.id) as other:
        other.apply(op.edit("card", moved.id, title="Bob's wording"))

    assert window.workspace is not None
    stack = window.workspace.open_map.undo_stack
    window.actions_by_name["undo"].trigger()
    assert window.told == [  # type: ignore[attr-defined]
        f"{bob} changed the card “Bob's wording” after your step, so that step cannot be "
        "undone or redone."
    ]
    assert stack.index() == 1 and stack.canUndo()
    server = on_server(cluster, database)
    assert cell(server, 1, 1)[-1] == "Bob's wording"
    assert cell(window.workspace.open_map.content(), 1, 1)[-1] == "Bob's wording"


def test_a_password_is_asked_for_when_the_server_wants_one_and_never_remembered(
    window: MainWindow, cluster: Cluster, database: str
) -> None:
    person = cluster.new_person(EDITOR)
    cluster.require_password(person, "s3cret-for-test")
    url = cluster.url(database, user=person)
    listed = open_from_workspace(window, url, passwords=["s3cret-for-test"])
    assert listed == [CAFE.map.title, str(len(CAFE.cards))]
    assert window.workspace is not None
    assert isinstance(window.workspace.document, SharedMap)
    drag_first_card(window, 0, 1, 1)
    settings = QSettings()
    remembered = {key: str(settings.value(key)) for key in settings.allKeys()}
    assert remembered["workspace/url"] == url
    assert not any("s3cret" in value for value in remembered.values())


def test_a_wrong_password_is_said_and_nothing_opens(
    window: MainWindow, cluster: Cluster, database: str
) -> None:
    person = cluster.new_person(EDITOR)
    cluster.require_password(person, "right")
    listed = open_from_workspace(window, cluster.url(database, user=person), passwords=["wrong"])
    assert listed == ["The workspace did not accept the password."]
    assert window.workspace is not None and isinstance(window.workspace.document, Document)


def test_a_viewer_sees_the_map_read_only_and_why(
    window: MainWindow, cluster: Cluster, database: str
) -> None:
    viewer = cluster.new_person(VIEWER)
    open_from_workspace(window, cluster.url(database, user=viewer))
    assert window.workspace is not None
    assert window.windowTitle().endswith("— Read-only")
    banner = window.workspace.banner.text()
    assert banner == (
        f"Read-only: {viewer} may only read this workspace. File ▸ Save As keeps a copy you "
        "can edit as a file."
    )


def test_save_as_copies_the_shared_map_to_a_file_and_goes_on_there(
    window: MainWindow, cluster: Cluster, database: str, tmp_path: Path
) -> None:
    open_from_workspace(window, cluster.url(database, user=cluster.new_person(EDITOR)))
    assert window.save_as(tmp_path / "trip.journey")
    assert window.workspace is not None
    document = window.workspace.document
    assert isinstance(document, Document) and document.path == tmp_path / "trip.journey"
    assert document.content() == CAFE


def test_what_another_process_changes_appears_without_moving_the_selection_or_the_typing(
    window: MainWindow, cluster: Cluster, database: str, qtbot: QtBot
) -> None:
    open_from_workspace(window, cluster.url(database, user=cluster.new_person(EDITOR)))
    assert window.workspace is not None
    scene = window.workspace.scene
    window.activateWindow()
    chosen, theirs = CAFE.cards[0], CAFE.cards[5]
    scene.select_only(scene.card_item(chosen.id))
    scene.start_new_card(CAFE.stages[2].id, CAFE.lanes[1].id)
    editor = scene.title_editor
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Half-typed")

    other = subprocess.run(
        [sys.executable, Path(__file__).with_name("workspace_child.py"),
         cluster.url(database, user=cluster.new_person(EDITOR)), CAFE.map.id,
         "retitle", theirs.id, "Changed elsewhere"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    qtbot.waitUntil(
        lambda: scene.card_item(theirs.id).box.title_lines == ("Changed elsewhere",),
        timeout=10_000,
    )
    assert scene.title_editor is editor and editor.hasFocus()
    assert editor.text() == "Half-typed"
    assert scene.selected_cards() == [chosen.id]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    server = on_server(cluster, database)
    assert "Half-typed" in cell(server, 2, 1)
    assert next(c for c in server.cards if c.id == theirs.id).title == "Changed elsewhere"


def test_a_password_libpq_finds_in_pgpassword_is_used_without_asking(
    window: MainWindow, cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = cluster.new_person(EDITOR)
    cluster.require_password(person, "from-the-environment")
    monkeypatch.setenv("PGPASSWORD", "from-the-environment")
    listed = open_from_workspace(window, cluster.url(database, user=person), passwords=[])
    assert listed == [CAFE.map.title, str(len(CAFE.cards))]  # the asker would have failed it
    assert window.workspace is not None
    assert isinstance(window.workspace.document, SharedMap)


def test_undoing_a_reset_vote_gives_the_dots_back_and_keeps_those_given_meanwhile(
    window: MainWindow, cluster: Cluster, database: str, qtbot: QtBot
) -> None:
    open_from_workspace(window, cluster.url(database, user=cluster.new_person(FACILITATOR)))
    space = window.workspace
    assert space is not None
    vote = space.start_vote(VoteSetup())
    voted = vote.cards()[0]
    for _ in range(3):
        assert vote.give(voted.id) is None
    vote.reset()
    other = SharedMap.open(cluster.url(database, user=cluster.new_person(FACILITATOR)), CAFE.map.id)
    with other:
        other.apply(op.AddVotes(voted.id, 2))  # a dot on another machine, after the reset
    window.actions_by_name["undo"].trigger()  # the reset
    server = on_server(cluster, database)
    assert next(c.votes for c in server.cards if c.id == voted.id) == voted.votes + 5


def test_words_typed_over_someone_elses_change_are_kept_on_the_clipboard(
    window: MainWindow, cluster: Cluster, database: str
) -> None:
    open_from_workspace(window, cluster.url(database, user=cluster.new_person(EDITOR)))
    assert window.workspace is not None
    chosen = CAFE.cards[2]
    bob = cluster.new_person(EDITOR)
    with SharedMap.open(cluster.url(database, user=bob), CAFE.map.id) as other:
        other.apply(op.edit("card", chosen.id, title="Bob's title"))
    notes = "Three paragraphs of what the room said about the menu board."
    refused = window.workspace.open_map.apply(op.edit("card", chosen.id, notes=notes), "Notes")
    assert not refused
    assert window.told[-1] == (  # type: ignore[attr-defined]
        f"{bob} changed the card “Bob's title” meanwhile: your change was not made, and it "
        "now shows theirs. What you wrote is on the clipboard."
    )
    assert QApplication.clipboard().text() == notes

"""Capture mode for one shared screen: the structure locked, cards typed one after another
with the keyboard only, an Inbox lane sorted later by dragging."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window, in_file, workspace
from gui import drag
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.file.document import Document
from app.ui.main_window import MainWindow
from app.ui.open_map import STRUCTURE_LOCKED

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def told() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, told: list[str]) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, told.append) as window:
        workspace(window).view.actual_size()
        yield window


def test_a_locked_structure_refuses_to_move_rename_or_delete_a_stage(
    window: MainWindow, qtbot: QtBot, told: list[str]
) -> None:
    space = workspace(window)
    qtbot.keyClick(window, Qt.Key.Key_L, CONTROL | SHIFT)
    assert space.open_map.structure_locked
    assert window.actions_by_name["lock_structure"].isChecked()
    stages = in_file(window).stages
    first, third = (space.scene.stage_item(stages[i].id).box for i in (0, 2))
    drag(space.view, QPointF(first.rect.center.x, 30), QPointF(third.rect.center.x + 20, 30))
    assert [s.id for s in in_file(window).stages] == [s.id for s in stages]
    assert told == [STRUCTURE_LOCKED]
    assert not space.open_map.apply(op.edit("stage", stages[0].id, name="Renamed"), "Rename")
    assert not space.open_map.apply(op.DeleteStage(stages[1].id), "Delete stage")
    lane = in_file(window).lanes[0]
    assert not space.open_map.apply(op.MoveLane(lane.id, 3), "Move lane")
    assert in_file(window).stages == stages
    assert space.scene.stage_item(stages[0].id).box.rect.x == first.rect.x  # snapped back
    # Cards stay free.
    card = in_file(window).cards[0]
    assert space.open_map.apply(op.edit("card", card.id, title="Still editable"), "Rename card")
    qtbot.keyClick(window, Qt.Key.Key_L, CONTROL | SHIFT)
    assert not space.open_map.structure_locked
    assert space.open_map.apply(op.edit("stage", stages[0].id, name="Renamed"), "Rename")


def test_undo_cannot_change_a_locked_structure(window: MainWindow, told: list[str]) -> None:
    space = workspace(window)
    stage = in_file(window).stages[0]
    assert space.open_map.apply(op.edit("stage", stage.id, name="Before the lock"), "Rename")
    space.open_map.lock_structure(True)
    assert not space.history.isEnabled()
    stack = space.open_map.undo_stack
    window.actions_by_name["undo"].trigger()
    assert in_file(window).stages[0].name == "Before the lock"
    assert stack.index() == 1 and told == [STRUCTURE_LOCKED]  # the history agrees
    space.open_map.lock_structure(False)
    window.actions_by_name["undo"].trigger()
    assert in_file(window).stages[0].name == stage.name and stack.index() == 0


def test_five_cards_captured_with_the_keyboard_only(window: MainWindow, qtbot: QtBot) -> None:
    space = workspace(window)
    before = in_file(window)
    qtbot.keyClick(window, Qt.Key.Key_C, CONTROL | SHIFT)
    assert space.open_map.structure_locked
    lanes = in_file(window).lanes
    inbox, second = lanes[0], lanes[1]
    assert inbox.kind == "inbox" and len(lanes) == len(before.lanes) + 1
    first_stage, next_stage = (s.id for s in before.stages[:2])
    for words, key, modifiers in (
        ("Free refills", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        ("Loyalty app", Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        ("Reads the menu twice", Qt.Key.Key_Right, CONTROL),
        ("Asks about oat milk", Qt.Key.Key_Backtab, SHIFT),
        ("Music too loud", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.waitUntil(lambda: space.scene.title_editor is not None)
        editor = space.scene.title_editor
        assert editor is not None
        qtbot.keyClicks(editor, words)
        qtbot.keyClick(editor, key, modifiers)
    qtbot.waitUntil(lambda: space.scene.title_editor is not None)
    assert space.scene.typing.cell == (next_stage, inbox.id)
    qtbot.keyClick(space.scene.title_editor, Qt.Key.Key_Escape)
    cards = {c.title: (c.stage_id, c.lane_id) for c in in_file(window).cards}
    assert cards["Free refills"] == (first_stage, inbox.id)
    assert cards["Loyalty app"] == (first_stage, inbox.id)
    assert cards["Reads the menu twice"] == (first_stage, second.id)
    assert cards["Asks about oat milk"] == (next_stage, second.id)
    assert cards["Music too loud"] == (next_stage, inbox.id)
    stack = space.open_map.undo_stack
    assert stack.count() == 6  # the Inbox lane, then one step per card
    for _ in range(5):
        stack.undo()
    assert len(in_file(window).cards) == len(before.cards)


def test_a_card_is_dragged_out_of_the_inbox_while_the_structure_is_locked(
    window: MainWindow, qtbot: QtBot
) -> None:
    space = workspace(window)
    window.actions_by_name["capture"].trigger()
    qtbot.waitUntil(lambda: space.scene.title_editor is not None)
    qtbot.keyClicks(space.scene.title_editor, "Sort me later")
    qtbot.keyClick(space.scene.title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: space.scene.title_editor is not None)
    qtbot.keyClick(space.scene.title_editor, Qt.Key.Key_Escape)  # the next line, empty
    content = in_file(window)
    stage = content.stages[0]
    card = next(c for c in in_file(window).cards if c.title == "Sort me later")
    pains = next(lane for lane in content.lanes if lane.kind == "pain_points")
    box = space.scene.card_item(card.id).box
    target = space.scene.layout.cells[(stage.id, pains.id)]  # type: ignore[union-attr]
    drag(
        space.view,
        QPointF(box.rect.center.x, box.rect.center.y),
        QPointF(target.center.x, target.y + 5),
    )
    moved = next(c for c in in_file(window).cards if c.id == card.id)
    assert (moved.stage_id, moved.lane_id) == (stage.id, pains.id)
    assert space.open_map.structure_locked


def test_leaving_capture_mode_unlocks_the_structure(window: MainWindow, qtbot: QtBot) -> None:
    space = workspace(window)
    window.actions_by_name["capture"].trigger()
    assert space.open_map.structure_locked
    window.actions_by_name["capture"].trigger()
    assert not space.open_map.structure_locked
    assert space.scene.title_editor is None
    window.actions_by_name["capture"].trigger()  # the Inbox is there: no second one
    assert [lane.kind for lane in in_file(window).lanes].count("inbox") == 1


def test_leaving_capture_mode_mid_card_keeps_what_was_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    space = workspace(window)
    window.actions_by_name["capture"].trigger()
    qtbot.waitUntil(lambda: space.scene.title_editor is not None)
    qtbot.keyClicks(space.scene.title_editor, "Half-typed idea")
    window.actions_by_name["capture"].trigger()
    qtbot.waitUntil(lambda: space.scene.title_editor is None)
    assert "Half-typed idea" in [card.title for card in in_file(window).cards]
    window.actions_by_name["capture"].trigger()
    qtbot.waitUntil(lambda: space.scene.title_editor is not None)
    qtbot.keyClicks(space.scene.title_editor, "Typed as the map closes")
    window.close_map()  # closing the map while typing keeps the card too
    qtbot.wait(20)
    with Document.open(space.document.path, read_only=True) as reader:
        assert "Typed as the map closes" in [card.title for card in reader.content().cards]


def test_capture_shows_a_hidden_inbox_and_tab_passes_over_the_emotions_lane(
    window: MainWindow, qtbot: QtBot
) -> None:
    space = workspace(window)
    window.actions_by_name["capture"].trigger()
    window.actions_by_name["capture"].trigger()  # leave: the Inbox is made
    lanes = in_file(window).lanes
    inbox = next(lane for lane in lanes if lane.kind == "inbox")
    space.toggle_lane(inbox.id, False)
    window.actions_by_name["capture"].trigger()
    assert window.actions_by_name["capture"].isChecked()
    assert inbox.id not in space.scene.hidden_lanes
    assert space.scene.typing.cell is not None and space.scene.typing.cell[1] == inbox.id
    emotions = next(lane for lane in lanes if lane.kind == "emotions")
    visited = []
    for _ in range(len(lanes)):
        qtbot.keyClick(space.scene.title_editor, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: space.scene.title_editor is not None)
        visited.append(space.scene.typing.cell[1])  # type: ignore[index]
    assert emotions.id not in visited
    assert visited[-1] == space.scene.layout.lanes[-1].lane_id  # type: ignore[union-attr]


def test_capture_on_a_map_without_stages_says_why_and_stays_off(
    window: MainWindow, told: list[str]
) -> None:
    space = workspace(window)
    for stage in in_file(window).stages:
        assert space.open_map.apply(op.DeleteStage(stage.id), "Delete stage")
    space.commands.ask = type("Told", (), {"inform": lambda self, message: told.append(message)})()
    window.actions_by_name["capture"].trigger()
    assert not window.actions_by_name["capture"].isChecked()
    assert not space.open_map.structure_locked
    assert told and "stage" in told[-1]

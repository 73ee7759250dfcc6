"""The window's menus and panels, driven through their actions and keys."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cafe_window import cafe_window, in_file, workspace
from gui import click, double_click, drag
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.layout.picture import PictureChoice
from app.model.data.records import CardRecord, MapContent
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.canvas.emotion_items import CurveItem, PointItem
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


@dataclass
class ScriptedAsker:
    """Answers the window's questions as a test says, and remembers what it was told."""

    texts: list[str | None] = field(default_factory=list)
    choices: list[int | None] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    told: list[str] = field(default_factory=list)

    def text(self, title: str, label: str, default: str = "") -> str | None:
        return self.texts.pop(0)

    def choice(self, title: str, label: str, items: list[str]) -> int | None:
        return self.choices.pop(0)

    def confirm(self, question: str) -> bool:
        self.told.append(question)
        return self.confirmations.pop(0)

    def inform(self, message: str) -> None:
        self.told.append(message)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        workspace(window).view.actual_size()
        yield window


def asker(window: MainWindow) -> ScriptedAsker:
    scripted = ScriptedAsker()
    workspace(window).commands.ask = scripted
    return scripted


def select_card(window: MainWindow, index: int) -> str:
    space = workspace(window)
    card = space.open_map.content().cards[index]
    box = space.scene.card_item(card.id).box
    click(space.view, QPointF(box.rect.center.x, box.rect.center.y))
    return card.id


def test_clicking_a_card_shows_it_in_the_inspector(window: MainWindow) -> None:
    card_id = select_card(window, 3)
    title = next(c.title for c in workspace(window).open_map.content().cards if c.id == card_id)
    form = workspace(window).inspector.form
    assert form is not None
    assert form.editor("title").value() == title


def test_copy_and_paste_puts_copies_below_the_selected_card(window: MainWindow) -> None:
    first = select_card(window, 0)
    window.actions_by_name["copy"].trigger()
    window.actions_by_name["paste"].trigger()
    cards = in_file(window).cards
    original = next(c for c in cards if c.id == first)
    below = next(
        c
        for c in cards
        if (c.stage_id, c.lane_id, c.position)
        == (original.stage_id, original.lane_id, original.position + 1)
    )
    assert below.title == original.title and below.id != original.id


def test_duplicate_and_cut(window: MainWindow) -> None:
    count = len(in_file(window).cards)
    select_card(window, 2)
    window.actions_by_name["duplicate"].trigger()
    assert len(in_file(window).cards) == count + 1
    window.actions_by_name["cut"].trigger()
    assert len(in_file(window).cards) == count
    assert QApplication.clipboard().text() != ""


def test_find_selects_the_matching_cards(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_by_name["find"].trigger()
    finder = QApplication.focusWidget()  # Ctrl+F puts the cursor in the toolbar's field
    assert isinstance(finder, QLineEdit)
    qtbot.keyClicks(finder, "card machine")
    qtbot.keyClick(finder, Qt.Key.Key_Return)
    titles = {
        c.title
        for c in workspace(window).open_map.content().cards
        if c.id in workspace(window).scene.selected_cards()
    }
    assert titles and all("card machine" in t.lower() for t in titles)


def test_add_stage_and_lane_from_the_map_menu(window: MainWindow) -> None:
    scripted = asker(window)
    window.actions_by_name["add_stage"].trigger()
    assert in_file(window).stages[-1].name == "New stage"
    scripted.choices.append(5)  # Pain points
    window.actions_by_name["add_lane"].trigger()
    assert (in_file(window).lanes[-1].kind, in_file(window).lanes[-1].title) == (
        "pain_points",
        "Pain points",
    )


def test_deleting_a_stage_asks_first_and_can_be_undone(window: MainWindow) -> None:
    scripted = asker(window)
    space = workspace(window)
    stage = space.open_map.content().stages[0]
    space.scene.select_only(space.scene.stage_item(stage.id))
    scripted.confirmations.append(False)
    window.actions_by_name["delete_stage"].trigger()
    assert stage in in_file(window).stages
    assert "and its 8 cards? You can undo this." in scripted.told[-1]
    scripted.confirmations.append(True)
    window.actions_by_name["delete_stage"].trigger()
    assert stage not in in_file(window).stages
    window.actions_by_name["undo"].trigger()
    assert in_file(window).stages[0] == stage


def test_take_and_restore_a_snapshot(window: MainWindow) -> None:
    scripted = asker(window)
    space = workspace(window)
    before = space.open_map.content()
    scripted.texts.append("Before the workshop")
    window.actions_by_name["take_snapshot"].trigger()
    select_card(window, 0)
    window.actions_by_name["delete"].trigger()
    scripted.choices.append(0)
    window.actions_by_name["restore_snapshot"].trigger()
    assert in_file(window) == before
    assert [s.name for s in space.document.snapshots()] == ["Before the workshop"]


def test_delete_removes_a_selected_emotion_point(window: MainWindow, qtbot: QtBot) -> None:
    space = workspace(window)
    point = next(i for i in space.scene.items() if isinstance(i, PointItem))
    click(space.view, point.scenePos())
    assert point.isSelected()
    qtbot.keyClick(space.view, Qt.Key.Key_Delete)
    assert point.point_id not in {e.id for e in in_file(window).emotions}


def test_hiding_a_lane_and_a_curve(window: MainWindow) -> None:
    space = workspace(window)
    content = space.open_map.content()
    backstage = next(lane for lane in content.lanes if lane.kind == "backstage")
    space.toggle_lane(backstage.id, shown=False)
    assert backstage.id not in {box.lane_id for box in space.scene.layout.lanes}  # type: ignore[union-attr]
    persona = content.personas[0].id
    space.show_curve(persona, shown=False)
    assert not [i for i in space.scene.items() if isinstance(i, CurveItem)]
    space.show_curve(persona, shown=True)
    assert [i for i in space.scene.items() if isinstance(i, CurveItem)]


def test_middle_button_and_space_drag_pan_the_view(window: MainWindow, qtbot: QtBot) -> None:
    view = workspace(window).view
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    start = bar.value()
    at = QPoint(600, 400)
    for kind, where, buttons in (
        (QEvent.Type.MouseButtonPress, at, Qt.MouseButton.MiddleButton),
        (QEvent.Type.MouseMove, at - QPoint(150, 0), Qt.MouseButton.MiddleButton),
        (QEvent.Type.MouseButtonRelease, at - QPoint(150, 0), Qt.MouseButton.NoButton),
    ):
        button = (
            Qt.MouseButton.MiddleButton
            if kind != QEvent.Type.MouseMove
            else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind, QPointF(where), QPointF(where), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(view.viewport(), event)
    assert bar.value() == start + 150
    qtbot.keyPress(view, Qt.Key.Key_Space)
    middle = view.mapToScene(view.viewport().rect().center())
    drag(view, middle, QPointF(middle.x() - 100, middle.y()))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() > start + 150
    assert workspace(window).scene.selected_cards() == []  # panning selected nothing


def test_the_title_says_the_file_and_that_it_is_saved(window: MainWindow) -> None:
    assert (
        window.windowTitle()
        == "Neighbourhood café: from first visit to regular — cafe.journey — Saved"
    )


def test_double_click_on_a_card_renames_it(window: MainWindow, qtbot: QtBot) -> None:
    space = workspace(window)
    card = space.open_map.content().cards[0]
    box = space.scene.card_item(card.id).box
    double_click(space.view, QPointF(box.rect.center.x, box.rect.center.y))
    editor = space.scene.title_editor
    assert editor is not None and editor.text() == card.title
    editor.selectAll()
    qtbot.keyClicks(editor, "Google listing, fixed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert (
        next(c.title for c in in_file(window).cards if c.id == card.id) == "Google listing, fixed"
    )


def test_export_svg_from_the_file_menu_asks_where_and_reports_a_failure(
    window: MainWindow, tmp_path: Path
) -> None:
    asked: list[tuple[str, str]] = []
    answers = [tmp_path / "slides.svg", tmp_path / "missing" / "slides.svg"]

    def choose(title: str, suffix: str) -> Path:
        asked.append((title, suffix))
        return answers.pop(0)

    window.choose_picture_path = choose
    shown: list[PictureChoice] = []

    def choose_picture(content: MapContent) -> PictureChoice:
        shown.append(PictureChoice(stage=2, frame=(16, 9)))
        return shown[-1]

    window.choose_picture = choose_picture
    export = window.actions_by_name["export_svg"]
    export.trigger()
    content = in_file(window)
    title = content.map.title
    assert asked == [(title, "svg")] and len(shown) == 1
    svg = ET.parse(tmp_path / "slides.svg").getroot()
    assert svg.findtext("{http://www.w3.org/2000/svg}title") == title
    _x, _y, width, height = map(float, svg.attrib["viewBox"].split())
    assert width / height == pytest.approx(16 / 9, rel=0.01)
    words = " ".join(
        "".join(text.itertext()) for text in svg.iter("{http://www.w3.org/2000/svg}text")
    )
    assert f"stage 2: {content.stages[1].name}" in words
    assert content.personas[0].name in words and "moment that matters" in words
    assert content.stages[0].name not in words  # one stage, the second
    assert "slides.svg" in window.statusBar().currentMessage()

    reported: list[str] = []
    window.report = reported.append
    export.trigger()
    assert reported == [
        f"“{tmp_path / 'missing' / 'slides.svg'}” could not be written: "
        f"the folder “{tmp_path / 'missing'}” does not exist. Nothing was changed."
    ]
    window.close_map()
    assert not export.isEnabled()


def test_with_no_map_open_nothing_that_needs_one_can_be_chosen(qtbot: QtBot) -> None:
    empty = MainWindow(Settings())
    qtbot.addWidget(empty)
    for name in ("undo", "redo", "export_pdf", "present", "zoom_in", "close"):
        assert not empty.actions_by_name[name].isEnabled(), name


def test_a_restored_dock_keeps_its_width_when_a_map_opens(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()

    def opened() -> MainWindow:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_path(path)
        QApplication.processEvents()
        return window

    first = opened()
    inspector = first._docks["inspector"]
    chosen = inspector.width() + 40
    first.resizeDocks([inspector], [chosen], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    first.close()  # keeps the window's layout in the settings

    second = opened()
    dock = second._docks["inspector"]
    assert dock.width() == chosen, "the width the person chose"
    assert second.centralWidget().width() > dock.width(), "the map keeps the room"
    second.close()


def test_undo_reaches_the_map_from_a_field_with_nothing_of_its_own_to_undo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """After Enter in the Inspector, Ctrl+Z undoes the change though the field has focus;
    while typing is not yet committed, Ctrl+Z undoes the typing in the field alone."""
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        space = workspace(window)
        card = space.open_map.content().cards[0]
        space.scene.select_only(space.scene.card_item(card.id))
        title = space.inspector.form.findChild(QLineEdit, "title")
        title.setFocus()
        qtbot.waitUntil(title.hasFocus)
        title.selectAll()
        qtbot.keyClicks(title, "Chalkboard by the door")
        qtbot.keyClick(title, Qt.Key.Key_Return)
        assert in_card(window, card.id).title == "Chalkboard by the door"

        qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert in_card(window, card.id).title == card.title
        assert title.text() == card.title and title.hasFocus()

        redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(title, Qt.Key.Key_Z, redo)
        assert in_card(window, card.id).title == "Chalkboard by the door"

        qtbot.keyClicks(title, " now")  # typed, not committed: the field's own undo
        qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert title.text() != "Chalkboard by the door now"
        assert in_card(window, card.id).title == "Chalkboard by the door"
        assert space.open_map.undo_stack.index() == 1

        title.end(False)
        qtbot.keyClicks(title, "!")  # typed and taken back: Enter changes nothing
        qtbot.keyClick(title, Qt.Key.Key_Backspace)
        qtbot.keyClick(title, Qt.Key.Key_Return)
        qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert in_card(window, card.id).title == card.title


def in_card(window: MainWindow, card_id: str) -> CardRecord:
    return next(c for c in in_file(window).cards if c.id == card_id)

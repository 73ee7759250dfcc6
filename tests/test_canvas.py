"""The editor as a person uses it: the real window and view, driven with mouse and keys,
checked against the model and against the file opened again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui import click, ctrl_wheel, double_click, drag
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from app.layout.glance import GLANCE_PADDING, glance_style
from app.layout.text import TextStyle
from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window
from app.ui.canvas.card_item import Detail
from app.ui.canvas.headers import LANE_NAME_INDENT
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import READABLE_ZOOM, SETTLE_MS, MapView
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    window = open_window(path)
    messages: list[str] = []
    window.report = messages.append
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    view = view_of(window)
    view.actual_size()
    yield window
    assert messages == [], messages
    window.close()


def view_of(window: MainWindow) -> MapView:
    assert window.workspace is not None
    return window.workspace.view


def scene_of(window: MainWindow) -> MapScene:
    assert window.workspace is not None
    return window.workspace.scene


def content_of(window: MainWindow) -> MapContent:
    assert window.workspace is not None
    return window.workspace.open_map.content()


def in_file(window: MainWindow) -> MapContent:
    """The map as a second reader of the file sees it."""
    assert window.workspace is not None
    with Document.open(window.workspace.document.path, read_only=True) as reader:
        return reader.content()


def cell_of(content: MapContent, stage: int, lane: int) -> list[str]:
    stage_id, lane_id = content.stages[stage].id, content.lanes[lane].id
    return [c.title for c in content.cards if (c.stage_id, c.lane_id) == (stage_id, lane_id)]


def empty_place(window: MainWindow, stage: int, lane: int) -> QPointF:
    """A point in the empty slot below a cell's cards."""
    scene, content = scene_of(window), content_of(window)
    assert scene.layout is not None
    key = (content.stages[stage].id, content.lanes[lane].id)
    rect = scene.layout.cells[key]
    return QPointF(rect.x + rect.width / 2, rect.bottom - 12)


def test_double_click_type_enter_adds_a_card_and_opens_the_next(
    window: MainWindow, qtbot: QtBot
) -> None:
    view, scene = view_of(window), scene_of(window)
    before = cell_of(content_of(window), 0, 1)
    double_click(view, empty_place(window, 0, 1))
    editor = scene.title_editor
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Sticker on the window")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert cell_of(content_of(window), 0, 1) == [*before, "Sticker on the window"]
    assert cell_of(in_file(window), 0, 1) == [*before, "Sticker on the window"]
    qtbot.waitUntil(lambda: scene.title_editor is not None and scene.title_editor.hasFocus())
    qtbot.keyClicks(scene.title_editor, "A-board on the pavement")
    qtbot.keyClick(scene.title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scene.title_editor is not None)
    qtbot.keyClick(scene.title_editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scene.title_editor is None)
    expected = [*before, "Sticker on the window", "A-board on the pavement"]
    assert cell_of(in_file(window), 0, 1) == expected


def test_escape_drops_a_card_being_typed(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    before = content_of(window)
    double_click(view, empty_place(window, 2, 2))
    assert scene.title_editor is not None
    qtbot.keyClicks(scene.title_editor, "Never mind")
    qtbot.keyClick(scene.title_editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scene.title_editor is None)
    assert in_file(window) == before


def test_drag_a_card_to_another_cell_then_undo_and_redo(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    title = cell_of(content, 0, 1)[0]
    card = next(c for c in content.cards if c.title == title)
    box = scene.card_item(card.id).box
    target = empty_place(window, 1, 1)
    drag(view, QPointF(box.rect.center.x, box.rect.center.y), target)
    assert cell_of(content_of(window), 1, 1)[-1] == title
    assert title not in cell_of(content_of(window), 0, 1)
    assert cell_of(in_file(window), 1, 1)[-1] == title
    stack = window.workspace.open_map.undo_stack if window.workspace else None
    assert stack is not None and stack.count() == 1 and stack.undoText() == "Move card"
    window.actions_by_name["undo"].trigger()
    assert cell_of(in_file(window), 0, 1)[0] == title
    qtbot.waitUntil(lambda: scene.card_item(card.id).box.stage_id == content.stages[0].id)
    window.actions_by_name["redo"].trigger()
    assert cell_of(in_file(window), 1, 1)[-1] == title


def test_drag_two_selected_cards_at_once(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    first, second = (c for c in content.cards if c.title in cell_of(content, 0, 0)[:2])
    scene.card_item(first.id).setSelected(True)
    scene.card_item(second.id).setSelected(True)
    box = scene.card_item(first.id).box
    drag(view, QPointF(box.rect.center.x, box.rect.center.y), empty_place(window, 3, 0))
    assert cell_of(in_file(window), 3, 0)[-2:] == [first.title, second.title]
    assert window.workspace is not None
    assert window.workspace.open_map.undo_stack.undoText() == "Move 2 cards"


def test_escape_during_a_drag_puts_the_card_back(window: MainWindow, qtbot: QtBot) -> None:
    from gui import _send, on_screen
    from PySide6.QtCore import QEvent

    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    card = next(c for c in content.cards if c.title == cell_of(content, 0, 1)[0])
    item = scene.card_item(card.id)
    start = on_screen(view, QPointF(item.box.rect.center.x, item.box.rect.center.y))
    _send(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        moved = start + QPoint(40 * step, 30 * step)
        _send(view, QEvent.Type.MouseMove, moved, Qt.MouseButton.LeftButton)
    assert item.pos().x() != item.box.rect.x
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert item.pos().x() == item.box.rect.x
    assert in_file(window) == content


def test_drag_an_emotion_point_snaps_to_a_whole_score(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    assert scene.layout is not None and scene.layout.scale is not None
    point = scene.layout.curves[0].points[2]
    target_y = scene.layout.scale.y_of(2) + 6  # a little off the +2 line
    drag(view, QPointF(point.at.x, point.at.y), QPointF(point.at.x, target_y))
    scores = {p.id: p.score for p in in_file(window).emotions}
    assert scores[point.point_id] == 2
    window.actions_by_name["undo"].trigger()
    assert {p.id: p.score for p in in_file(window).emotions}[point.point_id] == point.score


def test_double_click_in_the_emotion_lane_adds_a_point(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    assert scene.layout is not None and scene.layout.scale is not None
    stage = scene.layout.stages[1]
    before = {point.id for point in content_of(window).emotions}
    double_click(view, QPointF(stage.column.x + 20, scene.layout.scale.y_of(-3)))
    (added,) = (point for point in in_file(window).emotions if point.id not in before)
    assert (added.stage_id, added.score, added.position) == (stage.stage_id, -3, 0)


def test_drag_a_stage_header_to_reorder_the_stages(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    names = [s.name for s in content.stages]
    header = scene.stage_item(content.stages[0].id).box
    third = scene.stage_item(content.stages[2].id).box
    start = QPointF(header.rect.center.x, 30)
    drag(view, start, QPointF(third.rect.center.x + 20, 30))
    assert [s.name for s in in_file(window).stages] == [names[1], names[2], names[0], *names[3:]]


def test_drag_a_stage_edge_to_resize_it(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    stage = content_of(window).stages[1]
    header = scene.stage_item(stage.id).box
    edge = QPointF(header.rect.right - 2, 30)
    drag(view, edge, QPointF(edge.x() + 100, 30))
    assert next(s.width for s in in_file(window).stages if s.id == stage.id) == 340


def test_drag_a_lane_header_to_reorder_the_lanes(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    titles = [lane.title for lane in content.lanes]
    first = scene.lane_item(content.lanes[0].id).box
    third = scene.lane_item(content.lanes[2].id).box
    drag(view, QPointF(60, first.rect.center.y), QPointF(60, third.rect.center.y + 10))
    assert [lane.title for lane in in_file(window).lanes] == [
        titles[1],
        titles[2],
        titles[0],
        *titles[3:],
    ]


def test_delete_key_deletes_the_selected_card(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    card = content_of(window).cards[0]
    box = scene.card_item(card.id).box
    click(view, QPointF(box.rect.center.x, box.rect.center.y))
    assert scene.selected_cards() == [card.id]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card.id not in {c.id for c in in_file(window).cards}
    window.actions_by_name["undo"].trigger()
    assert card in in_file(window).cards


def test_arrow_keys_move_the_selection_between_cards(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    content = content_of(window)
    first, below = (c for c in content.cards if c.title in cell_of(content, 0, 0)[:2])
    click(view, QPointF(*_centre(scene, first.id)))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_cards() == [below.id]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    right = scene.selected_cards()[0]
    assert next(c.stage_id for c in content.cards if c.id == right) == content.stages[1].id


def test_rubber_band_selects_the_cards_it_covers(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    assert scene.layout is not None
    content = content_of(window)
    cell = scene.layout.cells[(content.stages[0].id, content.lanes[0].id)]
    drag(view, QPointF(cell.x + 2, cell.y + 2), QPointF(cell.right - 2, cell.bottom - 2))
    assert set(scene.selected_cards()) == {
        c.id
        for c in content.cards
        if (c.stage_id, c.lane_id) == (content.stages[0].id, content.lanes[0].id)
    }


def test_ctrl_wheel_zooms_around_the_cursor(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    card = content_of(window).cards[5]
    centre = QPointF(*_centre(scene, card.id))
    ctrl_wheel(view, centre, 2)
    assert view.zoom == pytest.approx(1.44)
    under = view.mapToScene(view.mapFromScene(centre))
    assert abs(under.x() - centre.x()) < 2 and abs(under.y() - centre.y()) < 2
    window.actions_by_name["fit"].trigger()
    assert view.zoom < 1.0


def test_cards_show_what_can_be_read_at_the_zoom(window: MainWindow, qtbot: QtBot) -> None:
    view, scene = view_of(window), scene_of(window)
    first = content_of(window).cards[0]
    centre = QPointF(*_centre(scene, first.id))
    qtbot.waitUntil(lambda: scene.detail == Detail.FULL)
    ctrl_wheel(view, centre, -2)  # 1 / 1.2² ≈ 0.69: titles are small while zooming
    assert scene.detail == Detail.SHAPES
    qtbot.waitUntil(lambda: scene.detail == Detail.TITLES)
    ctrl_wheel(view, centre, -2)  # ≈ 0.48: the cards' own type would be 6 px
    qtbot.waitUntil(lambda: scene.detail == Detail.GLANCE)
    card = scene.card_item(first.id)
    assert card.glance_words and not card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    ctrl_wheel(view, centre, -12)  # ≈ 0.05: not even a title set large would read
    qtbot.wait(2 * SETTLE_MS)
    assert scene.detail == Detail.SHAPES
    assert card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    ctrl_wheel(view, centre, 16)  # back to 1.0
    assert scene.detail == Detail.TITLES
    qtbot.waitUntil(lambda: scene.detail == Detail.FULL)
    assert not card.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert card.glance_words == ()


@pytest.mark.parametrize("template", ["cafe", "saas", "healthcare", "retail", "b2b-leads"])
def test_fit_to_window_on_a_small_laptop_shows_every_card_title(
    template: str, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / f"{template}.journey"
    Document.create(path, load_template(find_template(template)).content).close()
    window = open_window(path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view, scene = view_of(window), scene_of(window)
    window.actions_by_name["fit"].trigger()
    qtbot.waitUntil(lambda: scene.detail == Detail.GLANCE)
    assert view.zoom < 0.69  # the cards' own 13 px titles would be under 9 px
    whole = {" ".join(scene.card_item(card.id).glance_words) for card in content_of(window).cards}
    if template == "cafe":  # short cards grow into their cell's room to show these whole
        assert {"Do I order here or sit down first?", "Will they remember me?"} <= whole
    for card in content_of(window).cards:
        words = scene.card_item(card.id).glance_words
        assert words, card.title
        assert (words[-1] == "★") == card.moment, card.title
        shown = " ".join(words[:-1] if card.moment else words).rstrip("…")
        assert card.title.startswith(shown.split(" ")[0].rstrip("…"))
    style = glance_style(view.zoom)
    assert style is not None and 9 <= style.size * view.zoom < 9 * 1.08  # no larger than reads
    lane = scene.layout.emotions if scene.layout is not None else None
    assert lane is not None and lane.labels  # the curve's words read too, laid out again
    assert lane.text.label.size * view.zoom >= 9
    assert lane.text.callout.size * view.zoom >= 9 * 10 / 11
    assert lane.ticks[0].number is not None and lane.ticks[-1].number is not None  # the scale
    view.viewport().repaint()  # the headers draw their names now
    for lane in content_of(window).lanes:
        words = scene.lane_item(lane.id).glance_words
        assert words, lane.title
        item = scene.lane_item(lane.id)
        room = item.boundingRect().width() - LANE_NAME_INDENT - 2 * GLANCE_PADDING
        regular = TextStyle(style.size)
        if " " not in lane.title and scene.typesetter.width(lane.title, regular) <= room:
            assert words == (lane.title,)  # "Opportunities" where it fits, not "Opportun…"
    for stage in content_of(window).stages:
        assert " ".join(scene.stage_item(stage.id).glance_words) == stage.name
    window.close()


def test_fit_width_fills_the_window_across_and_scrolls_down(qtbot: QtBot, tmp_path: Path) -> None:
    """On a laptop Fit to Window leaves a tall map narrow; Fit Width sets it as large as
    the window is wide, from its top, and keeps it so when the window is resized."""
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    window = open_window(path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = view_of(window)
    window.actions_by_name["fit"].trigger()
    whole = view.zoom
    window.actions_by_name["fit_width"].trigger()
    assert view.zoom > whole * 1.3
    across = view.sceneRect().width() * view.zoom
    assert 0.95 * view.viewport().width() <= across <= view.viewport().width()
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    assert horizontal.maximum() == horizontal.minimum()  # nothing to scroll across
    assert vertical.maximum() > vertical.minimum() == vertical.value()  # from the top
    window.resize(1100, 768)
    qtbot.waitUntil(lambda: view.sceneRect().width() * view.zoom <= view.viewport().width())
    assert view.sceneRect().width() * view.zoom >= 0.95 * view.viewport().width()
    window.close()


def _centre(scene: MapScene, card_id: str) -> tuple[float, float]:
    box = scene.card_item(card_id).box
    return box.rect.center.x, box.rect.center.y


def test_a_map_opens_at_a_size_its_cards_can_be_read(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    window = open_window(path)
    qtbot.addWidget(window)
    window.resize(1000, 700)  # too small for the whole café map at a readable size
    window.show()
    qtbot.waitExposed(window)
    view, scene = view_of(window), scene_of(window)
    assert view.zoom == pytest.approx(READABLE_ZOOM)
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    qtbot.waitUntil(lambda: scene.detail == Detail.FULL)
    window.actions_by_name["fit"].trigger()  # the whole map, however small
    assert view.zoom < READABLE_ZOOM
    window.close()


@pytest.mark.parametrize("from_the_same_cell", [True, False], ids=["same cell", "another cell"])
def test_a_dragged_card_lands_where_the_line_showed(
    window: MainWindow, qtbot: QtBot, from_the_same_cell: bool
) -> None:
    """Dropped anywhere in a cell (on a card's upper or lower half, below the last), the
    card goes exactly where the line drawn during the drag said."""
    view, scene = view_of(window), scene_of(window)
    layout = scene.layout
    assert layout is not None
    cells: dict[tuple[str, str], list[str]] = {}
    for card in content_of(window).cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card.id)
    target = max(cells, key=lambda key: len(cells[key]))
    source = target if from_the_same_cell else next(k for k in cells if k[1] != target[1])
    moving = cells[source][0]
    staying = [b for b in layout.cards_in(*target) if b.card_id != moving]
    assert len(staying) >= (1 if from_the_same_cell else 2)
    places = [(number, part) for number in range(len(staying)) for part in ("top", "middle")]
    item = scene.card_item(moving)
    for number, part in [*places, (len(staying) - 1, "below")]:
        qtbot.waitUntil(lambda: item.scenePos().y() == item.box.rect.y)  # laid out again
        layout = scene.layout
        assert layout is not None
        staying = [b for b in layout.cards_in(*target) if b.card_id != moving]
        box = staying[number].rect
        y = {"top": box.y + 3, "middle": box.center.y + 2, "below": box.bottom + 8}[part]
        cell = layout.cells[target]
        start = item.box.rect.center
        shown: list[float] = []

        def read_the_line(shown: list[float] = shown) -> None:
            line = scene.insertion_line
            assert line is not None
            shown.append(line.y1())

        drag(view, QPointF(start.x, start.y), QPointF(cell.x + cell.width / 2, y),
             before_release=read_the_line)  # fmt: skip
        above = sum(1 for box in staying if box.rect.bottom <= shown[0])
        assert all(box.rect.y >= shown[0] for box in staying[above:]), "the line is between"
        in_cell = [c for c in content_of(window).cards if (c.stage_id, c.lane_id) == target]
        order = [card.id for card in sorted(in_cell, key=lambda card: card.position)]
        assert order.index(moving) == above, (y, shown)

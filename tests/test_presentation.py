"""Presentation mode, driven with a presenter's keys: the stage shown, the size of the
smallest card title on the screen, the caption, backstage lanes and leaving."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cafe_window import cafe_window
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from pytestqt.qtbot import QtBot

from app.layout.map_layout import CARD_TITLE
from app.layout.themes import THEMES
from app.model import operations as op
from app.model.document import Document
from app.model.templates import find_template, load_template
from app.model.vocabulary import LANE_KIND_BY_KEY
from app.ui.canvas.card_item import CardItem, Detail
from app.ui.canvas.scene import MapScene
from app.ui.main_window import MainWindow
from app.ui.present.window import PresentationWindow, screen_for_the_room


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        yield window


def present(window: MainWindow, qtbot: QtBot) -> PresentationWindow:
    window.actions_by_name["present"].trigger()
    presentation = window.workshop.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    qtbot.waitUntil(lambda: bool(presentation.steps))
    return presentation


def press(presentation: PresentationWindow, qtbot: QtBot, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(presentation, key)


def smallest_title_pixels(presentation: PresentationWindow) -> float:
    """The height on screen of a card title's text, from the view's scale."""
    return presentation.view.zoom * CARD_TITLE.size


def cards_seen(presentation: PresentationWindow) -> set[str]:
    """The cards whole in the viewport and not dimmed: inside the step's focus."""
    visible = presentation.view.visible_rect()
    focus = presentation.view.focus or visible
    shown = visible.intersected(focus)
    return {
        item.card_id
        for item in presentation.scene.items(shown, Qt.ItemSelectionMode.ContainsItemShape)
        if isinstance(item, CardItem)
    }


def test_f5_walks_the_map_stage_by_stage_at_a_readable_size(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    assert presentation.isFullScreen()
    content = window.workspace.open_map.content()  # type: ignore[union-attr]
    assert presentation.step is None  # the whole map first
    assert presentation.caption.text.title == content.map.title
    screen_height = presentation.screen().geometry().height()
    least = 28 * screen_height / 1080
    seen: dict[str, set[str]] = {}
    for _ in presentation.steps:
        press(presentation, qtbot, Qt.Key.Key_Right)
        step = presentation.step
        assert step is not None
        assert smallest_title_pixels(presentation) >= least - 1e-6
        focus = presentation.view.focus
        assert focus is not None and presentation.view.visible_rect().contains(focus)
        stage = next(s for s in content.stages if s.id == step.stage_id)
        assert presentation.caption.text.title == stage.name
        assert presentation.caption.text.goal == stage.goal
        seen.setdefault(stage.id, set()).update(cards_seen(presentation))
    assert list(seen) == [stage.id for stage in content.stages]
    for stage in content.stages:  # every card was shown in full in its stage's steps
        assert seen[stage.id] >= {c.id for c in content.cards if c.stage_id == stage.id}
    press(presentation, qtbot, Qt.Key.Key_Right)  # past the end it stays
    assert presentation.index == len(presentation.steps) - 1


def test_a_clickers_keys_go_back_and_home_shows_the_whole_map(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
    assert presentation.index == 2
    press(presentation, qtbot, Qt.Key.Key_PageUp)
    assert presentation.index == 1
    press(presentation, qtbot, Qt.Key.Key_End)
    assert presentation.step == presentation.steps[-1]
    press(presentation, qtbot, Qt.Key.Key_Home)
    assert presentation.step is None and presentation.view.focus is None
    layout = presentation.scene.layout
    assert layout is not None
    whole = QRectF(0, 0, layout.width, layout.height)
    assert presentation.view.visible_rect().contains(whole)


def test_a_stage_that_does_not_fit_is_split_into_parts_named_in_the_caption(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right)
    step = presentation.step
    assert step is not None and step.parts > 1  # the café's stages are tall for 28 px
    assert f"part 1 of {step.parts}" in presentation.caption.text.where
    first_lane = window.workspace.open_map.content().lanes[0].title  # type: ignore[union-attr]
    assert first_lane in presentation.caption.text.where


def test_the_caption_shows_the_stages_emotion_with_its_callouts(
    window: MainWindow, qtbot: QtBot
) -> None:
    content = window.workspace.open_map.content()  # type: ignore[union-attr]
    persona = content.personas[0]
    curve = content.curve(persona.id)
    lowest = min(curve, key=lambda point: point.score)
    presentation = present(window, qtbot)
    target = next(i for i, s in enumerate(presentation.steps) if s.stage_id == lowest.stage_id)
    presentation.go_to(target)
    feelings = presentation.caption.text.feelings
    assert any(persona.name in f.words and "lowest point" in f.words for f in feelings)
    assert any(lowest.label in f.words for f in feelings)


def test_backstage_lanes_hide_for_a_customer_facing_talk_and_come_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    backstage = {
        lane.id
        for lane in workspace.open_map.content().lanes
        if LANE_KIND_BY_KEY[lane.kind].backstage
    }
    assert backstage
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_B)
    layout = workspace.scene.layout
    assert layout is not None and not backstage & {lane.lane_id for lane in layout.lanes}
    assert all(not backstage & set(step.lane_ids) for step in presentation.steps)
    press(presentation, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    layout = workspace.scene.layout
    assert layout is not None and backstage <= {lane.lane_id for lane in layout.lanes}


def test_the_curve_is_revealed_stage_by_stage(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_C)
    assert presentation.view.curve_until == 0.0  # nothing of it on the whole map yet
    press(presentation, qtbot, Qt.Key.Key_Right)
    layout = presentation.scene.layout
    assert layout is not None and presentation.step is not None
    assert presentation.view.curve_until == layout.stages[0].column.right
    press(presentation, qtbot, Qt.Key.Key_C)
    assert presentation.view.curve_until is None


def test_the_theme_switches_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    before = presentation.theme.name
    press(presentation, qtbot, Qt.Key.Key_T)
    assert presentation.theme.name != before
    assert presentation.caption.theme == THEMES[presentation.theme.name]
    assert window.settings.presentation_theme() == presentation.theme.name


def test_a_larger_text_setting_makes_more_parts(window: MainWindow, qtbot: QtBot) -> None:
    window.settings.set_presentation_title_pixels(14)
    small = len(present(window, qtbot).steps)
    qtbot.keyClick(window.workshop.presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    window.settings.set_presentation_title_pixels(40)
    large = present(window, qtbot)
    assert len(large.steps) > small
    press(large, qtbot, Qt.Key.Key_Right)
    assert smallest_title_pixels(large) >= 40 * large.screen().geometry().height() / 1080 - 1e-6


def test_escape_leaves_and_the_editor_has_the_keys_again(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    assert window.actions_by_name["undo"].isEnabled() is False  # nothing was changed


def test_the_room_gets_the_other_screen_when_there_are_two() -> None:
    laptop = QGuiApplication.primaryScreen()
    assert screen_for_the_room([laptop], laptop) is laptop
    assert screen_for_the_room([], None) is None


def dark_pixels(image: QImage, below: int = 110) -> int:
    """How many pixels are darker than `below` (of 255): ink, not paper."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(grey.height())
        for x in range(grey.width())
        if grey.pixelColor(x, y).value() < below
    )


def rendered(scene: MapScene, area: QRectF, zoom: float) -> QImage:
    """`area` of the scene drawn at `zoom`, as a view at that zoom would draw it."""
    width, height = math.ceil(area.width() * zoom), math.ceil(area.height() * zoom)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def test_the_whole_map_draws_no_text_too_small_for_the_room(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    scene = presentation.scene
    assert presentation.view.zoom < scene.text_from_zoom  # the whole map is small
    assert scene.detail == Detail.SHAPES
    layout = scene.layout
    assert layout is not None
    header = layout.stages[0].rect
    area = QRectF(header.x, header.y, header.width, header.height)
    zoom = presentation.view.zoom
    assert dark_pixels(rendered(scene, area, zoom)) == 0  # the name is not drawn small
    assert dark_pixels(rendered(scene, area, scene.text_from_zoom)) > 0  # but is at size
    press(presentation, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    assert scene.text_from_zoom == 0
    assert dark_pixels(rendered(scene, area, zoom)) > 0  # the editor shows text at any size


def test_the_dark_theme_darkens_the_map_around_the_cards(window: MainWindow, qtbot: QtBot) -> None:
    window.settings.set_presentation_theme("light")
    presentation = present(window, qtbot)
    scene = presentation.scene
    layout = scene.layout
    assert layout is not None
    lane = layout.lanes[0]
    below_name = QRectF(lane.rect.x + 20, lane.rect.bottom - 30, 80, 20)

    def brightness() -> int:
        image = rendered(scene, below_name, 1.0)  # text is hidden at this size
        return image.pixelColor(image.width() // 2, image.height() // 2).value()

    assert brightness() > 200
    press(presentation, qtbot, Qt.Key.Key_T)
    assert scene.theme.name == "dark" and brightness() < 60
    press(presentation, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    assert scene.theme.name == "light" and brightness() > 200


def test_the_lowest_point_and_biggest_drop_are_marked_on_the_canvas_and_follow_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    content = workspace.open_map.content()
    curve = content.curve(content.personas[0].id)
    lowest = min(curve, key=lambda point: point.score)
    scene = workspace.scene
    assert "lowest point" in scene.point_item(lowest.id).words
    highest = max(curve, key=lambda point: point.score)
    # Drag the highest point to the bottom of the scale: it becomes the lowest.
    scene.point_dropped(highest.id, scene.layout.scale.y_of(content.map.emotion_min))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "lowest point" in scene.point_item(highest.id).words)
    assert "lowest point" not in scene.point_item(lowest.id).words
    workspace.open_map.undo_stack.undo()
    qtbot.waitUntil(lambda: "lowest point" in scene.point_item(lowest.id).words)
    marked = [p.id for p in curve if "biggest drop" in scene.point_item(p.id).words]
    assert len(marked) == 1


TWO_SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
    ]
}


def run_child(
    script: str, folder: Path, screens: list[dict[str, Any]], **variables: str
) -> dict[str, Any]:
    """Run `script` (beside this file) on the café map in a process of its own, on Qt's
    offscreen platform given `screens`; return the JSON it prints last."""
    path = folder / "cafe.journey"
    if not path.exists():
        Document.create(path, load_template(find_template("cafe")).content).close()
    config = folder / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        **variables,
    }
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name(script)), str(path)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=Path(__file__).parents[1],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_with_two_screens_the_room_gets_the_map_and_the_laptop_the_notes(
    tmp_path: Path,
) -> None:
    report = run_child("two_screens.py", tmp_path, TWO_SCREENS["screens"])
    assert report["room_screen"] == "projector" and report["room_full_screen"]
    assert report["room_size"] == [1920, 1080]
    assert report["notes_screen"] == "laptop"
    content = load_template(find_template("cafe")).content
    first = content.stages[0]
    assert report["notes"].startswith(first.name)
    assert first.description and first.description in report["notes"]
    shown = next(c for c in content.cards if c.stage_id == first.id and c.notes)
    assert f"• {shown.title}: {shown.notes.strip()}" in report["notes"]
    assert f"Next: {first.name}, part 2" in report["notes"]
    assert report["notes_closed_with_it"]


def test_the_ui_and_canvas_follow_a_scale_factor_of_2(tmp_path: Path) -> None:
    projector = [TWO_SCREENS["screens"][1]]
    plain = run_child("scaled_app.py", tmp_path, projector, QT_SCALE_FACTOR="1")
    doubled = run_child("scaled_app.py", tmp_path, projector, QT_SCALE_FACTOR="2")
    assert doubled["ratio"] == 2.0
    assert doubled["screen_logical"] == [960, 540]
    logical = doubled["canvas_logical"]
    assert doubled["canvas_picture_ratio"] == 2.0
    assert doubled["canvas_picture_pixels"] == [2 * v for v in logical]
    assert doubled["menu_font_device_pixels"] == 2 * plain["menu_font_device_pixels"]
    window = doubled["window_logical"]
    assert window[0] <= 960 and window[1] <= 540
    # On the projector, titles and caption keep the room's size in real pixels.
    for report in (plain, doubled):
        assert report["title_device_pixels"] >= 28 - 1e-6
        assert report["caption_device_pixels"] >= 28 - 1e-6


def test_plus_and_minus_change_the_text_size_for_the_room(window: MainWindow, qtbot: QtBot) -> None:
    window.settings.set_presentation_title_pixels(28)
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right)
    parts = presentation.step.parts  # type: ignore[union-attr]
    press(presentation, qtbot, Qt.Key.Key_Plus, Qt.Key.Key_Plus)
    assert window.settings.presentation_title_pixels() == 36
    assert presentation.step is not None and presentation.step.parts > parts
    least = 36 * presentation.screen().geometry().height() / 1080
    assert smallest_title_pixels(presentation) >= least - 1e-6
    assert presentation.caption.pixels == least
    press(presentation, qtbot, Qt.Key.Key_Minus)
    assert window.settings.presentation_title_pixels() == 32


def test_a_change_just_before_leaving_does_not_leave_the_editor_without_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    open_map = window.workspace.open_map  # type: ignore[union-attr]
    card = open_map.content().cards[0]
    open_map.apply(op.edit("card", card.id, title="Changed as the talk ends"), "Rename card")
    press(presentation, qtbot, Qt.Key.Key_Escape)  # before the queued replan runs
    qtbot.wait(50)
    assert presentation.scene.text_from_zoom == 0


def test_the_timebox_in_the_presentation_grows_with_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.settings.set_presentation_title_pixels(28)
    presentation = present(window, qtbot)
    before = presentation.notes.pixels
    assert before == round(presentation.title_pixels())
    press(presentation, qtbot, Qt.Key.Key_Plus)
    assert presentation.notes.pixels == round(presentation.title_pixels()) > before


def test_the_text_size_setting_stays_within_what_a_screen_can_hold(window: MainWindow) -> None:
    window.settings.set_presentation_title_pixels(500)
    assert window.settings.presentation_title_pixels() == 72
    window.settings.set_presentation_title_pixels(1)
    assert window.settings.presentation_title_pixels() == 12

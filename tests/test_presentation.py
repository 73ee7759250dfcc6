"""Presentation mode, driven with a presenter's keys in the running app: the walk through
the slides, a card zoomed into, backstage lanes, the curve revealed, the theme, the text
size, edits while presenting, and two screens (in a process of its own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cafe_window import cafe_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.layout import palette
from app.layout.slides.slide import Slide, SlideKind
from app.layout.themes import THEMES
from app.model.data.vocabulary import LANE_KIND_BY_KEY
from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.templates import find_template, list_templates, load_template
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
    qtbot.waitUntil(lambda: bool(presentation.slides))
    return presentation


def press(presentation: PresentationWindow, qtbot: QtBot, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(presentation, key)


def shown(presentation: PresentationWindow) -> Slide:
    slide = presentation.slide
    assert slide is not None
    return slide


def test_f5_walks_the_map_a_stage_a_slide_with_the_clickers_keys(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    assert presentation.isFullScreen()
    content = window.workspace.open_map.content()  # type: ignore[union-attr]
    assert shown(presentation).kind == SlideKind.OPENING
    walked = [shown(presentation)]
    while presentation.index < len(presentation.slides) - 1:
        press(presentation, qtbot, Qt.Key.Key_Right)
        walked.append(shown(presentation))
    assert 1 + len(content.stages) + 1 <= len(walked) <= 14
    stages = [s.stage_id for s in walked if s.kind == SlideKind.STAGE]
    assert list(dict.fromkeys(stages)) == [stage.id for stage in content.stages]
    assert walked[-1].kind == SlideKind.CLOSING
    # What the window paints is the slide: a lane's name on its colour.
    image = presentation.grab().toImage()
    slide = walked[1]
    lanes = {lane.id: lane for lane in content.lanes}
    press(presentation, qtbot, Qt.Key.Key_Home, Qt.Key.Key_Right)
    image = presentation.grab().toImage()
    name = next(
        r for t, r, _ in slide.texts() if " ".join(t.lines) == lanes[slide.lane_ids[0]].title
    )
    ratio = image.width() / presentation.width()
    colour = image.pixelColor(round((name.x - 3) * ratio), round(name.y * ratio)).name()
    assert colour == palette.lane_accent(lanes[slide.lane_ids[0]].kind)
    press(presentation, qtbot, Qt.Key.Key_End)
    assert shown(presentation).kind == SlideKind.CLOSING
    press(presentation, qtbot, Qt.Key.Key_Right)  # past the end it stays
    assert presentation.index == len(presentation.slides) - 1
    press(presentation, qtbot, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Home)
    assert presentation.index == 0


def test_enter_and_a_click_zoom_into_a_card_and_escape_goes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    presentation = present(window, qtbot)
    content = window.workspace.open_map.content()  # type: ignore[union-attr]
    cards = {card.id: card for card in content.cards}
    press(presentation, qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    slide = shown(presentation)
    order = [card.card_id for card in slide.cards]
    press(presentation, qtbot, Qt.Key.Key_Return)
    zoomed = shown(presentation)
    assert zoomed.kind == SlideKind.CARD and zoomed.cards[0].card_id == order[0]
    first = cards[order[0]]
    words = " ".join(zoomed.words())
    assert first.title in words and first.notes.strip() in words
    sizes = [
        pixels
        for text, _rect, pixels in zoomed.texts()
        if first.notes.strip().startswith(text.lines[0])
    ]
    assert sizes and min(sizes) >= presentation.title_pixels() - 1
    press(presentation, qtbot, Qt.Key.Key_Right)  # the slide's next card
    assert shown(presentation).cards[0].card_id == order[1]
    press(presentation, qtbot, Qt.Key.Key_Escape)  # back to the slide, not out
    assert presentation.isVisible() and shown(presentation) is presentation.slides[2]
    target = slide.cards[-1]
    centre = QPoint(round(target.rect.center.x), round(target.rect.center.y))
    qtbot.mouseClick(presentation, Qt.MouseButton.LeftButton, pos=centre)
    assert shown(presentation).cards[0].card_id == target.card_id
    press(presentation, qtbot, Qt.Key.Key_Escape, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)


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
    assert all(not backstage & set(slide.lane_ids) for slide in presentation.slides)
    press(presentation, qtbot, Qt.Key.Key_B)
    assert any(backstage & set(slide.lane_ids) for slide in presentation.slides)


def test_the_curve_is_revealed_stage_by_stage(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    before = len(shown(presentation).layers[-1].shapes)
    press(presentation, qtbot, Qt.Key.Key_C)
    assert presentation.reveal_curve
    assert len(shown(presentation).layers[-1].shapes) < before  # no points yet
    press(presentation, qtbot, Qt.Key.Key_C)
    assert len(shown(presentation).layers[-1].shapes) == before


def test_the_theme_switches_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    before = presentation.theme.name
    press(presentation, qtbot, Qt.Key.Key_T)
    assert presentation.theme.name != before
    assert window.settings.presentation_theme() == presentation.theme.name
    corner = presentation.grab().toImage().pixelColor(2, 2).name()
    assert corner == THEMES[presentation.theme.name].slide


def test_a_larger_text_keeps_the_place_in_the_journey(window: MainWindow, qtbot: QtBot) -> None:
    window.settings.set_presentation_title_pixels(20)
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    stage, first = shown(presentation).stage_id, shown(presentation).cards[0].card_id
    press(presentation, qtbot, Qt.Key.Key_Plus, Qt.Key.Key_Plus)
    assert window.settings.presentation_title_pixels() == 28
    assert shown(presentation).stage_id == stage
    assert first in {card.card_id for card in shown(presentation).cards}
    least = 28 * presentation.screen().geometry().height() / 1080
    assert presentation.sizes().title == round(least)
    press(presentation, qtbot, Qt.Key.Key_Minus)
    assert window.settings.presentation_title_pixels() == 24
    assert shown(presentation).stage_id == stage


def test_an_edit_while_presenting_shows_on_the_slide(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right)
    open_map = window.workspace.open_map  # type: ignore[union-attr]
    card_id = shown(presentation).cards[0].card_id
    open_map.apply(op.edit("card", card_id, title="Said by the room"), "Rename card")
    qtbot.waitUntil(lambda: "Said by the room" in shown(presentation).words())
    assert presentation.index == 1


def test_escape_leaves_and_the_editor_has_the_keys_again(window: MainWindow, qtbot: QtBot) -> None:
    presentation = present(window, qtbot)
    press(presentation, qtbot, Qt.Key.Key_Right, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.presentation is None)
    assert window.actions_by_name["undo"].isEnabled() is False  # nothing was changed


def test_the_room_gets_the_other_screen_when_there_are_two() -> None:
    laptop = QGuiApplication.primaryScreen()
    assert screen_for_the_room([laptop], laptop) is laptop
    assert screen_for_the_room([], None) is None


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
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_with_two_screens_the_room_gets_the_slides_and_the_laptop_the_notes(
    tmp_path: Path,
) -> None:
    report = run_child("two_screens.py", tmp_path, TWO_SCREENS["screens"])
    assert report["room_screen"] == "projector" and report["room_full_screen"]
    assert report["room_size"] == [1920, 1080]
    assert report["presenter_screen"] == "laptop"
    content = load_template(find_template("cafe")).content
    first = content.stages[0]
    # Keys pressed on the presenter's screen walked the projector's slides.
    assert report["after_keys_on_the_presenter"] == 1
    assert report["least_title_pixels"] >= 28
    notes = report["notes"]
    assert notes.startswith(f"Stage 1 of 6: {first.name}")
    assert first.description and first.description in notes
    card = next(c for c in content.cards if c.stage_id == first.id and c.notes)
    assert f"• {card.title}: {card.notes.strip()}" in notes
    assert "Next: Stage 2 of 6: First visit" in notes
    assert report["preview"] == "Stage 2 of 6: First visit"
    assert report["current"] == f"Stage 1 of 6: {first.name}"
    assert report["timebox"] not in ("", "No timebox running")
    assert report["zoomed_from_the_presenter"] == report["first_card"]
    assert report["place_after_larger_text"].startswith(f"Stage 1 of 6: {first.name}")
    assert report["closed_with_it"]


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


def test_every_template_walked_with_the_clicker_reads_from_the_back(tmp_path: Path) -> None:
    """Each template walked with the clicker on a 1,920 × 1,080 projector, in both themes,
    each slide read as the window paints it: where the room is, the lanes named, titles at
    the room's size, and every text 4.5:1 against the pixels behind it."""
    report = run_child("walk_templates.py", tmp_path, [TWO_SCREENS["screens"][1]])
    names = [template.id for template in list_templates() if template.id != "blank"]
    assert sorted(report) == sorted(f"{name} {theme}" for name in names for theme in THEMES)
    for walk, seen in report.items():
        assert seen["walked"] == seen["planned"] <= 14, walk
        assert seen["kinds"][0] == "opening" and seen["kinds"][-1] == "closing", walk
        assert seen["stages_named"] and seen["lanes_named"], walk
        assert seen["least_title"] >= 28, walk
        assert not seen["low_contrast"], walk

"""The inspector and the personas panel, driven as a person would, over a real map file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.model.data.fields import FIELDS_BY_TABLE
from app.model.data.records import CardRecord, PersonaRecord
from app.model.edits.operations import DeleteCard, edit
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.form_fields import RowForm
from app.ui.inspector import ColourEditor, Inspector
from app.ui.open_map import OpenMap
from app.ui.personas_panel import PersonasPanel

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    return tmp_path / "cafe.journey"


@pytest.fixture
def open_map(map_path: Path) -> Iterator[OpenMap]:
    content = load_template(find_template("cafe")).content
    opened = OpenMap(Document.create(map_path, content))
    yield opened
    opened.close()


@pytest.fixture
def inspector(qtbot: QtBot, open_map: OpenMap) -> Inspector:
    widget = Inspector(open_map)
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    return widget


@pytest.fixture
def panel(qtbot: QtBot, open_map: OpenMap) -> PersonasPanel:
    widget = PersonasPanel(open_map)
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    return widget


def test_every_declared_field_has_its_editor(inspector: Inspector, panel: PersonasPanel) -> None:
    """A field added to a table's declaration without an editor fails here: the forms
    edit exactly the declared fields (app.model.data.fields), in their declared order."""
    forms = {form.table: form for form in inspector._forms.values()}
    forms["persona"] = panel.form
    for table, form in forms.items():
        assert set(form.fields) == set(FIELDS_BY_TABLE[table]), table
    assert forms["card"].fields == tuple(FIELDS_BY_TABLE["card"])


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def first_card(open_map: OpenMap) -> CardRecord:
    return open_map.content().cards[0]


def card(open_map: OpenMap, card_id: str) -> CardRecord:
    return next(c for c in open_map.content().cards if c.id == card_id)


def type_line(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Replace the line's text by typing, then press Enter."""
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# --- the inspector -----------------------------------------------------------------------


def test_the_map_is_shown_when_nothing_is_selected(inspector: Inspector, open_map: OpenMap) -> None:
    assert inspector.form.table == "map"
    assert inspector.form.isVisible()
    assert child(inspector.form, QLineEdit, "title").text() == open_map.content().map.title


def test_a_typed_card_title_is_saved_to_the_file_and_undone(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap, map_path: Path
) -> None:
    old = first_card(open_map)
    inspector.show_selection(("card", old.id))
    title = child(inspector.form, QLineEdit, "title")
    assert title.text() == old.title

    type_line(qtbot, title, "Chalkboard by the door")

    assert card(open_map, old.id).title == "Chalkboard by the door"
    with Document.open(map_path, read_only=True) as reopened:
        assert next(c for c in reopened.content().cards if c.id == old.id).title == (
            "Chalkboard by the door"
        )
    assert open_map.undo_stack.count() == 1
    assert open_map.undo_stack.undoText() == "Change card title"

    open_map.undo_stack.undo()
    assert title.text() == old.title


def test_an_unchanged_value_makes_no_undo_step(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    title = child(inspector.form, QLineEdit, "title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert open_map.undo_stack.count() == 0


def test_choices_numbers_and_flags_of_a_card_are_saved(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    card_id = first_card(open_map).id
    inspector.show_selection(("card", card_id))
    evidence = child(inspector.form, QComboBox, "evidence")
    priority = child(inspector.form, QComboBox, "priority")
    votes = child(inspector.form, QSpinBox, "votes")
    moment = child(inspector.form, QCheckBox, "moment")

    assert evidence.itemText(evidence.findData("")) == "Not stated"
    assert [priority.itemText(i) for i in range(priority.count())] == [
        "None",
        "Low",
        "Medium",
        "High",
    ]
    assert (votes.minimum(), votes.maximum()) == (0, 9999)

    evidence.setCurrentIndex(evidence.findData("survey"))
    priority.setCurrentIndex(priority.findData(3))
    votes.setValue(7)
    qtbot.mouseClick(moment, Qt.MouseButton.LeftButton)

    saved = card(open_map, card_id)
    assert (saved.evidence, saved.priority, saved.votes, saved.moment) == ("survey", 3, 7, True)
    assert open_map.undo_stack.count() == 4


def test_a_refused_card_title_puts_the_stored_title_back(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    old = first_card(open_map)
    inspector.show_selection(("card", old.id))
    title = child(inspector.form, QLineEdit, "title")

    title.setText("x" * 501)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == old.title

    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert title.text() == old.title
    assert card(open_map, old.id).title == old.title
    assert open_map.undo_stack.count() == 0
    assert any("must not be empty" in label.text() for label in inspector.findChildren(QLabel))


def test_a_card_colour_is_chosen_and_given_back_to_the_lane(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    card_id = first_card(open_map).id
    inspector.show_selection(("card", card_id))
    colour = inspector.form.editor("colour")
    assert isinstance(colour, ColourEditor)
    colour.choose_colour = lambda _initial: QColor("#1F77B4")

    qtbot.mouseClick(child(inspector.form, QPushButton, "choose-colour"), Qt.MouseButton.LeftButton)
    assert card(open_map, card_id).colour == "#1f77b4"

    qtbot.mouseClick(child(inspector.form, QPushButton, "lane-colour"), Qt.MouseButton.LeftButton)
    assert card(open_map, card_id).colour is None


def test_typing_is_kept_while_another_change_is_made(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    card_id = first_card(open_map).id
    inspector.show_selection(("card", card_id))
    title = child(inspector.form, QLineEdit, "title")
    focus(qtbot, title)
    title.selectAll()
    qtbot.keyClicks(title, "Half typed")

    open_map.apply(edit("card", card_id, notes="Changed elsewhere"), "Change card notes")

    assert title.text() == "Half typed"
    assert child(inspector.form, QPlainTextEdit, "notes").toPlainText() == "Changed elsewhere"


def test_notes_typed_but_not_committed_stay_with_their_card(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    first, second = open_map.content().cards[:2]
    inspector.show_selection(("card", first.id))
    notes = child(inspector.form, QPlainTextEdit, "notes")
    focus(qtbot, notes)
    notes.selectAll()
    qtbot.keyClicks(notes, "Written for the first card")

    inspector.show_selection(("card", second.id))

    assert card(open_map, first.id).notes == "Written for the first card"
    assert card(open_map, second.id).notes == second.notes
    assert notes.toPlainText() == second.notes


def test_a_deleted_card_leaves_the_map_shown(inspector: Inspector, open_map: OpenMap) -> None:
    card_id = first_card(open_map).id
    inspector.show_selection(("card", card_id))
    open_map.apply(DeleteCard(card_id), "Delete card")
    assert inspector.form.table == "map"
    shown = [form for form in inspector.findChildren(RowForm) if form.isVisible()]
    assert shown == [inspector.form]


def test_stage_width_and_lane_kind(inspector: Inspector, open_map: OpenMap) -> None:
    stage = open_map.content().stages[0]
    inspector.show_selection(("stage", stage.id))
    width = child(inspector.form, QSpinBox, "width")
    assert (width.minimum(), width.maximum()) == (120, 2000)
    width.setValue(320)
    assert open_map.content().stages[0].width == 320

    lane = open_map.content().lanes[0]
    inspector.show_selection(("lane", lane.id))
    kind = child(inspector.form, QComboBox, "kind")
    kind.setCurrentIndex(kind.findData("pain_points"))
    assert open_map.content().lanes[0].kind == "pain_points"


def test_map_dates_can_be_set_and_cleared(
    qtbot: QtBot, inspector: Inspector, open_map: OpenMap
) -> None:
    created = child(inspector.form, QLineEdit, "created")

    type_line(qtbot, created, "2024-05-01")
    assert open_map.content().map.created == "2024-05-01"

    type_line(qtbot, created, "2024-02-30")
    assert open_map.content().map.created == "2024-05-01"
    assert created.text() == "2024-05-01"

    created.clear()
    qtbot.keyClick(created, Qt.Key.Key_Return)
    assert open_map.content().map.created is None


def test_the_emotion_scale_cannot_leave_points_off_it(
    inspector: Inspector, open_map: OpenMap
) -> None:
    lowest = child(inspector.form, QSpinBox, "emotion_min")

    lowest.setValue(-1)  # the café's curve goes down to −2

    assert open_map.content().map.emotion_min == -3
    assert lowest.value() == -3
    assert any("outside" in label.text() for label in inspector.findChildren(QLabel))

    lowest.setValue(-5)
    assert open_map.content().map.emotion_min == -5


def test_the_inspector_sets_a_scale_from_one_to_five_but_not_of_two_scores(
    inspector: Inspector, open_map: OpenMap
) -> None:
    highest = child(inspector.form, QSpinBox, "emotion_max")
    lowest = child(inspector.form, QSpinBox, "emotion_min")
    highest.setValue(7)
    for point in open_map.content().emotions:
        assert open_map.apply(edit("emotion_point", point.id, score=point.score + 4), "Move up")
    lowest.setValue(1)
    assert (open_map.content().map.emotion_min, open_map.content().map.emotion_max) == (1, 7)

    for point in open_map.content().emotions:
        assert open_map.apply(edit("emotion_point", point.id, score=1), "Flatten")
    highest.setValue(2)  # 1…2 holds two scores

    assert open_map.content().map.emotion_max == 7
    assert highest.value() == 7
    assert any("at least 3 scores" in label.text() for label in inspector.findChildren(QLabel))


def test_a_point_score_stays_on_the_maps_scale(inspector: Inspector, open_map: OpenMap) -> None:
    point = open_map.content().emotions[0]
    inspector.show_selection(("point", point.id))
    score = child(inspector.form, QSpinBox, "score")
    assert (score.minimum(), score.maximum(), score.value()) == (-3, 3, point.score)

    the_map = open_map.content().map
    open_map.apply(edit("map", the_map.id, emotion_max=5), "Change emotion scale")
    assert score.maximum() == 5

    score.setValue(5)
    assert open_map.content().emotions[0].score == 5


# --- the personas panel ------------------------------------------------------------------


def personas(open_map: OpenMap) -> tuple[PersonaRecord, ...]:
    return open_map.content().personas


def click(qtbot: QtBot, panel: PersonasPanel, button: str) -> None:
    qtbot.mouseClick(child(panel, QPushButton, button), Qt.MouseButton.LeftButton)


def list_texts(panel: PersonasPanel) -> list[str]:
    names = child(panel, QListWidget, "personas")
    return [names.item(row).text() for row in range(names.count())]


def add_sam(qtbot: QtBot, panel: PersonasPanel) -> str:
    click(qtbot, panel, "add")
    type_line(qtbot, child(panel.form, QLineEdit, "name"), "Sam")
    persona_id = panel.current_persona_id()
    assert persona_id is not None
    return persona_id


def test_the_primary_persona_is_picked_and_marked(panel: PersonasPanel, open_map: OpenMap) -> None:
    maya = personas(open_map)[0]
    assert panel.current_persona_id() == maya.id
    assert list_texts(panel) == [f"{maya.name} (primary)"]
    assert child(panel.form, QLineEdit, "name").text() == maya.name


def test_a_persona_is_added_renamed_and_made_primary(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    maya = personas(open_map)[0]
    with qtbot.waitSignal(panel.active_persona_changed) as picked:
        click(qtbot, panel, "add")
    new = personas(open_map)[1]
    assert new.name == "New persona"
    assert picked.args == [new.id]

    type_line(qtbot, child(panel.form, QLineEdit, "name"), "Sam")
    assert personas(open_map)[1].name == "Sam"
    assert list_texts(panel) == [f"{maya.name} (primary)", "Sam"]

    click(qtbot, panel, "primary")
    assert open_map.content().map.primary_persona_id == new.id
    assert list_texts(panel) == [maya.name, "Sam (primary)"]


def test_a_persona_is_moved_up_and_stays_picked(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    sam = add_sam(qtbot, panel)
    click(qtbot, panel, "up")
    assert personas(open_map)[0].id == sam
    assert panel.current_persona_id() == sam
    assert not child(panel, QPushButton, "up").isEnabled()

    click(qtbot, panel, "down")
    assert personas(open_map)[1].id == sam


def test_a_persona_is_deleted_only_when_confirmed(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    sam = add_sam(qtbot, panel)
    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    panel.confirm = refuse
    click(qtbot, panel, "delete")
    assert len(personas(open_map)) == 2
    assert "Sam" in questions[0]

    panel.confirm = lambda _question: True
    click(qtbot, panel, "delete")
    assert sam not in {p.id for p in personas(open_map)}
    assert panel.current_persona_id() == personas(open_map)[0].id


def test_a_persona_text_is_kept_on_leaving_the_field(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    goals = child(panel.form, QPlainTextEdit, "goals")
    focus(qtbot, goals)
    goals.selectAll()
    qtbot.keyClicks(goals, "A quiet table")
    focus(qtbot, child(panel.form, QLineEdit, "name"))
    assert personas(open_map)[0].goals == "A quiet table"
    assert open_map.undo_stack.undoText() == "Change persona goals"


def png_file(path: Path, colour: str) -> Path:
    """A small PNG of one colour at `path`."""
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    assert picture.save(str(path))
    return path


def test_a_photo_is_set_from_a_png_and_removed(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap, tmp_path: Path
) -> None:
    path = png_file(tmp_path / "maya.png", "#be185d")
    panel.choose_photo_file = lambda: str(path)

    click(qtbot, panel, "choose-photo")
    assert personas(open_map)[0].photo == path.read_bytes()
    assert any(not label.pixmap().isNull() for label in _labels(panel))

    click(qtbot, panel, "remove-photo")
    assert personas(open_map)[0].photo is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a picture at all", "must be a PNG, JPEG or GIF picture"),
        (b"\x89PNG\r\n\x1a\n" + bytes(5_000_000), "larger than the 5 MB a picture may be"),
    ],
    ids=["text", "too-big"],
)
def test_a_file_the_map_cannot_keep_is_refused(
    qtbot: QtBot,
    panel: PersonasPanel,
    open_map: OpenMap,
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    fake = tmp_path / "holiday.png"
    fake.write_bytes(content)
    panel.choose_photo_file = lambda: str(fake)

    click(qtbot, panel, "choose-photo")

    assert personas(open_map)[0].photo is None
    assert open_map.undo_stack.count() == 0
    assert any(reason in label.text() for label in _labels(panel))
    assert not child(panel, QPushButton, "remove-photo").isEnabled()


def test_an_unreadable_file_says_why(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap, tmp_path: Path
) -> None:
    panel.choose_photo_file = lambda: str(tmp_path / "gone.png")
    click(qtbot, panel, "choose-photo")
    assert personas(open_map)[0].photo is None
    assert any("gone.png" in label.text() for label in _labels(panel))


def test_the_curve_box_says_whether_to_show_the_curve(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    maya = personas(open_map)[0]
    item = child(panel, QListWidget, "personas").item(0)

    with qtbot.waitSignal(panel.curve_visibility_changed) as hidden:
        item.setCheckState(Qt.CheckState.Unchecked)
    assert hidden.args == [maya.id, False]

    with qtbot.waitSignal(panel.curve_visibility_changed) as shown:
        item.setCheckState(Qt.CheckState.Checked)
    assert shown.args == [maya.id, True]


def test_a_curve_stays_hidden_when_the_list_is_redrawn(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap
) -> None:
    child(panel, QListWidget, "personas").item(0).setCheckState(Qt.CheckState.Unchecked)
    add_sam(qtbot, panel)
    names = child(panel, QListWidget, "personas")
    states: list[Any] = [names.item(row).checkState() for row in range(names.count())]
    assert states == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]


def _labels(panel: PersonasPanel) -> list[QLabel]:
    return panel.findChildren(QLabel)


def test_a_damaged_picture_is_refused_with_a_message(
    qtbot: QtBot, panel: PersonasPanel, open_map: OpenMap, tmp_path: Path
) -> None:
    whole = png_file(tmp_path / "whole.png", "#1d4ed8")
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole.read_bytes()[:40])  # a download that stopped early
    panel.choose_photo_file = lambda: str(cut)

    click(qtbot, panel, "choose-photo")

    assert personas(open_map)[0].photo is None
    assert open_map.undo_stack.count() == 0
    assert any(
        "“cut.png” is a damaged picture: it cannot be shown" in label.text()
        for label in _labels(panel)
    )

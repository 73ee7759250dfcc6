"""Every action of the window, triggered from its menu entry on the café map, once answering
yes to whatever it asks and once answering no: each does what it says, or nothing when
told no, and none raises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window, in_file, workspace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.export.pdf_options import PdfOptions
from app.layout.picture import PictureChoice
from app.model.edits import operations as op
from app.ui.actions import ACTIONS
from app.ui.help import HelpDialog
from app.ui.main_window import MainWindow
from app.ui.pdf_export import PdfRequest
from app.ui.present.window import PresentationWindow
from app.ui.voting import VoteSetup


class Answers:
    """Says yes (or no) to every question the map's commands ask."""

    def __init__(self, yes: bool) -> None:
        self.yes, self.asked, self.told = yes, [], []  # type: ignore[var-annotated]

    def text(self, title: str, label: str, default: str = "") -> str | None:
        self.asked.append(label)
        return "Before the workshop" if self.yes else None

    def choice(self, title: str, label: str, items: list[str]) -> int | None:
        self.asked.append(label)
        return 0 if self.yes else None

    def confirm(self, question: str) -> bool:
        self.asked.append(question)
        return self.yes

    def inform(self, message: str) -> None:
        self.told.append(message)


@pytest.fixture
def closed_dialogs() -> Iterator[list[str]]:
    """Every modal dialog that opens is closed as if Cancel were pressed; its class named."""
    closed: list[str] = []

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            closed.append(type(dialog).__name__)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(20)
    yield closed
    timer.stop()


def answering(window: MainWindow, tmp_path: Path, yes: bool) -> Answers:
    answers = Answers(yes)
    workspace(window).commands.ask = answers
    window.confirm = answers.confirm
    window.choose_map_path = lambda title: tmp_path / "copy.journey" if yes else None
    window.choose_picture = lambda content: PictureChoice(frame=(16, 9)) if yes else None
    window.choose_picture_path = lambda title, suffix: (
        tmp_path / f"picture.{suffix}" if yes else None
    )
    window.choose_data_path = lambda title, key: tmp_path / f"map.{key}" if yes else None
    window.choose_import_path = lambda: tmp_path / "map.csv" if yes else None
    request = PdfRequest(tmp_path / "map.pdf", PdfOptions(), open_when_done=False)
    window.pdf_exporter.ask = lambda content: request if yes else None
    window.workshop.ask_vote_setup = lambda kinds: VoteSetup() if yes else None
    window.workshop.show_result = answers.told.append
    window.workshop.ask_minutes = lambda minutes: 3 if yes else None
    return answers


def trigger(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()
    QApplication.processEvents()


def select_first_card(window: MainWindow) -> str:
    space = workspace(window)
    card = space.open_map.content().cards[0]
    space.scene.select_only(space.scene.card_item(card.id))
    return card.id


@pytest.mark.parametrize("yes", [True, False], ids=["yes", "no"])
def test_every_action_from_its_menu_on_the_cafe_map(
    yes: bool, qtbot: QtBot, tmp_path: Path, closed_dialogs: list[str]
) -> None:
    done: set[str] = set()
    told: list[str] = []
    with cafe_window(qtbot, tmp_path, told.append) as window:
        answers = answering(window, tmp_path, yes)
        space = workspace(window)

        def run(name: str) -> None:
            trigger(window, name)
            done.add(name)

        cards = len(in_file(window).cards)
        select_first_card(window)
        for name in ("copy", "paste", "duplicate"):
            run(name)
        assert len(in_file(window).cards) == cards + 2
        run("select_all")
        assert len(space.scene.selected_cards()) == cards + 2
        select_first_card(window)
        run("cut")
        select_first_card(window)
        run("delete")
        assert len(in_file(window).cards) == cards
        run("undo")
        assert len(in_file(window).cards) == cards + 1
        run("redo")
        assert len(in_file(window).cards) == cards

        stages, lanes = in_file(window).stages, in_file(window).lanes
        run("add_stage")
        run("add_lane")  # asks for the kind of lane
        run("add_persona")
        assert len(in_file(window).stages) == len(stages) + 1
        assert len(in_file(window).lanes) == len(lanes) + (1 if yes else 0)
        space.scene.select_only(space.scene.stage_item(stages[0].id))
        run("delete_stage")
        space.scene.select_only(space.scene.lane_item(lanes[0].id))
        run("delete_lane")
        assert (stages[0] in in_file(window).stages) is not yes
        assert (lanes[0] in in_file(window).lanes) is not yes
        select_first_card(window)
        run("add_card")
        assert space.scene.title_editor is not None
        space.scene.close_editor()

        run("take_snapshot")
        run("restore_snapshot")
        assert len(space.document.snapshots(contents=False)) == (1 if yes else 0)

        zoom = space.view.zoom
        for name in ("zoom_in", "zoom_out", "fit", "fit_width", "actual_size"):
            run(name)
        assert space.view.zoom == pytest.approx(1.0) and zoom > 0
        run("find")
        run("full_screen")
        assert window.isFullScreen()
        run("full_screen")

        run("capture")
        assert window.actions_by_name["capture"].isChecked()
        run("capture")
        run("lock_structure")
        assert space.open_map.structure_locked
        run("lock_structure")
        assert not space.open_map.structure_locked

        run("start_vote")
        assert (space.vote is not None) is yes
        run("reset_vote")
        run("close_vote")
        assert space.vote is None

        for name in ("timebox", "reset_timebox", "set_timebox", "timebox_sound"):
            run(name)
        assert window.settings.timebox_minutes() == (3 if yes else 5)
        assert window.workshop.timebox.sound
        run("timebox_sound")

        run("present")
        presentations = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow)
        ]
        assert len(presentations) == 1 and presentations[0].isVisible()
        presentations[0].close()

        for name in ("guide", "shortcuts", "about"):
            run(name)
        shown = {w.windowTitle() for w in window.findChildren(HelpDialog) if w.isVisible()}
        assert len(shown) == 3
        for dialog in window.findChildren(HelpDialog):
            dialog.close()

        for name in ("new", "open", "open_workspace", "preferences"):
            run(name)
        assert {"StartDialog", "QFileDialog", "WorkspaceDialog", "PreferencesDialog"} <= set(
            closed_dialogs
        )

        for name in ("export_png", "export_svg"):
            run(name)
        assert (tmp_path / "picture.png").exists() is yes
        assert (tmp_path / "picture.svg").exists() is yes
        data = ("csv", "xlsx", "mermaid", "markdown", "json")
        for key in data:
            run(f"export_{key}")
            assert (tmp_path / f"map.{key}").exists() is yes
        run("import")  # its preview is closed unanswered: nothing is imported
        assert ("ImportDialog" in closed_dialogs) is yes
        if yes:
            with qtbot.waitSignal(window.pdf_exporter.done, timeout=20_000):
                run("export_pdf")
        else:
            run("export_pdf")
        assert (tmp_path / "map.pdf").exists() is yes
        run("save_as")
        assert (space.document.path == tmp_path / "copy.journey") is yes

        run("close")
        assert window.workspace is None
        run("quit")
        assert not window.isVisible()

    assert done == {spec.name for spec in ACTIONS}
    assert told == [] and all(isinstance(q, str) for q in answers.asked)
    assert not [w for w in QApplication.topLevelWidgets() if _left_open(w)]


def _left_open(widget: QWidget) -> bool:
    return widget.isVisible() and isinstance(widget, QDialog | PresentationWindow)


def test_undo_merges_typing_in_one_field_into_one_step(qtbot: QtBot, tmp_path: Path) -> None:
    """Keystrokes in one field are one undoable step: the inverse kept is the first."""
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        open_map = workspace(window).open_map
        map_id = open_map.content().map.id
        before = open_map.content().map.title
        for title in ("C", "Ca", "Caf", "Café"):
            open_map.apply(op.edit("map", map_id, title=title), "Rename", merge_key=("t",))
        assert open_map.undo_stack.count() == 1
        trigger(window, "undo")
        assert in_file(window).map.title == before

"""A map of 10,000 cards over 100 stages, with 100 kB of text in one card, in the running
window: it opens, is edited and exported while the window goes on handling events (the
long work runs off its thread, or in steps), and every change reaches the file.

How long each of these takes is measured by bench/bench_large_map.py, not here.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.export.pdf_options import PdfLayout, PdfOptions
from app.layout.picture import PNG_WIDTH, PictureChoice
from app.model.data.records import CardRecord, MapContent, StageRecord, new_id
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.main_window import MainWindow
from app.ui.pdf_export import PdfRequest
from app.ui.settings import Settings

CARDS, STAGES, NOTE_CHARACTERS = 10_000, 100, 100_000
NOTE_END = "and that is the end of the long note"


def large_map() -> MapContent:
    """The café template's lanes, 100 stages, 10,000 cards spread over every cell but the
    Emotions lane's, and a first card whose notes are 100 kB long."""
    cafe = load_template(find_template("cafe")).content
    lanes = tuple(
        dataclasses.replace(lane, position=index)
        for index, lane in enumerate(lane for lane in cafe.lanes if lane.kind != "emotions")
    )
    stages = tuple(StageRecord(new_id(), i, f"Stage {i + 1}") for i in range(STAGES))
    rng = random.Random(7)
    cards = []
    for index in range(CARDS):
        stage, lane = stages[index % STAGES], lanes[index // STAGES % len(lanes)]
        words = " ".join(rng.choice(("queue", "menu", "card", "smile")) for _ in range(4))
        position = index // (STAGES * len(lanes))
        cards.append(CardRecord(new_id(), stage.id, lane.id, position, f"Card {index} {words}"))
    long_note = ("word " * (NOTE_CHARACTERS // 5))[: NOTE_CHARACTERS - len(NOTE_END)] + NOTE_END
    cards[0] = dataclasses.replace(cards[0], notes=long_note)
    return dataclasses.replace(cafe, stages=stages, lanes=lanes, cards=tuple(cards), emotions=())


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.journey"
    Document.create(path, large_map()).close()
    return path


TURNS = 20
"""The least turns of the event loop a long job on a large map must leave the window."""


class Ticks(QObject):
    """Counts the turns the window's event loop makes while something runs: an event
    posted to itself is answered by posting the next, and Qt delivers each in a later
    turn, so the count is the number of turns, whatever the time each took. Work done in
    one go gives one."""

    _PING = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._running = False

    def event(self, event: QEvent) -> bool:
        if event.type() != self._PING:
            return super().event(event)
        if self._running:
            self.count += 1
            QCoreApplication.postEvent(self, QEvent(self._PING))
        return True

    def __enter__(self) -> Ticks:
        self._running = True
        QCoreApplication.postEvent(self, QEvent(self._PING))
        return self

    def __exit__(self, *_: object) -> None:
        self._running = False


@pytest.fixture
def window(qtbot: QtBot, large_file: Path) -> Iterator[MainWindow]:
    window = MainWindow(Settings())
    window.told = []  # type: ignore[attr-defined]
    window.report = window.told.append  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    with Ticks() as ticks:
        assert window.open_path(large_file)
    window.ticks_while_opening = ticks.count  # type: ignore[attr-defined]
    yield window
    window.close()


def test_the_window_handles_events_while_a_large_map_opens(window: MainWindow) -> None:
    assert window.ticks_while_opening >= TURNS, window.ticks_while_opening  # type: ignore[attr-defined]
    workspace = window.workspace
    assert workspace is not None and workspace.scene.layout is not None
    assert len(workspace.scene.layout.cards) == CARDS
    assert len(workspace.scene.layout.stages) == STAGES
    first = workspace.document.content().cards[0]
    workspace.scene.select_only(workspace.scene.card_item(first.id))
    assert workspace.inspector.form.table == "card"
    notes = workspace.inspector.form.findChild(QPlainTextEdit, "notes")
    assert notes.toPlainText() == first.notes and notes.toPlainText().endswith(NOTE_END)


def test_an_edit_of_a_large_map_reaches_the_file_and_the_canvas(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    card = workspace.document.content().cards[5_000]
    scene = workspace.scene
    scene.select_only(scene.card_item(card.id))
    qtbot.keyClick(workspace.view.viewport(), Qt.Key.Key_F2)
    editor = scene.title_editor
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed in a large map")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scene.card_item(card.id).box.title_lines[0].startswith("Renamed"))
    with Document.open(workspace.document.path, read_only=True) as reader:
        titles = {c.id: c.title for c in reader.content().cards}
    assert titles[card.id] == "Renamed in a large map"
    assert len(titles) == CARDS


def test_a_handout_of_a_large_map_is_written_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "large.pdf"
    window.pdf_exporter.ask = lambda content: PdfRequest(
        out, PdfOptions(PdfLayout.HANDOUT), open_when_done=False
    )
    with Ticks() as ticks, qtbot.waitSignal(window.pdf_exporter.done, timeout=120_000) as ended:
        window.actions_by_name["export_pdf"].trigger()
    assert ticks.count >= TURNS, ticks.count
    reader = PdfReader(out)
    assert ended.args == [f"Wrote {len(reader.pages)} pages to {out}"]
    first_pages = "".join(page.extract_text() for page in reader.pages[:80])
    assert NOTE_END in first_pages.replace("\n", " "), "the long note is printed whole"
    assert window.told == []  # type: ignore[attr-defined]


def test_a_picture_of_a_large_map_is_drawn_in_steps(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "large.png"
    window.choose_picture = lambda content: PictureChoice()
    window.choose_picture_path = lambda title, suffix: out
    with Ticks() as ticks:
        window.actions_by_name["export_png"].trigger()
    assert ticks.count >= TURNS, ticks.count
    image = QImage(str(out))
    assert image.width() == PNG_WIDTH and image.height() > 0
    assert "large.png" in window.statusBar().currentMessage()
    assert window.told == []  # type: ignore[attr-defined]

"""File > Export PDF… in the running window: the dialog's choices and page counts, the
export in the background, Cancel, and what the person is told."""

from __future__ import annotations

import dataclasses
import re
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.export.pdf import count_pages
from app.export.pdf_options import (
    DEFAULT_MARGIN,
    DEFAULT_POSTER_SCALE,
    POINTS_PER_MM,
    PdfLayout,
    PdfOptions,
)
from app.model.file.document import Document
from app.model.file.map_lock import lock_path
from app.model.interchange.templates import find_template, load_template
from app.ui import export_process
from app.ui.app import open_window
from app.ui.export_process import ExportProcess, MapCopy
from app.ui.file_dialogs import ask_save_path
from app.ui.main_window import MainWindow
from app.ui.pdf_dialog import PdfDialog
from app.ui.pdf_export import PdfRequest

CAFE = load_template(find_template("cafe")).content


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "cafe.journey"
    Document.create(path, CAFE).close()
    window = open_window(path)
    window.told = []  # type: ignore[attr-defined]
    window.report = window.told.append  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def export_through_the_menu(
    window: MainWindow, request: PdfRequest, *, viewer: bool = True
) -> list[Path]:
    """Trigger File > Export PDF… answering the dialog with `request`; the files the
    window asked the desktop to open, which has a PDF viewer or not."""
    opened: list[Path] = []
    window.pdf_exporter.ask = lambda content: request
    window.pdf_exporter.open_file = lambda path: opened.append(path) or viewer
    window.actions_by_name["export_pdf"].trigger()
    return opened


def test_export_a_handout_from_the_menu(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    request = PdfRequest(out, PdfOptions(PdfLayout.HANDOUT, "letter"), open_when_done=True)
    with qtbot.waitSignal(window.pdf_exporter.done, timeout=20_000) as ended:
        opened = export_through_the_menu(window, request)
    pages = len(PdfReader(out).pages)
    assert ended.args == [f"Wrote {pages} pages to {out}"]
    assert window.statusBar().currentMessage() == ended.args[0]
    assert opened == [out]
    assert window.told == []  # type: ignore[attr-defined]


def test_no_pdf_viewer_is_said_in_the_status_bar(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "overview.pdf"
    request = PdfRequest(out, PdfOptions(), open_when_done=True)
    with qtbot.waitSignal(window.pdf_exporter.done, timeout=20_000) as ended:
        export_through_the_menu(window, request, viewer=False)
    assert ended.args == [
        f"Wrote 1 page to {out}. No program to show PDFs was found: open it yourself."
    ]
    assert window.statusBar().currentMessage() == ended.args[0]


def test_cancel_writes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"last week's handout")
    request = PdfRequest(out, PdfOptions(PdfLayout.HANDOUT), open_when_done=True)
    with qtbot.waitSignal(window.pdf_exporter.done, timeout=20_000) as ended:
        opened = export_through_the_menu(window, request)
        assert window.pdf_exporter.running is not None
        window.pdf_exporter.running.cancel()
    assert ended.args == ["Export cancelled; nothing was written."]
    assert out.read_bytes() == b"last week's handout" and opened == []
    lock = lock_path(tmp_path / "cafe.journey").name  # the open map's lock
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != lock) == [
        "cafe.journey",
        "handout.pdf",
    ]


def test_cancel_while_the_pdf_is_written_ends_the_child_and_leaves_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export runs as `journeyboard export` in a child process: Cancel mid-way ends
    it, the PDF it was writing is removed, the old file stays, and the copy of the map it
    read is gone (the conftest fails the test if the child still runs)."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    path = tmp_path / "large.journey"
    in_cell = Counter((card.stage_id, card.lane_id) for card in CAFE.cards)
    cards = CAFE.cards + tuple(  # forty times as many cards: the handout takes seconds
        dataclasses.replace(
            card,
            id=uuid.uuid4().hex,
            position=card.position + copy * in_cell[(card.stage_id, card.lane_id)],
        )
        for copy in range(1, 40)
        for card in CAFE.cards
    )
    Document.create(path, dataclasses.replace(CAFE, cards=cards)).close()
    window = open_window(path)
    qtbot.addWidget(window)
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"last week's handout")
    request = PdfRequest(out, PdfOptions(PdfLayout.HANDOUT), open_when_done=True)
    with qtbot.waitSignal(window.pdf_exporter.done, timeout=60_000) as ended:
        opened = export_through_the_menu(window, request)
        run = window.pdf_exporter.running
        assert run is not None
        with qtbot.waitSignal(run.progressed, timeout=30_000, check_params_cb=lambda p: p > 5):
            pass  # the child is writing the PDF
        run.cancel()
    assert ended.args == ["Export cancelled; nothing was written."]
    assert out.read_bytes() == b"last week's handout" and opened == []
    lock = lock_path(path).name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != lock) == [
        "handout.pdf",
        "large.journey",
        "temporary",
    ]
    assert list(temporary.iterdir()) == []
    window.close()


def test_progress_printed_in_pieces_is_heard_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe hands over what a child printed in whatever pieces it has: a line cut in
    two is read once it is whole ("progress 4" then "2" is 42, not 4)."""
    child = tmp_path / "child.py"
    child.write_text(
        "import sys, time\n"
        "for piece in ('progress 1', '0\\nprogr', 'ess 42\\n', 'Wrote x.pdf (3 pages)\\n'):\n"
        "    sys.stdout.write(piece); sys.stdout.flush(); time.sleep(0.3)\n"
    )
    monkeypatch.setattr(export_process, "command_line", lambda: [sys.executable, str(child)])
    copy = MapCopy(CAFE)
    run = ExportProcess(copy, [])
    heard: list[int] = []
    run.progressed.connect(heard.append)
    with qtbot.waitSignal(run.succeeded, timeout=10_000) as ended:
        run.start()
    copy.remove()
    assert heard == [10, 42]
    assert ended.args == ["Wrote x.pdf (3 pages)\n", ""]


def test_a_map_that_cannot_be_copied_for_the_export_is_said(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    request = PdfRequest(tmp_path / "map.pdf", PdfOptions(), open_when_done=False)
    export_through_the_menu(window, request)
    assert window.pdf_exporter.running is None
    assert len(window.told) == 1 and "file" in window.told[0]  # type: ignore[attr-defined]
    assert not (tmp_path / "map.pdf").exists()


def test_a_failed_export_is_reported(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    request = PdfRequest(tmp_path / "gone" / "map.pdf", PdfOptions(), open_when_done=False)
    with qtbot.waitSignal(window.pdf_exporter.done, timeout=20_000):
        export_through_the_menu(window, request)
    assert len(window.told) == 1  # type: ignore[attr-defined]
    assert "could not be written" in window.told[0]  # type: ignore[attr-defined]


def counted_pages(dialog: PdfDialog, qtbot: QtBot) -> str:
    """The dialog's page count, once its worker has answered."""
    qtbot.waitUntil(lambda: dialog.pages.text() != "counting…")
    return dialog.pages.text()


def test_the_dialog_counts_pages_and_remembers_its_choices(qtbot: QtBot) -> None:
    dialog = PdfDialog(CAFE)
    qtbot.addWidget(dialog)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(PdfLayout.OVERVIEW))
    assert counted_pages(dialog, qtbot) == "1 page"
    assert not dialog.scale_choice.isEnabled()
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(PdfLayout.POSTER))
    dialog.paper_choice.setCurrentIndex(dialog.paper_choice.findData("a3"))
    dialog.scale_choice.setValue(100)
    assert dialog.scale_choice.isEnabled()
    few = int(counted_pages(dialog, qtbot).split()[0])
    dialog.scale_choice.setValue(300)
    many = int(counted_pages(dialog, qtbot).split()[0])
    assert 1 <= few < many
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(PdfLayout.HANDOUT))
    assert re.fullmatch(r"\d+ pages", counted_pages(dialog, qtbot))
    dialog.open_when_done.setChecked(False)
    dialog.margin_choice.setValue(20)
    dialog.orientation_choice.setCurrentIndex(dialog.orientation_choice.findData(False))
    dialog.remember()

    again = PdfDialog(CAFE)
    qtbot.addWidget(again)
    assert again.options() == PdfOptions(
        PdfLayout.HANDOUT,
        "a3",
        landscape=False,
        margin=20 * POINTS_PER_MM,
        poster_scale=300,
        date=again.options().date,
    )
    assert not again.open_when_done.isChecked()


def test_closing_the_window_lets_an_export_finish(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"last week's handout")
    request = PdfRequest(out, PdfOptions(PdfLayout.HANDOUT), open_when_done=False)
    export_through_the_menu(window, request)
    assert window.pdf_exporter.running is not None
    window.close()
    assert window.pdf_exporter.running is None
    assert len(PdfReader(out).pages) > 1
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".journey"] == ["handout.pdf"]


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("Roadmap v1", "Roadmap v1.pdf"), ("handout.pdf", "handout.pdf"), ("notes.PDF", "notes.PDF")],
)
def test_the_save_dialog_adds_the_suffix_only_when_missing(
    qtbot: QtBot, tmp_path: Path, typed: str, saved: str
) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path / typed))
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = ask_save_path(None, "Export PDF", "map", "PDF (*.pdf)", "pdf")
    assert chosen == tmp_path / saved


def test_a_save_dialog_starts_in_documents_then_where_that_kind_was_last_saved(
    qtbot: QtBot, tmp_path: Path, user_folders: Path
) -> None:
    documents = user_folders / "Documents"
    documents.mkdir()
    elsewhere = tmp_path / "handouts"
    elsewhere.mkdir()
    seen: list[tuple[str, str]] = []

    def answer(folder: Path | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append((dialog.directory().absolutePath(), dialog.selectedFiles()[0]))
        if folder is not None:
            dialog.selectFile(str(folder / "kept.pdf"))
        dialog.accept()

    QTimer.singleShot(0, lambda: answer(elsewhere))
    assert ask_save_path(None, "Export PDF", "Café: a/b 12:30", "PDF (*.pdf)", "pdf") == (
        elsewhere / "kept.pdf"
    )
    QTimer.singleShot(0, lambda: answer(None))
    ask_save_path(None, "Export PDF", "Café", "PDF (*.pdf)", "pdf")
    QTimer.singleShot(0, lambda: answer(None))
    ask_save_path(None, "Export a picture", "Café", "PNG (*.png)", "png")
    assert seen == [
        (str(documents), str(documents / "Café - a-b 12 - 30.pdf")),
        (str(elsewhere), str(elsewhere / "Café.pdf")),  # PDFs: where the last one went
        (str(documents), str(documents / "Café.png")),  # pictures: a kind of their own
    ]


def test_the_dialog_opens_whatever_the_settings_file_holds(qtbot: QtBot) -> None:
    stored = QSettings()
    for key, value in (("scale", "²"), ("margin", "99999999999999999999"), ("layout", "[1]")):
        stored.setValue(f"pdf/{key}", value)
    dialog = PdfDialog(CAFE)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.poster_scale == DEFAULT_POSTER_SCALE
    assert options.margin == pytest.approx(DEFAULT_MARGIN)


def test_pages_are_counted_off_the_window_and_the_last_choice_wins(qtbot: QtBot) -> None:
    """A large map takes seconds to lay out: the dialog asks a worker, says so meanwhile,
    and shows the count of the choices made last, whatever order the answers come in."""
    dialog = PdfDialog(CAFE)
    qtbot.addWidget(dialog)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(PdfLayout.POSTER))
    assert dialog.pages.text() == "counting…"  # not counted on the window's thread
    for scale in (100, 400, 250):
        dialog.scale_choice.setValue(scale)
    shown = counted_pages(dialog, qtbot)
    qtbot.wait(100)  # answers to the earlier choices would arrive by now
    expected = count_pages(CAFE, dialog.options())
    assert dialog.pages.text() == shown
    assert shown.startswith(f"{expected - 1} sheets")

"""File ▸ Import… and File ▸ Export ▸ … in the running window: the preview, the first
problem named, the shape told, and the map that opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.model.file.document import Document
from app.model.file.places import untitled_dir
from app.model.interchange.foreign_files import read_foreign_map
from app.model.interchange.templates import find_template, load_template
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data" / "spreadsheets"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    told: list[str] = []
    with cafe_window(qtbot, tmp_path, told.append) as window:
        window.told = told  # type: ignore[attr-defined]
        yield window


def import_through_the_menu(window: MainWindow, source: Path, answer: object) -> None:
    """File ▸ Import… of `source`; `answer(dialog)` handles the preview once it shows."""
    window.choose_import_path = lambda: source

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        answer(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, when_shown)
    window.actions_by_name["import"].trigger()


def import_button(dialog: ImportDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_grid_is_previewed_then_opens_as_a_new_map(window: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "journey.csv"
    source.write_bytes((DATA / "google-sheets-grid.csv").read_bytes())
    seen: dict[str, object] = {}

    def answer(dialog: ImportDialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["preview"] = dialog.preview.pixmap().isNull()
        seen["shape shown"] = dialog.shape.isVisibleTo(dialog)
        import_button(dialog).click()  # type: ignore[attr-defined]

    import_through_the_menu(window, source, answer)

    assert seen["summary"] == (
        "“journey”: 3 stages, 4 lanes, 9 cards, 2 personas, 6 emotion points. It opens as a "
        "new map; nothing is written to journey.csv."
    )
    assert seen["preview"] is False and seen["shape shown"] is True
    assert window.workspace is not None
    document = window.workspace.document
    assert document.path.parent == untitled_dir()
    in_file = Document.open(document.path, read_only=True)
    with in_file:
        assert [c.title for c in in_file.content().cards] == [
            'Searches "coffee near me"',
            "Reads reviews",
            "Orders a flat white",
            "Finds a seat",
            "Queue at the till",
            "No free sockets",
            "Order ahead on the app",
            "Comes back with a friend",
            "Loyalty card",
        ]
        assert [(p.score, p.label) for p in in_file.content().emotions][:3] == [
            (1, "Curious"),
            (-2, "Annoyed by the queue"),
            (3, "Delighted"),
        ]
    assert source.read_bytes() == (DATA / "google-sheets-grid.csv").read_bytes()
    assert window.told == []  # type: ignore[attr-defined]


def test_a_bad_file_names_its_first_problem_and_cannot_be_imported(
    window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "cards.csv"
    source.write_text("Stage,Lane,Title,Evidence\nFind,Signs,Poster,hearsay\n", encoding="utf-8")
    before = window.workspace.document.path if window.workspace else None
    seen: dict[str, object] = {}

    def answer(dialog: ImportDialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["enabled"] = import_button(dialog).isEnabled()  # type: ignore[attr-defined]
        seen["preview"] = dialog.preview.text()
        dialog.reject()

    import_through_the_menu(window, source, answer)

    assert "cards.csv" in str(seen["summary"]) and "cell D2" in str(seen["summary"])
    assert "“hearsay” is not one of" in str(seen["summary"])
    assert seen["enabled"] is False
    assert seen["preview"] == "No map can be made from this file."
    assert window.workspace is not None and window.workspace.document.path == before


def test_telling_the_shape_reads_the_file_again(qtbot: QtBot) -> None:
    dialog = ImportDialog(DATA / "excel-windows-1252.csv")
    qtbot.addWidget(dialog)
    assert dialog.imported is not None
    assert [s.name for s in dialog.imported.content.stages] == ["Café finden", "Bezahlen"]

    dialog.shape.setCurrentIndex(dialog.shape.findData("grid"))
    assert dialog.imported is not None
    assert [s.name for s in dialog.imported.content.stages] == ["Lane", "Title", "Notes"]
    assert "3 stages" in dialog.summary.text()


def test_a_mermaid_or_json_file_has_no_shape_to_tell(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "journey.mmd"
    source.write_text("journey\n  title Coffee\n  section Visit\n    Order: 4: Me\n")
    dialog = ImportDialog(source)
    qtbot.addWidget(dialog)
    assert not dialog.shape.isVisibleTo(dialog)
    assert dialog.imported is not None and dialog.imported.content.map.title == "Coffee"


@pytest.mark.parametrize(
    ("key", "starts"),
    [
        ("csv", b"\xef\xbb\xbfStage,Lane,Title"),
        ("xlsx", b"PK"),
        ("mermaid", b"journey\n"),
        ("markdown", b"# "),
        ("json", b'{\n  "format": "journeyboard/1"'),
    ],
)
def test_each_export_is_written_where_the_person_chose(
    window: MainWindow, tmp_path: Path, key: str, starts: bytes
) -> None:
    out = tmp_path / f"out-{key}"
    window.choose_data_path = lambda title, chosen: out if chosen == key else None
    window.actions_by_name[f"export_{key}"].trigger()

    assert out.read_bytes().startswith(starts)
    assert window.statusBar().currentMessage() == f"Saved the map as {out}"
    assert window.told == []  # type: ignore[attr-defined]
    if key in ("csv", "xlsx", "json"):  # and back, card for card
        back = read_foreign_map(out.rename(out.with_suffix(f".{key}"))).content
        cafe = load_template(find_template("cafe")).content
        assert [c.title for c in back.cards] == [c.title for c in cafe.cards]

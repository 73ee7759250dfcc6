"""Full disks and read-only places, for real: a commit that cannot be written rolls back
in memory too, tells the user and leaves the file as it was; a map where nothing can be
written opens read-only, with a banner saying why."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from small_disk import can_mount, fill, remount_read_only, tmpfs

from app.model.edits import operations as op
from app.model.errors import ReadOnlyDocumentError, WriteFailedError
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window

LONG_NOTE = "A long note that will not fit on the disk. " * 3_000


def make_map(path: Path) -> Path:
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_commit_on_a_full_disk_is_undone_in_memory_and_the_file_kept(tmp_path: Path) -> None:
    if not can_mount():  # a file size limit in a child process stands in for the disk
        path = make_map(tmp_path / "map.journey")
        before = digest(path)
        child = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("full_disk_child.py")), str(path)],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parents[1],
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},
            timeout=60,
        )
        outcome = json.loads(child.stdout.strip().splitlines()[-1])
        assert "could not be saved" in outcome["refused"] and outcome["unchanged_in_memory"]
        assert digest(path) == before
        return
    with tmpfs(tmp_path / "disk", "1m") as disk:
        path = make_map(disk / "map.journey")
        with Document.open(path) as document:
            before, card = document.content(), document.content().cards[0]
            filler = fill(disk)
            saved = digest(path)
            with pytest.raises(WriteFailedError, match=r"could not be saved to “map\.journey”"):
                document.apply(op.edit("card", card.id, notes=LONG_NOTE))
            assert document.content() == before  # undone in memory as well
            assert digest(path) == saved  # and the file as it was
            filler.unlink()  # room again: the next change is saved
            document.apply(op.edit("card", card.id, notes="Written once there is room"))
        with Document.open(path) as reopened:
            changed = next(c for c in reopened.content().cards if c.id == card.id)
            assert changed.notes == "Written once there is room"


def test_the_window_tells_of_a_full_disk_and_keeps_the_map_as_it_was(
    tmp_path: Path, qtbot: QtBot
) -> None:
    if not can_mount():
        pytest.fail("this test needs a real small disk: run it as root, where tmpfs can be mounted")
    told: list[str] = []
    with tmpfs(tmp_path / "disk", "1m") as disk:
        path = make_map(disk / "map.journey")
        window = open_window(path)
        window.report = told.append
        qtbot.addWidget(window)
        workspace = window.workspace
        assert workspace is not None
        card = workspace.open_map.content().cards[0]
        filler = fill(disk)
        edit = op.edit("card", card.id, notes=LONG_NOTE)
        assert not workspace.open_map.apply(edit, "Edit notes")
        assert told and "could not be saved" in told[-1]
        assert workspace.open_map.undo_stack.count() == 0
        assert workspace.open_map.content().cards[0].notes == card.notes
        filler.unlink()
        window.close()


def test_a_map_on_a_read_only_disk_opens_read_only_with_a_banner(
    tmp_path: Path, qtbot: QtBot
) -> None:
    told: list[str] = []
    if can_mount():
        with tmpfs(tmp_path / "disk", "2m") as disk:
            path = make_map(disk / "map.journey")
            remount_read_only(disk)
            check_read_only(path, "a disk that cannot be written to", told, qtbot)
    else:  # without root, permission bits are enough to refuse a write
        path = make_map(tmp_path / "locked" / "map.journey")
        path.chmod(0o444)
        path.parent.chmod(0o555)
        try:
            check_read_only(path, "permission", told, qtbot)
        finally:
            path.parent.chmod(0o755)


def check_read_only(path: Path, why: str, told: list[str], qtbot: QtBot) -> None:
    before = digest(path)
    with Document.open(path) as document:
        assert document.read_only and why in str(document.unwritable)
        with pytest.raises(ReadOnlyDocumentError):
            document.apply(op.edit("map", document.content().map.id, title="Changed"))
    window = open_window(path)
    window.report = told.append
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    assert workspace is not None
    assert workspace.banner.isVisible() and why in workspace.banner.text()
    assert "Save As" in workspace.banner.text()
    assert "Read-only" in window.windowTitle()
    card = workspace.open_map.content().cards[0]
    assert not workspace.open_map.apply(op.edit("card", card.id, title="No"), "Rename card")
    assert told and "read-only" in told[-1].lower()
    window.close()
    assert digest(path) == before

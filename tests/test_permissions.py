"""What a user without permission meets: each check runs in a child without root's powers
over files (tests/unprivileged.py), so that the branch that refuses is exercised even when
the suite runs as root."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from unprivileged import as_a_plain_user

from app.model.file.document import Document
from app.model.file.map_lock import lock_path
from app.model.interchange.templates import find_template, load_template

OPEN_AND_TRY_AN_EDIT = """
import json, sys
from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.errors import ReadOnlyDocumentError
with Document.open(sys.argv[1]) as document:
    try:
        document.apply(op.edit("map", document.content().map.id, title="Changed"))
        refused = False
    except ReadOnlyDocumentError:
        refused = True
    print(json.dumps([document.read_only, str(document.unwritable), refused]))
"""


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def test_a_map_in_a_folder_one_may_not_write_opens_read_only(map_path: Path) -> None:
    before = map_path.read_bytes()
    map_path.chmod(0o444)
    map_path.parent.chmod(0o555)
    try:
        read_only, why, refused = as_a_plain_user(OPEN_AND_TRY_AN_EDIT, map_path)
    finally:
        map_path.parent.chmod(0o755)
    assert read_only and refused
    assert why == "you do not have permission to change it or its folder"
    assert map_path.read_bytes() == before


def test_a_writable_map_opens_for_editing_as_a_plain_user(map_path: Path) -> None:
    """The other branch of the same check, in the same kind of child."""
    read_only, why, refused = as_a_plain_user(OPEN_AND_TRY_AN_EDIT, map_path)
    assert (read_only, why, refused) == (False, "None", False)


def test_save_as_into_a_folder_one_may_not_write_says_so_in_the_window(
    map_path: Path, tmp_path: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o555)
    script = """
import json, sys
from pathlib import Path
from app.ui.app import open_window
from app.ui.qt_app import application
application("en")
window = open_window(Path(sys.argv[1]))
told = []
window.report = told.append
saved = window.save_as(Path(sys.argv[2]))
print(json.dumps([saved, told, str(window.workspace.document.path)]))
window.close()
"""
    try:
        saved, told, still = as_a_plain_user(script, map_path, closed / "copy.journey")
    finally:
        closed.chmod(0o755)
    assert not saved
    assert told == [
        f"“{closed / 'copy.journey'}” could not be written: you do not have permission to "
        "write in that folder. Nothing was changed."
    ]
    assert still == str(map_path)
    assert list(closed.iterdir()) == []


def test_a_stale_lock_of_another_user_that_cannot_be_removed_offers_read_only(
    map_path: Path,
) -> None:
    """A team folder with the sticky bit: another user's lock, left by their crashed app,
    cannot be removed by this user; the map is offered read-only, never 'Permission denied'."""
    folder = map_path.parent
    note = lock_path(map_path)
    note.write_text('{"program": "Journeyboard", "pid": 4321, "host": "colleague"}')
    if os.geteuid() != 0:
        pytest.skip("giving the lock to another user takes root (CI runs as root)")
    os.chown(note, 4321, 4321)
    os.chown(folder, 4322, 4322)
    folder.chmod(0o777 | stat.S_ISVTX)
    map_path.chmod(0o666)
    script = """
import json, sys
from app.model.file.document import Document
from app.model.errors import CannotLockError
try:
    Document.open(sys.argv[1]).close()
    print(json.dumps("opened"))
except CannotLockError as error:
    with Document.open(sys.argv[1], read_only=True) as document:
        print(json.dumps([str(error), document.read_only]))
"""
    message, read_only = as_a_plain_user(script, map_path)
    assert "cannot mark “cafe.journey” as open for writing" in message
    assert "is not one Journeyboard can use safely" in message
    assert read_only
    assert note.exists()


def test_a_picture_one_may_not_read_says_so(tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    picture.chmod(0)
    script = """
import json, sys
from pathlib import Path
from app.model.errors import InvalidValueError
from app.model.interchange.picture_files import read_picture_file
try:
    read_picture_file(Path(sys.argv[1]), 5_000_000)
    print(json.dumps("read"))
except InvalidValueError as error:
    print(json.dumps(str(error)))
"""
    assert as_a_plain_user(script, picture) == "“secret.png”: permission denied"

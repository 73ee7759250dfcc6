"""Files that must not be clobbered: a map open for writing is never written over, by this
program or another, whatever name it is reached by; a lock file or a backup name planted
as a link never leads a write elsewhere; a map whose file is changed under it says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from other_program import held_by_another_process
from pytestqt.qtbot import QtBot

from app.layout.picture import PictureChoice
from app.model.edits import operations as op
from app.model.errors import (
    CannotLockError,
    FileReplacedError,
    MapInUseError,
    SaveFailedError,
)
from app.model.file.document import Document
from app.model.file.map_lock import left_open_by_a_crash, lock_path
from app.model.file.safe_write import write_text, written_beside
from app.model.interchange.templates import find_template, load_template
from app.ui.app import open_window

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")


def journeyboard(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [JOURNEYBOARD, *map(str, arguments)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def retitle(document: Document, title: str) -> None:
    document.apply(op.edit("map", document.content().map.id, title=title))


# --- replacing a map that is open ------------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_with_force_refuse_a_map_open_elsewhere(
    command: str, map_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "map.json"
    assert journeyboard("export", map_path, "--json", source).returncode == 0
    arguments = {
        "new": ("new", "--template", "healthcare", map_path, "--force"),
        "import": ("import", source, map_path, "--force"),
    }[command]
    before = map_path.read_bytes()
    with held_by_another_process(map_path) as child:
        result = journeyboard(*arguments)
        assert result.returncode == 1
        assert f"is open in Journeyboard (process {child.pid})" in result.stderr
        assert map_path.read_bytes() == before
    assert journeyboard(*arguments).returncode == 0  # closed there, it may be replaced


def test_replacing_a_map_open_in_this_program_is_refused(map_path: Path) -> None:
    content = load_template(find_template("healthcare")).content
    with Document.open(map_path) as document:
        with pytest.raises(MapInUseError):
            Document.create(map_path, content, replace=True)
        retitle(document, "Still mine")
    with Document.open(map_path) as document:
        assert document.content().map.title == "Still mine"


def test_no_export_writes_over_a_map_open_for_writing(map_path: Path) -> None:
    before = map_path.read_bytes()
    with Document.open(map_path), pytest.raises(MapInUseError):
        write_text(map_path, "{}")
    assert map_path.read_bytes() == before
    with held_by_another_process(map_path), pytest.raises(MapInUseError):
        write_text(map_path, "{}")
    assert map_path.read_bytes() == before


def test_the_windows_picture_export_does_not_write_over_its_own_map(
    map_path: Path, qtbot: QtBot
) -> None:
    window = open_window(map_path)
    qtbot.addWidget(window)
    reported: list[str] = []
    window.report = reported.append
    window.choose_picture = lambda content: PictureChoice()
    window.choose_picture_path = lambda title, suffix: map_path
    window.actions_by_name["export_png"].trigger()
    assert reported and "is open in Journeyboard" in reported[0]
    workspace = window.workspace
    assert workspace is not None
    retitle(workspace.document, "Edited after")
    window.close()
    with Document.open(map_path, read_only=True) as document:
        assert document.content().map.title == "Edited after"


# --- the file under an open map --------------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "replaced", "moved"])
def test_a_map_whose_file_went_says_so_and_refuses_the_change(
    how: str, map_path: Path, tmp_path: Path
) -> None:
    with Document.open(map_path) as document:
        retitle(document, "Before")
        if how == "deleted":
            map_path.unlink()
        elif how == "moved":
            map_path.rename(tmp_path / "elsewhere.journey")
        else:
            other = tmp_path / "other.journey"
            Document.create(other, load_template(find_template("healthcare")).content).close()
            other.replace(map_path)
        with pytest.raises(FileReplacedError, match="Save As"):
            retitle(document, "After")
        assert document.content().map.title == "Before"
        document.save_as(tmp_path / "rescued.journey")
        retitle(document, "After")
    with Document.open(tmp_path / "rescued.journey") as rescued:
        assert rescued.content().map.title == "After"


def test_the_window_offers_save_as_when_the_file_went(
    map_path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_window(map_path)
    qtbot.addWidget(window)
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or True
    rescued = tmp_path / "rescued.journey"
    window.choose_map_path = lambda suggested: rescued
    map_path.unlink()
    workspace = window.workspace
    assert workspace is not None
    map_id = workspace.document.content().map.id
    assert not workspace.open_map.apply(op.edit("map", map_id, title="Lost"), "Rename")
    assert asked and "deleted, moved or replaced" in asked[0]
    assert "could not be saved" not in asked[0]  # the old, false "holds everything" words
    assert workspace.document.path == rescued
    assert workspace.open_map.apply(op.edit("map", map_id, title="Kept"), "Rename")
    window.close()
    with Document.open(rescued, read_only=True) as document:
        assert document.content().map.title == "Kept"


# --- one map, many names ---------------------------------------------------------------------


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_map_reached_by_another_name_has_one_writer(
    link: str, map_path: Path, tmp_path: Path
) -> None:
    other_folder = tmp_path / "shared"
    other_folder.mkdir()
    other_name = other_folder / "same.journey"
    if link == "symbolic":
        other_name.symlink_to(map_path)
    else:
        os.link(map_path, other_name)
    with Document.open(map_path), pytest.raises(MapInUseError):
        Document.open(other_name)
    with held_by_another_process(other_name), pytest.raises(MapInUseError):
        Document.open(map_path)


# --- hostile lock files and backup names -----------------------------------------------------


@pytest.mark.parametrize("target", ["victim", "the map", "nothing"])
def test_a_lock_file_planted_as_a_link_is_not_followed(
    target: str, map_path: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    pointed = {"victim": victim, "the map": map_path, "nothing": tmp_path / "created.txt"}[target]
    lock_path(map_path).symlink_to(pointed)
    map_before = map_path.read_bytes()
    with pytest.raises(CannotLockError, match="is not an ordinary file"):
        Document.open(map_path)
    assert victim.read_text() == "precious"
    assert map_path.read_bytes() == map_before
    assert not (tmp_path / "created.txt").exists()
    assert lock_path(map_path).is_symlink()
    with Document.open(map_path, read_only=True) as reader:  # still readable
        assert reader.content().map.title


def test_a_lock_file_with_another_name_is_not_written(map_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.link(victim, lock_path(map_path))
    with pytest.raises(CannotLockError):
        Document.open(map_path)
    assert victim.read_text() == "precious"


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_lock_file_that_is_no_file_refuses_at_once_and_holds_nothing(
    kind: str, map_path: Path
) -> None:
    if kind == "folder":
        lock_path(map_path).mkdir()
    else:
        os.mkfifo(lock_path(map_path))
    with pytest.raises(CannotLockError):
        Document.open(map_path)
    (lock_path(map_path).rmdir if kind == "folder" else lock_path(map_path).unlink)()
    Document.open(map_path).close()  # the refused attempt kept no lock


def test_a_stale_lock_of_another_user_is_taken_over(map_path: Path) -> None:
    note = lock_path(map_path)
    note.write_text('{"program": "Journeyboard", "pid": 4321, "host": "colleague"}')
    if os.geteuid() == 0:
        os.chown(note, 4321, 4321)
    assert left_open_by_a_crash(map_path)
    with Document.open(map_path) as document:
        assert document.lock_taken_over
        assert note.stat().st_uid == os.geteuid()


def test_the_migration_backup_never_writes_through_a_planted_link(tmp_path: Path) -> None:
    old_file = tmp_path / "Corner café.journey"
    old_file.write_bytes((Path(__file__).parent / "data" / "cafe-v1.journey").read_bytes())
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    planted = tmp_path / "Corner café (format 1 backup).journey"
    planted.symlink_to(victim)
    dangling = tmp_path / "Corner café (format 1 backup) 2.journey"
    dangling.symlink_to(tmp_path / "created.journey")
    Document.open(old_file).close()
    assert victim.read_text() == "precious"
    assert not (tmp_path / "created.journey").exists()
    backup = tmp_path / "Corner café (format 1 backup) 3.journey"
    assert backup.is_file() and not backup.is_symlink()


# --- what exports do with odd targets --------------------------------------------------------


def test_an_export_through_a_link_replaces_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_an_export_to_a_pipe_or_a_folder_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(SaveFailedError, match="a device or a pipe"):
        write_text(pipe, "text")
    with pytest.raises(SaveFailedError, match="is a folder"):
        write_text(tmp_path, "text")
    assert not any(path.name.endswith(".tmp") for path in tmp_path.iterdir())


def test_a_temporary_left_by_a_killed_writer_is_swept_and_a_live_one_kept(
    tmp_path: Path,
) -> None:
    """A Save As killed halfway leaves its temporary file; the next write in that folder
    removes it, but never one a running program is still writing."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from app.model.file.safe_write import written_beside\n"
        "with written_beside(Path(sys.argv[1])) as temporary:\n"
        "    temporary.write_bytes(b'half a map' * 1000)\n"
        "    print('ready', flush=True)\n"
        "    time.sleep(60)\n"
    )

    def writer() -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path / "big.journey")],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[1],
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        return child

    def temporaries() -> set[str]:
        return {path.name for path in tmp_path.glob(".journeyboard-*.tmp")}

    killed = writer()
    killed.kill()
    killed.wait()
    (stale,) = temporaries()
    running = writer()
    try:
        (live,) = temporaries()  # its write swept the stale one
        assert live != stale
        write_text(tmp_path / "other.json", "{}")
        assert temporaries() == {live}  # still being written: kept
    finally:
        running.kill()
        running.wait()
    write_text(tmp_path / "other.json", "{}")
    assert temporaries() == set()


def test_a_map_whose_name_leaves_no_room_for_its_journal_opens_read_only(
    map_path: Path, tmp_path: Path
) -> None:
    long_name = tmp_path / ("m" * 240 + ".journey")  # 248 bytes: the journal's would be 256
    map_path.rename(long_name)
    with Document.open(long_name) as document:
        assert document.read_only
        assert "name is too long" in str(document.unwritable)
    with pytest.raises(SaveFailedError, match="at most 247 bytes here"):
        Document.create(long_name.with_name("n" * 240 + ".journey"), document.content())
    with (
        Document.open(long_name, read_only=True) as document,
        pytest.raises(SaveFailedError, match="name is too long"),
    ):
        document.save_as(tmp_path / ("o" * 241 + ".journey"))
    fits = tmp_path / ("p" * 239 + ".journey")
    Document.create(fits, load_template(find_template("cafe")).content).close()
    with Document.open(fits) as document:
        retitle(document, "Changed")  # 247 bytes: every change is kept


def test_a_failure_inside_a_write_is_said_in_one_short_line(tmp_path: Path) -> None:
    """An error raised while the file is made (a library's, quoting a whole picture as its
    file name) is cut short in the message, and the target is left as it was."""
    target = tmp_path / "map.pdf"
    with pytest.raises(SaveFailedError) as refused, written_beside(target):
        raise OSError(f"cannot open resource {'x' * 5000}", b"\xff" * 5000)
    assert len(str(refused.value)) < 300 and "cannot open resource" in str(refused.value)
    assert not target.exists()

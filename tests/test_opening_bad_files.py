"""Files that are not whole, harmless Journeyboard maps: each gets its own clear error.

Every case also checks that the file is left byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from unprivileged import as_a_plain_user

from app.model.errors import (
    DamagedFileError,
    FileBusyError,
    FileMissingError,
    FileUnreadableError,
    ForeignFileError,
    MapFileError,
    NewerVersionError,
    NotAMapFileError,
    StrayJournalError,
    UnsafeFileError,
)
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A whole café map, closed, ready to be spoilt."""
    path = tmp_path / "cafe.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spoil(path: Path, *statements: str) -> None:
    """Change a file behind Journeyboard's back, as another program could."""
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def refuses(path: Path, error: type[MapFileError], message: str) -> MapFileError:
    before = digest(path) if path.is_file() else None
    with pytest.raises(error, match=message) as raised:
        Document.open(path)
    if before is not None:
        assert digest(path) == before, "a refused file was changed"
    return raised.value


def test_a_missing_file(tmp_path: Path) -> None:
    error = refuses(tmp_path / "gone.journey", FileMissingError, "does not exist")
    assert "moved or renamed" in str(error)


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.journey"
    folder.mkdir()
    refuses(folder, FileUnreadableError, "it is a folder")


def test_a_path_through_a_file(map_file: Path) -> None:
    refuses(map_file / "inside.journey", FileUnreadableError, "part of its path is a file")


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.journey"
    os.mkfifo(pipe)
    refuses(pipe, FileUnreadableError, "not a regular file")


def test_a_file_without_read_permission(map_file: Path) -> None:
    map_file.chmod(0)
    script = (
        "import json, sys\n"
        "from app.model.file.document import Document\n"
        "from app.model.errors import FileUnreadableError\n"
        "try:\n"
        "    Document.open(sys.argv[1])\n"
        "except FileUnreadableError as error:\n"
        "    print(json.dumps(str(error)))\n"
    )
    assert "you do not have permission to read it" in as_a_plain_user(script, map_file)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"Title,Stage\nChalkboard,Awareness\n", "it is not a Journeyboard map"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "it is not a Journeyboard map"),
        ("Journeyboard ✓ map\n".encode("utf-16"), "it is not a Journeyboard map"),
    ],
    ids=["empty", "csv", "png", "utf16-text"],
)
def test_files_that_are_not_databases(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.journey"
    path.write_bytes(content)
    refuses(path, NotAMapFileError, message)


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "contacts.journey"
    spoil(
        path,
        "CREATE TABLE contact (name TEXT, phone TEXT)",
        "INSERT INTO contact VALUES ('A', '1')",
    )
    error = refuses(path, ForeignFileError, "made by another program")
    assert "contacts.journey" in str(error)


def test_a_file_from_a_newer_journeyboard(map_file: Path) -> None:
    spoil(map_file, "PRAGMA user_version = 99")
    error = refuses(map_file, NewerVersionError, "saved by a newer version of Journeyboard")
    assert "has not been changed" in str(error)


def test_a_file_with_no_version(map_file: Path) -> None:
    spoil(map_file, "PRAGMA user_version = 0")
    refuses(map_file, DamagedFileError, "no file format version")


def test_a_file_cut_short(map_file: Path) -> None:
    data = map_file.read_bytes()
    map_file.write_bytes(data[: len(data) // 2])
    refuses(map_file, DamagedFileError, "is damaged")


def test_a_file_with_a_damaged_page(map_file: Path) -> None:
    data = bytearray(map_file.read_bytes())
    page = 4096
    for offset in range(2 * page + 8, 3 * page, 7):  # scribble over the third page's cells
        data[offset] ^= 0x5A
    map_file.write_bytes(bytes(data))
    refuses(map_file, DamagedFileError, "is damaged")


def test_a_file_whose_header_is_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "short.journey"
    path.write_bytes(b"SQLite format 3\x00" + bytes(20))
    refuses(path, DamagedFileError, "cut short")


TRAPS = {
    "trigger": "CREATE TRIGGER tidy AFTER UPDATE ON card BEGIN DELETE FROM stage; END",
    "view": "CREATE VIEW everything AS SELECT * FROM card",
    "table": "CREATE TABLE extra (payload BLOB)",
    "index": "CREATE INDEX by_title ON card (title)",
    "trigger-on-insert": (
        "CREATE TRIGGER on_insert BEFORE INSERT ON persona BEGIN SELECT RAISE(ABORT, 'x'); END"
    ),
}


@pytest.mark.parametrize("trap", TRAPS, ids=list(TRAPS))
def test_schema_objects_journeyboard_did_not_make_are_refused(map_file: Path, trap: str) -> None:
    spoil(map_file, TRAPS[trap])
    error = refuses(map_file, UnsafeFileError, "Journeyboard never puts in a map")
    assert isinstance(error, UnsafeFileError) and len(error.objects) == 1
    assert "nothing in it has run" in str(error)


def test_a_planted_trigger_never_runs(map_file: Path) -> None:
    """Even opened read-only and then for writing, the trigger's DELETE never happens."""
    spoil(map_file, TRAPS["trigger"])
    for read_only in (True, False):
        with pytest.raises(UnsafeFileError):
            Document.open(map_file, read_only=read_only)
    connection = sqlite3.connect(map_file)
    assert connection.execute("SELECT count(*) FROM stage").fetchone() == (6,)
    connection.close()


def test_a_table_with_a_column_missing(map_file: Path) -> None:
    spoil(map_file, "ALTER TABLE card DROP COLUMN colour")
    refuses(
        map_file,
        DamagedFileError,
        "the definition of table “card” is not the one Journeyboard made",
    )


SPOILT_VALUES: dict[str, tuple[str, str]] = {
    "text-that-is-not-utf8": (
        "UPDATE card SET title = CAST(x'4361666ee9' AS TEXT) WHERE rowid = 1",
        "UTF-8",
    ),
    "a-score-off-the-scale": (
        "UPDATE map SET emotion_min = -1, emotion_max = 1",
        "Emotion score: must be on the map's scale",
    ),
    "two-cards-in-one-place": (
        "UPDATE card SET position = 0",  # the café has cells of several cards
        "out of order",
    ),
    "emotion-points-with-a-gap": (
        "UPDATE emotion_point SET position = position + 1",  # 1, 2… where 0, 1… should be
        "Emotion points: are out of order",
    ),
    "stages-with-a-repeat": ("UPDATE stage SET position = 0", "Stages: are out of order"),
    "a-card-in-a-missing-stage": (
        "UPDATE card SET stage_id = '0123456789abcdef0123456789abcdef' WHERE rowid = 1",
        "refer to rows that are missing",
    ),
    "an-id-that-is-not-ours": (
        "UPDATE emotion_point SET id = id || '; DROP' WHERE rowid = 1",
        "not a valid id",
    ),
    "a-name-with-a-control-character": (
        "UPDATE stage SET name = 'Visit' || char(7) WHERE rowid = 1",
        "control character U\\+0007",
    ),
    "no-map-row": ("DELETE FROM map", "holds 0 maps"),
}


@pytest.mark.parametrize("case", SPOILT_VALUES, ids=list(SPOILT_VALUES))
def test_values_no_edit_could_make_mark_a_file_as_damaged(map_file: Path, case: str) -> None:
    statement, detail = SPOILT_VALUES[case]
    spoil(map_file, "PRAGMA foreign_keys = OFF", statement)
    refuses(map_file, DamagedFileError, detail)


def test_values_sqlite_itself_would_refuse_are_caught_by_its_integrity_check(
    map_file: Path,
) -> None:
    """A file written with the CHECK constraints stripped out: SQLite's check catches it."""
    connection = sqlite3.connect(map_file)
    (sql,) = connection.execute("SELECT sql FROM sqlite_schema WHERE name = 'card'").fetchone()
    loose = sql.replace("CHECK (votes BETWEEN 0 AND 9999)", "CHECK (1)")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'card'", (loose,))
    connection.commit()
    connection.close()
    spoil(map_file, "UPDATE card SET votes = -40 WHERE rowid = 1")
    connection = sqlite3.connect(map_file)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'card'", (sql,))
    connection.commit()
    connection.close()
    refuses(map_file, DamagedFileError, "CHECK constraint failed in card")


@pytest.mark.parametrize("make", [shutil.copy, os.symlink], ids=["copy", "symlink"])
def test_a_whole_map_opens_through_a_copy_or_a_link(
    map_file: Path, tmp_path: Path, make: Callable[[Path, Path], object]
) -> None:
    other = tmp_path / "other.journey"
    make(map_file, other)
    with Document.open(other) as document:
        assert len(document.content().cards) == 43


def rewrite_schema(path: Path, table: str, old: str, new: str) -> None:
    """Change a table's SQL in place, as a hostile tool with writable_schema could."""
    connection = sqlite3.connect(path)
    (sql,) = connection.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    assert old in sql
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_schema SET sql = ? WHERE name = ?", (sql.replace(old, new), table)
    )
    connection.commit()
    connection.close()


SCHEMA_TRICKS = {
    "a check that makes every write crawl": (
        "card",
        "CHECK (votes BETWEEN 0 AND 9999)",
        "CHECK (votes BETWEEN 0 AND 9999 AND length(hex(zeroblob(10000000 + votes * 0))) > 0)",
    ),
    "a foreign key that blocks restores": (
        "map",
        "REFERENCES persona (id)",
        "REFERENCES persona (id) ON DELETE RESTRICT",
    ),
}


@pytest.mark.parametrize("trick", SCHEMA_TRICKS, ids=list(SCHEMA_TRICKS))
def test_a_changed_table_definition_is_refused(map_file: Path, trick: str) -> None:
    table, old, new = SCHEMA_TRICKS[trick]
    rewrite_schema(map_file, table, old, new)
    refuses(map_file, DamagedFileError, f"the definition of table “{table}” is not the one")


def test_an_index_made_unique_is_refused(map_file: Path) -> None:
    spoil(
        map_file,
        "DROP INDEX card_cell",
        "CREATE UNIQUE INDEX card_cell ON card (stage_id, lane_id, position)",
    )
    refuses(map_file, DamagedFileError, "the definition of index “card_cell” is not the one")


def add_snapshot_row(path: Path, name_sql: str, content: bytes = b"{}") -> None:
    spoil(
        path,
        "INSERT INTO snapshot (id, name, taken_at, content) VALUES "
        f"('{'a' * 32}', {name_sql}, '2026-11-23T10:00:00Z', x'{content.hex()}')",
    )


@pytest.mark.parametrize("read_only", [False, True], ids=["editing", "read-only"])
@pytest.mark.parametrize(
    ("name_sql", "detail"),
    [
        ("CAST(x'51c3' AS TEXT)", "UTF-8"),
        ("'Q3' || char(27) || '[2J'", "control character U\\+001B"),
    ],
    ids=["not-utf8", "terminal-escape"],
)
def test_a_snapshot_with_a_bad_name_marks_the_file_damaged(
    map_file: Path, name_sql: str, detail: str, read_only: bool
) -> None:
    add_snapshot_row(map_file, name_sql)
    before = digest(map_file)
    with pytest.raises(DamagedFileError, match=detail):
        Document.open(map_file, read_only=read_only)
    assert digest(map_file) == before


def test_a_snapshot_with_damaged_content_is_refused_when_used(map_file: Path) -> None:
    """The map opens (its own rows are whole); restoring or exporting the snapshot says
    which snapshot is damaged, and changes nothing."""
    from app.model.edits import operations as op
    from app.model.errors import InvalidValueError, OperationError
    from app.model.interchange.journeyboard_json import export_map

    add_snapshot_row(map_file, "'Before the redesign'", b'{"map": "not a map"}')
    with Document.open(map_file) as document:
        content = document.content()
        with pytest.raises(OperationError, match="“Before the redesign” is damaged"):
            document.apply(op.RestoreSnapshot("a" * 32))
        assert document.content() == content
        with pytest.raises(InvalidValueError, match="Snapshot “Before the redesign”: is damaged"):
            export_map(content, document.snapshots())


def leave_a_hot_journal(path: Path) -> None:
    """A process that dies in the middle of a write, as in a power cut: the journal of the
    interrupted transaction stays beside the file, which holds part of the new pages."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill changed pages to the file early
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE card SET notes = 'half-written ' || hex(randomblob(400))\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert Path(f"{path}-journal").stat().st_size > 0


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "editing"])
def test_a_map_left_by_a_crash_opens_as_it_was_before_the_interrupted_change(
    map_file: Path, read_only: bool
) -> None:
    with Document.open(map_file) as document:
        content = document.content()
    leave_a_hot_journal(map_file)
    files = {p.name: digest(p) for p in map_file.parent.iterdir()}
    with Document.open(map_file, read_only=read_only) as reopened:
        assert reopened.content() == content
    if read_only:  # nothing written: not the file, not the journal, nothing beside them
        assert {p.name: digest(p) for p in map_file.parent.iterdir()} == files
    else:  # SQLite's recovery ran: the journal is gone and the file is whole
        assert sorted(p.name for p in map_file.parent.iterdir()) == ["cafe.journey"]


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "editing"])
def test_a_stray_journal_from_another_copy_is_refused_and_nothing_changes(
    map_file: Path, tmp_path: Path, read_only: bool
) -> None:
    """A backup restored beside a crash's leftovers: the journal is not this file's."""
    crashed = tmp_path / "crashed" / "cafe.journey"
    crashed.parent.mkdir()
    shutil.copyfile(map_file, crashed)
    leave_a_hot_journal(crashed)
    restored = tmp_path / "restored" / "restored.journey"
    restored.parent.mkdir()
    Document.create(restored, load_template(find_template("healthcare")).content).close()
    shutil.move(f"{crashed}-journal", f"{restored}-journal")
    files = {p.name: digest(p) for p in restored.parent.iterdir()}
    with pytest.raises(StrayJournalError, match=r"restored\.journey-journal” beside it"):
        Document.open(restored, read_only=read_only)
    assert {p.name: digest(p) for p in restored.parent.iterdir()} == files
    Path(f"{restored}-journal").unlink()  # moved away, the map opens as it was saved
    with Document.open(restored, read_only=read_only) as document:
        assert (
            document.content().map.title
            == "Physiotherapy practice: a new patient from booking to recovery"
        )


def test_a_damaged_snapshot_is_left_out_of_the_json_and_named(
    map_file: Path, tmp_path: Path
) -> None:
    """One bad snapshot does not hold back the map and the others."""
    from app.model.edits import operations as op

    with Document.open(map_file) as document:
        document.apply(op.TakeSnapshot("b" * 32, "Whole", "2026-11-24T10:00:00Z"))
    add_snapshot_row(map_file, "'Before the redesign'", b'{"map": "not a map"}')
    out = tmp_path / "out.json"
    journeyboard = Path(sys.executable).with_name("journeyboard")
    result = subprocess.run(
        [journeyboard, "export", map_file, "--json", out], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "Snapshot “Before the redesign”: is damaged" in result.stderr
    assert "It was left out of the JSON." in result.stderr
    exported = json.loads(out.read_text())
    assert [snapshot["name"] for snapshot in exported["snapshots"]] == ["Whole"]
    assert exported["title"]


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "editing"])
def test_a_map_another_program_is_writing_is_called_busy_not_damaged(
    map_file: Path, read_only: bool
) -> None:
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    before = digest(map_file)
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(map_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        with pytest.raises(FileBusyError, match="is being written by another program"):
            Document.open(map_file, read_only=read_only)
    finally:
        writer.kill()
        writer.wait()
    assert digest(map_file) == before
    Document.open(map_file, read_only=read_only).close()  # the writer gone, it opens

"""Files written by older versions: checked, backed up, migrated, and nothing lost."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.model.data.content_codec import decode_content
from app.model.data.records import MapContent
from app.model.edits import operations as op
from app.model.errors import ReadOnlyDocumentError, UnsafeFileError
from app.model.file.ddl import SCHEMA_VERSION
from app.model.file.document import Document
from app.model.file.storage import known_schemas, schema_of
from app.model.interchange.journeyboard_json import export_map
from app.model.interchange.templates import find_template, load_template

VERSION_1_FILE = Path(__file__).parent / "data" / "cafe-v1.journey"
"""The café template as version 1 wrote it (made by tests/data/make_v1_map.py)."""


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "Corner café.journey"
    shutil.copy(VERSION_1_FILE, path)
    return path


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        return version
    finally:
        connection.close()


def as_json(content: MapContent) -> dict[str, object]:
    """The map without its ids, which differ between two imports of one template."""
    return export_map(content)


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [*connection.iterdump(), f"user_version {user_version(path)}"]
    finally:
        connection.close()


def test_a_version_1_file_is_backed_up_then_migrated(old_file: Path) -> None:
    original = dump(old_file)
    with Document.open(old_file) as document:
        assert document.migrated_from == 1
        content = document.content()
    assert user_version(old_file) == SCHEMA_VERSION
    backup = old_file.with_name("Corner café (format 1 backup).journey")
    assert dump(backup) == original
    template = load_template(find_template("cafe")).content
    assert as_json(content) == as_json(template)


def test_a_migrated_file_has_exactly_the_schema_of_a_new_one(old_file: Path) -> None:
    Document.open(old_file).close()
    connection = sqlite3.connect(old_file)
    try:
        assert schema_of(connection) in known_schemas(SCHEMA_VERSION)
    finally:
        connection.close()
    with Document.open(old_file) as again:
        assert again.migrated_from is None


def test_what_version_2_added_works_in_a_migrated_file(old_file: Path) -> None:
    with Document.open(old_file) as document:
        persona = document.content().personas[0]
        photo = b"\x89PNG\r\n\x1a\n" + bytes(64)
        document.apply(op.edit("persona", persona.id, photo=photo))
        document.apply(op.TakeSnapshot("0" * 32, "After migrating", "2026-11-23T12:00:00Z"))
    with Document.open(old_file) as reopened:
        assert reopened.content().personas[0].photo == photo
        assert [s.name for s in reopened.snapshots()] == ["After migrating"]


def test_a_version_1_file_opened_read_only_is_not_touched(old_file: Path) -> None:
    before = old_file.read_bytes()
    with Document.open(old_file, read_only=True) as document:
        assert document.migrated_from == 1
        content = document.content()
        assert len(content.cards) == 43
        with pytest.raises(ReadOnlyDocumentError):
            document.apply(op.edit("map", content.map.id, title="Changed"))
    assert old_file.read_bytes() == before
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]


def test_an_old_file_is_checked_against_its_own_schema_before_migrating(old_file: Path) -> None:
    connection = sqlite3.connect(old_file)
    connection.execute("CREATE TRIGGER sneaky AFTER INSERT ON persona BEGIN DELETE FROM card; END")
    connection.commit()
    connection.close()
    before = old_file.read_bytes()
    with pytest.raises(UnsafeFileError):
        Document.open(old_file)
    assert old_file.read_bytes() == before
    assert not old_file.with_name("Corner café (format 1 backup).journey").exists()


def test_a_second_backup_does_not_overwrite_the_first(old_file: Path, tmp_path: Path) -> None:
    first_backup = old_file.with_name("Corner café (format 1 backup).journey")
    first_backup.write_text("an earlier backup the user kept")
    Document.open(old_file).close()
    assert first_backup.read_text() == "an earlier backup the user kept"
    second = old_file.with_name("Corner café (format 1 backup) 2.journey")
    assert user_version(second) == 1


def test_records_unchanged_by_migration_keep_their_ids(old_file: Path) -> None:
    connection = sqlite3.connect(old_file)
    ids = sorted(row[0] for row in connection.execute("SELECT id FROM card"))
    connection.close()
    with Document.open(old_file) as document:
        assert sorted(card.id for card in document.content().cards) == ids
        assert all(dataclasses.asdict(p)["photo"] is None for p in document.content().personas)


def test_a_damaged_old_file_is_refused_before_it_is_migrated(old_file: Path) -> None:
    from app.model.errors import DamagedFileError

    connection = sqlite3.connect(old_file)
    connection.execute("UPDATE stage SET name = 'Visit' || char(7) WHERE rowid = 1")
    connection.commit()
    connection.close()
    before = old_file.read_bytes()
    with pytest.raises(DamagedFileError, match="has not been changed"):
        Document.open(old_file)
    assert old_file.read_bytes() == before
    assert user_version(old_file) == 1
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]


VERSION_2_FILE = Path(__file__).parent / "data" / "cafe-v2.journey"
"""The café template as version 2 wrote it: `Document.create` at commit f178757, the last
to write version 2."""


def test_a_version_2_file_keeps_every_row_and_gains_the_inbox_kind(tmp_path: Path) -> None:
    path = tmp_path / "Café.journey"
    shutil.copy(VERSION_2_FILE, path)
    with Document.open(path) as document:
        assert document.migrated_from == 2
        before = document.content()
        inbox = dataclasses.replace(before.lanes[0], id="1" * 32, kind="inbox", title="Inbox")
        document.apply(op.AddLane(inbox))
    assert user_version(path) == SCHEMA_VERSION
    template = load_template(find_template("cafe")).content
    assert as_json(before) == as_json(template)  # every card still in its lane
    with Document.open(path) as reopened:
        assert reopened.migrated_from is None
        assert [lane.kind for lane in reopened.content().lanes].count("inbox") == 1
    connection = sqlite3.connect(path)
    try:
        assert schema_of(connection) in known_schemas(SCHEMA_VERSION)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


VERSION_3_FILE = Path(__file__).parent / "data" / "cafe-v3.journey"
"""The café template as version 3 wrote it, with a snapshot: `Document.create` and
TakeSnapshot at commit 66bbb6e, the last to write version 3."""


def test_a_version_3_file_keeps_every_row_and_snapshot_and_gains_card_pictures(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Café.journey"
    shutil.copy(VERSION_3_FILE, path)
    picture = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    with Document.open(path) as document:
        assert document.migrated_from == 3
        before = document.content()
        (snapshot,) = document.snapshots()
        card = before.cards[0]
        document.apply(op.edit("card", card.id, image=picture))
    assert user_version(path) == SCHEMA_VERSION
    template = load_template(find_template("cafe")).content
    assert as_json(before) == as_json(template)
    assert all(card.image is None for card in before.cards)
    assert as_json(decode_content(snapshot.content)) == as_json(template), "old snapshot reads"
    with Document.open(path) as reopened:
        assert reopened.migrated_from is None
        assert next(c for c in reopened.content().cards if c.id == card.id).image == picture
    connection = sqlite3.connect(path)
    try:
        assert schema_of(connection) in known_schemas(SCHEMA_VERSION)
    finally:
        connection.close()


VERSION_4_FILE = Path(__file__).parent / "data" / "cafe-v4.journey"
"""The café template as version 4 wrote it, with a snapshot: `Document.create` and
TakeSnapshot at commit 6b8545d, the last to write version 4."""


def test_a_version_4_file_keeps_every_row_and_snapshot_and_takes_any_scale(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Café.journey"
    shutil.copy(VERSION_4_FILE, path)
    with Document.open(path) as document:
        assert document.migrated_from == 4
        before = document.content()
        (snapshot,) = document.snapshots()
        document.apply(op.edit("map", before.map.id, emotion_max=7))
        for point in before.emotions:  # onto 1…7: −3…+3 moved up by four
            document.apply(op.edit("emotion_point", point.id, score=point.score + 4))
        document.apply(op.edit("map", before.map.id, emotion_min=1))
    assert user_version(path) == SCHEMA_VERSION
    template = load_template(find_template("cafe")).content
    assert as_json(before) == as_json(template)
    assert as_json(decode_content(snapshot.content)) == as_json(template), "old snapshot reads"
    with Document.open(path) as reopened:
        assert reopened.migrated_from is None
        after = reopened.content()
        assert (after.map.emotion_min, after.map.emotion_max) == (1, 7)
        assert [p.score for p in after.emotions] == [p.score + 4 for p in before.emotions]
    connection = sqlite3.connect(path)
    try:
        assert schema_of(connection) in known_schemas(SCHEMA_VERSION)
        with pytest.raises(sqlite3.IntegrityError, match="scale_valid"):
            connection.execute("UPDATE map SET emotion_max = emotion_min + 1")
    finally:
        connection.close()

"""The .journey file as a user meets it: made, opened, changed, copied and closed."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from app.model.data.records import CardRecord, MapContent, new_id
from app.model.edits import operations as op
from app.model.edits.map_document import DocumentChanged
from app.model.errors import (
    InvalidValueError,
    OperationError,
    ReadOnlyDocumentError,
    SaveFailedError,
)
from app.model.file.ddl import APPLICATION_ID, SCHEMA_VERSION
from app.model.file.document import Document
from app.model.file.storage import connect
from app.model.interchange.templates import find_template, load_template


def pragma(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        value: int = connection.execute(f"PRAGMA {name}").fetchone()[0]
        return value
    finally:
        connection.close()


def card_titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT title FROM card ORDER BY title")]
    finally:
        connection.close()


def in_cell(content: MapContent, stage_id: str, lane_id: str) -> list[CardRecord]:
    return [c for c in content.cards if (c.stage_id, c.lane_id) == (stage_id, lane_id)]


def new_card(content: MapContent, title: str, position: int = 0) -> CardRecord:
    return CardRecord(new_id(), content.stages[0].id, content.lanes[1].id, position, title)


def test_a_new_file_is_marked_as_a_journeyboard_map(cafe: Document) -> None:
    assert pragma(cafe.path, "application_id") == APPLICATION_ID
    assert pragma(cafe.path, "user_version") == SCHEMA_VERSION
    assert pragma(cafe.path, "journal_mode") == "delete"


def test_a_file_reopened_holds_what_was_written(tmp_path: Path) -> None:
    imported = load_template(find_template("saas"))
    Document.create(tmp_path / "saas.journey", imported.content).close()
    with Document.open(tmp_path / "saas.journey") as document:
        assert document.content() == imported.content


def test_each_operation_is_committed_before_apply_returns(cafe: Document) -> None:
    cafe.apply(op.AddCard(new_card(cafe.content(), "Chalkboard outside")))
    assert "Chalkboard outside" in card_titles(cafe.path)  # seen by another connection


def test_listeners_hear_what_changed(cafe: Document) -> None:
    heard: list[DocumentChanged] = []
    stop = cafe.subscribe(heard.append)
    content = cafe.content()
    card = new_card(content, "Loyalty card")
    inverse = cafe.apply(op.AddCard(card))
    added = cafe.content()
    moved = cafe.apply(op.MoveCard(card.id, content.stages[1].id, card.lane_id, 0))
    assert heard[0].added == {("card", card.id)}
    assert heard[0].inverse == inverse == op.DeleteCard(card.id)
    assert ("card", card.id) in heard[1].updated
    assert (
        heard[1].inverse
        == moved
        == op.MoveCard(card.id, card.stage_id, card.lane_id, card.position)
    )
    cafe.apply(moved)
    assert cafe.content() == added  # the inverse puts the card back where it was
    stop()
    cafe.apply(op.DeleteCard(card.id))
    assert len(heard) == 3


def test_restoring_a_snapshot_says_the_content_was_replaced(cafe: Document) -> None:
    heard: list[DocumentChanged] = []
    cafe.subscribe(heard.append)
    snapshot_id = new_id()
    cafe.apply(op.TakeSnapshot(snapshot_id, "Before the redesign", "2026-11-23T09:30:00Z"))
    cafe.apply(op.edit("map", cafe.content().map.id, title="After the redesign"))
    cafe.apply(op.RestoreSnapshot(snapshot_id))
    assert heard[-1].content_replaced
    assert cafe.content().map.title == "Neighbourhood café: from first visit to regular"
    assert [s.name for s in cafe.snapshots()] == ["Before the redesign"]


def test_a_refused_operation_changes_nothing(cafe: Document) -> None:
    before = card_titles(cafe.path)
    content = cafe.content()
    batch = op.Batch(
        (
            op.AddCard(new_card(content, "First, fine")),
            op.edit("card", content.cards[0].id, priority=7),
        )
    )
    with pytest.raises(InvalidValueError, match="Priority: must be from 0 to 3, not 7"):
        cafe.apply(batch)
    assert card_titles(cafe.path) == before
    assert cafe.content() == content
    with pytest.raises(OperationError, match="no longer in the map"):
        cafe.apply(op.DeleteCard(new_id()))


def test_scores_must_stay_on_the_maps_scale(cafe: Document) -> None:
    content = cafe.content()
    point = content.emotions[0]
    with pytest.raises(InvalidValueError, match="from −3 to \\+3, not \\+4"):
        cafe.apply(op.edit("emotion_point", point.id, score=4))
    with pytest.raises(InvalidValueError, match="lie outside −2…\\+2"):
        cafe.apply(op.edit("map", content.map.id, emotion_min=-2, emotion_max=2))
    cafe.apply(op.edit("map", content.map.id, emotion_min=-5, emotion_max=5))
    cafe.apply(op.edit("emotion_point", point.id, score=-5))
    assert cafe.content().emotions[0].score == -5


def test_a_scale_may_run_from_any_whole_number_but_holds_three_scores(cafe: Document) -> None:
    content = cafe.content()
    map_id = content.map.id
    for point in content.emotions:
        cafe.apply(op.edit("emotion_point", point.id, score=0))
    cafe.apply(op.edit("map", map_id, emotion_min=0, emotion_max=10))
    for point in content.emotions:
        cafe.apply(op.edit("emotion_point", point.id, score=5))
    cafe.apply(op.edit("map", map_id, emotion_min=4, emotion_max=6))
    with pytest.raises(InvalidValueError, match=r"^Emotion scale: needs at least 3 scores.*5…6$"):
        cafe.apply(op.edit("map", map_id, emotion_min=5))
    with pytest.raises(InvalidValueError, match="lie outside 6…8"):
        cafe.apply(op.edit("map", map_id, emotion_min=6, emotion_max=8))
    assert (cafe.content().map.emotion_min, cafe.content().map.emotion_max) == (4, 6)


def test_save_as_copies_the_map_and_goes_on_with_the_copy(cafe: Document, tmp_path: Path) -> None:
    original = cafe.path
    content = cafe.content()
    copy = tmp_path / "elsewhere" / "Café copy.journey"
    copy.parent.mkdir()
    cafe.save_as(copy)
    assert cafe.path == copy
    assert pragma(copy, "application_id") == APPLICATION_ID
    cafe.apply(op.AddCard(new_card(content, "Only in the copy")))
    assert "Only in the copy" in card_titles(copy)
    assert "Only in the copy" not in card_titles(original)
    with Document.open(original) as first:
        assert first.content() == content


def test_save_as_over_an_existing_file_replaces_it_whole(cafe: Document, tmp_path: Path) -> None:
    target = tmp_path / "old.journey"
    target.write_text("an old file that will be replaced")
    cafe.save_as(target)
    with Document.open(target, read_only=True) as copy:  # cafe goes on writing it
        assert copy.content() == cafe.content()
    assert not list(tmp_path.glob(".*.tmp"))


def test_create_does_not_replace_a_file_unless_asked(tmp_path: Path) -> None:
    content = load_template(find_template("blank")).content
    path = tmp_path / "map.journey"
    path.write_text("someone's notes")
    with pytest.raises(SaveFailedError, match="already there"):
        Document.create(path, content)
    assert path.read_text() == "someone's notes"
    Document.create(path, content, replace=True).close()
    with pytest.raises(SaveFailedError, match="could not be written"):
        Document.create(tmp_path / "no such folder" / "map.journey", content)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"]


def test_a_read_only_document_refuses_changes(cafe: Document) -> None:
    with Document.open(cafe.path, read_only=True) as reader:
        with pytest.raises(ReadOnlyDocumentError, match="read-only"):
            reader.apply(op.DeleteCard(reader.content().cards[0].id))
        assert reader.content() == cafe.content()


def test_connections_distrust_the_schema_and_enforce_foreign_keys(cafe: Document) -> None:
    connection = connect(cafe.path, read_only=False)
    try:
        assert connection.execute("PRAGMA trusted_schema").fetchone() == (0,)
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert connection.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    finally:
        connection.close()


def test_closing_leaves_no_journal_beside_the_file(cafe: Document) -> None:
    cafe.apply(op.AddCard(new_card(cafe.content(), "Last one")))
    cafe.close()
    assert sorted(p.name for p in cafe.path.parent.iterdir()) == ["cafe.journey"]


def test_cards_a_move_pushes_down_are_reported_as_updated(cafe: Document) -> None:
    heard: list[DocumentChanged] = []
    cafe.subscribe(heard.append)
    content = cafe.content()
    stage, lane = content.stages[0], content.lanes[1]
    first = new_card(content, "Window sticker", position=0)
    second = new_card(content, "Pavement sign", position=0)
    cafe.apply(op.AddCard(first))
    cafe.apply(op.AddCard(second))
    assert ("card", first.id) in heard[-1].updated  # pushed from 0 to 1
    titles = [c.title for c in in_cell(cafe.content(), stage.id, lane.id)]
    assert titles[:2] == ["Pavement sign", "Window sticker"]
    cafe.apply(op.MoveCard(second.id, content.stages[1].id, lane.id, 0))
    assert ("card", first.id) in heard[-1].updated  # pulled back up to 0
    assert in_cell(cafe.content(), stage.id, lane.id)[0].title == "Window sticker"


def test_a_duplicated_card_keeps_every_field_but_its_votes(cafe: Document) -> None:
    original = cafe.content().cards[0]
    picture = b"\x89PNG\r\n\x1a\n" + bytes(60)
    cafe.apply(
        op.edit(
            "card",
            original.id,
            notes="Asked at the counter",
            channel="in-store",
            owner="Barista",
            evidence="interview",
            priority=2,
            moment=True,
            colour="#1f77b4",
            image=picture,
        )
    )
    cafe.apply(op.edit("card", original.id, votes=3))
    source = next(c for c in cafe.content().cards if c.id == original.id)
    cafe.apply(op.DuplicateCard(original.id, "d" * 32))
    copy = next(c for c in cafe.content().cards if c.id == "d" * 32)
    assert copy == dataclasses.replace(source, id=copy.id, position=source.position + 1, votes=0)

"""The journeyboard/1 JSON format: lossless round trips, and one clear message per bad file."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from work_counting import lines_run

from app.model.data.records import MapContent
from app.model.errors import InterchangeError
from app.model.file.document import Document
from app.model.interchange import journeyboard_json as interchange
from app.model.interchange.journeyboard_json import dumps, export_map, parse_map, read_map_file
from app.model.interchange.templates import list_templates


def round_trip(source: Path, tmp_path: Path) -> dict[str, Any]:
    """JSON → .journey file → JSON, through a file closed and opened again."""
    imported = read_map_file(source)
    path = tmp_path / f"{source.stem}.journey"
    Document.create(path, imported.content, snapshots=imported.snapshots).close()
    with Document.open(path) as document:
        return export_map(document.content(), document.snapshots())


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.id)
def test_every_template_survives_the_round_trip_unchanged(template: Any, tmp_path: Path) -> None:
    exported = round_trip(template.path, tmp_path)
    assert exported == json.loads(template.path.read_text(encoding="utf-8"))
    assert dumps(exported) == template.path.read_text(encoding="utf-8")


def by_cell(document: dict[str, Any]) -> dict[str, Any]:
    """The map with cards grouped by cell, in their order there, and emotion points linked
    to (stage, lane, place in cell): a file may list cards in any order, an export lists
    them by stage and lane, and both mean the same map."""
    cells: dict[tuple[int, int], list[dict[str, Any]]] = {}
    where: list[tuple[int, int, int]] = []
    for card in document["cards"]:
        cell = cells.setdefault((card["stage"], card["lane"]), [])
        where.append((card["stage"], card["lane"], len(cell)))
        cell.append(card)
    emotions = sorted(
        (
            {**e, "card": None if e.get("card") is None else where[e["card"]]}
            for e in document.get("emotions", [])
        ),
        key=lambda e: (e["persona"], e["stage"], e["order"]),
    )
    return {**document, "cards": cells, "emotions": emotions}


def says_the_same(said: Any, back: Any) -> bool:
    """Whether `back` holds everything `said` holds; fields `said` leaves out may be added."""
    if isinstance(said, dict):
        return all(key in back and says_the_same(value, back[key]) for key, value in said.items())
    if isinstance(said, list):
        return len(said) == len(back) and all(map(says_the_same, said, back))
    return bool(said == back)


def test_maps_made_with_another_editor_round_trip(
    real_map_files: list[Path], tmp_path: Path
) -> None:
    for source in real_map_files:
        original = json.loads(source.read_text(encoding="utf-8"))
        exported = round_trip(source, tmp_path)
        assert says_the_same(by_cell(original), by_cell(exported)), source.name
        again = tmp_path / f"again-{source.name}"
        again.write_text(dumps(exported), encoding="utf-8")
        assert round_trip(again, tmp_path) == exported


def test_snapshots_travel_with_the_map(tmp_path: Path) -> None:
    document = {
        "format": "journeyboard/1",
        "title": "Now",
        "stages": [{"name": "Visit"}],
        "lanes": [{"kind": "touchpoints"}],
        "cards": [{"stage": 0, "lane": 0, "title": "New sign"}],
        "snapshots": [
            {
                "name": "Before the new sign",
                "taken_at": "2026-05-01T08:00:00Z",
                "map": {"title": "Then", "stages": [{"name": "Visit"}]},
            }
        ],
    }
    source = tmp_path / "with-snapshot.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    exported = round_trip(source, tmp_path)
    assert exported["snapshots"][0]["name"] == "Before the new sign"
    assert exported["snapshots"][0]["map"]["title"] == "Then"
    assert exported["lanes"] == [{"kind": "touchpoints", "title": "Touchpoints", "height": 120}]


def test_a_persona_photo_travels_as_base64(tmp_path: Path) -> None:
    photo = b"\xff\xd8\xff\xe0" + bytes(100)
    document = {
        "format": "journeyboard/1",
        "title": "With a face",
        "personas": [{"name": "Maya", "photo": base64.b64encode(photo).decode()}],
    }
    source = tmp_path / "photo.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    exported = round_trip(source, tmp_path)
    assert base64.b64decode(exported["personas"][0]["photo"]) == photo
    assert exported["personas"][0]["primary"] is True


def test_a_card_picture_travels_as_base64_and_a_broken_one_is_refused(tmp_path: Path) -> None:
    picture = b"GIF89a" + bytes(50)
    document = minimal()
    document["cards"][1]["image"] = base64.b64encode(picture).decode()
    source = tmp_path / "picture.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    exported = round_trip(source, tmp_path)
    assert base64.b64decode(exported["cards"][1]["image"]) == picture
    assert "image" not in exported["cards"][0], "a card without a picture says nothing of one"

    document["cards"][1]["image"] = base64.b64encode(b"<svg>not a picture we keep</svg>").decode()
    source.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"cards\[1\]\.image.*PNG, JPEG or GIF"):
        read_map_file(source)


def minimal(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "journeyboard/1",
        "title": "Corner Café — new customer",
        "emotion_scale": [-3, 3],
        "personas": [{"name": "Maya", "primary": True}, {"name": "Tom"}],
        "stages": [{"name": "Awareness"}, {"name": "Decision"}],
        "lanes": [{"kind": "touchpoints", "title": "Touchpoints"}],
        "cards": [
            {"stage": 0, "lane": 0, "title": "Chalkboard outside"},
            {"stage": 1, "lane": 0, "title": "Card machine"},
        ],
        "emotions": [{"persona": 0, "stage": 0, "order": 0, "score": 1, "card": 0}],
    }
    document.update(changes)
    return document


def with_card(**fields: Any) -> dict[str, Any]:
    return minimal(cards=[{"stage": 0, "lane": 0, "title": "A card", **fields}])


BAD_MAPS: dict[str, tuple[Any, str]] = {
    "a list": ([], "^this is not a Journeyboard map \\(JSON\\)"),
    "no format": ({"title": "x"}, "^this is not a Journeyboard map \\(JSON\\)"),
    "another format": (minimal(format="miro/2"), "^format: must be 'journeyboard/1'"),
    "a newer format with new fields": (
        minimal(format="journeyboard/2", owner_email="a@b.c"),
        "^format: must be 'journeyboard/1'; this file says 'journeyboard/2'$",
    ),
    "no title": ({"format": "journeyboard/1"}, "^title: is missing$"),
    "a blank title": (minimal(title="   "), "^title: must not be empty$"),
    "an unknown field": (minimal(theme="dark"), "^theme: is not a field of a journeyboard/1 map"),
    "an unknown card field": (with_card(size=3), "^cards\\[0\\].size: is not a field"),
    "a stage that is not there": (
        with_card(stage=7),
        "^cards\\[0\\].stage: 7 is not a stage of this map \\(numbered 0 to 1\\)$",
    ),
    "a stage given as text": (with_card(stage="0"), "^cards\\[0\\].stage: must be the number"),
    "a stage given as true": (with_card(stage=True), "^cards\\[0\\].stage: must be the number"),
    "a lane in an empty list": (
        minimal(lanes=[], cards=[{"stage": 0, "lane": 0, "title": "x"}]),
        "^cards\\[0\\].lane: 0 is not a lane of this map \\(there are none\\)$",
    ),
    "a priority out of range": (
        with_card(priority=9),
        "^cards\\[0\\].priority: must be from 0 to 3",
    ),
    "votes as a fraction": (
        with_card(votes=1.5),
        "^cards\\[0\\].votes: must be a whole number, not 1.5$",
    ),
    "an unknown evidence": (
        with_card(evidence="gut feeling"),
        "^cards\\[0\\].evidence: must be one of",
    ),
    "a colour by name": (with_card(colour="red"), "^cards\\[0\\].colour: must be a colour like"),
    "a control character": (with_card(title="Bell\x07"), "control character U\\+0007"),
    "a broken character": (with_card(title="half \ud83d"), "contains a broken character"),
    "an absurd title": (with_card(title="x" * 1_000_000), "is too long \\(1,000,000 characters"),
    "a score off the scale": (
        minimal(emotions=[{"persona": 0, "stage": 0, "score": 5}]),
        "^emotions\\[0\\].score: must be on the map's scale, from −3 to \\+3, not \\+5$",
    ),
    "a scale of two scores": (
        minimal(emotion_scale=[1, 2]),
        "^emotion_scale: needs at least 3 scores, from lowest to highest, not 1…2$",
    ),
    "a scale upside down": (
        minimal(emotion_scale=[5, 1]),
        "^emotion_scale: needs at least 3 scores, from lowest to highest, not 5…1$",
    ),
    "a scale past ten": (minimal(emotion_scale=[0, 11]), "^emotion_scale\\[1\\]: must be from"),
    "a scale of three numbers": (minimal(emotion_scale=[-3, 0, 3]), "^emotion_scale: must be two"),
    "two points at one place": (
        minimal(
            emotions=[
                {"persona": 1, "stage": 1, "order": 0, "score": 1},
                {"persona": 1, "stage": 1, "order": 0, "score": 2},
            ]
        ),
        "^emotions\\[1\\].order: persona 1 already has a point 0 in stage 1$",
    ),
    "a link to a card that is not there": (
        minimal(emotions=[{"persona": 0, "stage": 0, "score": 0, "card": 9}]),
        "^emotions\\[0\\].card: 9 is not a card",
    ),
    "two primary personas": (
        minimal(personas=[{"name": "A", "primary": True}, {"name": "B", "primary": True}]),
        "^personas\\[1\\].primary: only one persona can be primary$",
    ),
    "primary as text": (
        minimal(personas=[{"name": "A", "primary": "yes"}]),
        "^personas\\[0\\].primary: must be true or false$",
    ),
    "a photo that is not base64": (
        minimal(personas=[{"name": "A", "photo": "not base64!"}]),
        "^personas\\[0\\].photo: is not valid base64",
    ),
    "a photo with letters outside base64's alphabet": (
        minimal(personas=[{"name": "A", "photo": "Zm9v\u00e9\u00e9"}]),
        "^personas\\[0\\].photo: is not valid base64",
    ),
    "a photo that is not a picture": (
        minimal(personas=[{"name": "A", "photo": base64.b64encode(b"#!/bin/sh").decode()}]),
        "^personas\\[0\\].photo: must be a PNG, JPEG or GIF picture$",
    ),
    "cards as an object": (minimal(cards={"0": {}}), "^cards: must be a list"),
    "too many cards": (
        minimal(cards=[{}] * 50_001),
        "^cards: holds more than a map can \\(50,000\\)$",
    ),
    "a snapshot without its map": (
        minimal(snapshots=[{"name": "Q3", "taken_at": "2026-09-30T17:00:00Z"}]),
        "^snapshots\\[0\\].map: is missing$",
    ),
    "a snapshot's bad card": (
        minimal(
            snapshots=[
                {
                    "name": "Q3",
                    "taken_at": "2026-09-30T17:00:00Z",
                    "map": {"title": "Then", "cards": [{"stage": 0, "lane": 0, "title": "x"}]},
                }
            ]
        ),
        "^snapshots\\[0\\].map.cards\\[0\\].stage: 0 is not a stage",
    ),
}


@pytest.mark.parametrize("case", BAD_MAPS, ids=list(BAD_MAPS))
def test_a_bad_map_gets_one_message_naming_the_first_error(case: str) -> None:
    document, message = BAD_MAPS[case]
    with pytest.raises(InterchangeError, match=message):
        parse_map(json.dumps(document))


@pytest.mark.parametrize("scale", [[1, 5], [1, 10], [0, 10], [-5, 5], [-10, -8]])
def test_any_whole_number_scale_of_three_scores_or_more_imports(
    scale: list[int], tmp_path: Path
) -> None:
    low, high = scale
    emotions = [{"persona": 0, "stage": 0, "score": low}, {"persona": 0, "stage": 1, "score": high}]
    imported = parse_map(json.dumps(minimal(emotion_scale=scale, emotions=emotions)))
    with Document.create(tmp_path / "scale.journey", imported.content) as document:
        content = document.content()
    assert (content.map.emotion_min, content.map.emotion_max) == (low, high)
    assert [point.score for point in content.emotions] == [low, high]
    assert export_map(content)["emotion_scale"] == scale


BAD_TEXTS: dict[str, tuple[bytes, str]] = {
    "not JSON": (b'{"format": "journeyboard/1",', "^line 1, column 29: this is not valid JSON"),
    "not UTF-8": ('{"title": "Café"}'.encode("latin-1"), "^the file is not UTF-8 text"),
    "nested too deeply": (b'{"cards": [{"a":' * 50_000 + b"1" + b"}]" * 50_000 + b"}", "nested"),
    "a repeated key": (b'{"title": "a", "title": "b"}', "the key 'title' appears twice"),
    "NaN": (b'{"format": "journeyboard/1", "title": "x", "emotion_scale": [NaN, 3]}', "NaN"),
    "a number too long to read": (
        b'{"votes": 1' + b"0" * 5000 + b"}",
        "^a number in the file is too long to be a value$",
    ),
    "a .journey file": (b"SQLite format 3\x00" + bytes(200), "a database file, such as a .journey"),
}


@pytest.mark.parametrize("case", BAD_TEXTS, ids=list(BAD_TEXTS))
def test_text_that_is_not_a_map(case: str) -> None:
    raw, message = BAD_TEXTS[case]
    with pytest.raises(InterchangeError, match=message):
        parse_map(raw)


def test_a_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + json.dumps(minimal()).encode()
    assert parse_map(raw).content.map.title == "Corner Café — new customer"


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(257 << 20)  # sparse: no disk space used
    with pytest.raises(InterchangeError) as refused:
        read_map_file(path)
    assert str(refused.value) == f"“{path}”: the file is larger than 256 MB"


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_source_that_is_not_a_regular_file(tmp_path: Path, special: str) -> None:
    """/dev/zero never ends and a named pipe waits for a writer: neither is read."""
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    with pytest.raises(InterchangeError, match="is not a regular file"):
        read_map_file(path)


def test_many_points_without_an_order_import_in_linear_time() -> None:
    """Each point without an order follows the last one of its stage (it once took 25 s
    for 20,000, counting the points before each one): four times the points, at most
    about four times the work, counted in lines of code run."""

    def import_points(count: int) -> MapContent:
        points = [{"persona": 0, "stage": i % 2, "score": 0} for i in range(count)]
        return parse_map(json.dumps(minimal(emotions=points))).content

    content = import_points(2_000)
    assert [e.position for e in content.emotions[:3]] == [0, 1, 2]
    assert len(content.emotions) == 2_000
    small, large = lines_run(lambda: import_points(500)), lines_run(lambda: import_points(2_000))
    assert large < 4.4 * small


def test_snapshots_count_towards_the_rows_one_import_may_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each snapshot is a whole map; the limit (a million rows) is lowered to keep this quick."""
    monkeypatch.setattr(interchange, "MAX_TOTAL_ROWS", 1_000)
    cards = [{"stage": 0, "lane": 0, "title": "x"}] * 300
    snapshot = {
        "name": "Copy",
        "taken_at": "2026-01-01T00:00:00Z",
        "map": {"title": "Copy", "stages": [{"name": "A"}], "lanes": [{"kind": "notes"}]},
    }
    snapshot["map"]["cards"] = cards  # type: ignore[index]
    document = minimal(snapshots=[snapshot] * 5)
    with pytest.raises(InterchangeError, match=r"^snapshots\[3\]: the map and its snapshots"):
        parse_map(json.dumps(document))

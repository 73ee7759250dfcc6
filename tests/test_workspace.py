"""A team workspace on a real PostgreSQL server: Debian's, in a throw-away cluster on a
private socket (tests/postgres_server.py), never a mock."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import real_maps
from postgres_server import Cluster

from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.interchange.journeyboard_json import read_map_file
from app.model.interchange.templates import find_template, load_template
from app.model.workspace.shared_map import SharedMap
from app.model.workspace.store import AS_PULLED, Workspace, WorkspaceError

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")
CAFE = load_template(find_template("cafe")).content


def run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [JOURNEYBOARD, *map(str, arguments)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def url(cluster: Cluster) -> str:
    """A new, empty database of the cluster: each test has a workspace of its own."""
    return cluster.url(cluster.new_database())


@pytest.fixture
def workspace(url: str) -> Iterator[Workspace]:
    opened = Workspace(url)
    opened.init()
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "source",
    [None, *real_maps()],
    ids=lambda source: "cafe" if source is None else source.stem[:24],
)
def test_a_map_pushed_and_pulled_is_the_file_it_was(
    workspace: Workspace, tmp_path: Path, source: Path | None
) -> None:
    imported = read_map_file(source) if source else None
    with Document.create(
        tmp_path / "map.journey",
        imported.content if imported else CAFE,
        snapshots=imported.snapshots if imported else (),
    ) as document:
        content, snapshots = document.content(), document.snapshots()
    workspace.push(content, snapshots)
    workspace.push(CAFE if source else load_template(find_template("saas")).content)

    pulled = workspace.pull(content.map.id)
    assert pulled.content == content
    assert pulled.snapshots == snapshots
    Document.create(tmp_path / "pulled.journey", pulled.content, snapshots=pulled.snapshots)
    with Document.open(tmp_path / "pulled.journey", read_only=True) as back:
        assert back.content() == content
        assert back.snapshots() == snapshots


def test_the_list_names_each_map_its_cards_and_who_changed_it(workspace: Workspace) -> None:
    saas = load_template(find_template("saas")).content
    workspace.push(CAFE)
    workspace.push(saas)
    entries = workspace.maps()
    assert [(entry.title, entry.cards, entry.changed_by) for entry in entries] == [
        (saas.map.title, len(saas.cards), "postgres"),
        (CAFE.map.title, len(CAFE.cards), "postgres"),
    ]


def test_another_version_of_a_map_is_refused_unless_replaced(workspace: Workspace) -> None:
    workspace.push(CAFE)
    workspace.push(CAFE)  # the same again: nothing is lost
    linked = {point.card_id for point in CAFE.emotions}
    kept = tuple(
        card for card in CAFE.cards if card.lane_id != CAFE.cards[-1].lane_id or card.id in linked
    )
    revised = dataclasses.replace(
        CAFE, map=dataclasses.replace(CAFE.map, title="Café, revised"), cards=kept
    )
    with pytest.raises(WorkspaceError, match="already holds this map"):
        workspace.push(revised)
    workspace.push(revised, replace=True)
    assert [(entry.title, entry.cards) for entry in workspace.maps()] == [
        ("Café, revised", len(kept))
    ]
    assert len(kept) < len(CAFE.cards)
    assert workspace.pull("Café, revised").content.cards == kept


def test_a_map_is_found_by_title_and_an_unknown_one_is_named(workspace: Workspace) -> None:
    workspace.push(CAFE)
    assert workspace.pull(CAFE.map.title).content == CAFE
    with pytest.raises(WorkspaceError) as refused:
        workspace.pull("Bakery")
    assert str(refused.value) == "the workspace holds no map titled or numbered “Bakery”"


def test_an_unreachable_server_is_said_in_one_line(tmp_path: Path) -> None:
    workspace = Workspace(f"postgresql://nobody@/nothing?host={tmp_path}")
    with pytest.raises(WorkspaceError) as refused:
        workspace.maps()
    assert "connection to server on socket" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_init_list_push_and_pull_from_the_command_line(url: str, tmp_path: Path) -> None:
    source = tmp_path / "cafe.journey"
    Document.create(source, CAFE).close()
    assert run("workspace", "init", url).returncode == 0
    pushed = run("workspace", "push", url, source)
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout == f"Pushed “{CAFE.map.title}” (43 cards)\n"
    listed = run("workspace", "list", url)
    assert listed.stdout.startswith(f"{CAFE.map.title}  (43 cards, ")
    assert CAFE.map.id in listed.stdout

    pulled = run("workspace", "pull", url, CAFE.map.title, tmp_path / "back")
    assert pulled.returncode == 0, pulled.stderr
    with Document.open(tmp_path / "back.journey", read_only=True) as document:
        assert document.content() == CAFE
    again = run("workspace", "push", url, source)  # over the map as it was pulled
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE journeyboard.card SET votes = -1",
        "UPDATE journeyboard.card SET title = ' '",
        "UPDATE journeyboard.map SET emotion_min = 3, emotion_max = 3",
        "UPDATE journeyboard.map SET primary_persona_id = 'f' || repeat('0', 31)",
        "UPDATE journeyboard.emotion_point SET stage_id = (SELECT id FROM journeyboard.stage "
        "WHERE map_id <> journeyboard.emotion_point.map_id LIMIT 1)",
    ],
)
def test_the_server_refuses_what_no_edit_could_make(
    workspace: Workspace, url: str, cluster: Cluster, change: str
) -> None:
    """The file's CHECKs, and references that stay within their map, hold on the server
    too: a row written by hand is refused as an edit would be."""
    workspace.push(CAFE)
    workspace.push(load_template(find_template("saas")).content)
    with pytest.raises(subprocess.CalledProcessError):
        cluster.sql(change, urlsplit(url).path.lstrip("/"))
    assert workspace.pull(CAFE.map.id).content == CAFE


def test_a_map_pulled_for_a_trip_is_pushed_back_over_the_one_it_came_from(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.push(CAFE)
    trip = tmp_path / "trip.journey"
    assert run("workspace", "pull", workspace.url, CAFE.map.title, trip).returncode == 0
    with Document.open(trip) as document:
        document.apply(op.edit("card", CAFE.cards[0].id, title="Written on the train"))
        content, snapshots = document.content(), document.snapshots()
    assert [snapshot.name for snapshot in snapshots] == [AS_PULLED]
    workspace.push(content, snapshots)  # nobody changed it meanwhile: no --replace needed
    assert workspace.pull(CAFE.map.id).content == content


def test_pushing_back_over_a_map_changed_meanwhile_is_refused_and_says_by_whom(
    workspace: Workspace, cluster: Cluster, url: str, tmp_path: Path
) -> None:
    workspace.push(CAFE)
    trip = tmp_path / "trip.journey"
    assert run("workspace", "pull", url, CAFE.map.title, trip).returncode == 0
    assert run("workspace", "pull", url, CAFE.map.title, tmp_path / "a look").returncode == 0
    with SharedMap.open(url, CAFE.map.id) as at_the_office:
        at_the_office.apply(op.edit("card", CAFE.cards[1].id, title="Changed at the office"))
    with Document.open(trip) as document:
        document.apply(op.edit("card", CAFE.cards[0].id, title="Written on the train"))
    pushed = run("workspace", "push", url, trip)
    assert pushed.returncode == 1
    assert pushed.stderr.startswith(
        f"journeyboard: “{CAFE.map.title}” changed in the workspace since you pulled it (postgres, "
    )
    assert pushed.stderr.endswith(
        "): pull it again and make your changes there, or push with --replace to put yours "
        "in its place\n"
    )
    office = workspace.pull(CAFE.map.id).content
    assert office.cards[1].title == "Changed at the office"
    assert run("workspace", "pull", url, CAFE.map.title, tmp_path / "another look").returncode == 0
    assert run("workspace", "push", url, trip).returncode == 1  # pulling again changes nothing
    assert run("workspace", "push", url, trip, "--replace").returncode == 0
    assert workspace.pull(CAFE.map.id).content.cards[0].title == "Written on the train"

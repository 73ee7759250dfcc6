"""A map edited in place in a team workspace, on a real PostgreSQL server: each operation
one transaction, the same undo as a file, several people at once with no change lost, and
each role held to its part."""

from __future__ import annotations

import select
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from postgres_server import Cluster

from app.model.data.records import CardRecord, EmotionRecord, StageRecord, new_id
from app.model.edits import operations as op
from app.model.edits.map_document import DocumentChanged
from app.model.interchange.templates import find_template, load_template
from app.model.workspace.refusals import EDITOR, FACILITATOR, VIEWER
from app.model.workspace.shared_map import RowChangedError, SharedMap
from app.model.workspace.store import Workspace, WorkspaceError

CAFE = load_template(find_template("cafe")).content
CARD = CAFE.cards[0]
OTHER_CARD = CAFE.cards[1]
EDITOR_REFUSED = (
    "{who} may change cards, emotion points and personas in this workspace; "
    "the map, its stages and lanes, votes and snapshots are for facilitators"
)

Opener = Callable[[str], SharedMap]
"""Opens the café map as a new login holding the given role."""


@pytest.fixture
def database(cluster: Cluster) -> str:
    name = cluster.new_database()
    workspace = Workspace(cluster.url(name))
    workspace.init()
    workspace.push(CAFE)
    workspace.close()
    return name


@pytest.fixture
def open_as(cluster: Cluster, database: str) -> Iterator[Opener]:
    opened: list[SharedMap] = []

    def open_as(role: str) -> SharedMap:
        person = cluster.new_person(role)
        shared = SharedMap.open(cluster.url(database, user=person), CAFE.map.title)
        opened.append(shared)
        return shared

    yield open_as
    for shared in opened:
        shared.close()


def on_server(cluster: Cluster, database: str) -> Workspace:
    return Workspace(cluster.url(database))


def card(shared: SharedMap, card_id: str) -> CardRecord:
    return next(c for c in shared.content().cards if c.id == card_id)


def test_an_edit_is_committed_on_the_server_and_undone_as_in_a_file(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    shared = open_as(FACILITATOR)
    assert shared.content() == CAFE
    assert not shared.read_only
    inverse = shared.apply(op.edit("card", CARD.id, title="Chalkboard, repainted"))
    assert card(shared, CARD.id).title == "Chalkboard, repainted"
    pulled = on_server(cluster, database).pull(CAFE.map.id).content
    assert next(c for c in pulled.cards if c.id == CARD.id).title == "Chalkboard, repainted"

    shared.apply(inverse, expecting=shared.last_step)
    assert on_server(cluster, database).pull(CAFE.map.id).content == CAFE
    assert shared.content() == CAFE


def test_two_people_editing_different_cards_both_keep_their_change(open_as: Opener) -> None:
    alice, bob = open_as(EDITOR), open_as(EDITOR)
    alice.apply(op.edit("card", CARD.id, notes="Alice's note"))
    bob.apply(op.edit("card", OTHER_CARD.id, notes="Bob's note"))
    bob.refresh([("card", CARD.id)])
    assert card(bob, CARD.id).notes == "Alice's note"
    assert card(bob, OTHER_CARD.id).notes == "Bob's note"


def test_a_change_on_a_card_someone_changed_meanwhile_is_refused_and_shows_theirs(
    open_as: Opener,
) -> None:
    alice, bob = open_as(EDITOR), open_as(EDITOR)
    heard: list[object] = []
    bob.subscribe(heard.append)
    alice.apply(op.edit("card", CARD.id, title="Alice's title"))
    with pytest.raises(RowChangedError) as refused:
        bob.apply(op.edit("card", CARD.id, notes="Bob's note"))
    who = alice.url.split("//")[1].split("@")[0]
    assert str(refused.value) == (
        f"{who} changed the card “Alice's title” meanwhile: your change was not made, "
        "and it now shows theirs."
    )
    assert card(bob, CARD.id).title == "Alice's title"
    assert card(bob, CARD.id).notes == CARD.notes
    assert heard and heard[-1].updated == {("card", CARD.id)}  # type: ignore[attr-defined]
    bob.apply(op.edit("card", CARD.id, notes="Bob's note"))  # now that Bob has seen it
    alice.refresh([("card", CARD.id)])
    assert (card(alice, CARD.id).title, card(alice, CARD.id).notes) == (
        "Alice's title",
        "Bob's note",
    )


def test_removing_a_card_someone_changed_meanwhile_is_refused(open_as: Opener) -> None:
    alice, bob = open_as(FACILITATOR), open_as(FACILITATOR)
    alice.apply(op.edit("card", CARD.id, title="Keep me"))
    with pytest.raises(RowChangedError):
        bob.apply(op.DeleteCard(CARD.id))
    assert card(alice, CARD.id).title == "Keep me"


def test_undo_is_refused_when_someone_changed_the_row_since(open_as: Opener) -> None:
    alice, bob = open_as(EDITOR), open_as(EDITOR)
    undo = alice.apply(op.edit("card", CARD.id, title="Alice's title"))
    step = alice.last_step
    bob.refresh([("card", CARD.id)])
    bob.apply(op.edit("card", CARD.id, title="Bob's title"))
    alice.refresh([("card", CARD.id)])  # Alice has seen Bob's change: still, undo is refused
    with pytest.raises(RowChangedError, match="since your step, so it was not undone"):
        alice.apply(undo, expecting=step)
    assert card(alice, CARD.id).title == "Bob's title"


def test_dots_given_at_once_on_several_machines_add_up(open_as: Opener) -> None:
    machines = [open_as(FACILITATOR) for _ in range(3)]
    for machine in machines:  # none has seen the others' dots
        machine.apply(op.AddVotes(CARD.id, 1))
    machines[0].refresh([("card", CARD.id)])
    assert card(machines[0], CARD.id).votes == CARD.votes + 3


def test_a_viewer_opens_the_map_read_only(open_as: Opener) -> None:
    viewer = open_as(VIEWER)
    assert viewer.read_only
    assert viewer.content() == CAFE
    who = viewer.url.split("//")[1].split("@")[0]
    with pytest.raises(WorkspaceError, match=f"^{who} may only read this workspace$"):
        viewer.apply(op.edit("card", CARD.id, title="Mine"))


def _new_card() -> op.Operation:
    return op.AddCard(CardRecord(new_id(), CARD.stage_id, CARD.lane_id, 0, "From the room"))


def _new_point() -> op.Operation:
    point = CAFE.emotions[0]
    return op.AddEmotion(EmotionRecord(new_id(), point.persona_id, point.stage_id, 0, 1))


EDITORS_MAY = {
    "add a card": _new_card,
    "edit a card": lambda: op.edit("card", CARD.id, title="Retitled", priority=2),
    "move a card": lambda: op.MoveCard(CARD.id, OTHER_CARD.stage_id, OTHER_CARD.lane_id, 0),
    "delete a card with no votes": lambda: op.DeleteCard(CARD.id),
    "add an emotion point": _new_point,
    "re-score a point": lambda: op.edit("emotion_point", CAFE.emotions[0].id, score=2),
    "edit a persona": lambda: op.edit("persona", CAFE.personas[0].id, quote="Quick, please"),
}
FACILITATORS_ONLY = {
    "add a stage": lambda: op.AddStage(StageRecord(new_id(), 0, "Before")),
    "rename a lane": lambda: op.edit("lane", CAFE.lanes[0].id, title="Seen"),
    "retitle the map": lambda: op.edit("map", CAFE.map.id, title="Ours"),
    "give a dot": lambda: op.AddVotes(CARD.id, 1),
    "set the votes": lambda: op.edit("card", CARD.id, votes=4),
    "take a snapshot": lambda: op.TakeSnapshot(new_id(), "Before", "2026-12-03T10:00:00Z"),
}


@pytest.mark.parametrize("change", EDITORS_MAY, ids=str)
def test_an_editor_may(open_as: Opener, change: str) -> None:
    editor = open_as(EDITOR)
    editor.apply(EDITORS_MAY[change]())


@pytest.mark.parametrize("change", FACILITATORS_ONLY, ids=str)
def test_only_a_facilitator_may(open_as: Opener, change: str) -> None:
    editor = open_as(EDITOR)
    who = editor.url.split("//")[1].split("@")[0]
    with pytest.raises(WorkspaceError) as refused:
        editor.apply(FACILITATORS_ONLY[change]())
    assert str(refused.value) == EDITOR_REFUSED.format(who=who)
    assert editor.content() == CAFE
    open_as(FACILITATOR).apply(FACILITATORS_ONLY[change]())


def test_an_editor_may_not_remove_a_card_that_has_votes(open_as: Opener) -> None:
    open_as(FACILITATOR).apply(op.AddVotes(CARD.id, 2))
    editor = open_as(EDITOR)
    who = editor.url.split("//")[1].split("@")[0]
    with pytest.raises(WorkspaceError) as refused:
        editor.apply(op.DeleteCard(CARD.id))
    assert str(refused.value) == EDITOR_REFUSED.format(who=who)
    assert card(editor, CARD.id).votes == CARD.votes + 2


CHILD = Path(__file__).with_name("workspace_child.py")


def other_process(url: str, *arguments: str) -> subprocess.Popen[str]:
    """Another person's Journeyboard editing the café map (tests/workspace_child.py)."""
    return subprocess.Popen(
        [sys.executable, CHILD, url, CAFE.map.id, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str]) -> None:
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors


def news(shared: SharedMap) -> None:
    """Wait until the map's feed has word of a change, and show it."""
    readable, _, _ = select.select([shared.feed.socket()], [], [], 30)
    assert readable, "no change was announced"
    shared.take_others_changes()


def test_another_process_changing_another_card_is_seen_and_both_changes_kept(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    mine = open_as(EDITOR)
    heard: list[DocumentChanged] = []
    mine.subscribe(heard.append)
    finished(other_process(cluster.url(database, user=cluster.new_person(EDITOR)),
                           "retitle", OTHER_CARD.id, "Theirs"))  # fmt: skip
    news(mine)
    assert card(mine, OTHER_CARD.id).title == "Theirs"
    assert heard[-1].operation is None and heard[-1].updated == {("card", OTHER_CARD.id)}
    mine.apply(op.edit("card", CARD.id, title="Mine"))
    server = on_server(cluster, database).pull(CAFE.map.id).content
    assert {c.id: c.title for c in server.cards}[CARD.id] == "Mine"
    assert {c.id: c.title for c in server.cards}[OTHER_CARD.id] == "Theirs"
    assert mine.content() == server


def test_another_process_changing_the_same_card_first_wins_and_is_named(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    mine = open_as(EDITOR)
    other = cluster.new_person(EDITOR)
    finished(other_process(cluster.url(database, user=other), "retitle", CARD.id, "Theirs"))
    with pytest.raises(RowChangedError, match=f"^{other} changed the card “Theirs” meanwhile"):
        mine.apply(op.edit("card", CARD.id, title="Mine"))
    assert card(mine, CARD.id).title == "Theirs"


def test_dots_from_several_processes_at_once_add_up(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    mine = open_as(FACILITATOR)
    voters = [
        other_process(cluster.url(database, user=cluster.new_person(FACILITATOR)), "vote", CARD.id)
        for _ in range(3)
    ]
    mine.apply(op.AddVotes(CARD.id, 1))
    for voter in voters:
        finished(voter)
    mine.refresh([("card", CARD.id)])
    assert card(mine, CARD.id).votes == CARD.votes + 4


def test_a_process_killed_mid_edit_leaves_nothing_half_done(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    holder = other_process(cluster.url(database, user=cluster.new_person(EDITOR)),
                           "hold", CARD.id, "Never committed")  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)
    assert on_server(cluster, database).pull(CAFE.map.id).content == CAFE
    mine = open_as(EDITOR)
    mine.apply(op.edit("card", CARD.id, title="Mine"))  # its row is free again
    assert card(mine, CARD.id).title == "Mine"

"""A map edited in place in a team workspace, on a real PostgreSQL server: each operation
one transaction, the same undo as a file, several people at once with no change lost, and
each role held to its part."""

from __future__ import annotations

import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from postgres_server import Cluster

from app.model.data.records import CardRecord, EmotionRecord, StageRecord, new_id
from app.model.edits import operations as op
from app.model.edits.map_document import DocumentChanged
from app.model.errors import OperationError
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
    return cluster.new_workspace(CAFE)


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

    shared.apply(inverse, undoing=True)
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
    bob.refresh([("card", CARD.id)])
    bob.apply(op.edit("card", CARD.id, title="Bob's title"))
    alice.refresh([("card", CARD.id)])  # Alice has seen Bob's change: still, undo is refused
    with pytest.raises(RowChangedError, match="after your step, so that step cannot be undone"):
        alice.apply(undo, undoing=True)
    assert card(alice, CARD.id).title == "Bob's title"


def test_two_steps_of_ones_own_on_one_card_are_undone_in_turn(open_as: Opener) -> None:
    mine = open_as(EDITOR)
    first = mine.apply(op.edit("card", CARD.id, title="One"))
    second = mine.apply(op.edit("card", CARD.id, title="Two"))
    mine.apply(second, undoing=True)
    mine.apply(first, undoing=True)
    assert card(mine, CARD.id).title == CARD.title


def test_a_change_whose_commit_fails_leaves_the_versions_it_saw(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    """A move refused only at its commit (the target stage was being removed meanwhile,
    which a deferred reference finds) must not leave this map believing it landed: a later
    change over someone else's is still refused."""
    mine, other = open_as(FACILITATOR), open_as(FACILITATOR)
    target = next(stage for stage in CAFE.stages if stage.id != CARD.stage_id)
    with psycopg.connect(cluster.url(database)) as remover:
        for table in ("emotion_point", "card"):
            remover.execute(
                f"DELETE FROM journeyboard.{table} WHERE map_id = %s AND stage_id = %s",
                (CAFE.map.id, target.id),
            )
        remover.execute("DELETE FROM journeyboard.stage WHERE id = %s", (target.id,))
        outcome: list[BaseException] = []

        def move() -> None:
            try:
                mine.apply(op.MoveCard(CARD.id, target.id, CARD.lane_id, 0))
            except OperationError as error:  # "refers to something no longer in the map"
                outcome.append(error)

        mover = threading.Thread(target=move)
        mover.start()
        time.sleep(0.5)  # the move waits on the remover's locks
        remover.commit()
        mover.join(timeout=30)
    assert len(outcome) == 1
    other.apply(op.edit("card", CARD.id, title="The other's"))
    with pytest.raises(RowChangedError):
        mine.apply(op.edit("card", CARD.id, title="Mine, over theirs unseen"))


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


def _new_card_with_votes() -> op.Operation:
    return op.AddCard(
        CardRecord(new_id(), CARD.stage_id, CARD.lane_id, 0, "Voted already", votes=2)
    )


FACILITATORS_ONLY = {
    "add a card that has votes": _new_card_with_votes,
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


def test_a_snapshot_is_taken_and_restored_on_the_server_and_kept(open_as: Opener) -> None:
    shared = open_as(FACILITATOR)
    snapshot = new_id()
    shared.apply(op.TakeSnapshot(snapshot, "Before the redesign", "2026-12-03T10:00:00Z"))
    shared.apply(op.DeleteCard(CARD.id))
    shared.apply(op.edit("map", CAFE.map.id, title="Redesigned"))
    undo = shared.apply(op.RestoreSnapshot(snapshot))
    assert shared.content() == CAFE
    assert [s.name for s in shared.snapshots(contents=False)] == ["Before the redesign"]
    shared.apply(undo, undoing=True)
    assert shared.content().map.title == "Redesigned"


def test_nobody_but_the_server_stamps_who_changed_a_row(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    editor = open_as(EDITOR)
    forged = "UPDATE journeyboard.persona SET changed_by = 'the_boss', version = 1"
    with psycopg.connect(editor.url) as connection:
        connection.execute(forged)
        connection.execute(
            "INSERT INTO journeyboard.card (map_id, id, stage_id, lane_id, position, title, "
            "notes, channel, owner, evidence, priority, votes, moment, changed_by, version) "
            "SELECT map_id, 'forged', stage_id, lane_id, 99, 'Forged', '', '', '', '', 0, 0, 0,"
            " 'the_boss', 1 FROM journeyboard.card WHERE id = %s",
            (CARD.id,),
        )
    who = editor.url.split("//")[1].split("@")[0]
    stamps = cluster.sql(
        "SELECT string_agg(DISTINCT changed_by, ',') || ' ' || min(version) FROM ("
        "SELECT changed_by, version FROM journeyboard.persona UNION ALL "
        "SELECT changed_by, version FROM journeyboard.card WHERE id = 'forged') AS rows",
        database,
    )
    assert stamps.split(" ")[0] in {"postgres", f"{who},postgres", f"postgres,{who}"}
    assert "the_boss" not in stamps and int(stamps.split(" ")[1]) > 1


def test_a_stranger_notice_on_the_channel_is_passed_over_and_real_news_kept(
    open_as: Opener, cluster: Cluster, database: str
) -> None:
    mine, theirs = open_as(VIEWER), open_as(EDITOR)
    with psycopg.connect(cluster.url(database, user=cluster.new_person(VIEWER))) as stranger:
        stranger.execute("NOTIFY journeyboard, 'garbage'")
        stranger.execute(f"NOTIFY journeyboard, '{CAFE.map.id} card'")
        stranger.commit()
    theirs.apply(op.edit("card", CARD.id, title="Real news"))
    deadline = time.monotonic() + 30
    while card(mine, CARD.id).title != "Real news" and time.monotonic() < deadline:
        news(mine)
    assert card(mine, CARD.id).title == "Real news"

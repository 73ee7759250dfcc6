"""A workspace's server stopped and started again while a map is open, in the model and in
the window; and a connection over TLS to a server with a self-signed certificate. Each
on a cluster of its own, since these tests stop it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cafe_window import cafe_window
from postgres_server import Cluster, running_cluster
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.interchange.templates import find_template, load_template
from app.model.workspace.refusals import EDITOR
from app.model.workspace.shared_map import ConnectionLostError, SharedMap
from app.model.workspace.store import Workspace, WorkspaceError

CAFE = load_template(find_template("cafe")).content
CARD = CAFE.cards[0]
JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """Its own cluster, listening for TLS too: these tests stop and start it."""
    with running_cluster(tls=True) as started:
        yield started


@pytest.fixture
def database(cluster: Cluster) -> str:
    return cluster.new_workspace(CAFE)


def title_on_server(cluster: Cluster, database: str) -> str:
    pulled = Workspace(cluster.url(database)).pull(CAFE.map.id).content
    return next(card.title for card in pulled.cards if card.id == CARD.id)


def test_a_stopped_server_refuses_changes_and_the_map_comes_back_when_it_does(
    cluster: Cluster, database: str
) -> None:
    shared = SharedMap.open(cluster.url(database, user=cluster.new_person(EDITOR)), CAFE.map.id)
    try:
        shared.apply(op.edit("card", CARD.id, title="Before the outage"))
        cluster.stop()
        try:
            with pytest.raises(ConnectionLostError, match="cannot be reached"):
                shared.apply(op.edit("card", CARD.id, title="During the outage"))
            assert shared.lost is not None
            assert next(c for c in shared.content().cards if c.id == CARD.id).title == (
                "Before the outage"
            )  # still readable
            with pytest.raises(ConnectionLostError):
                shared.apply(op.edit("card", CARD.id, title="Still out"))
            assert not shared.reconnect()
        finally:
            cluster.start()
        assert title_on_server(cluster, database) == "Before the outage"
        heard: list[object] = []
        shared.subscribe(heard.append)
        assert shared.reconnect()
        assert shared.lost is None
        assert heard and heard[-1].content_replaced  # type: ignore[attr-defined]
        shared.apply(op.edit("card", CARD.id, title="After the outage"))
        assert title_on_server(cluster, database) == "After the outage"
    finally:
        shared.close()


def test_the_window_says_the_server_is_gone_and_reconnects_by_itself(
    cluster: Cluster, database: str, qtbot: QtBot, tmp_path: Path
) -> None:
    told: list[str] = []
    with cafe_window(qtbot, tmp_path, told.append) as window:
        url = cluster.url(database, user=cluster.new_person(EDITOR))
        assert window.open_shared_map(url, CAFE.map.id)
        space = window.workspace
        assert space is not None and space.sync is not None
        cluster.stop()
        try:
            qtbot.waitUntil(lambda: space.banner.isVisible(), timeout=15_000)
            assert space.banner.text().startswith("Offline: the workspace cannot be reached.")
            assert space.banner.toolTip().startswith("the connection to the workspace was lost")
            assert window.windowTitle().endswith("— Offline")
            assert not space.open_map.apply(op.edit("card", CARD.id, title="Out"), "Retitle")
            assert told[-1].startswith("The workspace cannot be reached")
        finally:
            cluster.start()
        qtbot.waitUntil(lambda: not space.banner.isVisible(), timeout=15_000)
        assert window.windowTitle().endswith("— Saved")
        assert space.open_map.apply(op.edit("card", CARD.id, title="Back"), "Retitle")
        assert title_on_server(cluster, database) == "Back"
        window.close_map()


def test_a_workspace_over_tls_with_a_self_signed_certificate(
    cluster: Cluster, database: str, tmp_path: Path
) -> None:
    url = cluster.tls_url(database)
    assert [entry.title for entry in Workspace(url).maps()] == [CAFE.map.title]
    with SharedMap.open(url, CAFE.map.title) as shared:
        shared.apply(op.edit("card", CARD.id, title="Over TLS"))
    assert title_on_server(cluster, database) == "Over TLS"
    listed = subprocess.run(
        [JOURNEYBOARD, "workspace", "list", url], capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0 and listed.stdout.startswith(CAFE.map.title)
    without_tls = url.replace("sslmode=require", "sslmode=disable")
    with pytest.raises(WorkspaceError, match="no encryption"):
        Workspace(without_tls).maps()

"""The workspace's server schema: made by Alembic's frozen revisions, held to the newest
schema the code expects, and its three roles each held to their part by the server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from postgres_server import Cluster

from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template
from app.model.workspace.migrating import newest_revision
from app.model.workspace.refusals import EDITOR, FACILITATOR, VIEWER
from app.model.workspace.server_schema import SERVER
from app.model.workspace.store import Workspace, WorkspaceError, without_password

JOURNEYBOARD = Path(sys.executable).with_name("journeyboard")
CAFE = load_template(find_template("cafe")).content


@pytest.fixture
def database(cluster: Cluster) -> str:
    return cluster.new_database()


@pytest.fixture
def workspace(cluster: Cluster, database: str) -> Iterator[Workspace]:
    made = Workspace(cluster.url(database))
    made.init()
    yield made
    made.close()


def test_init_brings_the_schema_to_the_newest_revision_and_again_changes_nothing(
    cluster: Cluster, database: str
) -> None:
    Workspace(cluster.url(database)).init()
    tables = (
        "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
        "WHERE schemaname = 'journeyboard'"
    )
    assert cluster.sql(tables, database) == (
        "alembic_version,card,emotion_point,lane,map,persona,snapshot,stage"
    )
    revision = "SELECT version_num FROM journeyboard.alembic_version"
    assert cluster.sql(revision, database) == newest_revision()
    Workspace(cluster.url(database)).push(CAFE)
    Workspace(cluster.url(database)).init()
    assert cluster.sql(revision, database) == newest_revision()
    assert cluster.sql("SELECT count(*) FROM journeyboard.card", database) == str(len(CAFE.cards))


def test_the_frozen_revisions_make_exactly_the_schema_the_code_expects(
    workspace: Workspace,
) -> None:
    """Alembic compares the migrated database with app.model.workspace.server_schema:
    columns, types, nullability, keys, references and indexes."""
    with workspace._engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_schemas": True, "version_table_schema": SERVER.schema,
                  "include_name": lambda name, kind, _: kind != "schema" or name == SERVER.schema},
        )  # fmt: skip
        assert compare_metadata(context, SERVER) == []


def test_a_second_workspace_on_the_same_server_finds_the_roles_made(cluster: Cluster) -> None:
    for _ in range(2):
        Workspace(cluster.url(cluster.new_database())).init()
    assert cluster.sql(
        "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
        "WHERE rolname LIKE 'journeyboard\\_%'"
    ) == ",".join(sorted((EDITOR, FACILITATOR, VIEWER)))


def run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [JOURNEYBOARD, *map(str, arguments)], capture_output=True, text=True, check=False
    )


def test_a_viewer_lists_and_pulls_but_may_not_push(
    workspace: Workspace, cluster: Cluster, database: str, tmp_path: Path
) -> None:
    workspace.push(CAFE)
    viewer = cluster.new_person(VIEWER)
    as_viewer = cluster.url(database, user=viewer)
    assert [entry.title for entry in Workspace(as_viewer).maps()] == [CAFE.map.title]
    assert Workspace(as_viewer).pull(CAFE.map.title).content == CAFE

    source = tmp_path / "cafe.journey"
    Document.create(source, CAFE).close()
    pushed = run("workspace", "push", as_viewer, source, "--replace")
    assert pushed.returncode == 1
    assert pushed.stderr == f"journeyboard: {viewer} may only read this workspace\n"


def test_an_editor_may_not_push_a_map_and_is_told_what_editors_do(
    workspace: Workspace, cluster: Cluster, database: str
) -> None:
    editor = cluster.new_person(EDITOR)
    with pytest.raises(WorkspaceError) as refused:
        Workspace(cluster.url(database, user=editor)).push(CAFE)
    assert str(refused.value) == (
        f"{editor} may change cards, emotion points and personas in this workspace; "
        "the map, its stages and lanes, votes and snapshots are for facilitators"
    )


def test_a_facilitator_pushes_and_the_list_names_them(
    workspace: Workspace, cluster: Cluster, database: str
) -> None:
    facilitator = cluster.new_person(FACILITATOR)
    Workspace(cluster.url(database, user=facilitator)).push(CAFE)
    [entry] = workspace.maps()
    assert (entry.title, entry.changed_by) == (CAFE.map.title, facilitator)


def test_someone_with_no_role_is_told_how_to_be_given_one(
    workspace: Workspace, cluster: Cluster, database: str
) -> None:
    stranger = f"stranger_{database[-6:]}"
    cluster.sql(f"CREATE ROLE {stranger} LOGIN")
    with pytest.raises(WorkspaceError) as refused:
        Workspace(cluster.url(database, user=stranger)).maps()
    assert str(refused.value) == (
        f"{stranger} has no part in this workspace: an administrator adds people with "
        f"GRANT journeyboard_editor TO {stranger}"
    )


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("postgresql://alice@db.example.com/team", "postgresql://alice@db.example.com/team"),
        ("postgresql://alice:pa?ss@/team?host=/run/pg", "user=alice dbname=team host=/run/pg"),
        (
            "host=/run/pg dbname=team user=alice password=s3cret",
            "user=alice dbname=team host=/run/pg",
        ),
        (
            "postgresql://alice@/team?password=s3cret&host=/run/pg",
            "user=alice dbname=team host=/run/pg",
        ),
        ("postgresql:/alice:s3cret@db/team", "(an address that cannot be read)"),
    ],
)
def test_an_address_is_remembered_and_shown_without_its_password(typed: str, kept: str) -> None:
    assert without_password(typed) == kept

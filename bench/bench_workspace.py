"""A team workspace on PostgreSQL beside bare psycopg doing the same work on the same server.

It starts a throw-away cluster of Debian's PostgreSQL on a private socket (as the tests
do, tests/postgres_server.py), pushes a map of `--cards` cards (bench_document.build_map)
and times:

- edit: one edit committed through `SharedMap.apply` (taking turns: rename a card, move
  it to another cell, re-score a point; each checked against the row versions, with its
  notification and the map's last change noted), beside psycopg running the same UPDATEs
  on the workspace's tables in one committed transaction; median and 95th percentile;
- seen: from just before an edit is applied to the moment a second process, listening
  with `SharedMap.take_others_changes`, shows it; beside a second process listening with
  bare psycopg (LISTEN, `notifies`) to the bare UPDATE; median and maximum;
- open: `SharedMap.open` (find the map, read every row through the views, check every
  value, read the versions, start listening) beside psycopg selecting every row of the map;
- list: `Workspace.maps()` on a workspace of `--maps` maps (copies of the first, made by
  the server), beside psycopg running the same query.

The budgets are issue 19's: edit p95 ≤ 20 ms, seen ≤ 2 s, open (1,000 cards) ≤ 1 s,
list (1,000 maps) ≤ 0.5 s. Run from the repository root (Debian's postgresql installed):

    .venv/bin/python bench/bench_workspace.py [--cards 1000] [--maps 1000] [--edits 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # its cluster
from bench_document import build_map, plan_edits
from bench_interchange import median_time
from postgres_server import Cluster, running_cluster

from app.model.data.records import MapContent
from app.model.edits import operations as op
from app.model.workspace.shared_map import SharedMap
from app.model.workspace.store import Workspace

BUDGETS = {"edit p95": 0.020, "seen max": 2.0, "open": 1.0, "list": 0.5}
COPIED = ("persona", "stage", "lane", "card", "emotion_point")


def bare_apply(connection: psycopg.Connection, map_id: str, operation: op.Operation) -> None:
    """The edit as UPDATEs on the workspace's tables, in one committed transaction."""
    with connection.transaction():
        match operation:
            case op.EditFields(table, row_id, values):
                assignments = ", ".join(f"{name} = %s" for name, _ in values)
                connection.execute(
                    f"UPDATE journeyboard.{table} SET {assignments} WHERE map_id = %s AND id = %s",
                    (*(value for _, value in values), map_id, row_id),
                )
            case op.MoveCard(card_id, stage_id, lane_id, position):
                row = connection.execute(
                    "SELECT stage_id, lane_id, position FROM journeyboard.card"
                    " WHERE map_id = %s AND id = %s", (map_id, card_id),
                ).fetchone()  # fmt: skip
                assert row is not None
                connection.execute(
                    "UPDATE journeyboard.card SET position = position - 1 WHERE map_id = %s"
                    " AND stage_id = %s AND lane_id = %s AND position > %s", (map_id, *row),
                )  # fmt: skip
                connection.execute(
                    "UPDATE journeyboard.card SET position = position + 1 WHERE map_id = %s"
                    " AND stage_id = %s AND lane_id = %s AND position >= %s",
                    (map_id, stage_id, lane_id, position),
                )  # fmt: skip
                connection.execute(
                    "UPDATE journeyboard.card SET stage_id = %s, lane_id = %s, position = %s"
                    " WHERE map_id = %s AND id = %s",
                    (stage_id, lane_id, position, map_id, card_id),
                )  # fmt: skip


def bare_open(url: str, map_id: str) -> int:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT * FROM journeyboard.map WHERE id = %s", (map_id,)
        ).fetchall()
        for table in COPIED:
            rows += connection.execute(
                f"SELECT * FROM journeyboard.{table} WHERE map_id = %s ORDER BY id", (map_id,)
            ).fetchall()
        return len(rows)


def bare_list(url: str) -> int:
    """The query `Workspace.maps` sends, as psycopg runs it."""
    with psycopg.connect(url) as connection:
        return len(connection.execute(
            "SELECT m.id, m.title, m.changed_at, m.changed_by, coalesce(c.cards, 0)"
            " FROM journeyboard.map m LEFT OUTER JOIN (SELECT map_id, count(*) AS cards"
            " FROM journeyboard.card GROUP BY map_id) c ON c.map_id = m.id"
            " ORDER BY m.changed_at DESC, m.title"
        ).fetchall())  # fmt: skip


def copy_map(url: str, map_id: str, copies: int) -> None:
    """`copies` more maps like `map_id`, made by the server in one transaction."""
    with psycopg.connect(url) as connection, connection.transaction():
        connection.execute("SET CONSTRAINTS ALL DEFERRED")
        connection.execute(
            "INSERT INTO journeyboard.map (id, title, objective, scenario, owner, created,"
            " reviewed, emotion_min, emotion_max, primary_persona_id)"
            " SELECT id || '-' || n, title || ' ' || n, objective, scenario, owner, created,"
            " reviewed, emotion_min, emotion_max, primary_persona_id"
            " FROM journeyboard.map, generate_series(1, %s) AS n WHERE id = %s",
            (copies, map_id),
        )
        for table in COPIED:
            names = [
                row[0]
                for row in connection.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                    " 'journeyboard' AND table_name = %s AND column_name <> 'map_id'"
                    " ORDER BY ordinal_position", (table,),
                )
            ]  # fmt: skip
            listed = ", ".join(names)
            connection.execute(
                f"INSERT INTO journeyboard.{table} (map_id, {listed})"
                f" SELECT map_id || '-' || n, {listed}"
                f" FROM journeyboard.{table}, generate_series(1, %s) AS n WHERE map_id = %s",
                (copies, map_id),
            )


def watch(kind: str, url: str, map_id: str) -> None:
    """The second process: print the wall-clock time of each change as it is shown."""
    import select

    if kind == "journeyboard":
        shared = SharedMap.open(url, map_id)
        print("ready", flush=True)
        while True:
            select.select([shared.feed.socket()], [], [])
            if shared.take_others_changes():
                print(time.time(), flush=True)
    connection = psycopg.connect(url, autocommit=True)
    connection.execute("LISTEN journeyboard")
    print("ready", flush=True)
    for _ in connection.notifies():
        print(time.time(), flush=True)


def seen_delays(
    kind: str, url: str, map_id: str, edit: Callable[[op.Operation], object],
    edits: list[op.Operation],
) -> list[float]:  # fmt: skip
    watcher = subprocess.Popen(
        [sys.executable, __file__, "--watch", kind, url, map_id],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert watcher.stdout is not None and watcher.stdout.readline() == "ready\n"
    delays = []
    try:
        for operation in edits:
            start = time.time()
            edit(operation)
            delays.append(float(watcher.stdout.readline()) - start)
            if kind == "bare":  # a move notifies once per row moved: read them all
                time.sleep(0.05)
                _drain(watcher)
    finally:
        watcher.kill()
        watcher.wait()
    return delays


def _drain(watcher: subprocess.Popen[str]) -> None:
    import os
    import select

    assert watcher.stdout is not None
    while select.select([watcher.stdout], [], [], 0)[0]:
        os.read(watcher.stdout.fileno(), 65536)
        break


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def report(name: str, ours: float, bare: float) -> None:
    budget = BUDGETS.get(name)
    verdict = "" if budget is None else f"≤ {budget:g} s " + ("ok" if ours <= budget else "OVER")
    print(
        f"{name:<10} {ours * 1000:>11.1f} ms {bare * 1000:>9.1f} ms {ours / bare:>6.2f}  {verdict}"
    )


def run(cluster: Cluster, content: MapContent, maps: int, edits: int, repeat: int) -> None:
    url = cluster.url(cluster.new_database())
    workspace = Workspace(url)
    workspace.init()
    workspace.push(content)
    map_id = content.map.id
    print(f"{'work':<10} {'Journeyboard':>14} {'bare':>12} {'ratio':>6}  budget")

    plan = plan_edits(content, 2 * edits, random.Random(19))
    shared = SharedMap.open(url, map_id)
    ours = []
    for operation in plan[:edits]:
        start = time.perf_counter()
        shared.apply(operation)
        ours.append(time.perf_counter() - start)
    seen_ours = seen_delays(
        "journeyboard", url, map_id, shared.apply,
        [op.edit("card", card.id, title=f"Seen {n}") for n, card in enumerate(content.cards[:20])],
    )  # fmt: skip
    shared.close()
    bare_connection = psycopg.connect(url)
    theirs = []
    for operation in plan[edits:]:
        start = time.perf_counter()
        bare_apply(bare_connection, map_id, operation)
        theirs.append(time.perf_counter() - start)
    seen_theirs = seen_delays(
        "bare", url, map_id, lambda operation: bare_apply(bare_connection, map_id, operation),
        [op.edit("card", card.id, title=f"Bare {n}") for n, card in enumerate(content.cards[:20])],
    )  # fmt: skip
    bare_connection.close()
    report("edit med", statistics.median(ours), statistics.median(theirs))
    report("edit p95", p95(ours), p95(theirs))
    report("seen med", statistics.median(seen_ours), statistics.median(seen_theirs))
    report("seen max", max(seen_ours), max(seen_theirs))

    report(
        "open",
        median_time(lambda: SharedMap.open(url, map_id).close(), repeat),
        median_time(lambda: bare_open(url, map_id), repeat),
    )
    copy_map(url, map_id, maps - 1)
    assert len(workspace.maps()) == maps
    report("list", median_time(workspace.maps, repeat), median_time(lambda: bare_list(url), repeat))
    workspace.close()


def main() -> None:
    if sys.argv[1:2] == ["--watch"]:
        watch(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--maps", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    content = build_map(arguments.cards, random.Random(arguments.cards))
    with running_cluster() as cluster:
        run(cluster, content, arguments.maps, arguments.edits, arguments.repeat)


if __name__ == "__main__":
    main()

"""Killed in the middle of editing, a map loses nothing that was committed.

A child process applies random operations to a map and logs each one after its commit
returns; the test kills it with SIGKILL at a random moment, then opens the file as the
app would. It must open, pass `PRAGMA integrity_check`, and hold exactly the logged
operations, or those and the one that was in flight. `JOURNEYBOARD_KILLS` sets how many
times (20 by default, so CI stays short; 200 or more for a full run).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest
from random_edits import edits

from app.model.data.records import MapContent
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template

KILLS = int(os.environ.get("JOURNEYBOARD_KILLS", "20"))
LONGEST_RUN_S = 0.25
"""The child is killed at a random moment up to this long after it starts editing."""


@pytest.fixture(scope="module")
def first_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "first.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path


def replayed(first_map: Path, folder: Path, seed: int, count: int) -> MapContent:
    """The map after the first `count` edits of `seed`, applied to a copy of the first."""
    path = folder / f"replay-{seed}-{count}.journey"
    shutil.copy(first_map, path)
    with Document.open(path) as document:
        for operation in islice(edits(seed, document.content), count):
            document.apply(operation)
        return document.content()


def run_and_kill(first_map: Path, folder: Path, seed: int, delay: float) -> tuple[Path, int]:
    """Copy the first map, let the child edit it for `delay` seconds, kill it; the file
    and how many operations it logged."""
    path, log = folder / f"map-{seed}.journey", folder / f"log-{seed}.txt"
    shutil.copy(first_map, path)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("kill_child.py")),
            str(path),
            str(log),
            str(seed),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[1],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    complete = log.read_text(encoding="ascii").split("\n")[:-1]  # the last may be cut short
    assert [int(n) for n in complete] == list(range(1, len(complete) + 1))
    return path, len(complete)


def test_a_map_killed_mid_edit_holds_exactly_what_was_committed(
    first_map: Path, tmp_path: Path
) -> None:
    rng = random.Random(7)
    logged_in_all = in_flight = 0
    for seed in range(KILLS):
        path, logged = run_and_kill(first_map, tmp_path, seed, rng.uniform(0, LONGEST_RUN_S))
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
        with Document.open(path) as document:
            found = document.content()
        expected = replayed(first_map, tmp_path, seed, logged)
        if found != expected:  # the operation in flight was committed, not yet logged
            assert found == replayed(first_map, tmp_path, seed, logged + 1), f"seed {seed}"
            in_flight += 1
        logged_in_all += logged
    assert logged_in_all > KILLS  # the kills did land among the edits
    print(
        f"\n{KILLS} kills, {logged_in_all} operations logged, {in_flight} found committed in flight"
    )

"""Thousands of damaged and hostile .journey files, each opened as the app would, in a
child process so that a crash of SQLite or of Python would show: every one either opens
or is refused with Journeyboard's own error and message, within 2 seconds, and none is
changed by being opened. `JOURNEYBOARD_FUZZ` sets how many of each kind of damage
(default 400: with the cuts at every page boundary, about 2,500 files), and
`JOURNEYBOARD_FUZZ_SEED` which ones (a run with another seed meets other damage)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template

EACH = int(os.environ.get("JOURNEYBOARD_FUZZ", "400"))
PAGE = 4096
SEED = int(os.environ.get("JOURNEYBOARD_FUZZ_SEED", "2026"))
LONGEST_S = 2.0

Damage = Callable[[bytes, random.Random], bytes]


def bit_flips(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randrange(1, 9)):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def zeroed_run(data: bytes, rng: random.Random) -> bytes:
    start, length = rng.randrange(len(data)), rng.randrange(1, 3 * PAGE)
    return data[:start] + bytes(min(length, len(data) - start)) + data[start + length :]


def random_page(data: bytes, rng: random.Random) -> bytes:
    page = rng.randrange(len(data) // PAGE)
    noise = rng.randbytes(PAGE)
    return data[: page * PAGE] + noise + data[(page + 1) * PAGE :]


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 99, 100, 512, PAGE, 3 * PAGE + 7]))


def header_noise(data: bytes, rng: random.Random) -> bytes:
    """The first 100 bytes are SQLite's header: page size, counts, versions, our ids."""
    damaged = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        damaged[rng.randrange(100)] = rng.randrange(256)
    return bytes(damaged)


def swapped_pages(data: bytes, rng: random.Random) -> bytes:
    pages = [data[i : i + PAGE] for i in range(0, len(data), PAGE)]
    first, second = rng.sample(range(1, len(pages)), 2)
    pages[first], pages[second] = pages[second], pages[first]
    return b"".join(pages)


DAMAGES: dict[str, Damage] = {
    "bit flips": bit_flips,
    "zeroed run": zeroed_run,
    "random page": random_page,
    "random bytes": random_bytes,
    "header noise": header_noise,
    "swapped pages": swapped_pages,
}


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("fuzz") / "good.journey"
    Document.create(path, load_template(find_template("cafe")).content).close()
    return path.read_bytes()


def damaged_files(good: bytes, folder: Path) -> Iterator[Path]:
    rng = random.Random(SEED)
    for kind, damage in DAMAGES.items():
        for number in range(EACH):
            path = folder / f"{kind.replace(' ', '-')}-{number}.journey"
            path.write_bytes(damage(good, rng))
            yield path
    for cut in range(0, len(good) + 1, PAGE):  # cut short at every page boundary, and by one
        for length in {max(0, cut - 1), cut, min(len(good), cut + 1)}:
            path = folder / f"cut-{length}.journey"
            path.write_bytes(good[:length])
            yield path


def test_damaged_files_open_or_are_refused_clearly_and_stay_as_they_were(
    good_file: bytes, tmp_path: Path
) -> None:
    paths = list(damaged_files(good_file, tmp_path))
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("fuzz_child.py"))],
        input="\n".join(str(p) for p in paths) + "\n",
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        timeout=LONGEST_S * len(paths) + 60,
    )
    assert child.returncode == 0, child.stderr[-2000:]  # no crash of the process
    outcomes = [json.loads(line) for line in child.stdout.splitlines()]
    assert len(outcomes) == len(paths)
    crashed = [o for o in outcomes if "crashed" in o]
    assert not crashed, crashed[:5]
    slow = [o for o in outcomes if o["seconds"] > LONGEST_S]
    assert not slow, slow[:5]
    changed = [o["path"] for o in outcomes if not o["unchanged"]]
    assert not changed, changed[:5]
    refused = [o for o in outcomes if "refused" in o]
    assert all(o["message"] and "\n" not in o["message"] for o in refused)
    assert len(refused) > len(paths) / 2  # most damage is found, not silently read
    print(
        f"\n{len(paths)} damaged files: {len(paths) - len(refused)} opened, {len(refused)} refused"
    )

"""A throw-away PostgreSQL cluster for the workspace tests: Debian's own server, made with
`initdb` and started with `pg_ctl` in a private folder, listening on a Unix socket there
and nowhere else, and stopped (its folder removed) when the tests end.

`initdb` refuses to run as root, as the suite does in CI: the cluster is then made and run
as the `postgres` user Debian's package creates, in a folder that user owns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_USER = "postgres"
SERVER_PIDS: set[int] = set()
"""The servers of the clusters running now, which the tests that share a cluster leave
running on purpose (tests/conftest.py does not count them as left behind)."""


@dataclass(frozen=True, slots=True)
class Cluster:
    folder: Path

    @property
    def socket(self) -> Path:
        return self.folder / "socket"

    def new_database(self) -> str:
        """A new, empty database of the cluster; its name."""
        name = f"workspace_{uuid.uuid4().hex[:12]}"
        self.sql(f"CREATE DATABASE {name}")
        return name

    def new_person(self, role: str) -> str:
        """A new login holding one of the workspace's roles (made by `workspace init`);
        their name."""
        name = f"person_{uuid.uuid4().hex[:8]}"
        self.sql(f"CREATE ROLE {name} LOGIN IN ROLE {role}")
        return name

    def require_password(self, person: str, password: str) -> None:
        """From now on `person` must give `password` (the cluster trusts everyone else)."""
        self.sql(f"ALTER ROLE {person} PASSWORD '{password}'")
        rules = self.folder / "data" / "pg_hba.conf"
        rules.write_text(f"local all {person} scram-sha-256\n" + rules.read_text())
        self.sql("SELECT pg_reload_conf()")

    def url(self, database: str = "postgres", user: str = SERVER_USER) -> str:
        """The libpq URL of `database` on this cluster, through its socket."""
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run `statement` with psql as the cluster's superuser; what it printed."""
        result = subprocess.run(
            ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", statement,
             self.url(database)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return result.stdout.strip()


def _program(name: str) -> str:
    """A server program: on the path, or where Debian's package puts it."""
    found = shutil.which(name) or next(
        (str(path) for path in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))), None
    )
    if found is None:
        raise FileNotFoundError(
            f"{name} is not installed: scripts/setup.sh installs Debian's postgresql"
        )
    return found


def _as_server_user(command: Sequence[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *command] if os.geteuid() == 0 else [*command]


@contextmanager
def running_cluster() -> Iterator[Cluster]:
    """A new cluster, started; stopped and removed afterwards, whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="journeyboard-postgres-"))
    cluster = Cluster(folder)
    data = folder / "data"
    cluster.socket.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER, SERVER_USER)
        shutil.chown(cluster.socket, SERVER_USER, SERVER_USER)
    started = False
    try:
        subprocess.run(
            _as_server_user([_program("initdb"), "-D", str(data), "-U", SERVER_USER,
                             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
            capture_output=True, check=True,
        )  # fmt: skip
        options = f"-k {cluster.socket} -c listen_addresses='' -c fsync=off"
        subprocess.run(
            _as_server_user([_program("pg_ctl"), "-D", str(data), "-o", options,
                             "-l", str(folder / "server.log"), "-w", "start"]),
            capture_output=True, check=True,
        )  # fmt: skip
        started = True
        server = int((data / "postmaster.pid").read_text().split()[0])
        SERVER_PIDS.add(server)
        yield cluster
    finally:
        if started:
            SERVER_PIDS.discard(server)
            subprocess.run(
                _as_server_user([_program("pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                 "stop"]),
                capture_output=True, check=False,
            )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """One cluster for the tests of a module; each test makes a database of its own."""
    with running_cluster() as started:
        yield started

"""A throw-away PostgreSQL cluster for the workspace tests: Debian's own server, made with
`initdb` and started with `pg_ctl` in a private folder, listening on a Unix socket there
and nowhere else, and stopped (its folder removed) when the tests end.

`initdb` refuses to run as root, as the suite does in CI: the cluster is then made and run
as the `postgres` user Debian's package creates, in a folder that user owns.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.model.data.records import MapContent

SERVER_USER = "postgres"
SERVER_PIDS: set[int] = set()
"""The servers of the clusters running now, which the tests that share a cluster leave
running on purpose (tests/conftest.py does not count them as left behind)."""


@dataclass(frozen=True, slots=True)
class Cluster:
    folder: Path
    port: int | None = None
    """The TCP port it listens on, with TLS only, when it was made with `tls=True`."""

    @property
    def socket(self) -> Path:
        return self.folder / "socket"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def start(self) -> None:
        options = f"-k {self.socket} -c fsync=off"
        if self.port is None:
            options += " -c listen_addresses=''"
        else:
            options += (f" -c listen_addresses=127.0.0.1 -p {self.port} -c ssl=on"
                        f" -c ssl_cert_file={self.folder}/server.crt"
                        f" -c ssl_key_file={self.folder}/server.key")  # fmt: skip
        subprocess.run(
            _as_server_user([_program("pg_ctl"), "-D", str(self.data), "-o", options,
                             "-l", str(self.folder / "server.log"), "-w", "start"]),
            capture_output=True, check=True,
        )  # fmt: skip
        SERVER_PIDS.add(int((self.data / "postmaster.pid").read_text().split()[0]))

    def stop(self) -> None:
        pid_file = self.data / "postmaster.pid"
        server = int(pid_file.read_text().split()[0]) if pid_file.exists() else None
        subprocess.run(
            _as_server_user([_program("pg_ctl"), "-D", str(self.data), "-m", "immediate",
                             "-w", "stop"]),
            capture_output=True, check=False,
        )  # fmt: skip
        SERVER_PIDS.discard(server)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A new, empty database of the cluster; its name."""
        name = f"workspace_{uuid.uuid4().hex[:12]}"
        self.sql(f"CREATE DATABASE {name}")
        return name

    def new_workspace(self, *maps: MapContent) -> str:
        """A new database made a workspace (`workspace init`) holding `maps`; its name."""
        from app.model.workspace.store import Workspace

        name = self.new_database()
        workspace = Workspace(self.url(name))
        try:
            workspace.init()
            for content in maps:
                workspace.push(content)
        finally:
            workspace.close()
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
        rules = self.data / "pg_hba.conf"
        rules.write_text(f"local all {person} scram-sha-256\n" + rules.read_text())
        self.sql("SELECT pg_reload_conf()")

    def url(self, database: str = "postgres", user: str = SERVER_USER) -> str:
        """The libpq URL of `database` on this cluster, through its socket."""
        port = "" if self.port is None else f"&port={self.port}"  # names the socket too
        return f"postgresql://{user}@/{database}?host={self.socket}{port}"

    def tls_url(self, database: str, user: str = SERVER_USER) -> str:
        """The URL of `database` over TCP, refused by the server unless it is TLS."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}?sslmode=require"

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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _self_signed_certificate(folder: Path) -> None:
    """server.crt and server.key, as an administrator makes them with openssl."""
    subprocess.run(
        ["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
         "-newkey", "rsa:2048", "-keyout", str(folder / "server.key"),
         "-out", str(folder / "server.crt")],
        capture_output=True, check=True,
    )  # fmt: skip
    (folder / "server.key").chmod(0o600)


@contextmanager
def running_cluster(*, tls: bool = False) -> Iterator[Cluster]:
    """A new cluster, started; stopped and removed afterwards, whatever happens. With
    `tls`, it also listens on a TCP port of 127.0.0.1, for TLS connections only."""
    folder = Path(tempfile.mkdtemp(prefix="journeyboard-postgres-"))
    cluster = Cluster(folder, _free_port() if tls else None)
    cluster.socket.mkdir()
    if tls:
        _self_signed_certificate(folder)
    if os.geteuid() == 0:
        for owned in (folder, *folder.iterdir()):
            shutil.chown(owned, SERVER_USER, SERVER_USER)
    try:
        subprocess.run(
            _as_server_user([_program("initdb"), "-D", str(cluster.data), "-U", SERVER_USER,
                             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
            capture_output=True, check=True,
        )  # fmt: skip
        if tls:  # the first rule that fits wins: a connection without TLS fits this one
            rules = cluster.data / "pg_hba.conf"
            rules.write_text("hostnossl all all all reject\n" + rules.read_text())
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """One cluster for the tests of a module; each test makes a database of its own."""
    with running_cluster() as started:
        yield started

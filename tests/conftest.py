"""Fixtures shared by the whole suite: isolated user folders and maps to work on."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from leftover_processes import become_subreaper, end_leftovers, running_children
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template

pytest_plugins = ["postgres_server"]  # the `cluster` fixture of the workspace tests

settings.register_profile("default", max_examples=30)
settings.register_profile("ci", max_examples=30, derandomize=True, deadline=None)
"""Hypothesis loads "ci" by itself where CI is set (100 examples): CI searches as far as a
developer's run does, the same examples every run."""
settings.register_profile("thorough", max_examples=500)
"""`scripts/run-tests --hypothesis-profile=thorough` for a long search before a release."""

REAL_MAPS = Path(__file__).parent / "data" / "real-maps"
"""Maps made with another editor by other people, kept here with their licence."""


_CHILDREN_BEFORE = pytest.StashKey[set[int]]()


def pytest_sessionstart(session: pytest.Session) -> None:
    become_subreaper()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    item.stash[_CHILDREN_BEFORE] = set(running_children())
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Fail the test, after its fixtures are gone, if a process it started still runs."""
    result = yield
    from postgres_server import SERVER_PIDS  # here: the plugin is imported by pytest itself

    left = end_leftovers(item.stash[_CHILDREN_BEFORE] | SERVER_PIDS)
    if left:
        pytest.fail(f"the test left these processes running (now killed): {left}")
    return result


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets empty data, config and cache folders, so none sees the user's files."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.setenv("HOME", str(home))
    # Qt keeps one settings file per path for the whole process: point it at this test's.
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / "xdg_config_home"))
    return home


@pytest.fixture(autouse=True, scope="session")
def empty_clipboard_at_exit() -> Iterator[None]:
    """Empty the clipboard before Python shuts down.

    Qt's offscreen platform keeps copied data in a static object that outlives the
    interpreter; deleting it then crashes the process (exit code 139) after every test has
    passed. Under xcb and the other desktop platforms the clipboard goes with the app.
    """
    yield
    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


def real_maps() -> list[Path]:
    """The three real maps; a missing one fails collection rather than dropping cases."""
    files = sorted(REAL_MAPS.glob("*.json"))
    if len(files) != 3:
        raise FileNotFoundError(f"expected the three real maps in {REAL_MAPS}, found {files}")
    return files


@pytest.fixture
def real_map_files() -> list[Path]:
    return real_maps()


@pytest.fixture
def cafe(tmp_path: Path) -> Iterator[Document]:
    """A fresh file made from the café template, open for editing."""
    imported = load_template(find_template("cafe"))
    with Document.create(tmp_path / "cafe.journey", imported.content) as document:
        yield document


@pytest.fixture
def pdftoppm() -> str:
    """Poppler's PDF rasteriser, which the tests use to look at printed pages."""
    program = shutil.which("pdftoppm")
    if program is None:
        pytest.fail("pdftoppm is missing: install poppler-utils (scripts/setup.sh does)")
    return program

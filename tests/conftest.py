"""Fixtures shared by the whole suite: isolated user folders and maps to work on."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.model.document import Document
from app.model.templates import find_template, load_template

settings.register_profile("default", max_examples=30)
settings.register_profile("thorough", max_examples=500)
"""`scripts/run-tests --hypothesis-profile=thorough` for a long search before a release."""

REAL_MAPS = Path(
    os.environ.get("JOURNEYBOARD_REAL_MAPS", Path(__file__).parents[2] / "shared" / "real-maps")
)
"""Maps made with another editor by other people (../shared/real-maps beside the checkout)."""


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


@pytest.fixture
def real_map_files() -> list[Path]:
    files = sorted(REAL_MAPS.glob("*.json"))
    if not files:
        pytest.fail(
            f"The real maps are missing from {REAL_MAPS}: check out ../shared beside this "
            "repository or set JOURNEYBOARD_REAL_MAPS."
        )
    return files


@pytest.fixture
def cafe(tmp_path: Path) -> Iterator[Document]:
    """A fresh file made from the café template, open for editing."""
    imported = load_template(find_template("cafe"))
    with Document.create(tmp_path / "cafe.journey", imported.content) as document:
        yield document

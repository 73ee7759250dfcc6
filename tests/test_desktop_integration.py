"""The desktop's view of Journeyboard (packaging/): a valid desktop entry and AppStream
metainfo, an icon in the hicolor theme at every size, and a MIME type that the desktop
gives to .journey files, by name and by content, and hands to Journeyboard."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import APP_ID
from app.model.file.ddl import APPLICATION_ID
from app.model.file.document import Document
from app.model.interchange.templates import find_template, load_template

ROOT = Path(__file__).parents[1]
MIME_TYPE = "application/x-journeyboard"
LINUX = ROOT / "packaging" / "linux"


def test_the_desktop_entry_is_valid_and_opens_journey_files() -> None:
    entry = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", entry], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout
    fields = configparser.ConfigParser(interpolation=None)
    fields.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    fields.read(entry)
    desktop = fields["Desktop Entry"]
    assert desktop["Exec"] == "journeyboard %f", "a file manager passes the file it opens"
    assert desktop["Icon"] == APP_ID
    assert MIME_TYPE in desktop["MimeType"].split(";")


def test_an_entry_installed_for_a_folder_off_the_path_starts_that_app(tmp_path: Path) -> None:
    command = str(tmp_path / "Journey board $1" / "journeyboard")
    subprocess.run(
        [sys.executable, ROOT / "packaging" / "install_desktop_files.py", tmp_path, command],
        check=True,
        capture_output=True,
    )
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", entry], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout
    assert r'Exec="' + command.replace("$", r"\\$") + '" %f' in entry.read_text()


def test_the_app_names_the_desktop_entry_it_belongs_to() -> None:
    """On Wayland the desktop finds the window's launcher and icon by this name."""
    said = subprocess.run(
        [sys.executable, "-c", SAY_DESKTOP_FILE_NAME],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert said.stdout.strip() == APP_ID
    assert (LINUX / f"{APP_ID}.desktop").is_file()


SAY_DESKTOP_FILE_NAME = (
    "from app.ui.qt_app import application; print(application().desktopFileName())"
)


def test_the_metainfo_is_valid_and_names_the_app_and_its_files() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", metainfo],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text()
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f"<mediatype>{MIME_TYPE}</mediatype>" in text
    for name in ("map.png", "present.png"):  # the screenshots it points at are in the repo
        assert f"/docs/screenshots/{name}</image>" in text
        assert QImage(str(ROOT / "docs" / "screenshots" / name)).width() >= 1200


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The desktop files installed under a prefix, with its MIME database built."""
    prefix = tmp_path_factory.mktemp("prefix")
    subprocess.run(
        [sys.executable, ROOT / "packaging" / "install_desktop_files.py", prefix],
        check=True,
        capture_output=True,
    )
    subprocess.run(["update-mime-database", prefix / "share" / "mime"], check=True)
    return prefix


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_the_icon_is_in_the_hicolor_theme_at_every_size(installed: Path, size: int) -> None:
    icons = installed / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    picture = QImage(str(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (picture.width(), picture.height()) == (size, size)
    middle = picture.pixelColor(size // 2, size // 2)
    assert middle.alpha() == 255, "the icon is drawn, not left transparent"


def test_journey_files_are_known_by_name_and_by_content(installed: Path, tmp_path: Path) -> None:
    journey = tmp_path / "cafe.journey"
    Document.create(journey, load_template(find_template("cafe")).content).close()
    renamed = tmp_path / "cafe-backup.db"  # no .journey: only the content can tell
    shutil.copy(journey, renamed)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert journey.read_bytes()[68:72] == APPLICATION_ID.to_bytes(4, "big")
    query = (
        "import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase()\n"
        "for path in sys.argv[1:]:\n"
        "    kind = db.mimeTypeForFile(path)\n"
        "    print(kind.name(), kind.inherits('application/vnd.sqlite3'))"
    )
    environment = {
        **os.environ,
        "XDG_DATA_HOME": str(installed / "share"),
        "XDG_DATA_DIRS": "/usr/share",
    }
    result = subprocess.run(
        [sys.executable, "-c", query, journey, renamed, other],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    assert result.stdout.splitlines() == [
        f"{MIME_TYPE} True",
        f"{MIME_TYPE} True",
        "application/vnd.sqlite3 True",
    ]

"""The standalone app folder: `packaging/build` makes it and checks, with no Python and
no virtual environment on the PATH, that it prints its version, makes a map, exports a
PDF, and opens its window on the sample map. Here: that the build passes those checks,
and that the folder holds what a desktop needs and none of the Qt it does not use."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

import pytest

from app import APP_ID, __version__

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [ROOT / "packaging" / "build", out], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"packaging/build: journeyboard {__version__}" in result.stderr
    return out


def test_the_folder_runs_alone_and_carries_its_desktop_files(built: Path) -> None:
    app = built / "journeyboard"
    assert (app / "journeyboard").stat().st_mode & 0o111
    share = app / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    fonts = app / "_internal" / "app" / "resources" / "fonts"
    for licence in ("LICENSE.txt", "LICENSE-DroidSansFallback.txt", "LICENSE-NanumGothic.txt"):
        assert (fonts / licence).is_file()
    assert (fonts / "DroidSansFallbackFull.ttf").is_file()
    assert (app / "_internal" / "app" / "resources" / "icons" / "LICENSE").is_file()


def test_the_folder_carries_the_german_catalogues_its_and_qts(built: Path) -> None:
    inside = built / "journeyboard" / "_internal"
    assert (inside / "app" / "resources" / "translations" / "journeyboard_de.qm").is_file()
    assert (inside / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").is_file()


def test_the_folder_leaves_out_the_qt_the_app_does_not_use(built: Path) -> None:
    qt = built / "journeyboard" / "_internal" / "PySide6"
    modules = {path.name.split(".")[0] for path in qt.glob("Qt*.so")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    libraries = {path.name for path in (qt / "Qt" / "lib").iterdir()}
    for unused in ("Qml", "Quick", "WebEngineCore", "Pdf", "Multimedia", "Sql", "3DCore"):
        assert f"libQt6{unused}.so.6" not in libraries


def test_the_tarball_holds_the_folder(built: Path) -> None:
    (tarball,) = built.glob(f"journeyboard-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
    assert "journeyboard/journeyboard" in names
    assert f"journeyboard/share/applications/{APP_ID}.desktop" in names

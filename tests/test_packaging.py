"""The sdist and the wheel: built by `python -m build`, carrying the resources and the
licences (the font's too), passing `twine check`, and working when the wheel is
installed into a fresh virtual environment, from anywhere."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from app import APP_ID, __version__

ROOT = Path(__file__).parents[1]
TEMPLATES = sorted(p.name for p in (ROOT / "resources" / "templates").iterdir())


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built once from this checkout (without isolation: the
    build backend is among the test dependencies, so no download is needed)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT],
        check=True,
        capture_output=True,
    )
    return out


def test_the_wheel_carries_the_resources_and_both_licences(dist: Path) -> None:
    (wheel,) = dist.glob("journeyboard-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"journeyboard-{__version__}.dist-info"
        metadata = archive.read(f"{info}/METADATA").decode()
    assert {f"{info}/licenses/LICENSE", f"{info}/licenses/resources/fonts/LICENSE.txt"} <= names
    assert {f"app/resources/templates/{name}" for name in TEMPLATES} <= names
    fonts = {"DejaVuSans.ttf", "DroidSansFallbackFull.ttf", "NanumGothic.ttf"}
    licences = {"LICENSE.txt", "LICENSE-DroidSansFallback.txt", "LICENSE-NanumGothic.txt"}
    assert {f"app/resources/fonts/{name}" for name in fonts | licences} <= names
    assert {f"{info}/licenses/resources/fonts/{name}" for name in licences} <= names
    assert "app/resources/translations/journeyboard_de.qm" in names
    assert {"app/resources/icons/LICENSE", "app/resources/icons/undo-2.svg"} <= names
    assert f"{info}/licenses/resources/icons/LICENSE" in names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
    assert "License-Expression: MIT" in metadata
    assert "Description-Content-Type: text/markdown" in metadata


def test_the_sdist_carries_what_builds_and_tests_the_app(dist: Path) -> None:
    (sdist,) = dist.glob("journeyboard-*.tar.gz")
    top = f"journeyboard-{__version__}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    expected = ["LICENSE", "resources/fonts/LICENSE.txt", "pyproject.toml", "README.md"]
    assert {f"{top}/{name}" for name in expected} <= names
    assert {f"{top}/resources/templates/{name}" for name in TEMPLATES} <= names
    assert f"{top}/tests/test_packaging.py" in names
    # what the tests of the bundle and the desktop files use, and what the README links to
    assert f"{top}/packaging/build" in names and f"{top}/packaging/journeyboard.spec" in names
    assert f"{top}/packaging/linux/{APP_ID}.desktop" in names
    assert {f"{top}/docs/reliability.md", f"{top}/packaging/README.md"} <= names


def test_twine_finds_nothing_wrong(dist: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *dist.iterdir()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2


def test_the_wheel_installed_in_a_fresh_venv_works_from_anywhere(
    dist: Path, tmp_path: Path
) -> None:
    (wheel,) = dist.glob("journeyboard-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"  # far from the checkout, so only the install can serve
    elsewhere.mkdir()
    journeyboard = venv / "bin" / "journeyboard"

    def run(*arguments: str) -> str:
        return subprocess.run(
            [journeyboard, *arguments], cwd=elsewhere, capture_output=True, text=True, check=True
        ).stdout

    assert run("--version") == f"journeyboard {__version__}\n"
    assert run("templates").startswith("blank ")
    run("new", "--template", "b2b-leads", "leads.journey")
    assert run("info", "leads.journey").startswith("Web agency lead generation: from first")
    assert "Wrote handout.pdf" in run("export", "leads.journey", "--pdf", "handout.pdf")
    assert (elsewhere / "handout.pdf").read_bytes().startswith(b"%PDF-")

"""A non-editable install into a fresh virtual environment works from anywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_pip_install_into_a_fresh_venv_finds_the_resources(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "--quiet", ROOT],
        check=True,
        capture_output=True,
    )
    installed = next((venv / "lib").glob("python3.*/site-packages/app/resources/templates"))
    assert sorted(p.name for p in installed.iterdir()) == sorted(
        p.name for p in (ROOT / "resources" / "templates").iterdir()
    )
    elsewhere = tmp_path / "elsewhere"  # far from the checkout, so only the install can serve
    elsewhere.mkdir()
    journeyboard = venv / "bin" / "journeyboard"

    def run(*arguments: str) -> str:
        return subprocess.run(
            [journeyboard, *arguments], cwd=elsewhere, capture_output=True, text=True, check=True
        ).stdout

    assert run("--version").startswith("journeyboard ")
    assert run("templates").startswith("blank ")
    run("new", "--template", "b2b-leads", "leads.journey")
    assert run("info", "leads.journey").startswith("Web agency lead generation: from first")

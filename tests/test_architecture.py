"""The layers of DESIGN.md, checked: imports run downwards, and Qt stays in app/ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_import_contracts_in_pyproject_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [lint_imports, "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("modules", "absent"),
    [
        (
            ["app.model", "app.model.file.document", "app.model.interchange.journeyboard_json"],
            ["PySide6", "reportlab"],
        ),
        (["app.layout"], ["PySide6", "reportlab"]),
        (["app.export", "app.export.summary", "app.export.pdf"], ["PySide6"]),
        # The window starts without the modules only a team workspace needs.
        (
            ["app.ui.app", "app.ui.main_window"],
            ["reportlab", "psycopg", "sqlalchemy.dialects.postgresql", "alembic"],
        ),
        (["app.cli"], ["PySide6", "reportlab", "sqlalchemy"]),
    ],
)
def test_lower_layers_load_without_qt(modules: list[str], absent: list[str]) -> None:
    """Imported in a fresh interpreter, so nothing the test run loaded earlier can hide it."""
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in {absent!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"

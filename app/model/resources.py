"""Where the files under `resources/` are, in a source checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. `resource_path("templates", "cafe.json")`."""
    return _resources_root().joinpath(*parts)


@cache
def _resources_root() -> Path:
    package = Path(__file__).resolve().parent.parent
    installed = package / "resources"  # the wheel puts resources/ inside the package
    if installed.is_dir():
        return installed
    return package.parent / "resources"  # a source checkout, where resources/ sits beside app/

"""Where Journeyboard keeps the user's own files: maps not yet named, and the sample map."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def data_dir() -> Path:
    """The user's Journeyboard data folder (created when first asked for)."""
    return user_data_path("Journeyboard", appauthor=False, ensure_exists=True)


def sample_map_path() -> Path:
    """The sample map opened on first start: a copy of the sample template the user may edit."""
    return data_dir() / "Sample map.journey"

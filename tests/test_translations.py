"""The window's texts are gathered for translation: pyside6-lupdate finds them all,
those kept in tables (the menus' actions, the guide) included, and the catalogue in
resources/translations is up to date with the code (scripts/update-translations)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "journeyboard_de.ts"


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message of a .ts file."""
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_catalogue_holds_every_text_the_code_marks(tmp_path: Path) -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [Path(sys.executable).with_name("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", fresh],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert messages(fresh) == messages(CATALOGUE), "run scripts/update-translations"


def test_texts_kept_in_tables_are_found_in_their_contexts() -> None:
    found = messages(CATALOGUE)
    assert ("Menus", "&File") in found
    assert ("Actions", "&New…") in found
    assert ("Actions", "Start a map from a template") in found
    assert ("Help", "Choose whose journey it is") in found
    assert ("PictureEditor", "Choose picture…") in found
    assert not any(context in {"parent", "self.banner"} for context, _ in found), (
        "a context lupdate guessed from a variable's name is never looked up"
    )

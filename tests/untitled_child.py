"""Run by test_recovery: start an untitled map from a template as the window does, make
one edit, say "ready", and wait to be killed.

    python tests/untitled_child.py
"""

from __future__ import annotations

import sys

from app.model.edits import operations as op
from app.model.file.document import Document
from app.model.file.places import untitled_map_path
from app.model.interchange.templates import find_template, new_map_from


def main() -> None:
    made = new_map_from(find_template("cafe"))
    document = Document.create(untitled_map_path(made.content.map.title), made.content)
    content = document.content()
    document.apply(op.edit("map", content.map.id, title="Workshop before the crash"))
    print("ready", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()

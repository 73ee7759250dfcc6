"""Run by test_two_writers: open MAP for writing, say "ready", and keep it open until
killed (or until standard input closes).

    python tests/hold_map_child.py MAP
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.model.file.document import Document


def main(path: Path) -> None:
    document = Document.open(path)
    print("ready", flush=True)
    sys.stdin.read()
    document.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

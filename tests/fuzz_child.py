"""The fuzz test's child: open each file named on standard input as the app would, and
print one JSON line per file: whether it opened, the error's class and message if not,
how long it took, and whether the file's bytes are unchanged.

    python tests/fuzz_child.py < list-of-paths
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

from app.model.errors import JourneyboardError
from app.model.file.document import Document


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def main() -> None:
    for line in sys.stdin:
        path = Path(line.strip())
        before = digest(path)
        started = time.perf_counter()
        outcome: dict[str, object] = {"path": str(path)}
        try:
            with Document.open(path) as document:
                content = document.content()
                outcome["opened"] = len(content.cards)
        except JourneyboardError as error:
            outcome["refused"] = type(error).__name__
            outcome["message"] = str(error)
        except Exception as error:  # what the test is looking for: anything unforeseen
            outcome["crashed"] = f"{type(error).__name__}: {error}"
        outcome["seconds"] = time.perf_counter() - started
        outcome["unchanged"] = digest(path) == before
        print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()

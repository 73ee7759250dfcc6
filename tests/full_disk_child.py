"""Run by test_full_disk where no disk can be mounted: apply a large edit to MAP in a
process whose files may not grow past their size now (RLIMIT_FSIZE, with SIGXFSZ ignored
so that the write fails instead of killing it), and print what happened as JSON.

    python tests/full_disk_child.py MAP
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from app.model.edits import operations as op
from app.model.errors import WriteFailedError
from app.model.file.document import Document


def main(path: Path) -> None:
    document = Document.open(path)
    before = document.content()
    card = before.cards[0]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = path.stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    outcome: dict[str, object] = {}
    try:
        document.apply(op.edit("card", card.id, notes="A long note. " * 10_000))
        outcome["applied"] = True
    except WriteFailedError as error:
        outcome["refused"] = str(error)
    outcome["unchanged_in_memory"] = document.content() == before
    document.close()
    print(json.dumps(outcome))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""The kill test's child: apply the random edits of SEED to MAP, one committed operation
at a time, and after each commit returns append its number to LOG (flushed and synced),
until killed.

    python tests/kill_child.py MAP LOG SEED
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from random_edits import edits

from app.model.file.document import Document


def main(path: Path, log_path: Path, seed: int) -> None:
    document = Document.open(path)
    with log_path.open("a", encoding="ascii") as log:
        print("ready", flush=True)
        for number, operation in enumerate(edits(seed, document.content), start=1):
            document.apply(operation)
            log.write(f"{number}\n")
            log.flush()
            os.fsync(log.fileno())


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))

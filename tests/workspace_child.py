"""Another person's Journeyboard, as a process of its own, editing a map of a workspace:

python workspace_child.py URL MAP retitle CARD TITLE
python workspace_child.py URL MAP vote CARD
python workspace_child.py URL MAP hold CARD TITLE   (prints "holding" with the change
                                                     made but not committed, then waits
                                                     to be killed)
"""

from __future__ import annotations

import sys
import time

from app.model.edits import operations as op
from app.model.workspace.shared_map import SharedMap


def main(url: str, map_id: str, action: str, card_id: str, *rest: str) -> None:
    shared = SharedMap.open(url, map_id)
    if action == "vote":
        shared.apply(op.AddVotes(card_id, 1))
    elif action == "retitle":
        shared.apply(op.edit("card", card_id, title=rest[0]))
    elif action == "hold":
        commit_checks = shared._before_commit

        def checked_then_held(*arguments: object, **keywords: object) -> None:
            commit_checks(*arguments, **keywords)  # type: ignore[arg-type]
            print("holding", flush=True)
            time.sleep(600)

        shared._before_commit = checked_then_held  # type: ignore[method-assign]
        shared.apply(op.edit("card", card_id, title=rest[0]))
    shared.close()


if __name__ == "__main__":
    main(*sys.argv[1:])

"""Run by test_presentation in a process of its own, on Qt's offscreen platform with two
screens (a laptop and a projector): present a map, take a step, and print as JSON where
each window went and what the presenter's notes say.

    python tests/two_screens.py MAP.journey
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.app import open_window
from app.ui.qt_app import application


def main(path: Path) -> None:
    app = application()
    window = open_window(path)
    window.setScreen(app.screens()[0])
    window.show()
    QTest.qWaitForWindowExposed(window)
    presentation = window.workshop.present()
    notes = window.workshop.presenter_notes
    assert presentation is not None and notes is not None
    QTest.qWaitForWindowExposed(presentation)
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    app.processEvents()
    report = {
        "room_screen": presentation.screen().name(),
        "room_full_screen": presentation.isFullScreen(),
        "room_size": [presentation.width(), presentation.height()],
        "notes_screen": notes.screen().name(),
        "notes": notes.notes(),
    }
    QTest.keyClick(presentation, Qt.Key.Key_Escape)
    app.processEvents()
    report["notes_closed_with_it"] = not notes.isVisible()
    print(json.dumps(report))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

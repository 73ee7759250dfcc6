"""Run by test_presentation in a process of its own, on Qt's offscreen platform with two
screens (a laptop and a projector): present a map, drive it from the presenter's screen as
a presenter whose notes window has the focus would, and print as JSON where each window
went and what each shows.

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
    presenter = window.workshop.presenter_screen
    assert presentation is not None and presenter is not None
    QTest.qWaitForWindowExposed(presentation)
    app.processEvents()
    presenter.activateWindow()
    QTest.keyClick(presenter, Qt.Key.Key_Right)  # the clicker, with the notes in focus
    app.processEvents()
    slide = presentation.slide
    assert slide is not None
    least = min(
        pixels
        for card in slide.cards
        for text, rect, pixels in slide.texts()
        if card.rect.contains(rect.x, rect.y) and not text.centred  # badges are centred
    )
    window.workshop.timebox.start_or_pause()
    app.processEvents()
    report = {
        "room_screen": presentation.screen().name(),
        "room_full_screen": presentation.isFullScreen(),
        "room_size": [presentation.width(), presentation.height()],
        "presenter_screen": presenter.screen().name(),
        "after_keys_on_the_presenter": presentation.index,
        "least_title_pixels": least,
        "notes": presenter.notes(),
        "preview": presenter.preview.slide.name if presenter.preview.slide else None,
        "current": presenter.current.slide.name if presenter.current.slide else None,
        "timebox": presenter.timebox.text(),
        "first_card": next(
            c.title for c in presentation.open_map.content().cards if c.id == slide.cards[0].card_id
        ),
    }
    QTest.keyClick(presenter, Qt.Key.Key_Return)
    zoomed = presentation.slide
    report["zoomed_from_the_presenter"] = zoomed.name if zoomed is not None else None
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    QTest.keyClick(presenter, Qt.Key.Key_Plus)
    app.processEvents()
    report["place_after_larger_text"] = presentation.slide.name if presentation.slide else None
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    app.processEvents()
    report["closed_with_it"] = not presenter.isVisible()
    print(json.dumps(report))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

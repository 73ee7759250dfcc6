"""Run by test_presentation in a process of its own with QT_SCALE_FACTOR set: open a map,
present it, and print as JSON the sizes Qt reports, in logical and in device pixels.

    QT_SCALE_FACTOR=2 python tests/scaled_app.py MAP.journey
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
    window.show()
    QTest.qWaitForWindowExposed(window)
    assert window.workspace is not None
    view = window.workspace.view
    picture = view.grab()
    presentation = window.workshop.present()
    assert presentation is not None
    QTest.qWaitForWindowExposed(presentation)
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    app.processEvents()
    ratio = presentation.devicePixelRatio()
    screen = presentation.screen().geometry()
    print(
        json.dumps(
            {
                "ratio": ratio,
                "screen_logical": [screen.width(), screen.height()],
                "canvas_picture_ratio": picture.devicePixelRatio(),
                "canvas_picture_pixels": [picture.width(), picture.height()],
                "canvas_logical": [view.width(), view.height()],
                "title_device_pixels": presentation.sizes().title * ratio,
                "menu_font_device_pixels": window.menuBar().fontInfo().pixelSize() * ratio,
                "window_logical": [window.width(), window.height()],
            }
        )
    )
    presentation.close()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

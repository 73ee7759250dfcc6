"""Starting the editor: the composition root that makes the application and its window.

On the first start the sample map opens; afterwards the map that was open last; a map
given on the command line wins over both.
"""

from __future__ import annotations

from pathlib import Path

from app.model.file.places import sample_map_path
from app.model.interchange.templates import ensure_sample_map
from app.ui.main_window import MainWindow
from app.ui.qt_app import application
from app.ui.settings import Settings


def open_window(path: Path | None = None) -> MainWindow:
    """The window with a map open: `path`, else the last map, else the sample map."""
    application()
    settings = Settings()
    window = MainWindow(settings)
    if path is None and window.offer_maps_left_open():
        return window
    target = path or settings.last_map() or ensure_sample_map(sample_map_path())
    if not window.open_path(target) and path is None:
        settings.forget_last_map()
    return window


def show_window(path: Path | None = None) -> MainWindow:
    """The window shown as the app starts: with the guide on the very first start, and
    with the start dialog if no map could be opened."""
    window = open_window(path)
    window.show()
    if window.settings.welcome_once():
        window.show_guide()
    if window.workspace is None:
        window.start()
    return window


def run(path: Path | None = None) -> int:
    app = application()
    show_window(path)
    return app.exec()

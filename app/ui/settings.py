"""What Journeyboard remembers between runs (QSettings): recent maps, the last map, where
the window was, how a map is presented, the paper for PDFs, the language of the window,
and whether the welcome has been shown."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import QMainWindow

from app.model.messages import QT_TRANSLATE_NOOP

MAX_RECENT = 10
PAPER_NAMES = {
    "a4": QT_TRANSLATE_NOOP("PdfDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("PdfDialog", "Letter"),
    "a3": QT_TRANSLATE_NOOP("PdfDialog", "A3"),
    "tabloid": QT_TRANSLATE_NOOP("PdfDialog", "Tabloid (11 × 17 in)"),
    "a2": QT_TRANSLATE_NOOP("PdfDialog", "A2 (print shop)"),
    "a1": QT_TRANSLATE_NOOP("PdfDialog", "A1 (print shop)"),
    "a0": QT_TRANSLATE_NOOP("PdfDialog", "A0 (print shop)"),
}
"""The papers a PDF can be made on (app.export.pdf_options.PAPERS, named here so that the
window need not import reportlab to offer them)."""
TIMEBOX_MINUTES = 5
TITLE_PIXELS = 28
LEAST_TITLE_PIXELS, MOST_TITLE_PIXELS = 12, 72
"""The least height of a card title in presentation mode, in pixels of a screen 1,080
pixels high: readable from the back of a room for 20."""


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def recent_maps(self) -> list[Path]:
        """Recently opened maps that still exist, newest first."""
        value = self._store.value("recent", [])
        paths = [Path(str(p)) for p in (value if isinstance(value, list) else [value]) if p]
        return [path for path in paths if path.exists()]

    def recent_title(self, path: Path) -> str:
        """The title a recent map had when it was last open here ("" if not known)."""
        return str(self._store.value(f"titles/{_key(path)}", ""))

    def remember(self, path: Path, title: str) -> None:
        """Put `path` first among the recent maps, under `title`, and make it the one to
        reopen."""
        path = path.resolve()
        recent = [p for p in self.recent_maps() if p != path]
        kept = [path, *recent][:MAX_RECENT]
        titles = {known: title if known == path else self.recent_title(known) for known in kept}
        self._store.setValue("recent", [str(p) for p in kept])
        self._store.remove("titles")  # the titles of maps no longer listed go
        for known, name in titles.items():
            self._store.setValue(f"titles/{_key(known)}", name)
        self._store.setValue("last", str(path))
        self._store.sync()  # so a crash later does not lose which map was open

    def retitle(self, path: Path, title: str) -> None:
        """Keep the title a recent map is listed under up to date."""
        if self.recent_title(path.resolve()) != title:
            self._store.setValue(f"titles/{_key(path.resolve())}", title)

    def workspace_url(self) -> str:
        """The team workspace last opened from here; never with a password."""
        return str(self._store.value("workspace/url", ""))

    def set_workspace_url(self, url: str) -> None:
        from app.model.workspace.store import without_password  # here: only for workspaces

        self._store.setValue("workspace/url", without_password(url))

    def was_kept(self, path: Path) -> bool:
        """Whether the person chose to keep this untitled map when it was last closed."""
        return str(path.resolve()) in self._kept()

    def mark_kept(self, path: Path) -> None:
        self._store.setValue("kept_untitled", sorted({*self._kept(), str(path.resolve())}))

    def _kept(self) -> set[str]:
        value = self._store.value("kept_untitled", [])
        return {str(p) for p in (value if isinstance(value, list) else [value]) if p}

    def welcome_once(self) -> bool:
        """True the first time it is asked on this account, and never again."""
        if self._store.value("welcomed"):
            return False
        self._store.setValue("welcomed", True)
        return True

    def last_map(self) -> Path | None:
        """The map open last, or, if it is gone, the most recent map that is still there."""
        last = self._store.value("last")
        if last and Path(str(last)).exists():
            return Path(str(last))
        recent = self.recent_maps()
        return recent[0] if recent else None

    def forget_last_map(self) -> None:
        self._store.remove("last")

    def last_folder(self, kind: str) -> Path | None:
        """The folder a file of `kind` was last opened from or saved to, if still there."""
        folder = self._store.value(f"folders/{kind}")
        return Path(str(folder)) if folder and Path(str(folder)).is_dir() else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self._store.setValue(f"folders/{kind}", str(folder))

    def restore_window(self, window: QMainWindow) -> None:
        geometry, state = self._store.value("geometry"), self._store.value("state")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            window.restoreState(state)

    def save_window(self, window: QMainWindow) -> None:
        self._store.setValue("geometry", window.saveGeometry())
        self._store.setValue("state", window.saveState())

    def presentation_title_pixels(self) -> int:
        value = self._store.value("present/title_pixels", TITLE_PIXELS)
        try:
            return max(LEAST_TITLE_PIXELS, min(MOST_TITLE_PIXELS, int(str(value))))
        except ValueError:
            return TITLE_PIXELS

    def set_presentation_title_pixels(self, pixels: int) -> None:
        pixels = max(LEAST_TITLE_PIXELS, min(MOST_TITLE_PIXELS, pixels))
        self._store.setValue("present/title_pixels", pixels)

    def timebox_minutes(self) -> int:
        value = self._store.value("timebox/minutes", TIMEBOX_MINUTES)
        try:
            return max(1, min(240, int(str(value))))
        except ValueError:
            return TIMEBOX_MINUTES

    def set_timebox_minutes(self, minutes: int) -> None:
        self._store.setValue("timebox/minutes", minutes)

    def timebox_sound(self) -> bool:
        return str(self._store.value("timebox/sound", "false")).lower() == "true"

    def set_timebox_sound(self, sound: bool) -> None:
        self._store.setValue("timebox/sound", "true" if sound else "false")

    def presentation_theme(self) -> str:
        return "dark" if self._store.value("present/theme") == "dark" else "light"

    def set_presentation_theme(self, theme: str) -> None:
        self._store.setValue("present/theme", theme)

    def default_paper(self) -> str:
        """The paper a PDF is first offered on: the last one chosen, else Letter where
        the system measures in inches (the US), else A4."""
        usa = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        stored = str(self._store.value("pdf/paper", "letter" if usa else "a4"))
        return stored if stored in PAPER_NAMES else "a4"

    def set_default_paper(self, paper: str) -> None:
        self._store.setValue("pdf/paper", paper)

    def language(self) -> str:
        """The language chosen for the window ("en", "de"), or "" to follow the system."""
        return str(self._store.value("language", ""))

    def set_language(self, language: str) -> None:
        self._store.setValue("language", language)


def _key(path: Path) -> str:
    """A settings key for a path: QSettings reads "/" and "\\" in a key as groups."""
    return hashlib.sha1(str(path).encode("utf-8")).hexdigest()

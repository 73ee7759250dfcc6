"""Install Journeyboard's desktop integration under a prefix (a bundle's, or ~/.local):

    python packaging/install_desktop_files.py PREFIX [COMMAND]

writes PREFIX/share/applications/ID.desktop (starting `journeyboard` from the PATH, or
COMMAND, the absolute path of the app, when given), PREFIX/share/metainfo/ID.metainfo.xml,
PREFIX/share/mime/packages/ID.xml, and the icon in the hicolor theme: the SVG, and PNGs
of the usual sizes rendered from it with Qt. Run `update-mime-database PREFIX/share/mime`
and `update-desktop-database PREFIX/share/applications` afterwards where the desktop
does not do it itself (packages' triggers do).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from app import APP_ID

HERE = Path(__file__).parent
APP_ICON = HERE.parent / "resources" / "icons" / f"{APP_ID}.svg"
"""The app's icon, which its window shows too (app.ui.icons)."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def install(prefix: Path, command: str | None = None) -> list[Path]:
    """Every file written, in order."""
    share = prefix / "share"
    written = [
        _desktop_entry(share / "applications", command),
        _copy(HERE / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo"),
        _copy(HERE / "linux" / f"{APP_ID}.xml", share / "mime" / "packages"),
        _copy(APP_ICON, share / "icons/hicolor/scalable/apps"),
    ]
    for size in ICON_SIZES:
        written.append(_render_icon(share / f"icons/hicolor/{size}x{size}/apps", size))
    return written


def _desktop_entry(folder: Path, command: str | None) -> Path:
    entry = _copy(HERE / "linux" / f"{APP_ID}.desktop", folder)
    if command is not None:
        text = entry.read_text(encoding="utf-8")
        exec_line = f"Exec={_quoted(command)} %f\n"
        entry.write_text(re.sub(r"^Exec=.*\n", lambda _: exec_line, text, flags=re.M), "utf-8")
    return entry


def _quoted(command: str) -> str:
    """`command` as the program of an Exec line: quoted when it holds more than plain
    path characters, with what the desktop entry spec escapes escaped."""
    if re.fullmatch(r"[\w/.+-]+", command):
        return command
    escaped = command.replace("\\", "\\\\\\\\")
    return '"' + re.sub(r'(["`$])', r"\\\\\1", escaped) + '"'


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(source, folder / source.name))


def _render_icon(folder: Path, size: int) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(APP_ICON))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{APP_ID}.png"
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")
    return target


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    for path in install(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) == 3 else None):
        print(path)

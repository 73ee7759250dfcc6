"""The icons of the window's actions and the window's own.

Each action names an icon of the freedesktop naming spec, used when the desktop has an icon
theme, and a Lucide icon shipped in resources/icons (ISC licence, beside them) otherwise.
Lucide draws in `currentColor`: the shipped icons are drawn in the window's text colour,
so they stay visible on a dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app import APP_ID
from app.model.resources import resource_path

SIZES = (16, 20, 24, 32, 48)
"""Menus, toolbars and high-density screens: Qt picks the nearest."""


def action_icon(theme_name: str, file_name: str) -> QIcon:
    """The desktop theme's icon `theme_name` if it has one, else the shipped one."""
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    return _shipped(file_name, QApplication.palette().color(QPalette.ColorRole.WindowText).name())


def window_icon() -> QIcon:
    return _rendered(resource_path("icons", f"{APP_ID}.svg").read_bytes(), (*SIZES, 64, 128, 256))


@cache
def _shipped(file_name: str, colour: str) -> QIcon:
    svg = resource_path("icons", f"{file_name}.svg").read_bytes()
    return _rendered(svg.replace(b"currentColor", colour.encode("ascii")), SIZES)


def _rendered(svg: bytes, sizes: tuple[int, ...]) -> QIcon:
    """The SVG drawn at each size by QtSvg: no icon engine plugin is needed to show it."""
    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon

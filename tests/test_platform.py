"""Guards against known faults of the libraries underneath (DESIGN.md, Platform notes)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)


class CardLikeItem(QGraphicsItem):
    """An item painted in Python, so each render calls from Qt into Python."""

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 80, 40)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        painter.drawText(self.boundingRect(), "Card")


def test_rendering_a_scene_does_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None on every call from Qt into Python and the
    interpreter aborts after a few thousand; this fails on such a version before users do.
    (From Python 3.12 None is immortal and its count never moves.)"""
    scene = QGraphicsScene(QRectF(0, 0, 200, 100))
    scene.addRect(QRectF(10, 10, 80, 40))
    scene.addText("Touchpoint")
    scene.addItem(CardLikeItem())
    image = QImage(200, 100, QImage.Format.Format_ARGB32)

    def render() -> None:
        painter = QPainter(image)
        scene.render(painter)
        painter.end()

    render()  # first call warms caches that hold references of their own
    before = sys.getrefcount(None)
    for _ in range(50):
        render()
    assert sys.getrefcount(None) >= before - 5, "PySide6 leaks references to None"

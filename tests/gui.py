"""Driving the real canvas with the mouse and keyboard, as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def on_screen(view: QGraphicsView, at: QPointF) -> QPoint:
    """Scroll `at` into view and return where it is in the viewport."""
    view.ensureVisible(at.x() - 5, at.y() - 5, 10, 10, 60, 60)
    return view.mapFromScene(at)


def _send(view: QGraphicsView, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    global_at = view.viewport().mapToGlobal(at)
    event = QMouseEvent(kind, QPointF(at), QPointF(global_at), button, buttons, NO_KEYS)
    QApplication.sendEvent(view.viewport(), event)


def double_click(view: QGraphicsView, at: QPointF) -> None:
    point = on_screen(view, at)
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    _send(view, QEvent.Type.MouseButtonDblClick, point, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def click(view: QGraphicsView, at: QPointF) -> None:
    point = on_screen(view, at)
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def drag(
    view: QGraphicsView,
    start: QPointF,
    end: QPointF,
    steps: int = 8,
    before_release: Callable[[], object] = lambda: None,
) -> None:
    """Press at `start`, move in steps with the button held, release at `end` (both in
    scene coordinates, which must fit in the viewport together); `before_release` runs
    at `end` with the button still held."""
    first = on_screen(view, start)
    last = view.mapFromScene(end)
    _send(view, QEvent.Type.MouseButtonPress, first, LEFT)
    for step in range(1, steps + 1):
        point = first + (last - first) * step / steps
        _send(view, QEvent.Type.MouseMove, point, LEFT)
    before_release()
    _send(view, QEvent.Type.MouseButtonRelease, last, Qt.MouseButton.NoButton)


def ctrl_wheel(view: QGraphicsView, at: QPointF, notches: int) -> None:
    point = QPointF(on_screen(view, at))
    event = QWheelEvent(
        point,
        QPointF(view.viewport().mapToGlobal(point.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)

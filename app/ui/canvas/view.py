"""The view onto the map: zoom with Ctrl+wheel around the cursor, pan with the middle
button or by holding Space, rubber-band selection, fit to the window."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.ui.canvas.card_item import TITLES_BELOW
from app.ui.canvas.scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
ZOOM_STEP = 1.2
READABLE_ZOOM = TITLES_BELOW
"""From this zoom up, cards show all of their text."""
SETTLE_MS = 250
_Fit = Literal["whole", "readable", "width"]
"""Fitted to the window: the whole map, the whole map unless too small to read (at
opening), or its whole width."""


class MapView(QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space_held = False
        self._pan_from: QPointF | None = None
        self._fitting: _Fit | None = "whole"
        """How the map is fitted to the window as it is resized, until the person zooms."""
        self._settled = QTimer(self)
        self._settled.setSingleShot(True)
        self._settled.setInterval(SETTLE_MS)
        self._settled.timeout.connect(lambda: scene.set_zoom(self.zoom, moving=False))

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor_under_mouse: bool = False) -> None:
        self._fitting = None
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        anchor = (
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if anchor_under_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.setTransformationAnchor(anchor)
        factor = zoom / self.zoom
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoomed()

    def _zoomed(self) -> None:
        """While the zoom is changing, cards show their titles only; once it has settled,
        all that can be read at that zoom (text is drawn anew at every zoom step)."""
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.set_zoom(self.zoom, moving=True)
        self._settled.start()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole map (never larger than 100 %), and keep it fitted on resizes."""
        self._fit("whole")

    def fit_width(self) -> None:
        """Show the map's whole width (never larger than 100 %) from its top, scrolling
        down for the rest: a tall map's text as large as the window's width allows."""
        self._fit("width")

    def open_on_map(self) -> None:
        """Show the whole map if its cards can be read at that size; otherwise show them
        at the smallest size they can be read, from the map's top left corner. Kept so on
        resizes until the person zooms: a newcomer sees cards, not blank shapes."""
        self._fit("readable")

    def _fit(self, how: _Fit) -> None:
        if how == "width":
            # Room for the vertical scroll bar the rest of the map will need.
            room = self.viewport().width() - self.verticalScrollBar().sizeHint().width()
            width = self.sceneRect().width()
            target = min(1.0, room / width) if width > 0 and room > 0 else 1.0
            self.scale(target / self.zoom, target / self.zoom)
            self._to_top_left()
        else:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            least = READABLE_ZOOM if how == "readable" else 0.0
            if not least <= self.zoom <= 1.0:
                target = min(1.0, max(least, self.zoom))
                self.scale(target / self.zoom, target / self.zoom)
                self._to_top_left()
        self._fitting = how
        self._zoomed()

    def _to_top_left(self) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting is not None:
            self._fit(self._fitting)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * ZOOM_STEP**steps, anchor_under_mouse=True)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._no_editor():
            self._space_held = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_held:
            self._space_held = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space_held = False
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().focusOutEvent(event)

    def _no_editor(self) -> bool:
        scene = self.scene()
        return not isinstance(scene, MapScene) or scene.title_editor is None

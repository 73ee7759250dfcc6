"""The map as the room sees it: a second view of the editor's scene, with no scroll bars
and no editing, the current step in full and the rest of the map dimmed."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.layout.geometry import Rect
from app.layout.themes import Theme
from app.ui.canvas.scene import MapScene
from app.ui.look import lane_tint

ROOM = 100_000.0
"""How far the view may scroll past the map, so that any step can be centred."""


class PresentationView(QGraphicsView):
    def __init__(self, scene: MapScene, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSceneRect(QRectF(-ROOM, -ROOM, 2 * ROOM, 2 * ROOM))
        self.focus: QRectF | None = None
        """What the step shows; the rest of the map is dimmed. None: the whole map."""
        self.curve_until: float | None = None
        """With the curve revealed stage by stage, the x where it stops so far."""
        self.theme = theme
        self.set_theme(theme)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackgroundBrush(QColor(theme.surround))
        self.viewport().update()

    def show_rect(self, rect: Rect, zoom: float | None, *, focus: bool) -> None:
        """Centre `rect` at `zoom`, or fitted to the view when `zoom` is None; dim the
        rest of the map when `focus`."""
        area = QRectF(rect.x, rect.y, rect.width, rect.height)
        if zoom is None:
            self.fitInView(area.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self.centerOn(area.center())
        self.focus = area if focus else None
        self.map_scene.set_zoom(self.zoom)
        self.viewport().update()

    def visible_rect(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        layout = self.map_scene.layout
        if layout is None:
            return
        if self.curve_until is not None and layout.scale is not None:
            band = layout.scale.band
            hidden = QRectF(self.curve_until, band.y, layout.width - self.curve_until, band.height)
            painter.fillRect(hidden, lane_tint("emotions"))
        if self.focus is not None:
            outside = QPainterPath()
            outside.addRect(QRectF(rect))
            hole = QPainterPath()
            hole.addRect(self.focus)
            dim = QColor(self.theme.surround)
            dim.setAlphaF(self.theme.dim)
            painter.fillPath(outside.subtracted(hole), dim)

"""The map as the room sees it: a second view of the editor's scene, with no scroll bars
and no editing, the current step in full and the rest of the map dimmed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.layout.geometry import Rect
from app.layout.themes import Theme
from app.ui.canvas.scene import MapScene
from app.ui.look import family_font
from app.ui.present.fitted_text import fitted_lines

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
        self.name_pixels = 28.0
        """The size of the stage and lane names drawn over the whole map."""
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
            painter.fillRect(hidden, QColor(self.map_scene.theme.lane_tint("emotions")))
        if self.zoom < self.map_scene.text_from_zoom:
            self._names(painter)
        if self.focus is not None:
            outside = QPainterPath()
            outside.addRect(QRectF(rect))
            hole = QPainterPath()
            hole.addRect(self.focus)
            dim = QColor(self.theme.surround)
            dim.setAlphaF(self.theme.dim)
            painter.fillPath(outside.subtracted(hole), dim)

    def _names(self, painter: QPainter) -> None:
        """Where the map is too small for its headers' own text: the stages' and lanes'
        names at the room's size, each in its header, elided if it must be."""
        layout = self.map_scene.layout
        if layout is None:
            return
        painter.save()
        painter.resetTransform()
        font = family_font()
        font.setPixelSize(round(self.name_pixels))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self.map_scene.theme.ink))
        for stage in layout.stages:
            self._name(painter, stage.rect, " ".join(stage.name_lines))
        margin = self.mapFromScene(QPointF(0, 0)).x() - 12
        for lane in layout.lanes:
            name = " ".join(lane.title_lines)
            if margin >= 4 * self.name_pixels:  # in the room to the map's left, whole
                row = self.mapFromScene(QPointF(0, lane.rect.y + lane.rect.height / 2))
                shown = painter.fontMetrics().elidedText(
                    name, Qt.TextElideMode.ElideRight, int(margin)
                )
                width = painter.fontMetrics().horizontalAdvance(shown)
                painter.drawText(QPointF(margin - width, row.y() + self.name_pixels / 3), shown)
            else:
                self._name(painter, lane.rect, name)
        painter.restore()

    def _name(self, painter: QPainter, rect: Rect, name: str) -> None:
        area = self.mapFromScene(QRectF(rect.x, rect.y, rect.width, rect.height)).boundingRect()
        inner = QRectF(area).adjusted(8, 6, -4, -4)
        line = self.name_pixels * 1.25
        lines = fitted_lines(
            painter.fontMetrics(), name, inner.width(), max(1, int(inner.height() // line))
        )
        for index, text in enumerate(lines):
            painter.drawText(QPointF(inner.x(), inner.y() + self.name_pixels + index * line), text)

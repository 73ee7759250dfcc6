"""The background of the map (lane rows, stage columns, the hints of empty lanes, the
emotion scale with its zero line), and the overview of all cards at far-out zooms: each
one item, painting only where it is exposed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.layout import palette
from app.layout.emotion_marks import beneath_curves, scale_shapes
from app.layout.geometry import Rect
from app.layout.map_layout import HINT, HINT_PADDING, CardBox, MapLayout
from app.layout.shapes import label
from app.ui.canvas.shape_painter import paint_shapes
from app.ui.look import GRID_LINE, SELECTION, Look, look


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class GridItem(QGraphicsItem):
    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(0)
        self.layout = layout

    def display(self, layout: MapLayout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed, colours = option.exposedRect, look()
        for lane in self.layout.lanes:
            row = _qrect(lane.row)
            if not row.intersects(exposed):
                continue
            painter.fillRect(row, colours.lane_tint(lane.kind))
            painter.setPen(QPen(colours.grid_line, 1))
            painter.drawLine(row.bottomLeft(), row.bottomRight())
            if lane.hint_rect is not None and getattr(self.scene(), "shows_hints", True):
                hint = label(lane.hint_rect, lane.hint, HINT, HINT_PADDING, "muted_ink")
                paint_shapes(painter, hint, colours.theme)
        painter.setPen(QPen(colours.grid_line, 1))
        for stage in self.layout.stages:
            column = _qrect(stage.column)
            painter.drawLine(column.topRight(), column.bottomRight())
        self._paint_scale(painter, exposed, colours)

    def _paint_scale(self, painter: QPainter, exposed: QRectF, colours: Look) -> None:
        lane = self.layout.emotions
        if lane is None or not _qrect(lane.band).intersects(exposed):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_shapes(painter, scale_shapes(lane) + beneath_curves(lane), colours.theme)


class CardsOverviewItem(QGraphicsItem):
    """Every card at once as a plain shape, for zooms too far out to read any text:
    a few calls draw thousands of cards, where one call per card would not keep up."""

    def __init__(self, selected: Callable[[], list[QRectF]]):
        super().__init__()
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._selected = selected
        self._cards: Iterable[CardBox] = ()
        self._kinds: dict[str, str] = {}
        self._fills: dict[str, list[QRectF]] | None = None
        self._bounds = QRectF()

    def display(self, layout: MapLayout, lane_kinds: dict[str, str]) -> None:
        """Show the cards of `layout` (whose lanes have `lane_kinds`); their shapes are
        gathered when first painted, so that while the overview is hidden an edit of a
        large map costs nothing here."""
        self.prepareGeometryChange()
        self._cards, self._kinds, self._fills = layout.cards.values(), lane_kinds, None
        self._bounds = QRectF(0, 0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _fills_by_colour(self) -> dict[str, list[QRectF]]:
        if self._fills is None:
            self._fills = {}
            for box in self._cards:
                fill = palette.card_fill(box.colour, self._kinds[box.lane_id])
                self._fills.setdefault(fill, []).append(_qrect(box.rect))
        return self._fills

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(GRID_LINE, 0))
        for colour, rects in self._fills_by_colour().items():
            painter.setBrush(QColor(colour))
            painter.drawRects(rects)
        painter.setPen(QPen(SELECTION, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        selected = self._selected()
        if selected:
            painter.drawRects(selected)

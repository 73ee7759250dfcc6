"""A card on the canvas, drawn with as much detail as can be read at the zoom."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout import palette
from app.layout.geometry import Rect
from app.layout.glance import (
    GLANCE_PADDING,
    GLANCE_PIXELS,
    glance_lines,
    glance_style,
)
from app.layout.map_layout import (
    CARD_META,
    CARD_NOTES,
    CARD_TITLE,
    CardBox,
    text_below_picture,
)
from app.layout.map_marks import CARD_RADIUS, CARD_STRIPE, card_badges, card_body, glance_star
from app.layout.shapes import Shape, Text, bounds
from app.layout.text import TextStyle, Typesetter
from app.layout.themes import Theme
from app.ui.canvas.requests import requests_of
from app.ui.canvas.shape_painter import paint_shapes
from app.ui.look import (
    GRID_LINE,
    SELECTION,
    font,
    look,
)
from app.ui.text_metrics import measure

TITLES_BELOW = 0.75
"""Below this zoom, notes would be under 8 pixels high: cards show their title only."""
SELECTED_PEN = QPen(SELECTION, 3)


class Detail(enum.IntEnum):
    """How much of each card the canvas draws at a zoom: text too small to read is not
    drawn at all, and far out the cards are drawn all at once as shapes."""

    SHAPES = 0
    GLANCE = 1
    """The title alone, set larger than on the card so that it reads (app.layout.glance)."""
    TITLES = 2
    FULL = 3


def detail_at(zoom: float) -> Detail:
    if zoom >= TITLES_BELOW:
        return Detail.FULL
    if zoom * CARD_TITLE.size >= GLANCE_PIXELS:
        return Detail.TITLES
    return Detail.SHAPES if glance_style(zoom) is None else Detail.GLANCE


class _CardFace:
    """What a card paints, made once per value when it is first painted: text laid out as
    static text (never read as markup) and colours ready, so a repaint only draws."""

    PAD = 8.0

    def __init__(self, box: CardBox, kind: str) -> None:
        self.body = QRectF(0, 0, box.rect.width, box.rect.height)
        self.at = QPointF(box.rect.x, box.rect.y)
        self.marks = card_body(box, kind)
        self.badges = card_badges(box, measure)
        self.text: list[tuple[QFont, QColor, list[tuple[QPointF, QStaticText]]]] = []
        ink, muted = (QColor(c) for c in palette.inks_on(palette.card_fill(box.colour, kind)))
        self.picture = _fitted_picture(box)
        y = self.PAD
        for lines, style, colour in (
            (box.title_lines, CARD_TITLE, ink),
            (box.notes_lines, CARD_NOTES, muted),
            ((box.meta,) if box.meta else (), CARD_META, muted),
        ):
            placed = []
            for line in lines:
                placed.append((QPointF(self.PAD, y + 1), _static_text(line, font(style))))
                y += style.line_height
            self.text.append((font(style), colour, placed))
            if style is CARD_TITLE:
                y = text_below_picture(box, y)

    def paint_marks(self, painter: QPainter, theme: Theme, shapes: list[Shape]) -> None:
        """Paint shapes laid out where the card is, from the card's own corner."""
        painter.translate(-self.at)
        paint_shapes(painter, shapes, theme)
        painter.translate(self.at)


def _fitted_picture(box: CardBox) -> tuple[QRectF, QImage | None] | None:
    """The card's picture scaled to fit its band, centred, keeping its shape; None for
    the image if it cannot be decoded (the band then shows that something is missing)."""
    if box.image is None or box.picture is None:
        return None
    band = box.picture
    image = QImage.fromData(box.image)
    if image.isNull():
        return QRectF(band.x, band.y, band.width, band.height), None
    at = band.fitted(image.width(), image.height())
    smooth = Qt.TransformationMode.SmoothTransformation
    size = QSizeF(at.width, at.height).toSize()
    scaled = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
    return QRectF(at.x, at.y, at.width, at.height), scaled


def _static_text(text: str, with_font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), with_font)
    return static


class _GlanceFace:
    """A card's title alone, set in the large `style` of a far-out zoom; the card grows
    down to `reach` where the title needs the room."""

    def __init__(
        self, box: CardBox, kind: str, style: TextStyle, typesetter: Typesetter, reach: float
    ) -> None:
        self.style, self.font = style, font(style)
        self.star = glance_star(box, style, typesetter.measure)
        room = box.rect.width - CARD_STRIPE - (bounds(self.star).width + 3 if self.star else 0)
        self.words = glance_lines(box.title, room, max(reach, box.rect.height), style, typesetter)
        needed = len(self.words) * style.line_height + 2 * GLANCE_PADDING
        self.height = max(box.rect.height, needed)
        grown = box.moved_to(Rect(box.rect.x, box.rect.y, box.rect.width, self.height))
        self.marks = card_body(grown, kind) if self.height > box.rect.height else None
        self.at = QPointF(box.rect.x, box.rect.y)
        self.ink = QColor(palette.inks_on(palette.card_fill(box.colour, kind))[0])
        x = CARD_STRIPE + GLANCE_PADDING
        self.lines = [
            (QPointF(x, GLANCE_PADDING + i * style.line_height), _static_text(line, self.font))
            for i, line in enumerate(self.words)
        ]

    def draw(self, painter: QPainter, theme: Theme) -> None:
        painter.setFont(self.font)
        painter.setPen(self.ink)
        for at, static in self.lines:
            painter.drawStaticText(at, static)
        if self.star:
            painter.translate(-self.at)
            paint_shapes(painter, self.star, theme)
            painter.translate(self.at)


Glance = tuple[TextStyle, Typesetter]
"""How titles are set from far out: their style at the zoom, and the measure of text."""


class CardItem(QGraphicsItem):
    def __init__(
        self, box: CardBox, kind: str, detail: Detail = Detail.FULL, glance: Glance | None = None
    ) -> None:
        super().__init__()
        self.box = box
        self.kind = kind
        self._face: _CardFace | None = None
        self._glance: Glance | None = None
        self._glance_face: _GlanceFace | None = None
        self._reach = box.rect.height
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.rect.x, box.rect.y)
        self.setZValue(2)
        self._dragging = False
        self._detail = Detail.FULL
        self.set_detail(detail, glance)

    @property
    def card_id(self) -> str:
        return self.box.card_id

    def display(self, box: CardBox, kind: str) -> None:
        """Take a new value from the layout; repaint only if it changed."""
        at = QPointF(box.rect.x, box.rect.y)
        if (box is self.box or box == self.box) and kind == self.kind and self.pos() == at:
            return
        self.prepareGeometryChange()
        self.box, self.kind, self._face, self._glance_face = box, kind, None, None
        self.setPos(at)
        self.update()

    def set_detail(self, detail: Detail, glance: Glance | None = None) -> None:
        """Far out, the overview item draws every card at once; this one paints nothing
        (but can still be clicked, dragged and selected). At a `glance` the card shows
        its title alone, set in the glance's style."""
        if (detail == Detail.SHAPES) != (self._detail == Detail.SHAPES):
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, detail == Detail.SHAPES)
        if glance != self._glance or (detail == Detail.GLANCE) != (self._detail == Detail.GLANCE):
            self.prepareGeometryChange()  # a card grows from far out (set_reach)
        if glance != self._glance:
            self._glance, self._glance_face = glance, None
        self._detail = detail
        if detail != Detail.SHAPES:
            self.update()

    def set_reach(self, reach: float) -> None:
        """How tall the card may grow from far out, where it shows its title alone."""
        if reach != self._reach:
            self.prepareGeometryChange()
            self._reach, self._glance_face = reach, None
            self.update()

    @property
    def glance_words(self) -> tuple[str, ...]:
        """The title as the card shows it from far out (empty at other zooms), and ★
        after it if the card is a moment that matters."""
        face = self._glance_at()
        if face is None:
            return ()
        return face.words + tuple(
            line for shape in face.star if isinstance(shape, Text) for line in shape.lines
        )

    def _glance_at(self) -> _GlanceFace | None:
        if self._detail != Detail.GLANCE or self._glance is None:
            return None
        if self._glance_face is None:
            self._glance_face = _GlanceFace(self.box, self.kind, *self._glance, self._reach)
        return self._glance_face

    def boundingRect(self) -> QRectF:
        glance = self._glance_at()
        height = self.box.rect.height if glance is None else glance.height
        return QRectF(-2, -2, self.box.rect.width + 4, height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._face is None:
            self._face = _CardFace(self.box, self.kind)
        face = self._face
        theme = look().theme
        glance = self._glance_at()
        grown = glance.marks if glance is not None else None
        face.paint_marks(painter, theme, grown or face.marks)
        if self.isSelected():
            body = QRectF(face.body)
            if glance is not None:
                body.setHeight(glance.height)
            painter.setPen(SELECTED_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body, CARD_RADIUS, CARD_RADIUS)
        if glance is not None:
            glance.draw(painter, theme)
            return
        if face.picture is not None:  # large enough to make out whenever text is drawn
            _draw_picture(painter, *face.picture)
        blocks = face.text if self._detail == Detail.FULL else face.text[:1]
        for text_font, colour, placed in blocks:
            painter.setFont(text_font)
            painter.setPen(colour)
            for at, static in placed:
                painter.drawStaticText(at, static)
        if self._detail == Detail.FULL:
            face.paint_marks(painter, theme, face.badges)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._dragging = False
        if event.button() == Qt.MouseButton.LeftButton and requests_of(self).card_pressed(
            self.card_id
        ):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._dragging = True
        requests_of(self).card_dragged(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            requests_of(self).cards_dropped(event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Edit the title; while a mode takes clicks (a vote), it is one more click."""
        if not requests_of(self).card_pressed(self.card_id):
            requests_of(self).edit_card(self.card_id)


def _draw_picture(painter: QPainter, target: QRectF, image: QImage | None) -> None:
    if image is not None:
        painter.drawImage(target, image)
        return
    painter.setPen(QPen(GRID_LINE, 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(target)
    painter.drawLine(target.topLeft(), target.bottomRight())

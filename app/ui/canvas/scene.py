"""The map on a QGraphicsScene, mirroring the open map.

After each change the scene lays the map out again, once per turn of the event loop,
and reconciles its items by id: existing items take their new frozen value, new ones
are made and gone ones removed. Gestures end in one operation each, applied through
OpenMap; nothing is written while a drag is under way, and Escape puts things back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from app.layout.emotion_lane import UP_CLOSE, PointBox
from app.layout.emotion_marks import curve_shapes, point_shapes
from app.layout.glance import (
    GLANCE_PIXELS,
    emotion_text_scale,
    glance_reach,
    glance_style,
    shared_name_style,
)
from app.layout.map_layout import CardBox, MapLayout, StackMemo, layout_map, with_emotion_text
from app.layout.shapes import Shape
from app.layout.text import TextStyle, Typesetter
from app.model.data.fields import STAGE_FIELDS
from app.model.data.records import EmotionRecord, MapContent, new_id
from app.model.edits import operations as op
from app.model.edits.arranging import move_cards
from app.ui.canvas.card_item import CardItem, Detail, Glance, detail_at
from app.ui.canvas.card_typing import CardTyping
from app.ui.canvas.emotion_items import CurveItem, PointItem
from app.ui.canvas.grid import CardsOverviewItem, GridItem
from app.ui.canvas.headers import LANE_NAME_INDENT, LaneHeaderItem, StageHeaderItem
from app.ui.canvas.title_editor import TitleEditor
from app.ui.look import SELECTION
from app.ui.open_map import OpenMap
from app.ui.translation import for_count

MARGIN = 40.0
Selected = tuple[str, str] | None
"""What the inspector should show: ("card", id), ("stage", id), ("lane", id),
("point", id), or None for the map itself."""

K = TypeVar("K")
T = TypeVar("T", bound=QGraphicsItem)
V = TypeVar("V")


class MapScene(QGraphicsScene):
    selection_described = Signal(object)
    """The Selected value after each change of selection."""

    def __init__(
        self,
        typesetter: Typesetter,
        open_map: OpenMap | None = None,
        memo: StackMemo | None = None,
    ) -> None:
        """`memo` is that of a layout already made with `typesetter`, if there is one."""
        super().__init__()
        self.typesetter = typesetter
        self.open_map = open_map
        self.hidden_lanes: set[str] = set()
        self.shown_personas: set[str] | None = None
        self.active_persona: str | None = None
        """The persona whose curve a double-click in the Emotions lane adds to."""
        self.card_action: Callable[[str], None] | None = None
        """What a click on a card, or + or D on the selected one, does instead of selecting
        it while a mode is on: a dot vote gives it a dot."""
        self.shows_hints = True
        """Whether empty lanes say what belongs in them: in the editor, not in a picture."""
        self._static: MapContent | None = None
        self._detail = Detail.FULL
        self._glance: Glance | None = None
        self._name_styles: dict[tuple[str, TextStyle], TextStyle] = {}
        self._overview = CardsOverviewItem(self._selected_rects)
        self._overview.hide()
        self.addItem(self._overview)
        self.layout: MapLayout | None = None
        self._memo = memo or StackMemo(typesetter)
        self._cards: dict[str, CardItem] = {}
        self._lane_kinds: dict[str, str] = {}
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneHeaderItem] = {}
        self._points: dict[str, PointItem] = {}
        self._curves: dict[str, CurveItem] = {}
        self._grid: GridItem | None = None
        self._marker = QGraphicsLineItem()
        self._marker.setPen(QPen(SELECTION, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self._marker.setZValue(10)
        self._marker.hide()
        self.addItem(self._marker)
        self.typing = CardTyping(self)
        self._pending = False
        self.selectionChanged.connect(self._describe_selection)
        if open_map is not None:
            open_map.changed.connect(self.schedule_relayout)

    # --- what is shown -----------------------------------------------------------------

    def content(self) -> MapContent:
        if self.open_map is not None:
            return self.open_map.content()
        assert self._static is not None, "a scene without an open map needs show_content"
        return self._static

    def show_content(self, content: MapContent) -> None:
        """Show a map that is not open for editing (a template preview, a picture)."""
        self._static = content
        self.relayout()

    def schedule_relayout(self, *_change: object) -> None:
        """Many changes in one turn of the event loop give one new layout."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.relayout)

    def relayout(self, *, put_back: bool = False) -> None:
        """Lay the map out again and show it. A card whose box is the one it had (see
        StackMemo) is left alone, unless `put_back`: after a gesture that changed
        nothing, every card goes back to its place."""
        self._pending = False
        content = self.content()
        if self.active_persona not in {p.id for p in content.personas}:
            self.active_persona = content.map.primary_persona_id
        layout = layout_map(
            content,
            self.typesetter,
            self._memo.metrics,
            hidden_lanes=self.hidden_lanes,
            shown_personas=self.shown_personas,
            memo=self._memo,
            translate=QCoreApplication.translate,
        )
        before, self.layout = self.layout, layout
        self._name_styles.clear()
        kinds = {lane.id: lane.kind for lane in content.lanes}
        if self._grid is None:
            self._grid = GridItem(layout)
            self.addItem(self._grid)
        else:
            self._grid.display(layout)
        same_kinds = kinds == self._lane_kinds
        self._lane_kinds = kinds
        known = before.cards if before is not None and same_kinds and not put_back else {}
        for card_id in self._cards.keys() - layout.cards.keys():
            self.removeItem(self._cards.pop(card_id))
        for card_id, box in layout.cards.items():
            if known.get(card_id) is box:
                continue
            if card_id in self._cards:
                self._cards[card_id].display(box, kinds[box.lane_id])
            else:
                self._cards[card_id] = CardItem(box, kinds[box.lane_id], self._detail, self._glance)
                self.addItem(self._cards[card_id])
        reach = glance_reach(layout, self._memo.metrics)
        for card_id, item in self._cards.items():
            item.set_reach(reach[card_id])
        self._reconcile(
            self._stages,
            {box.stage_id: box for box in layout.stages},
            StageHeaderItem,
            lambda item, box: item.display(box),
        )
        self._reconcile(
            self._lanes,
            {box.lane_id: box for box in layout.lanes},
            LaneHeaderItem,
            lambda item, box: item.display(box),
        )
        self._show_emotions(layout)
        self._overview.display(layout, kinds)
        self._marker.hide()
        self.setSceneRect(
            QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
        )

    @property
    def detail(self) -> Detail:
        return self._detail

    def set_zoom(
        self, zoom: float, *, moving: bool = False, emotion_pixels: float = GLANCE_PIXELS
    ) -> None:
        """Draw as much of each card as can be read at this zoom (level of detail), and
        the emotion lane's words at least `emotion_pixels` high.

        While the zoom is `moving`, every visible card would be drawn anew at each step:
        cards show no more than their titles, and only shapes where the titles are small.
        """
        if not moving:
            self._set_emotion_text(emotion_text_scale(zoom, emotion_pixels))
        detail = detail_at(zoom)
        if moving:
            detail = Detail.TITLES if detail == Detail.FULL else Detail.SHAPES
        style = glance_style(zoom) if detail == Detail.GLANCE else None
        glance = None if style is None else (style, self.typesetter)
        if (detail, glance) == (self._detail, self._glance):
            return
        self._detail, self._glance = detail, glance
        self._overview.setVisible(detail == Detail.SHAPES)
        for item in self._cards.values():
            item.set_detail(detail, glance)

    def header_name_style(self, row: Literal["stages", "lanes"], style: TextStyle) -> TextStyle:
        """The style all stage or lane names take from far out at a glance `style`:
        one weight for the whole row (app.layout.glance.shared_name_style)."""
        layout = self.layout
        if layout is None:
            return style
        if (row, style) not in self._name_styles:  # forgotten at each new layout
            names = (
                [(stage.name, stage.rect.width, stage.rect.height) for stage in layout.stages]
                if row == "stages"
                else [
                    (lane.title, lane.rect.width - LANE_NAME_INDENT, lane.rect.height)
                    for lane in layout.lanes
                ]
            )
            shared = shared_name_style(names, style, self.typesetter)
            self._name_styles[(row, style)] = shared
        return self._name_styles[(row, style)]

    def _set_emotion_text(self, scale: float) -> None:
        """Lay the emotion lane out again with its words `scale` times their size."""
        metrics = self._memo.metrics
        if scale == metrics.emotion_text_scale:
            return
        self._memo.metrics = dataclasses.replace(metrics, emotion_text_scale=scale)
        if self.layout is not None and self.layout.emotions is not None:
            self.layout = with_emotion_text(
                self.layout,
                self.content(),
                self.typesetter,
                scale,
                shown_personas=self.shown_personas,
                translate=QCoreApplication.translate,
            )
            if self._grid is not None:
                self._grid.display(self.layout)  # the scale's numbers
            self._show_emotions(self.layout)

    def _show_emotions(self, layout: MapLayout) -> None:
        """The curves and points of `layout`'s emotion lane, made or moved."""
        lane = layout.emotions
        text = lane.text if lane is not None else UP_CLOSE
        self._reconcile(
            self._curves,
            {curve.persona_id: curve for curve in layout.curves},
            lambda curve: CurveItem(curve, curve_shapes(curve, text)),
            lambda item, curve: item.display(curve, curve_shapes(curve, text)),
        )
        index_of = {
            point.point_id: curve.persona_index for curve in layout.curves for point in curve.points
        }

        def point_look(box: PointBox) -> tuple[PointBox, list[Shape], str]:
            assert lane is not None
            return box, point_shapes(lane, box, index_of[box.point_id]), lane.scale.text(box.score)

        self._reconcile(
            self._points,
            {point.point_id: point for curve in layout.curves for point in curve.points},
            lambda box: PointItem(*point_look(box)),
            lambda item, box: item.display(*point_look(box)),
        )

    def _selected_rects(self) -> list[QRectF]:
        return [_qrect(item.box) for item in self.selectedItems() if isinstance(item, CardItem)]

    def _reconcile(
        self,
        items: dict[K, T],
        values: dict[K, V],
        make: Callable[[V], T],
        update: Callable[[T, V], None],
    ) -> None:
        for key in set(items) - set(values):
            self.removeItem(items.pop(key))
        for key, value in values.items():
            if key in items:
                update(items[key], value)
            else:
                items[key] = make(value)
                self.addItem(items[key])

    # --- selection ---------------------------------------------------------------------

    def card_item(self, card_id: str) -> CardItem:
        return self._cards[card_id]

    def point_item(self, point_id: str) -> PointItem:
        return self._points[point_id]

    def stage_item(self, stage_id: str) -> StageHeaderItem:
        return self._stages[stage_id]

    def lane_item(self, lane_id: str) -> LaneHeaderItem:
        return self._lanes[lane_id]

    def selected_cards(self) -> list[str]:
        """The selected cards' ids, in the map's order."""
        selected = {item.card_id for item in self.selectedItems() if isinstance(item, CardItem)}
        return [card.id for card in self.content().cards if card.id in selected]

    def select_only(self, item: QGraphicsItem) -> None:
        self.clearSelection()
        item.setSelected(True)
        for view in self.views():
            view.ensureVisible(item)

    def _describe_selection(self) -> None:
        items = self.selectedItems()
        described: Selected = None
        if len(items) == 1:
            item = items[0]
            if isinstance(item, CardItem):
                described = ("card", item.card_id)
            elif isinstance(item, StageHeaderItem):
                described = ("stage", item.box.stage_id)
            elif isinstance(item, LaneHeaderItem):
                described = ("lane", item.box.lane_id)
            elif isinstance(item, PointItem):
                described = ("point", item.point_id)
        self.selection_described.emit(described)

    # --- requests from items: cards ------------------------------------------------------

    def card_pressed(self, card_id: str) -> bool:
        if self.card_action is None:
            return False
        self.card_action(card_id)
        return True

    def card_dragged(self, at: QPointF) -> None:
        self._show_insertion(at)

    def cards_dropped(self, at: QPointF) -> None:
        self._marker.hide()
        layout, cell = self.layout, self._cell_at(at)
        moved, dragged = None, self.selected_cards()
        if layout is not None and cell is not None:
            index, _ = layout.insertion_at(*cell, at.y(), set(dragged))
            moved = move_cards(self.content(), dragged, *cell, index)
        what = for_count(len(dragged), self.tr("Move card"), self.tr("Move {count} cards"))
        if moved is None or not self.apply(moved, what):
            self.relayout(put_back=True)

    def edit_card(self, card_id: str) -> None:
        self.typing.rename(card_id)

    def start_new_card(self, stage_id: str, lane_id: str) -> None:
        self.typing.start_new(stage_id, lane_id)

    def close_editor(self) -> None:
        self.typing.close()

    @property
    def title_editor(self) -> TitleEditor | None:
        return self.typing.editor

    # --- requests from items: stages and lanes -----------------------------------------

    def stage_dragged(self, stage_id: str, x: float) -> None:
        assert self.layout is not None
        index = self._stage_index_at(stage_id, x)
        others = [box for box in self.layout.stages if box.stage_id != stage_id]
        edge = others[index].rect.x if index < len(others) else self.layout.width
        self._show_marker(QLineF(edge, 0, edge, self.layout.height))

    def stage_dropped(self, stage_id: str, x: float) -> None:
        self._marker.hide()
        index = self._stage_index_at(stage_id, x)
        current = next(s.position for s in self.content().stages if s.id == stage_id)
        if index == current or not self.apply(op.MoveStage(stage_id, index), self.tr("Move stage")):
            self.relayout(put_back=True)

    def stage_resized(self, stage_id: str, width: float, done: bool) -> None:
        spec = STAGE_FIELDS["width"]
        width = max(spec.minimum, min(spec.maximum, round(width)))  # type: ignore[attr-defined]
        box = self._stages[stage_id].box
        if not done:
            edge = box.rect.x + width
            self._show_marker(QLineF(edge, 0, edge, self.layout.height if self.layout else 0))
            return
        self._marker.hide()
        if width != box.rect.width:
            self.apply(op.edit("stage", stage_id, width=width), self.tr("Resize stage"))

    def lane_dragged(self, lane_id: str, y: float) -> None:
        assert self.layout is not None
        index = self._lane_index_at(lane_id, y)
        others = [box for box in self.layout.lanes if box.lane_id != lane_id]
        edge = others[index].rect.y if index < len(others) else self.layout.height
        self._show_marker(QLineF(0, edge, self.layout.width, edge))

    def lane_dropped(self, lane_id: str, y: float) -> None:
        """Drop a lane before the shown lane under `y`, or after the last one shown."""
        assert self.layout is not None
        self._marker.hide()
        index = self._lane_index_at(lane_id, y)
        others = [box.lane_id for box in self.layout.lanes if box.lane_id != lane_id]
        every = [lane.id for lane in self.content().lanes]
        rest = [other for other in every if other != lane_id]
        if index < len(others):
            position = rest.index(others[index])
        else:
            position = rest.index(others[-1]) + 1 if others else 0
        if position == every.index(lane_id) or not self.apply(
            op.MoveLane(lane_id, position), self.tr("Move lane")
        ):
            self.relayout(put_back=True)

    # --- requests from items: emotion points -------------------------------------------

    def point_dragged(self, point_id: str, y: float) -> str:
        """The score a point dragged to `y` would take, as the scale writes it."""
        assert self.layout is not None and self.layout.scale is not None
        scale = self.layout.scale
        return scale.text(scale.score_at(y))

    def point_dropped(self, point_id: str, y: float) -> None:
        assert self.layout is not None and self.layout.scale is not None
        score = self.layout.scale.score_at(y)
        if score == self._points[point_id].box.score or not self.apply(
            op.edit("emotion_point", point_id, score=score), self.tr("Change emotion score")
        ):
            self.relayout(put_back=True)

    def add_point(self, at: QPointF) -> None:
        """Add a point to the active persona's curve where the person double-clicked."""
        layout, persona = self.layout, self.active_persona
        if layout is None or layout.scale is None or persona is None:
            return
        stage = next((s for s in layout.stages if s.column.x <= at.x() < s.column.right), None)
        if stage is None:
            return
        before = [
            point
            for curve in layout.curves
            if curve.persona_id == persona
            for point in curve.points
            if point.stage_id == stage.stage_id and point.at.x < at.x()
        ]
        score = layout.scale.score_at(at.y())
        point = EmotionRecord(new_id(), persona, stage.stage_id, len(before), score)
        self.apply(op.AddEmotion(point), self.tr("Add emotion point"))

    # --- mouse and keys ----------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        at = event.scenePos()
        item = self.itemAt(at, self.views()[0].transform() if self.views() else QTransform())
        if item is not None and item is not self._grid:
            super().mouseDoubleClickEvent(event)
            return
        if self.open_map is None or self.layout is None:
            return
        scale = self.layout.scale
        if scale is not None and scale.band.contains(at.x(), at.y()):
            self.add_point(at)
        elif (cell := self._cell_at(at)) is not None:
            self.start_new_card(*cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.typing.editor is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_Escape:
            if self.mouseGrabberItem() is not None:
                self.mouseGrabberItem().ungrabMouse()
                self.relayout(put_back=True)
            else:
                self.clearSelection()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            cards = self.selected_cards()
            if len(cards) == 1:
                self.edit_card(cards[0])
        elif key in _ACTION_KEYS and self.card_action is not None:
            cards = self.selected_cards()
            if cards:
                self.card_action(cards[-1])
        elif (direction := _ARROWS.get(Qt.Key(key))) is not None:
            self._select_neighbour(*direction)
        else:
            super().keyPressEvent(event)

    def delete_selection(self) -> None:
        cards = self.selected_cards()
        points = [item.point_id for item in self.selectedItems() if isinstance(item, PointItem)]
        steps: list[op.Operation] = [op.DeleteCard(card_id) for card_id in cards]
        steps += [op.DeleteEmotion(point_id) for point_id in points]
        if steps:
            what = (
                for_count(len(cards), self.tr("Delete card"), self.tr("Delete {count} cards"))
                if cards
                else self.tr("Delete emotion point")
            )
            self.apply(op.Batch(tuple(steps)), what)

    def _select_neighbour(self, dx: int, dy: int) -> None:
        """Arrow keys move the selection to the next card in that direction."""
        if self.layout is None:
            return
        selected = self.selected_cards()
        neighbour = self.layout.neighbour(selected[-1] if selected else None, dx, dy)
        if neighbour is not None:
            self.select_only(self._cards[neighbour])

    # --- helpers -----------------------------------------------------------------------

    def apply(self, operation: op.Operation, text: str) -> bool:
        if self.open_map is None:
            return False
        return self.open_map.apply(operation, text)

    def _cell_at(self, at: QPointF) -> tuple[str, str] | None:
        return self.layout.cell_at(at.x(), at.y()) if self.layout else None

    def _show_insertion(self, at: QPointF) -> None:
        cell = self._cell_at(at)
        if cell is None or self.layout is None:
            self._marker.hide()
            return
        rect = self.layout.cells[cell]
        _, y = self.layout.insertion_at(*cell, at.y(), set(self.selected_cards()))
        self._show_marker(QLineF(rect.x + 8, y, rect.right - 8, y))

    @property
    def insertion_line(self) -> QLineF | None:
        """The line that shows where what is being dragged will land, while it shows."""
        return self._marker.line() if self._marker.isVisible() else None

    def _show_marker(self, line: QLineF) -> None:
        self._marker.setLine(line)
        self._marker.show()

    def _stage_index_at(self, stage_id: str, x: float) -> int:
        assert self.layout is not None
        others = [box for box in self.layout.stages if box.stage_id != stage_id]
        return sum(1 for box in others if box.rect.center.x < x)

    def _lane_index_at(self, lane_id: str, y: float) -> int:
        assert self.layout is not None
        others = [box for box in self.layout.lanes if box.lane_id != lane_id]
        return sum(1 for box in others if box.rect.center.y < y)


_ACTION_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_D}
"""Keys that do a mode's card action on the selected card (see MapScene.card_action)."""

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def _qrect(box: CardBox) -> QRectF:
    return QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height)

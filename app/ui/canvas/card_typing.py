"""Typing a card's title on the canvas: new cards one after another, or a new title.

A line appears where the card is or will be; Enter keeps what was typed (and, for a new
card, opens the next line below it: fast capture in a workshop), Escape drops it, and
clicking elsewhere keeps it, so nothing typed is lost. On a new card's line, Tab and
Ctrl+arrows keep what was typed and open the line in the next lane or stage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsProxyWidget

from app.model.data.records import CardRecord, new_id
from app.model.edits import operations as op
from app.ui.canvas.title_editor import TitleEditor
from app.ui.translation import translate

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene

LINE_HEIGHT = 30


class CardTyping:
    def __init__(self, scene: MapScene) -> None:
        self._scene = scene
        self._proxy: QGraphicsProxyWidget | None = None
        self.cell: tuple[str, str] | None = None
        """The (stage, lane) a new card's line is open in."""
        self._closing = False

    @property
    def editor(self) -> TitleEditor | None:
        return self._proxy.widget() if self._proxy is not None else None  # type: ignore[return-value]

    def rename(self, card_id: str) -> None:
        box = self._scene.card_item(card_id).box
        title = next(card.title for card in self._scene.content().cards if card.id == card_id)
        rect = QRectF(box.rect.x, box.rect.y, box.rect.width, LINE_HEIGHT)
        self._open(rect, title, lambda text: self._retitle(card_id, text))

    def start_new(self, stage_id: str, lane_id: str) -> None:
        """Open the line below the last card of a cell."""
        layout = self._scene.layout
        assert layout is not None
        cell = layout.cells[(stage_id, lane_id)]
        cards = layout.cards_in(stage_id, lane_id)
        top = cards[-1].rect.bottom + 8 if cards else cell.y + 10
        rect = QRectF(cell.x + 10, top, cell.width - 20, LINE_HEIGHT)
        editor = self._open(rect, "", lambda text: self._add(stage_id, lane_id, text))
        editor.moves = True
        editor.moved.connect(
            lambda text, stages, lanes: self._move(stage_id, lane_id, text, stages, lanes)
        )
        self.cell = (stage_id, lane_id)

    def _move(self, stage_id: str, lane_id: str, text: str, stages: int, lanes: int) -> None:
        """Keep `text` in its cell, then open the line in the cell beside it (or the
        same one, at the map's edge); the Emotions lane, which holds the curve, is
        passed over."""
        self.close()
        if text.strip() and not self._file(stage_id, lane_id, text):
            return
        layout = self._scene.layout
        assert layout is not None
        stage_ids = [stage.stage_id for stage in layout.stages]
        lane_ids = [lane.lane_id for lane in layout.lanes if lane.kind != "emotions"]
        column = _step(stage_ids, stage_id, stages)
        row = _step(lane_ids, lane_id, lanes)
        self.start_new(column, row)

    def close(self) -> None:
        self.cell = None
        proxy, self._proxy = self._proxy, None
        if proxy is not None:
            self._closing = True  # what was typed is kept as it loses the focus: no next line
            proxy.hide()
            self._closing = False
            proxy.deleteLater()  # on the next turn: this may run inside the editor's signal

    def _add(self, stage_id: str, lane_id: str, title: str) -> None:
        if self._file(stage_id, lane_id, title) and not self._closing:
            self.start_new(stage_id, lane_id)

    def _file(self, stage_id: str, lane_id: str, title: str) -> bool:
        """Add a card titled `title` at the end of its cell, as one undoable step."""
        cell = (stage_id, lane_id)
        count = sum(1 for c in self._scene.content().cards if (c.stage_id, c.lane_id) == cell)
        card = CardRecord(new_id(), stage_id, lane_id, count, title)
        if not self._scene.apply(
            op.AddCard(card),
            translate("CardTyping", "Add card “{title}”").format(title=title.strip()),
        ):
            return False
        self._scene.relayout()
        return True

    def _retitle(self, card_id: str, title: str) -> None:
        self._scene.apply(
            op.edit("card", card_id, title=title), translate("CardTyping", "Rename card")
        )

    def _open(self, rect: QRectF, text: str, keep: Callable[[str], None]) -> TitleEditor:
        self.close()
        editor = TitleEditor(text)
        editor.setFixedWidth(int(rect.width()))
        proxy = self._scene.addWidget(editor)
        proxy.setPos(rect.topLeft())
        proxy.setZValue(20)
        self._proxy = proxy

        def committed(value: str) -> None:
            self.close()
            keep(value)

        editor.committed.connect(committed)
        editor.cancelled.connect(self.close)
        editor.setFocus()
        editor.selectAll()
        for view in self._scene.views():
            view.ensureVisible(proxy)
        return editor


def _step(ids: list[str], current: str, by: int) -> str:
    """The id `by` places from `current` in `ids`, held at either end."""
    if current not in ids:
        return ids[0]
    return ids[max(0, min(len(ids) - 1, ids.index(current) + by))]

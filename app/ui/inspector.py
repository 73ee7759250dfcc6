"""The inspector: a form for what is selected on the canvas, or for the map itself.

Every editable field of the row is there, with the model's limits and choices, and each
value the person commits is one undoable edit (app.ui.form_fields). After every change,
undo and redo included, the form shows the map as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.data.fields import CARD_PICTURE
from app.model.data.records import CardRecord, EmotionRecord, LaneRecord, MapContent, Record
from app.model.data.vocabulary import (
    CHANNEL_SUGGESTIONS,
    EVIDENCE,
    EVIDENCE_NAMES,
    LANE_KIND_BY_KEY,
    LANE_KINDS,
    PRIORITIES,
)
from app.ui.form_fields import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    LineEditor,
    MultiLineEditor,
    NumberEditor,
    RowForm,
    SuggestionEditor,
    allowed_range,
    find_row,
)
from app.ui.open_map import OpenMap
from app.ui.picture_field import CARD_PICTURE_WORDS, PictureEditor, ask_for_picture_file
from app.ui.translation import vocabulary


class ColourEditor(FieldEditor):
    """A colour of its own ("#rrggbb") or none, when the lane's colour is used.

    `choose_colour` asks for a colour (None if the person cancels); it is an attribute so
    that tests can answer without a modal dialog.
    """

    def __init__(self, field: str) -> None:
        widget = QWidget()
        super().__init__(field, widget)
        self.choose_colour: Callable[[QColor], QColor | None] = self._ask_for_colour
        self._colour: str | None = None
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose-colour")
        self.choose_button.clicked.connect(self._choose)
        self.reset_button = QPushButton(self.tr("Lane colour"))
        self.reset_button.setObjectName("lane-colour")
        self.reset_button.setToolTip(self.tr("Use the colour of the card's lane"))
        self.reset_button.clicked.connect(self._reset)
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button, 1)
        row.addWidget(self.reset_button)

    def value(self) -> Any:
        return self._colour

    def _fill(self, value: Any) -> None:
        self._colour = value
        if value is None:
            self.choose_button.setIcon(QIcon())
            self.choose_button.setText(self.tr("Choose…"))
        else:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(value))
            self.choose_button.setIcon(QIcon(swatch))
            self.choose_button.setText(value)
        self.reset_button.setEnabled(value is not None)

    def _choose(self) -> None:
        chosen = self.choose_colour(QColor(self._colour or "#ffffff"))
        if chosen is not None:
            self._colour = chosen.name()
            self.commit()

    def _reset(self) -> None:
        self._colour = None
        self.commit()

    def _ask_for_colour(self, initial: QColor) -> QColor | None:
        chosen = QColorDialog.getColor(initial, self.widget.window(), self.tr("Card colour"))
        return chosen if chosen.isValid() else None


class Inspector(QWidget):
    """Shows one form at a time, in a scroll area that fits a narrow dock."""

    def __init__(self, open_map: OpenMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_map = open_map
        self.choose_picture_file: Callable[[], str | None] = lambda: ask_for_picture_file(
            self, self.tr("Choose a picture for the card")
        )
        """Asks which file to show on a card; tests answer instead."""
        self._score = NumberEditor("score", allowed_range("emotion_point", "score"))
        self._forms: dict[str, RowForm] = {
            "map": self._map_form(),
            "card": self._card_form(),
            "stage": self._stage_form(),
            "lane": self._lane_form(),
            "point": self._point_form(),
        }
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        for form in self._forms.values():
            form.hide()
            column.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._kind = "map"
        self.form = self._forms["map"]
        """The form shown now."""
        self.show_selection(None)
        open_map.changed.connect(self._refresh)

    def show_selection(self, selected: tuple[str, str] | None) -> None:
        """Show ("card", id), ("stage", id), ("lane", id), ("point", id), or None: the map."""
        if selected is None:
            selected = ("map", self._open_map.content().map.id)
        if selected != (self._kind, self.form.row_id):
            self.form.commit_pending()
        self._show(*selected)

    def _refresh(self, _change: object) -> None:
        if self.form.row_id is not None:
            self._show(self._kind, self.form.row_id)

    def _show(self, kind: str, row_id: str) -> None:
        """Show a row, or the map once the row has been deleted (or its deletion redone)."""
        content = self._open_map.content()
        form = self._forms[kind]
        record = find_row(content, form.table, row_id)
        if record is None:
            kind, form, record = "map", self._forms["map"], content.map
        self._score.set_limits((content.map.emotion_min, content.map.emotion_max))
        form.show_row(record, _whereabouts(record, content))
        if form is not self.form:
            self.form.hide()
        form.show()
        self._kind, self.form = kind, form

    # --- the forms -------------------------------------------------------------------------

    def _map_form(self) -> RowForm:
        form = RowForm(self._open_map, "map", self.tr("Map"))
        date_hint = self.tr("YYYY-MM-DD, or leave empty")
        form.add(LineEditor("title"), self.tr("Title"), self.tr("Change map title"))
        form.add(
            MultiLineEditor("objective", 2, self.tr("What should this map help to change?")),
            self.tr("Objective"),
            self.tr("Change map objective"),
        )
        form.add(
            MultiLineEditor("scenario", 5, self.tr("The situation the journey starts from")),
            self.tr("Scenario"),
            self.tr("Change map scenario"),
        )
        form.add(LineEditor("owner"), self.tr("Owner"), self.tr("Change map owner"))
        form.add(
            DateEditor("created", date_hint), self.tr("Created"), self.tr("Change date created")
        )
        form.add(
            DateEditor("reviewed", date_hint),
            self.tr("Last reviewed"),
            self.tr("Change date reviewed"),
        )
        form.add(
            NumberEditor("emotion_min", allowed_range("map", "emotion_min")),
            self.tr("Lowest emotion score"),
            self.tr("Change emotion scale"),
        )
        form.add(
            NumberEditor("emotion_max", allowed_range("map", "emotion_max")),
            self.tr("Highest emotion score"),
            self.tr("Change emotion scale"),
        )
        return form

    def _card_form(self) -> RowForm:
        form = RowForm(self._open_map, "card", self.tr("Card"))
        evidence = [(self.tr("Not stated"), "")]
        evidence += [(vocabulary(EVIDENCE_NAMES[source]), source) for source in EVIDENCE if source]
        priorities = [(vocabulary(name), level) for level, name in PRIORITIES.items()]
        channels = [vocabulary(channel) for channel in CHANNEL_SUGGESTIONS]
        form.add(LineEditor("title"), self.tr("Title"), self.tr("Change card title"))
        form.add(MultiLineEditor("notes", 5), self.tr("Notes"), self.tr("Change card notes"))
        form.add(
            SuggestionEditor("channel", channels),
            self.tr("Channel"),
            self.tr("Change card channel"),
        )
        form.add(
            LineEditor("owner", self.tr("Who on your side looks after this")),
            self.tr("Owner or team"),
            self.tr("Change card owner"),
        )
        form.add(
            ChoiceEditor("evidence", evidence), self.tr("Evidence"), self.tr("Change card evidence")
        )
        form.add(
            ChoiceEditor("priority", priorities),
            self.tr("Priority"),
            self.tr("Change card priority"),
        )
        form.add(
            NumberEditor("votes", allowed_range("card", "votes")),
            self.tr("Votes"),
            self.tr("Change card votes"),
        )
        form.add(
            FlagEditor("moment", self.tr("Moment that matters")),
            None,
            self.tr("Change moment that matters"),
        )
        form.add(ColourEditor("colour"), self.tr("Colour"), self.tr("Change card colour"))
        picture = PictureEditor(
            "image", CARD_PICTURE, CARD_PICTURE_WORDS, lambda: self.choose_picture_file()
        )
        picture.unreadable.connect(form.show_notice)
        form.add(picture, self.tr("Picture"), self.tr("Change card picture"))
        return form

    def _stage_form(self) -> RowForm:
        form = RowForm(self._open_map, "stage", self.tr("Stage"))
        form.add(LineEditor("name"), self.tr("Name"), self.tr("Rename stage"))
        form.add(
            MultiLineEditor("description", 4, self.tr("What happens in this stage")),
            self.tr("Description"),
            self.tr("Change stage description"),
        )
        form.add(
            MultiLineEditor("goal", 2, self.tr("What the customer wants to get done here")),
            self.tr("Customer's goal"),
            self.tr("Change customer's goal"),
        )
        form.add(
            NumberEditor("width", allowed_range("stage", "width"), self.tr(" px")),
            self.tr("Width"),
            self.tr("Resize stage"),
        )
        return form

    def _lane_form(self) -> RowForm:
        form = RowForm(self._open_map, "lane", self.tr("Lane"))
        kinds = [(vocabulary(kind.title), kind.key) for kind in LANE_KINDS]
        form.add(ChoiceEditor("kind", kinds), self.tr("Kind"), self.tr("Change lane kind"))
        form.add(LineEditor("title"), self.tr("Title"), self.tr("Rename lane"))
        form.add(
            NumberEditor("height", allowed_range("lane", "height"), self.tr(" px")),
            self.tr("Height"),
            self.tr("Resize lane"),
        )
        return form

    def _point_form(self) -> RowForm:
        form = RowForm(self._open_map, "emotion_point", self.tr("Emotion point"))
        form.add(self._score, self.tr("Score"), self.tr("Change emotion score"))
        form.add(
            LineEditor("label", self.tr("How they feel, in a few words")),
            self.tr("Label"),
            self.tr("Change emotion label"),
        )
        return form


def _whereabouts(record: Record, content: MapContent) -> str:
    """Where the row sits, so that the person knows which of many cards is shown; for a
    lane, what belongs in it (the app teaches the method as it goes)."""
    stages = {stage.id: stage.name for stage in content.stages}
    if isinstance(record, CardRecord):
        lanes = {lane.id: lane.title for lane in content.lanes}
        return f"{stages[record.stage_id]} · {lanes[record.lane_id]}"
    if isinstance(record, EmotionRecord):
        personas = {persona.id: persona.name for persona in content.personas}
        return f"{personas[record.persona_id]} · {stages[record.stage_id]}"
    if isinstance(record, LaneRecord):
        return vocabulary(LANE_KIND_BY_KEY[record.kind].hint)
    return ""

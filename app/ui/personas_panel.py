"""The personas panel: who the journey is for, and whose emotion curves the map shows.

The list picks the persona the form edits and whose curve the canvas adds points to
(`active_persona_changed`); each item's check box shows or hides that persona's curve
(`curve_visibility_changed`). Questions and file choices go through replaceable
attributes, so that tests never meet a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.data.fields import PERSONA_PHOTO
from app.model.data.records import MapContent, PersonaRecord, new_id
from app.model.edits.operations import AddPersona, DeletePersona, MovePersona, SetPrimaryPersona
from app.ui.form_fields import LineEditor, MultiLineEditor, RowForm
from app.ui.message_boxes import ask_yes_no
from app.ui.open_map import OpenMap
from app.ui.picture_field import PHOTO_WORDS, PictureEditor, ask_for_picture_file

_PERSONA_ID = Qt.ItemDataRole.UserRole


class PersonasPanel(QWidget):
    """The map's personas in order, the buttons that change the list, and a form for the
    persona picked."""

    curve_visibility_changed = Signal(str, bool)
    """A persona's id, and whether its emotion curve should be drawn."""
    active_persona_changed = Signal(str)
    """The persona picked in the list: the one whose curve the canvas edits."""

    def __init__(self, open_map: OpenMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm: Callable[[str], bool] = self._ask_to_confirm
        """Asks a yes-or-no question before something is deleted."""
        self.choose_photo_file: Callable[[], str | None] = self._ask_for_photo_file
        """Asks for a picture file; None when the person cancels."""
        self._open_map = open_map
        self._hidden_curves: set[str] = set()
        self._active_id: str | None = None

        self._list = QListWidget()
        self._list.setObjectName("personas")
        self._list.setMaximumHeight(110)
        self._list.currentItemChanged.connect(self._picked)
        self._list.itemChanged.connect(self._curve_ticked)
        self._buttons: dict[str, QPushButton] = {}
        self.form, self._name = self._persona_form()
        self._empty = QLabel(self.tr("No personas yet. Add one to say who this journey is for."))
        self._empty.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        layout = QVBoxLayout(self)
        layout.addWidget(self._list)
        layout.addLayout(self._button_grid())
        layout.addWidget(self._empty)
        layout.addWidget(scroll, 1)
        self._fill_list()
        open_map.changed.connect(self._fill_list)

    def current_persona_id(self) -> str | None:
        item = self._list.currentItem()
        return None if item is None else str(item.data(_PERSONA_ID))

    # --- the list ------------------------------------------------------------------------

    def _fill_list(self, *_change: object) -> None:
        """Show the map's personas, keeping the picked one picked while it is there."""
        content = self._open_map.content()
        ids = [persona.id for persona in content.personas]
        self._hidden_curves &= set(ids)
        keep = self.current_persona_id()
        with QSignalBlocker(self._list):
            if ids != [self._list.item(row).data(_PERSONA_ID) for row in range(self._list.count())]:
                self._list.clear()
                for persona_id in ids:
                    self._list.addItem(self._new_item(persona_id))
            for row, persona in enumerate(content.personas):
                self._list.item(row).setText(self._item_text(persona, content))
            if keep not in ids:
                keep = content.map.primary_persona_id
            self._list.setCurrentRow(ids.index(keep) if keep in ids else -1)
        self._show_current()

    def _new_item(self, persona_id: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(_PERSONA_ID, persona_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        shown = persona_id not in self._hidden_curves
        item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        item.setToolTip(self.tr("Tick to show this persona's emotion curve on the map"))
        return item

    def _item_text(self, persona: PersonaRecord, content: MapContent) -> str:
        if persona.id == content.map.primary_persona_id:
            return self.tr("{name} (primary)").format(name=persona.name)
        return persona.name

    def _picked(self, *_items: object) -> None:
        self.form.commit_pending()
        self._show_current()

    def _show_current(self) -> None:
        persona = self._current_persona()
        if persona is not None:
            self.form.show_row(persona)
        self.form.setVisible(persona is not None)
        self._empty.setVisible(persona is None)
        self._enable_buttons(self._open_map.content())
        if persona is not None and persona.id != self._active_id:
            self._active_id = persona.id
            self.active_persona_changed.emit(persona.id)

    def _curve_ticked(self, item: QListWidgetItem) -> None:
        persona_id = item.data(_PERSONA_ID)
        visible = item.checkState() == Qt.CheckState.Checked
        if visible == (persona_id not in self._hidden_curves):
            return
        if visible:
            self._hidden_curves.discard(persona_id)
        else:
            self._hidden_curves.add(persona_id)
        self.curve_visibility_changed.emit(persona_id, visible)

    # --- the buttons ---------------------------------------------------------------------

    def _button_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for place, (name, text, act) in enumerate(
            (
                ("add", self.tr("Add"), self._add),
                ("delete", self.tr("Delete"), self._delete),
                ("primary", self.tr("Make primary"), self._make_primary),
                ("up", self.tr("Move up"), partial(self._move, -1, self.tr("Move persona up"))),
                (
                    "down",
                    self.tr("Move down"),
                    partial(self._move, 1, self.tr("Move persona down")),
                ),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(act)
            grid.addWidget(button, place // 3, place % 3)
            self._buttons[name] = button
        return grid

    def _enable_buttons(self, content: MapContent) -> None:
        row, count = self._list.currentRow(), self._list.count()
        picked = self.current_persona_id()
        self._buttons["delete"].setEnabled(picked is not None)
        self._buttons["up"].setEnabled(row > 0)
        self._buttons["down"].setEnabled(0 <= row < count - 1)
        primary = content.map.primary_persona_id
        self._buttons["primary"].setEnabled(picked is not None and picked != primary)

    def _add(self) -> None:
        self.form.commit_pending()
        count = len(self._open_map.content().personas)
        persona = PersonaRecord(new_id(), position=count, name=self.tr("New persona"))
        if self._open_map.apply(AddPersona(persona), self.tr("Add persona")):
            self._list.setCurrentRow(count)
            self._name.line.setFocus()
            self._name.line.selectAll()

    def _delete(self) -> None:
        self.form.commit_pending()
        persona = self._current_persona()
        question = self.tr("Delete the persona “{name}” and their emotion curve?")
        if persona is not None and self.confirm(question.format(name=persona.name)):
            self._open_map.apply(DeletePersona(persona.id), self.tr("Delete persona"))

    def _move(self, step: int, text: str) -> None:
        self.form.commit_pending()
        persona = self._current_persona()
        if persona is not None:
            self._open_map.apply(MovePersona(persona.id, persona.position + step), text)

    def _make_primary(self) -> None:
        self.form.commit_pending()
        persona = self._current_persona()
        if persona is not None:
            self._open_map.apply(SetPrimaryPersona(persona.id), self.tr("Make persona primary"))

    def _current_persona(self) -> PersonaRecord | None:
        persona_id = self.current_persona_id()
        content = self._open_map.content()
        return next((p for p in content.personas if p.id == persona_id), None)

    # --- the form ------------------------------------------------------------------------

    def _persona_form(self) -> tuple[RowForm, LineEditor]:
        form = RowForm(self._open_map, "persona", self.tr("Persona"))
        name = LineEditor("name")
        form.add(name, self.tr("Name"), self.tr("Rename persona"))
        form.add(
            MultiLineEditor("role", 2, self.tr("For example: busy parent, first-time buyer")),
            self.tr("Role"),
            self.tr("Change persona role"),
        )
        photo = PictureEditor("photo", PERSONA_PHOTO, PHOTO_WORDS, lambda: self.choose_photo_file())
        photo.unreadable.connect(form.show_notice)
        form.add(photo, self.tr("Photo"), self.tr("Change persona photo"))
        form.add(
            MultiLineEditor("quote", 2, self.tr("Something they would say, in their words")),
            self.tr("Quote"),
            self.tr("Change persona quote"),
        )
        form.add(
            MultiLineEditor("goals", 3, self.tr("What they want to achieve")),
            self.tr("Goals"),
            self.tr("Change persona goals"),
        )
        form.add(
            MultiLineEditor("frustrations", 3, self.tr("What gets in their way")),
            self.tr("Frustrations"),
            self.tr("Change persona frustrations"),
        )
        form.add(
            MultiLineEditor("demographics", 3, self.tr("Age, where they live, work, family")),
            self.tr("About them"),
            self.tr("Change persona details"),
        )
        form.add(
            MultiLineEditor("behaviours", 3, self.tr("Habits: how, when and where they buy")),
            self.tr("Behaviours"),
            self.tr("Change persona behaviours"),
        )
        form.add(
            MultiLineEditor("motivations", 3, self.tr("Why they act: what matters to them")),
            self.tr("Motivations"),
            self.tr("Change persona motivations"),
        )
        return form, name

    def _ask_to_confirm(self, question: str) -> bool:
        return ask_yes_no(self, question, self.tr("Delete persona"))

    def _ask_for_photo_file(self) -> str | None:
        return ask_for_picture_file(self, self.tr("Choose a photo"))

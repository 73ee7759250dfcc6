"""Forms that edit one row of a map: one editor per field, one undoable edit per value.

An editor says `edited` once, when the person has finished with a value (Enter, leaving
the field, a pick from a list) and only if it differs from what the map holds, so that an
untouched field never becomes an undo step. The form applies it and then shows what the
map stored, so a refused value never stays on screen looking saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QObject,
    QRegularExpression,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QPalette,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.data.fields import FIELDS_BY_TABLE, IntegerField
from app.model.data.records import MapContent, Record
from app.model.edits.operations import edit
from app.ui.look import MUTED_INK
from app.ui.open_map import OpenMap

_REFUSAL_INK = QColor("#b91c1c")
_NOTHING_SHOWN = object()
"""What an editor has shown before its first row: unequal to every value, so the first
row is always filled in."""


def find_row(content: MapContent, table: str, row_id: str) -> Record | None:
    """The row of `table` with `row_id`, or None once it has been deleted."""
    if table == "map":
        return content.map if content.map.id == row_id else None
    tables: dict[str, Sequence[Record]] = {
        "persona": content.personas,
        "stage": content.stages,
        "lane": content.lanes,
        "card": content.cards,
        "emotion_point": content.emotions,
    }
    rows = tables[table]
    return next((row for row in rows if row.id == row_id), None)


def allowed_range(table: str, field: str) -> tuple[int, int]:
    """The limits the model puts on a whole-number field, for its spin box."""
    spec = FIELDS_BY_TABLE[table][field]
    assert isinstance(spec, IntegerField)
    return spec.minimum, spec.maximum


def _with_ink(label: QLabel, colour: QColor) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    bold = QFont(label.font())
    bold.setBold(True)
    if bold.pointSizeF() > 0:  # a font sized in pixels has no point size to scale
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
    label.setFont(bold)
    return label


# --- editors -----------------------------------------------------------------------------


class FieldEditor(QObject):
    """One field of a row, shown in one widget."""

    edited = Signal(object)
    """A value the person has finished entering, different from the one the map holds."""

    def __init__(self, field: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.widget = widget
        self._shown: Any = _NOTHING_SHOWN

    def value(self) -> Any:
        """The value the widget holds now, in the model's terms."""
        raise NotImplementedError

    def _fill(self, value: Any) -> None:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        """Show what the map holds, without it counting as an edit."""
        if value == self._shown and self.value() == value:
            return  # nothing to do, and the cursor stays where the person left it
        self._shown = value
        with QSignalBlocker(self.widget):
            self._fill(value)

    def is_being_edited(self) -> bool:
        """True while the person is typing a value not yet committed: a refresh after
        someone else's change must not throw it away."""
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self.widget or self.widget.isAncestorOf(focus))
        return inside and self.value() != self._shown

    def commit(self) -> None:
        value = self.value()
        if value != self._shown:
            self.edited.emit(value)
        self._forget_typing()

    def _forget_typing(self) -> None:
        """Drop the widget's own undo history once its value is committed: from then on
        Undo steps through the map's history (app.ui.undo_keys)."""


class LineEditor(FieldEditor):
    """One line of text, committed on Enter or on leaving the field.

    No maximum length is set on the widget: a paste that is too long is refused with the
    model's message rather than cut short without a word.
    """

    def __init__(self, field: str, placeholder: str = "") -> None:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        super().__init__(field, line)
        self.line = line
        line.editingFinished.connect(self.commit)

    def value(self) -> Any:
        return self.line.text()

    def _fill(self, value: Any) -> None:
        self.line.setText(value)
        self.line.setCursorPosition(0)  # show the start of a long title, not its end

    def _forget_typing(self) -> None:
        if self.line.isUndoAvailable() or self.line.isRedoAvailable():
            cursor = self.line.cursorPosition()
            with QSignalBlocker(self.line):
                self.line.setText(self.line.text())  # QLineEdit's one way to clear it
            self.line.setCursorPosition(cursor)


class DateEditor(LineEditor):
    """A date typed as YYYY-MM-DD; an empty field means no date. The model checks that
    the date exists and says so if it does not."""

    def __init__(self, field: str, placeholder: str) -> None:
        super().__init__(field, placeholder)
        shape = QRegularExpression(r"[0-9-]{0,10}")
        self.line.setValidator(QRegularExpressionValidator(shape, self.line))

    def value(self) -> Any:
        return self.line.text().strip() or None

    def _fill(self, value: Any) -> None:
        self.line.setText(value or "")


class _TextBox(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class MultiLineEditor(FieldEditor):
    """Text of several lines, word-wrapped, committed on leaving the field (Tab leaves it,
    so a form can be filled from the keyboard)."""

    def __init__(self, field: str, lines: int, placeholder: str = "") -> None:
        box = _TextBox()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        margins = box.contentsMargins()
        frame = 2 * box.document().documentMargin() + margins.top() + margins.bottom()
        box.setFixedHeight(int(box.fontMetrics().lineSpacing() * lines + frame))
        super().__init__(field, box)
        self.box = box
        box.left.connect(self.commit)

    def value(self) -> Any:
        return self.box.toPlainText()

    def _fill(self, value: Any) -> None:
        self.box.setPlainText(value)

    def _forget_typing(self) -> None:
        self.box.document().clearUndoRedoStacks()


class _QuietComboBox(QComboBox):
    """A combo box that leaves the mouse wheel to the scrolling form unless it has focus,
    so scrolling past it never changes a card."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _QuietSpinBox(QSpinBox):
    """A spin box that leaves the mouse wheel to the scrolling form unless it has focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceEditor(FieldEditor):
    """One of a fixed list of values, each shown by its label; committed when picked."""

    def __init__(self, field: str, choices: Sequence[tuple[str, Any]]) -> None:
        combo = _QuietComboBox()
        for label, value in choices:
            combo.addItem(label, value)
        super().__init__(field, combo)
        self.combo = combo
        combo.currentIndexChanged.connect(self.commit)

    def value(self) -> Any:
        return self.combo.currentData()

    def _fill(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))


class SuggestionEditor(FieldEditor):
    """Free text with suggestions to pick from; committed on Enter, leaving, or a pick."""

    def __init__(self, field: str, suggestions: Sequence[str]) -> None:
        combo = _QuietComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(suggestions))
        super().__init__(field, combo)
        self.combo = combo
        line = combo.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.commit)
        combo.textActivated.connect(self.commit)

    def value(self) -> Any:
        return self.combo.currentText()

    def _fill(self, value: Any) -> None:
        self.combo.setEditText(value)


class NumberEditor(FieldEditor):
    """A whole number within limits, committed on Enter, leaving, or an arrow step."""

    def __init__(self, field: str, limits: tuple[int, int], suffix: str = "") -> None:
        spin = _QuietSpinBox()
        spin.setKeyboardTracking(False)
        spin.setRange(*limits)
        spin.setSuffix(suffix)
        super().__init__(field, spin)
        self.spin = spin
        spin.valueChanged.connect(self.commit)

    def set_limits(self, limits: tuple[int, int]) -> None:
        """Follow limits that depend on the map (a score stays on the map's scale)."""
        with QSignalBlocker(self.spin):
            self.spin.setRange(*limits)

    def value(self) -> Any:
        return self.spin.value()

    def _fill(self, value: Any) -> None:
        self.spin.setValue(value)


class FlagEditor(FieldEditor):
    """Yes or no, with its own words beside the box; committed when ticked."""

    def __init__(self, field: str, text: str) -> None:
        box = QCheckBox(text)
        super().__init__(field, box)
        self.box = box
        box.toggled.connect(self.commit)

    def value(self) -> Any:
        return self.box.isChecked()

    def _fill(self, value: Any) -> None:
        self.box.setChecked(value)


# --- the form ------------------------------------------------------------------------------


class RowForm(QWidget):
    """A heading and the fields of one row of `table`; each value committed is one
    undoable edit, merged with the next edit of the same field (typing, arrow steps)."""

    def __init__(self, open_map: OpenMap, table: str, heading: str) -> None:
        super().__init__()
        self.table = table
        self.row_id: str | None = None
        self._open_map = open_map
        self._editors: dict[str, FieldEditor] = {}
        self._undo_texts: dict[str, str] = {}
        self._applying = False

        self._context = _with_ink(QLabel(), MUTED_INK)
        self._context.setWordWrap(True)
        self._fields = QFormLayout()
        self._fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._notice = _with_ink(QLabel(), _REFUSAL_INK)
        self._notice.setWordWrap(True)
        self._notice.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(heading))
        layout.addWidget(self._context)
        layout.addLayout(self._fields)
        layout.addWidget(self._notice)
        layout.addStretch(1)
        open_map.failed.connect(self._refused)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields of the row the form edits, in the order it shows them."""
        return tuple(self._editors)

    def add(self, editor: FieldEditor, label: str | None, undo_text: str) -> None:
        """Add a field; `label` None for a widget that says what it is (a check box)."""
        self._editors[editor.field] = editor
        self._undo_texts[editor.field] = undo_text
        editor.widget.setObjectName(editor.field)
        if label is not None:  # above its field: a narrow dock has no room beside it
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(editor.widget)
            self._fields.addRow(caption)
        self._fields.addRow(editor.widget)
        editor.edited.connect(partial(self._apply, editor))

    def editor(self, field: str) -> FieldEditor:
        return self._editors[field]

    def show_row(self, record: Record, context: str = "") -> None:
        """Show a row's values; for the row already shown, leave alone a field that is
        being typed in."""
        switching = record.id != self.row_id
        self.row_id = record.id
        if switching:
            self._notice.hide()
        for editor in self._editors.values():
            if switching or not editor.is_being_edited():
                editor.show_value(getattr(record, editor.field))
        self._context.setText(context)
        self._context.setVisible(bool(context))

    def commit_pending(self) -> None:
        """Keep what was typed but not yet committed, before another row is shown."""
        for editor in self._editors.values():
            editor.commit()

    def show_notice(self, message: str) -> None:
        self._notice.setText(message)
        self._notice.show()

    def _apply(self, editor: FieldEditor, value: Any) -> None:
        if self.row_id is None:
            return
        operation = edit(self.table, self.row_id, **{editor.field: value})
        merge_key = (self.table, self.row_id, editor.field)
        self._applying = True
        try:
            done = self._open_map.apply(
                operation, self._undo_texts[editor.field], merge_key=merge_key
            )
        finally:
            self._applying = False
        if done:
            self._notice.hide()
        stored = find_row(self._open_map.content(), self.table, self.row_id)
        if stored is not None:
            editor.show_value(getattr(stored, editor.field))

    def _refused(self, message: str) -> None:
        if self._applying:
            self.show_notice(message)

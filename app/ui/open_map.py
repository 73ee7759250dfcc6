"""A map open in a window: its document, its undo stack, and one way to change it.

Every change is an operation applied to the document (which commits it to the file at
once) and then pushed as one QUndoCommand; undo and redo apply the inverse and the
operation again. Graphics items and panels never touch the document themselves: they
call `OpenMap.apply`, and redraw from the `changed` signal.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from app.model.data.records import MapContent
from app.model.edits.map_document import DocumentChanged, MapDocument
from app.model.edits.operations import EditFields, Operation, changes_structure
from app.model.errors import ChangedMeanwhileError, FileReplacedError, JourneyboardError
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.translation import described

STRUCTURE_LOCKED = QT_TRANSLATE_NOOP(
    "OpenMap",
    "The stages and lanes are locked while the room adds cards. "
    "Unlock them with Map ▸ Lock Structure.",
)
_MERGING = 1
"""The QUndoCommand id of commands that may merge with the one before (typing in a field)."""


class OperationCommand(QUndoCommand):
    """One user action: redo applies the operation, undo its inverse.

    The operation has already been applied when the command is pushed, so the first
    redo (which QUndoStack.push calls) does nothing. A map shared in a workspace refuses
    to undo or redo a step over someone else's later change
    (app.model.workspace.shared_map); a refused undo or redo leaves the command as it
    was, which `OpenMap` reads to step the stack back.
    """

    def __init__(
        self,
        open_map: OpenMap,
        operation: Operation,
        inverse: Operation,
        text: str,
        merge_key: Hashable | None,
    ) -> None:
        super().__init__(text)
        self._open_map = open_map
        self._operation = operation
        self._inverse = inverse
        self._merge_key = merge_key
        self._applied = True

    def changes_structure(self) -> bool:
        """Whether undoing or redoing it would change a stage or a lane."""
        return changes_structure(self._operation) or changes_structure(self._inverse)

    @property
    def applied(self) -> bool:
        return self._applied

    def redo(self) -> None:
        if self._applied:
            return
        inverse = self._open_map.apply_quietly(self._operation, undoing=True)
        if inverse is not None:
            self._inverse = inverse
            self._applied = True

    def undo(self) -> None:
        if not self._applied:
            return
        if self._open_map.apply_quietly(self._inverse, undoing=True) is not None:
            self._applied = False

    def id(self) -> int:
        return _MERGING if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field again: keep the first inverse and the newest operation."""
        if not isinstance(other, OperationCommand) or other._merge_key != self._merge_key:
            return False
        self._operation = other._operation
        return True


class OpenMap(QObject):
    changed = Signal(object)
    """A DocumentChanged, after each committed change (undo and redo included)."""
    failed = Signal(str)
    """A message for the user: a change that could not be made."""
    file_lost = Signal(str)
    """A message for the user: the map's file is gone or replaced, so no change can be
    made until the map is saved elsewhere."""
    lock_changed = Signal(bool)

    def __init__(self, document: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._structure_locked = False
        self._stop_listening = document.subscribe(self._forward)

    @property
    def structure_locked(self) -> bool:
        """While locked, stages and lanes cannot be added, moved, renamed or deleted (nor
        by undo); cards and emotions stay free."""
        return self._structure_locked

    def lock_structure(self, locked: bool) -> None:
        if locked != self._structure_locked:
            self._structure_locked = locked
            self.lock_changed.emit(locked)

    def content(self) -> MapContent:
        return self.document.content()

    def apply(self, operation: Operation, text: str, *, merge_key: Hashable | None = None) -> bool:
        """Make a change as one undoable step; False (and `failed` said why) if refused."""
        inverse = self.apply_quietly(operation)
        if inverse is None:
            return False
        self.undo_stack.push(OperationCommand(self, operation, inverse, text, merge_key))
        return True

    def undo(self) -> None:
        """Undo the last step, unless the structure is locked and it would change it; a
        step the map refused to undo stays done."""
        command = self._command(self.undo_stack.index() - 1)
        if command is not None and self._may_step(command):
            self.undo_stack.undo()
            if command.applied:
                self.undo_stack.redo()  # does nothing but step the stack back

    def redo(self) -> None:
        command = self._command(self.undo_stack.index())
        if command is not None and self._may_step(command):
            self.undo_stack.redo()
            if not command.applied:
                self.undo_stack.undo()  # does nothing but step the stack back

    def _command(self, index: int) -> OperationCommand | None:
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        return command if isinstance(command, OperationCommand) else None

    def _may_step(self, command: OperationCommand) -> bool:
        """Whether `command` may be undone or redone: not while the structure is locked,
        if it changes a stage or a lane."""
        if self._structure_locked and command.changes_structure():
            self.failed.emit(self.tr(STRUCTURE_LOCKED))
            return False
        return True

    def apply_quietly(self, operation: Operation, *, undoing: bool = False) -> Operation | None:
        """Apply without touching the undo stack; on failure say why and return None."""
        if self._structure_locked and changes_structure(operation):
            self.failed.emit(self.tr(STRUCTURE_LOCKED))
            return None
        try:
            return self.document.apply(operation, undoing=undoing)
        except ChangedMeanwhileError as error:
            said = described(error)
            if _keep_on_clipboard(error.refused):
                said += " " + self.tr("What you wrote is on the clipboard.")
            self.failed.emit(said)
            return None
        except FileReplacedError as error:
            self.file_lost.emit(described(error))
            return None
        except JourneyboardError as error:
            self.failed.emit(described(error))
            return None

    def close(self) -> None:
        self._stop_listening()
        self.undo_stack.clear()
        self.document.close()

    def _forward(self, change: DocumentChanged) -> None:
        self.changed.emit(change)


def _keep_on_clipboard(refused: object) -> bool:
    """Put the text of a refused edit on the clipboard, so that words typed over someone
    else's change are not lost; whether there was any."""
    if not isinstance(refused, EditFields):
        return False
    texts = [value for _, value in refused.values if isinstance(value, str) and value.strip()]
    if texts:
        QGuiApplication.clipboard().setText("\n\n".join(texts))
    return bool(texts)

"""Starting a dot vote: which lanes' cards take dots, how many dots each person has, and
how many people vote."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.data.vocabulary import LaneKind
from app.ui.translation import vocabulary
from app.ui.voting import DEFAULT_DOTS, DEFAULT_KINDS, VoteSetup


class VoteDialog(QDialog):
    def __init__(self, kinds: Sequence[LaneKind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a dot vote"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vote on the cards of these lanes:")))
        self._kinds: list[tuple[LaneKind, QCheckBox]] = []
        for kind in kinds:
            box = QCheckBox(vocabulary(kind.title))
            box.setChecked(kind.key in DEFAULT_KINDS)
            layout.addWidget(box)
            self._kinds.append((kind, box))
        form = QFormLayout()
        self.dots = QSpinBox(minimum=1, maximum=20, value=DEFAULT_DOTS)
        self.people = QSpinBox(minimum=0, maximum=200, value=0)
        self.people.setSpecialValueText(self.tr("As many as come up"))
        form.addRow(self.tr("Dots for each person"), self.dots)
        form.addRow(self.tr("People voting"), self.people)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the vote"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for _kind, box in self._kinds:
            box.toggled.connect(lambda _on: self._update(buttons))
        self._update(buttons)

    def setup(self) -> VoteSetup:
        chosen = tuple(kind.key for kind, box in self._kinds if box.isChecked())
        return VoteSetup(chosen, self.dots.value(), self.people.value())

    def _update(self, buttons: QDialogButtonBox) -> None:
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for _kind, box in self._kinds))


def ask_vote_setup(kinds: Sequence[LaneKind], parent: QWidget) -> VoteSetup | None:
    dialog = VoteDialog(kinds, parent)
    return dialog.setup() if dialog.exec() == QDialog.DialogCode.Accepted else None

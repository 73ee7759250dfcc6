"""Choosing what a picture for a slide or an email shows: the whole map, one stage or the
emotion curve, whether it is composed on a 16:9 slide, and how wide a PNG is. The choice
is remembered for the next picture."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.layout.picture import EMAIL_WIDTH, FRAMES, PNG_WIDTH, SLIDE, PictureChoice
from app.model.data.records import MapContent


class PictureDialog(QDialog):
    def __init__(
        self, content: MapContent, last: PictureChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a picture"))
        layout = QVBoxLayout(self)
        self.whole = QRadioButton(self.tr("The &whole map"))
        self.one_stage = QRadioButton(self.tr("One &stage:"))
        self.stages = QComboBox()
        self.stages.addItems(
            [f"{number}. {stage.name}" for number, stage in enumerate(content.stages, 1)]
        )
        self.curve = QRadioButton(self.tr("The &emotion curve"))
        has_curve = any(lane.kind == "emotions" for lane in content.lanes)
        self.curve.setEnabled(has_curve)
        self.one_stage.setEnabled(bool(content.stages))
        group = QButtonGroup(self)
        for button in (self.whole, self.one_stage, self.curve):
            group.addButton(button)
        layout.addWidget(self.whole)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.one_stage)
        stage_row.addWidget(self.stages, 1)
        layout.addLayout(stage_row)
        layout.addWidget(self.curve)
        self.slide = QCheckBox(self.tr("Compose it on a 16:9 &slide"))
        layout.addWidget(self.slide)
        self.widths = QComboBox()
        for width, words in (
            (PNG_WIDTH, self.tr("{width} pixels wide: for documents, print, full screen")),
            (SLIDE[0], self.tr("{width} pixels wide: for a slide")),
            (EMAIL_WIDTH, self.tr("{width} pixels wide: for an email, type set to read there")),
        ):
            self.widths.addItem(words.format(width=width), width)
        size_row = QFormLayout()
        size_row.addRow(self.tr("Si&ze of a PNG:"), self.widths)
        layout.addLayout(size_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose a file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.stages.currentIndexChanged.connect(lambda _index: self.one_stage.setChecked(True))
        self._show(last, len(content.stages), has_curve)

    def _show(self, last: PictureChoice, stages: int, has_curve: bool) -> None:
        if last.stage is not None and last.stage <= stages:
            self.stages.setCurrentIndex(last.stage - 1)
            self.one_stage.setChecked(True)
        elif last.curve and has_curve:
            self.curve.setChecked(True)
        else:
            self.whole.setChecked(True)
        self.slide.setChecked(last.frame is not None)
        known = self.widths.findData(last.width)
        self.widths.setCurrentIndex(max(known, 0))

    def choice(self) -> PictureChoice:
        stage = self.stages.currentIndex() + 1 if self.one_stage.isChecked() else None
        frame = FRAMES["16:9"] if self.slide.isChecked() else None
        return PictureChoice(stage, self.curve.isChecked(), frame, self.widths.currentData())


def ask_picture_choice(
    content: MapContent, last: PictureChoice, parent: QWidget
) -> PictureChoice | None:
    dialog = PictureDialog(content, last, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

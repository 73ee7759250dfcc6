"""A picture kept in the map (a persona's photo, a card's picture) in a form: a
thumbnail, a button to choose a file and one to remove it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.data.fields import ImageField
from app.model.errors import InvalidValueError
from app.model.interchange.picture_files import read_picture_file
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.file_dialogs import ask_open_path
from app.ui.form_fields import FieldEditor
from app.ui.translation import described


@dataclass(frozen=True, slots=True)
class PictureWords:
    """What the buttons and the empty thumbnail say, for one kind of picture."""

    choose: str
    remove: str
    none: str


PHOTO_WORDS = PictureWords(
    QT_TRANSLATE_NOOP("PictureEditor", "Choose photo…"),
    QT_TRANSLATE_NOOP("PictureEditor", "Remove photo"),
    QT_TRANSLATE_NOOP("PictureEditor", "No photo"),
)
CARD_PICTURE_WORDS = PictureWords(
    QT_TRANSLATE_NOOP("PictureEditor", "Choose picture…"),
    QT_TRANSLATE_NOOP("PictureEditor", "Remove picture"),
    QT_TRANSLATE_NOOP("PictureEditor", "No picture"),
)


class PictureEditor(FieldEditor):
    """The file's bytes go to the model as they are, which keeps them or says why not
    (not a PNG, JPEG or GIF, too large); a picture that claims to be one but cannot be
    decoded (a download cut short) is refused here, before it reaches the map.

    The buttons are named "choose-FIELD" and "remove-FIELD".
    """

    unreadable = Signal(str)
    """Why a chosen file could not be used."""
    THUMBNAIL = 96

    def __init__(
        self,
        field: str,
        spec: ImageField,
        words: PictureWords,
        choose_file: Callable[[], str | None],
    ) -> None:
        widget = QWidget()
        super().__init__(field, widget)
        self._spec, self._words, self._choose_file = spec, words, choose_file
        self._picture: bytes | None = None
        self._thumbnail = QLabel()
        self._thumbnail.setFixedSize(self.THUMBNAIL, self.THUMBNAIL)
        self._thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._thumbnail.setWordWrap(True)
        self._thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        choose = QPushButton(QCoreApplication.translate("PictureEditor", words.choose))
        choose.setObjectName(f"choose-{field}")
        choose.clicked.connect(self._choose)
        self._remove = QPushButton(QCoreApplication.translate("PictureEditor", words.remove))
        self._remove.setObjectName(f"remove-{field}")
        self._remove.clicked.connect(self._remove_picture)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._thumbnail)
        row.addLayout(buttons, 1)

    def value(self) -> Any:
        return self._picture

    def _fill(self, value: Any) -> None:
        self._picture = value
        self._remove.setEnabled(value is not None)
        picture = QPixmap()
        if value is None:
            self._thumbnail.setText(QCoreApplication.translate("PictureEditor", self._words.none))
        elif picture.loadFromData(value):
            self._thumbnail.setPixmap(
                picture.scaled(
                    self.THUMBNAIL,
                    self.THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self._thumbnail.setText(
                QCoreApplication.translate("PictureEditor", "This picture cannot be shown")
            )

    def _choose(self) -> None:
        path = self._choose_file()
        if path is None:
            return
        name = Path(path).name
        try:
            data = read_picture_file(Path(path), self._spec.max_bytes)
        except InvalidValueError as error:
            self.unreadable.emit(described(error))
            return
        if self._damaged(data):
            message = QCoreApplication.translate(
                "PictureEditor",
                "“{file}” is a damaged picture: it cannot be shown. Nothing was changed.",
            )
            self.unreadable.emit(message.format(file=name))
            return
        self._picture = data
        self.commit()

    def _remove_picture(self) -> None:
        self._picture = None
        self.commit()

    def _damaged(self, data: bytes) -> bool:
        """Whether `data` passes the map's checks (first bytes, size) but cannot be
        decoded; what the map refuses, it refuses with its own reason."""
        try:
            self._spec.clean(data)
        except InvalidValueError:
            return False
        return QImage.fromData(data).isNull()


def ask_for_picture_file(parent: QWidget, title: str) -> str | None:
    pictures = QCoreApplication.translate("PictureEditor", "Pictures (*.png *.jpg *.jpeg *.gif)")
    path = ask_open_path(parent, title, pictures, "picture")
    return None if path is None else str(path)

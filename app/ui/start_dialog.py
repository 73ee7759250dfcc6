"""The start dialog: a new map from a template (with a preview of each), Open, and the
maps opened recently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.interchange.templates import Template, list_templates, load_template
from app.ui.pictures import render_thumbnail
from app.ui.recent import recent_entry
from app.ui.settings import Settings
from app.ui.translation import translate

PREVIEW = QSize(600, 500)
"""The preview's place: every template is shown whole in it."""
LIST_WIDTH = 320


class StartDialog(QDialog):
    """Ends with `chosen_template` set (Create) or `chosen_path` set (a recent map), or
    with `wants_open` (the person asked to browse for a file)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a journey map"))
        self.chosen_template: Template | None = None
        self.chosen_path: Path | None = None
        self.wants_open = False
        self._previews: dict[str, QPixmap] = {}

        self.templates = QListWidget()
        self.templates.setFixedWidth(LIST_WIDTH)
        self.templates.setWordWrap(True)
        self.templates.setSpacing(2)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for template in list_templates():
            title, description = (
                translate("Templates", words) for words in (template.title, template.description)
            )
            item = QListWidgetItem(f"{title}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, template)
            item.setSizeHint(self._size_of(item.text()))
            self.templates.addItem(item)
        self.templates.currentItemChanged.connect(self._show_preview)
        self.templates.itemDoubleClicked.connect(self._create)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

        self.recent = QListWidget()
        self.recent.setFixedWidth(LIST_WIDTH)
        self.recent.setSpacing(3)
        for path in settings.recent_maps():
            title, place = recent_entry(settings, path)
            metrics = self.recent.fontMetrics()
            shown = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, LIST_WIDTH - 24)
                     for text in (title, place)]  # fmt: skip
            item = QListWidgetItem("\n".join(shown))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(self._open_recent)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("Create map"), QDialogButtonBox.ButtonRole.AcceptRole)
        browse = buttons.addButton(self.tr("Open…"), QDialogButtonBox.ButtonRole.ActionRole)
        create.clicked.connect(self._create)
        browse.clicked.connect(self._browse)
        buttons.rejected.connect(self.reject)
        create.setDefault(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>New from a template</b>")))
        left.addWidget(self.templates, 3)
        left.addWidget(QLabel(self.tr("<b>Recent maps</b>")))
        left.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.templates.setCurrentRow(0)

    def _size_of(self, text: str) -> QSize:
        """An item tall enough for `text` wrapped in the list, whatever its language."""
        scroll_bar = self.templates.verticalScrollBar().sizeHint().width()
        width = LIST_WIDTH - scroll_bar - 16
        flags = Qt.TextFlag.TextWordWrap
        wrapped = self.templates.fontMetrics().boundingRect(0, 0, width, 1000, flags, text)
        return QSize(width, wrapped.height() + 8)

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template: Template = item.data(Qt.ItemDataRole.UserRole)
        if template.id not in self._previews:
            image = render_thumbnail(load_template(template).content, PREVIEW)
            self._previews[template.id] = QPixmap.fromImage(image)
        self.preview.setPixmap(self._previews[template.id])

    def _create(self) -> None:
        item = self.templates.currentItem()
        if item is not None:
            self.chosen_template = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _browse(self) -> None:
        self.wants_open = True
        self.accept()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.chosen_path = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

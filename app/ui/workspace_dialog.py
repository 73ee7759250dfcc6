"""File ▸ Open from Workspace…: the maps of a team workspace on PostgreSQL, to open one.

The workspace is given by its URL, which is remembered without its password. A password
comes from libpq's own means (~/.pgpass, PGPASSWORD); only if the server still asks is the
person asked, and the answer is kept in memory for this window, never in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.workspace.store import (
    MapEntry,
    PasswordNeededError,
    Workspace,
    WorkspaceError,
    without_password,
)
from app.ui.settings import Settings
from app.ui.translation import described, for_count, translate

AskPassword = Callable[[str], str | None]
"""Asks for the password of a workspace (given without it); None if the person cancels."""


def ask_password_in_dialog(parent: QWidget) -> AskPassword:
    def ask(url: str) -> str | None:
        password, ok = QInputDialog.getText(
            parent,
            translate("WorkspaceDialog", "Password"),
            translate("WorkspaceDialog", "The workspace {url} asks for your password:").format(
                url=url
            ),
            QLineEdit.EchoMode.Password,
        )
        return password if ok else None

    return ask


class WorkspaceDialog(QDialog):
    """Ends accepted with `url`, `password` and `chosen` (a map's id) set."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, ask_password: AskPassword
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open from Workspace"))
        self._settings, self._ask_password = settings, ask_password
        self.password: str | None = None
        self.chosen: str | None = None

        self.url = QLineEdit(settings.workspace_url())
        self.url.setPlaceholderText("postgresql://you@server/journeyboard")
        self.url.setMinimumWidth(420)
        self.url.returnPressed.connect(self.show_maps)
        self.url.textEdited.connect(self._forget_password)
        show = QPushButton(self.tr("&Show Maps"))
        show.clicked.connect(self.show_maps)
        address = QHBoxLayout()
        address.addWidget(self.url, 1)
        address.addWidget(show)
        label = QLabel(self.tr("&Workspace:"))
        label.setBuddy(self.url)
        form = QFormLayout()
        form.addRow(label, address)

        self.maps = QTreeWidget()
        self.maps.setHeaderLabels(
            [self.tr("Map"), self.tr("Cards"), self.tr("Changed"), self.tr("By")]
        )
        self.maps.setRootIsDecorated(False)
        self.maps.setAlternatingRowColors(True)
        self.maps.itemDoubleClicked.connect(lambda *_: self.accept())
        self.maps.currentItemChanged.connect(lambda *_: self._enable_open())
        self.status = QLabel(self.tr("Enter the workspace's address and show its maps."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.maps, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._enable_open()

    def show_maps(self) -> None:
        """List the workspace's maps, asking for a password if the server wants one."""
        url = self.url.text().strip()
        self.maps.clear()
        try:
            entries = self._maps(url)
        except WorkspaceError as error:
            self.status.setText(described(error))
            self._enable_open()
            return
        self._settings.set_workspace_url(url)
        items = [_item(entry) for entry in entries]
        self.maps.addTopLevelItems(items)
        for column in range(3):
            self.maps.resizeColumnToContents(column)
        if items:
            self.maps.setCurrentItem(items[0])
            self.maps.setFocus()
        self.status.setText(
            for_count(
                len(entries),
                self.tr("1 map"),
                self.tr("{count} maps, the last changed first"),
            )
            if entries
            else self.tr(
                "The workspace holds no maps yet: push one with journeyboard workspace push."
            )
        )
        self._enable_open()

    def _maps(self, url: str) -> list[MapEntry]:
        while True:
            workspace = Workspace(url, password=self.password)
            try:
                return workspace.maps()
            except PasswordNeededError:
                self.password = self._ask_password(without_password(url))
                if self.password is None:
                    raise
            finally:
                workspace.close()

    def _forget_password(self) -> None:
        self.password = None

    def _enable_open(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            self.maps.currentItem() is not None
        )

    def accept(self) -> None:
        item = self.maps.currentItem()
        if item is None:
            return
        self.chosen = item.data(0, Qt.ItemDataRole.UserRole)
        super().accept()

    @property
    def chosen_url(self) -> str:
        return self.url.text().strip()


def _item(entry: MapEntry) -> QTreeWidgetItem:
    when = entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    item = QTreeWidgetItem([entry.title, f"{entry.cards:,}", when, entry.changed_by])
    item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item

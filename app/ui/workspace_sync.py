"""What others change in a map open from a team workspace, shown as soon as it commits.

The map's change feed (app.model.workspace.change_feed) is read whenever its socket has
news, so a change reaches the canvas in the time the server takes to tell it, with no
polling. The scene redraws only the rows that changed; the selection and a card being
typed stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from app.model.workspace.shared_map import SharedMap
from app.model.workspace.store import WorkspaceError
from app.ui.translation import described


class OthersChanges(QObject):
    lost = Signal(str)
    """A message for the person: the connection to the workspace is gone."""

    def __init__(self, shared: SharedMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared = shared
        self._news = QSocketNotifier(shared.feed.socket(), QSocketNotifier.Type.Read, self)
        self._news.activated.connect(self.take)

    def take(self) -> None:
        """Show what has come; on a lost connection stop listening and say so."""
        try:
            self._shared.take_others_changes()
        except WorkspaceError as error:
            self._news.setEnabled(False)
            self.lost.emit(described(error))

    def stop(self) -> None:
        """Stop listening, before the map (and its feed's connection) is closed."""
        self._news.setEnabled(False)

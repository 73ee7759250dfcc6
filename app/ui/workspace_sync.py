"""Keeping a map open from a team workspace in step with the server.

What others change is read whenever the map's change feed (app.model.workspace.change_feed)
has news on its socket, so a change reaches the canvas in the time the server takes to
tell it, with no polling. The scene redraws only the rows that changed; the selection and
a card being typed stay as they are.

When the server cannot be reached (stopped, the network down), the map stays open to
read, changes are refused, and a reconnection is tried every few seconds until it works;
the whole map is then read anew.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.model.workspace.shared_map import SharedMap
from app.model.workspace.store import WorkspaceError
from app.ui.translation import shown

RECONNECT_EVERY_MS = 2_000


class WorkspaceSync(QObject):
    connection_changed = Signal(str)
    """Why the workspace cannot be reached, or "" once it can again."""

    def __init__(self, shared: SharedMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared = shared
        self._news: QSocketNotifier | None = None
        """Readable when the feed has news; None while the server cannot be reached."""
        self._listen()
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_EVERY_MS)
        self._retry.timeout.connect(self._reconnect)
        self._retry.start()

    def _listen(self) -> None:
        self._news = QSocketNotifier(self._shared.feed.socket(), QSocketNotifier.Type.Read, self)
        self._news.activated.connect(self.take)

    def take(self) -> None:
        """Show what has come; a lost connection is said, and listening stops."""
        try:
            self._shared.take_others_changes()
        except WorkspaceError:
            self._check()

    def _reconnect(self) -> None:
        self._check()
        if self._shared.lost is not None and self._shared.reconnect():
            self._listen()
            self.connection_changed.emit("")

    def _check(self) -> None:
        """Stop listening to a feed whose connection is gone (an edit may have found it)."""
        if self._shared.lost is not None and self._news is not None:
            self._news.setEnabled(False)
            self._news.deleteLater()
            self._news = None
            self.connection_changed.emit(shown(self._shared.lost))

    def stop(self) -> None:
        """Stop listening, before the map (and its feed's connection) is closed."""
        self._retry.stop()
        if self._news is not None:
            self._news.setEnabled(False)

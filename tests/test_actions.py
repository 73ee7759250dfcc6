"""The table of actions: every shortcut is bound once, and every action does something."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.ui.actions import ACTIONS, MENUS
from app.ui.qt_app import application


def test_no_shortcut_is_bound_twice(qtbot: QtBot) -> None:
    application()
    bound: Counter[str] = Counter()
    for spec in ACTIONS:
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            keys = [key.toString() for key in QKeySequence.keyBindings(spec.shortcut)]
        elif spec.shortcut:
            keys = [QKeySequence(spec.shortcut).toString()]
        else:
            keys = []
        bound.update(keys)
    assert [key for key, count in bound.items() if count > 1] == []


def test_every_action_has_a_menu_and_a_unique_name() -> None:
    assert len({spec.name for spec in ACTIONS}) == len(ACTIONS)
    assert {spec.menu for spec in ACTIONS} <= set(MENUS)

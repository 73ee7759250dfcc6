"""The table of actions: every shortcut is bound once, and every action does something."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from cafe_window import cafe_window, workspace
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.model.edits import operations as op
from app.model.resources import resource_path
from app.ui.actions import ACTIONS, ICONS, MENUS
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
    assert {spec.menu.split("/")[0] for spec in ACTIONS} <= set(MENUS)  # a menu, or in one


def test_every_action_has_an_icon_and_the_toolbar_keeps_its_width(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with cafe_window(qtbot, tmp_path, pytest.fail) as window:
        assert set(ICONS) == {spec.name for spec in ACTIONS}
        for name, action in window.actions_by_name.items():
            assert not action.icon().isNull(), name
            assert not action.icon().pixmap(24, 24).toImage().isNull(), name
        assert not window.windowIcon().pixmap(64, 64).toImage().isNull()
        toolbar = window.findChild(QToolBar, "main-toolbar")
        width = toolbar.sizeHint().width()
        open_map = workspace(window).open_map
        title = "A title long enough to make the undo text very wide indeed"
        open_map.apply(op.edit("map", open_map.content().map.id, title=title), f"Rename “{title}”")
        assert window.actions_by_name["undo"].text().endswith(f"Rename “{title}”")
        assert toolbar.sizeHint().width() == width


def test_the_shipped_icons_carry_their_licence() -> None:
    licence = resource_path("icons", "LICENSE").read_text()
    assert "ISC License" in licence and "Lucide" in licence
    for _theme, file_name in ICONS.values():
        assert resource_path("icons", f"{file_name}.svg").is_file(), file_name

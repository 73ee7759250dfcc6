"""Every menu and toolbar action of the window, in one table: text, shortcut, menu.

The window builds its menus from this table and connects each action by name; a test
checks that no shortcut is bound twice. Texts are translated in the "Actions" context,
menu titles in "Menus".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    menu: str
    shortcut: Key | str | None = None
    checkable: bool = False
    tip: str = ""
    toolbar: bool = False
    everywhere: bool = False
    """The shortcut works in every window of the app (the presentation's too)."""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New…", "&File", Key.New, tip="Start a map from a template", toolbar=True),
    ActionSpec("open", "&Open…", "&File", Key.Open, tip="Open a .journey map", toolbar=True),
    ActionSpec("save_as", "Save &As…", "&File", Key.SaveAs, tip="Keep a copy under a new name"),
    ActionSpec(
        "export_pdf",
        "Export P&DF…",
        "&File",
        Key.Print,
        tip="A print-ready overview, handout pack or poster",
        toolbar=True,
    ),
    ActionSpec("export_png", "&Export Picture (PNG)…", "&File", "Ctrl+E"),
    ActionSpec("export_svg", "Export Picture (S&VG)…", "&File", "Ctrl+Shift+E"),
    ActionSpec("close", "&Close Map", "&File", Key.Close),
    ActionSpec("quit", "&Quit", "&File", Key.Quit),
    ActionSpec("undo", "&Undo", "&Edit", Key.Undo, toolbar=True),
    ActionSpec("redo", "&Redo", "&Edit", Key.Redo, toolbar=True),
    ActionSpec("cut", "Cu&t", "&Edit", Key.Cut),
    ActionSpec("copy", "&Copy", "&Edit", Key.Copy),
    ActionSpec("paste", "&Paste", "&Edit", Key.Paste),
    ActionSpec("duplicate", "D&uplicate", "&Edit", "Ctrl+D"),
    ActionSpec("delete", "&Delete", "&Edit", Key.Delete),
    ActionSpec("select_all", "Select &All", "&Edit", Key.SelectAll),
    ActionSpec("find", "&Find…", "&Edit", Key.Find),
    ActionSpec("preferences", "Pre&ferences…", "&Edit", "Ctrl+,"),
    ActionSpec("zoom_in", "Zoom &In", "&View", Key.ZoomIn, toolbar=True),
    ActionSpec("zoom_out", "Zoom &Out", "&View", Key.ZoomOut, toolbar=True),
    ActionSpec("fit", "&Fit to Window", "&View", "Ctrl+0", toolbar=True),
    ActionSpec("actual_size", "Actual &Size (100 %)", "&View", "Ctrl+1"),
    ActionSpec("full_screen", "F&ull Screen", "&View", Key.FullScreen, checkable=True),
    ActionSpec(
        "present",
        "&Present",
        "&View",
        "F5",
        tip="Walk a room through the map, stage by stage, full screen",
        toolbar=True,
    ),
    ActionSpec(
        "timebox",
        "Start or Pause the &Timebox",
        "&View",
        "F8",
        tip="A count-down for the room's exercise, in the corner of the canvas",
        everywhere=True,
    ),
    ActionSpec("reset_timebox", "Reset the Timebox", "&View", "Shift+F8", everywhere=True),
    ActionSpec("set_timebox", "Set the Timebox…", "&View", "Ctrl+F8"),
    ActionSpec("timebox_sound", "Sound When the Time Is Up", "&View", checkable=True),
    ActionSpec("add_card", "Add &Card", "&Map", "Ctrl+Return", tip="Type a new card in the cell"),
    ActionSpec("add_stage", "Add &Stage", "&Map", "Ctrl+T", tip="A new column of the journey"),
    ActionSpec("add_lane", "Add &Lane", "&Map", "Ctrl+L", tip="A new row: touchpoints, pains…"),
    ActionSpec("add_persona", "Add &Persona", "&Map", "Ctrl+Shift+P"),
    ActionSpec("delete_stage", "Delete Selected S&tage", "&Map"),
    ActionSpec("delete_lane", "Delete Selected La&ne", "&Map"),
    ActionSpec(
        "capture",
        "&Capture Mode",
        "&Map",
        "Ctrl+Shift+C",
        checkable=True,
        tip="Type the room's ideas into an Inbox lane, with the stages and lanes locked",
    ),
    ActionSpec(
        "lock_structure",
        "&Lock Structure",
        "&Map",
        "Ctrl+Shift+L",
        checkable=True,
        tip="Stages and lanes cannot be moved, renamed or deleted; cards stay free",
    ),
    ActionSpec(
        "start_vote",
        "Start a &Dot Vote…",
        "&Map",
        "Ctrl+Shift+V",
        tip="Each person gives dots to the cards of chosen lanes: click a card, or press +",
    ),
    ActionSpec("reset_vote", "R&eset the Vote", "&Map", tip="Every card back to no dots"),
    ActionSpec("close_vote", "Close the Vote and Show the &Result", "&Map"),
    ActionSpec("take_snapshot", "Take S&napshot…", "&Map", "Ctrl+Shift+N"),
    ActionSpec("restore_snapshot", "&Restore Snapshot…", "&Map"),
    ActionSpec(
        "guide", "&Getting Started", "&Help", Key.HelpContents, tip="The method, step by step"
    ),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "&Help", "Ctrl+/"),
    ActionSpec("about", "&About Journeyboard", "&Help"),
)

MENUS: tuple[str, ...] = ("&File", "&Edit", "&View", "&Map", "&Help")

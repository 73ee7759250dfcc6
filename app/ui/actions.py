"""Every menu and toolbar action of the window, in one table: text, shortcut, menu.

The window builds its menus from this table and connects each action by name; a test
checks that no shortcut is bound twice. Texts are translated in the "Actions" context,
menu titles in "Menus"; QT_TRANSLATE_NOOP marks them for pyside6-lupdate.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from app.model.messages import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


EXPORT_MENU = QT_TRANSLATE_NOOP("Menus", "&File/E&xport")
"""A submenu is named by its menu's name, a slash, and its own."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    menu: str
    shortcut: Key | str | None = None
    checkable: bool = False
    tip: str = ""
    toolbar: bool = False
    icon_only: bool = False
    """On the toolbar, the icon alone (the name in its tooltip): zooming, which needs no
    words, leaves room for the rest on a laptop's screen."""
    everywhere: bool = False
    """The shortcut works in every window of the app (the presentation's too)."""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New…"),
        "&File",
        Key.New,
        tip=QT_TRANSLATE_NOOP("Actions", "Start a map from a template"),
        toolbar=True,
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        "&File",
        Key.Open,
        tip=QT_TRANSLATE_NOOP("Actions", "Open a .journey map"),
        toolbar=True,
    ),
    ActionSpec(
        "open_workspace",
        QT_TRANSLATE_NOOP("Actions", "Open from &Workspace…"),
        "&File",
        "Ctrl+Shift+O",
        tip=QT_TRANSLATE_NOOP("Actions", "Open a map your team keeps on a PostgreSQL server"),
    ),
    ActionSpec(
        "save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        "&File",
        Key.SaveAs,
        tip=QT_TRANSLATE_NOOP("Actions", "Keep a copy under a new name"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        "&File",
        "Ctrl+Shift+I",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Make a map from a spreadsheet, a Mermaid diagram or a JSON file"
        ),
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "Export P&DF…"),
        "&File",
        Key.Print,
        tip=QT_TRANSLATE_NOOP("Actions", "A print-ready overview, handout pack or poster"),
        toolbar=True,
    ),
    ActionSpec(
        "export_png", QT_TRANSLATE_NOOP("Actions", "&Picture (PNG)…"), EXPORT_MENU, "Ctrl+E"
    ),
    ActionSpec(
        "export_svg",
        QT_TRANSLATE_NOOP("Actions", "Picture (S&VG) for Slides…"),
        EXPORT_MENU,
        "Ctrl+Shift+E",
    ),
    ActionSpec(
        "export_csv",
        QT_TRANSLATE_NOOP("Actions", "&Spreadsheet (CSV)…"),
        EXPORT_MENU,
        tip=QT_TRANSLATE_NOOP("Actions", "The cards as a table, one a row"),
    ),
    ActionSpec(
        "export_xlsx",
        QT_TRANSLATE_NOOP("Actions", "&Excel Workbook (XLSX)…"),
        EXPORT_MENU,
        tip=QT_TRANSLATE_NOOP("Actions", "The cards a row, and the map as a grid"),
    ),
    ActionSpec(
        "export_mermaid",
        QT_TRANSLATE_NOOP("Actions", "&Mermaid Journey Diagram…"),
        EXPORT_MENU,
        tip=QT_TRANSLATE_NOOP("Actions", "The customer's actions and scores, for a README"),
    ),
    ActionSpec(
        "export_markdown",
        QT_TRANSLATE_NOOP("Actions", "Mark&down…"),
        EXPORT_MENU,
        tip=QT_TRANSLATE_NOOP("Actions", "The whole map as text, for a wiki or a document"),
    ),
    ActionSpec(
        "export_json",
        QT_TRANSLATE_NOOP("Actions", "&Journeyboard JSON…"),
        EXPORT_MENU,
        tip=QT_TRANSLATE_NOOP("Actions", "Every field and snapshot, for another program"),
    ),
    ActionSpec("close", QT_TRANSLATE_NOOP("Actions", "&Close Map"), "&File", Key.Close),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "&File", Key.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "&Edit", Key.Undo, toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "&Edit", Key.Redo, toolbar=True),
    ActionSpec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), "&Edit", Key.Cut),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), "&Edit", Key.Copy),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), "&Edit", Key.Paste),
    ActionSpec("duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), "&Edit", "Ctrl+D"),
    ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), "&Edit", Key.Delete),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), "&Edit", Key.SelectAll),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "&Edit", Key.Find),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), "&Edit", "Ctrl+,"),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        "&View",
        Key.ZoomIn,
        toolbar=True,
        icon_only=True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        "&View",
        Key.ZoomOut,
        toolbar=True,
        icon_only=True,
    ),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"),
        "&View",
        "Ctrl+0",
        toolbar=True,
        icon_only=True,
    ),
    ActionSpec("fit_width", QT_TRANSLATE_NOOP("Actions", "Fit &Width"), "&View", "Ctrl+2"),
    ActionSpec(
        "actual_size", QT_TRANSLATE_NOOP("Actions", "Actual &Size (100 %)"), "&View", "Ctrl+1"
    ),
    ActionSpec(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "F&ull Screen"),
        "&View",
        Key.FullScreen,
        checkable=True,
    ),
    ActionSpec(
        "present",
        QT_TRANSLATE_NOOP("Actions", "&Present"),
        "&View",
        "F5",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Walk a room through the map, stage by stage, full screen"
        ),
        toolbar=True,
    ),
    ActionSpec(
        "timebox",
        QT_TRANSLATE_NOOP("Actions", "Start or Pause the &Timebox"),
        "&View",
        "F8",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A count-down for the room's exercise, in the corner of the canvas"
        ),
        everywhere=True,
    ),
    ActionSpec(
        "reset_timebox",
        QT_TRANSLATE_NOOP("Actions", "Reset the Timebox"),
        "&View",
        "Shift+F8",
        everywhere=True,
    ),
    ActionSpec("set_timebox", QT_TRANSLATE_NOOP("Actions", "Set the Timebox…"), "&View", "Ctrl+F8"),
    ActionSpec(
        "timebox_sound",
        QT_TRANSLATE_NOOP("Actions", "Sound When the Time Is Up"),
        "&View",
        checkable=True,
    ),
    ActionSpec(
        "add_card",
        QT_TRANSLATE_NOOP("Actions", "Add &Card"),
        "&Map",
        "Ctrl+Return",
        tip=QT_TRANSLATE_NOOP("Actions", "Type a new card in the cell"),
    ),
    ActionSpec(
        "add_stage",
        QT_TRANSLATE_NOOP("Actions", "Add &Stage"),
        "&Map",
        "Ctrl+T",
        tip=QT_TRANSLATE_NOOP("Actions", "A new column of the journey"),
    ),
    ActionSpec(
        "add_lane",
        QT_TRANSLATE_NOOP("Actions", "Add &Lane"),
        "&Map",
        "Ctrl+L",
        tip=QT_TRANSLATE_NOOP("Actions", "A new row: touchpoints, pains…"),
    ),
    ActionSpec("add_persona", QT_TRANSLATE_NOOP("Actions", "Add &Persona"), "&Map", "Ctrl+Shift+P"),
    ActionSpec("delete_stage", QT_TRANSLATE_NOOP("Actions", "Delete Selected S&tage"), "&Map"),
    ActionSpec("delete_lane", QT_TRANSLATE_NOOP("Actions", "Delete Selected La&ne"), "&Map"),
    ActionSpec(
        "capture",
        QT_TRANSLATE_NOOP("Actions", "&Capture Mode"),
        "&Map",
        "Ctrl+Shift+C",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Type the room's ideas into an Inbox lane, with the stages and lanes locked"
        ),
    ),
    ActionSpec(
        "lock_structure",
        QT_TRANSLATE_NOOP("Actions", "&Lock Structure"),
        "&Map",
        "Ctrl+Shift+L",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Stages and lanes cannot be moved, renamed or deleted; cards stay free"
        ),
    ),
    ActionSpec(
        "start_vote",
        QT_TRANSLATE_NOOP("Actions", "Start a &Dot Vote…"),
        "&Map",
        "Ctrl+Shift+V",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Each person gives dots to the cards of chosen lanes: click a card, or press +",
        ),
    ),
    ActionSpec(
        "reset_vote",
        QT_TRANSLATE_NOOP("Actions", "R&eset the Vote"),
        "&Map",
        tip=QT_TRANSLATE_NOOP("Actions", "Every card back to no dots"),
    ),
    ActionSpec(
        "close_vote", QT_TRANSLATE_NOOP("Actions", "Close the Vote and Show the &Result"), "&Map"
    ),
    ActionSpec(
        "take_snapshot", QT_TRANSLATE_NOOP("Actions", "Take S&napshot…"), "&Map", "Ctrl+Shift+N"
    ),
    ActionSpec("restore_snapshot", QT_TRANSLATE_NOOP("Actions", "&Restore Snapshot…"), "&Map"),
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("Actions", "&Getting Started"),
        "&Help",
        Key.HelpContents,
        tip=QT_TRANSLATE_NOOP("Actions", "The method, step by step"),
    ),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "&Help", "Ctrl+/"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Journeyboard"), "&Help"),
)

MENUS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Map"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
)

ICONS: dict[str, tuple[str, str]] = {
    "new": ("document-new", "file-plus"),
    "open": ("document-open", "folder-open"),
    "open_workspace": ("network-server", "folder-open"),
    "save_as": ("document-save-as", "save"),
    "import": ("document-import", "inbox"),
    "export_pdf": ("", "file-down"),
    "export_png": ("", "image"),
    "export_svg": ("", "file-image"),
    "export_csv": ("", "file-down"),
    "export_xlsx": ("", "file-down"),
    "export_mermaid": ("", "file-down"),
    "export_markdown": ("", "file-down"),
    "export_json": ("", "file-down"),
    "close": ("window-close", "x"),
    "quit": ("application-exit", "log-out"),
    "undo": ("edit-undo", "undo-2"),
    "redo": ("edit-redo", "redo-2"),
    "cut": ("edit-cut", "scissors"),
    "copy": ("edit-copy", "copy"),
    "paste": ("edit-paste", "clipboard-paste"),
    "duplicate": ("", "copy-plus"),
    "delete": ("edit-delete", "trash-2"),
    "select_all": ("edit-select-all", "square-dashed-mouse-pointer"),
    "find": ("edit-find", "search"),
    "preferences": ("preferences-system", "settings"),
    "zoom_in": ("zoom-in", "zoom-in"),
    "zoom_out": ("zoom-out", "zoom-out"),
    "fit": ("zoom-fit-best", "scan"),
    "fit_width": ("zoom-fit-width", "move-horizontal"),
    "actual_size": ("zoom-original", "ratio"),
    "full_screen": ("view-fullscreen", "fullscreen"),
    "present": ("", "presentation"),
    "timebox": ("", "timer"),
    "reset_timebox": ("", "timer-reset"),
    "set_timebox": ("", "alarm-clock"),
    "timebox_sound": ("", "bell-ring"),
    "add_card": ("", "sticky-note-plus"),
    "add_stage": ("", "between-vertical-start"),
    "add_lane": ("", "between-horizontal-start"),
    "add_persona": ("contact-new", "user-plus"),
    "delete_stage": ("", "square-minus"),
    "delete_lane": ("", "list-minus"),
    "capture": ("", "inbox"),
    "lock_structure": ("", "lock"),
    "start_vote": ("", "vote"),
    "reset_vote": ("", "rotate-ccw"),
    "close_vote": ("", "list-ordered"),
    "take_snapshot": ("", "camera"),
    "restore_snapshot": ("", "history"),
    "guide": ("help-contents", "book-open"),
    "shortcuts": ("", "keyboard"),
    "about": ("help-about", "info"),
}
"""Each action's icon: its name in the desktop's icon theme, if the freedesktop naming spec
has one, and the Lucide icon shipped in resources/icons (app.ui.icons)."""

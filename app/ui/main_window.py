"""The main window: menus and toolbar from the table of actions, the canvas in the middle,
the panels in docks. It composes the parts and routes actions to them; what an action
does lives in the workspace's commands, the canvas and the panels.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from app.layout.map_layout import StackMemo
from app.layout.picture import PictureChoice
from app.model.data.records import MapContent
from app.model.edits.map_document import MapDocument
from app.model.errors import CannotLockError, JourneyboardError, MapInUseError
from app.model.file.document import Document
from app.model.file.map_lock import left_open_by_a_crash
from app.model.file.places import is_untitled, untitled_dir, untitled_map_path, untitled_maps
from app.model.interchange.journeyboard_json import ImportedMap
from app.model.interchange.templates import Template, new_map_from
from app.model.messages import QT_TRANSLATE_NOOP
from app.ui.actions import ACTIONS, ICONS, MENUS
from app.ui.data_exports import DATA_FORMATS, ask_data_path, write_data
from app.ui.file_dialogs import ask_open_path, ask_save_path
from app.ui.help import HelpDialog, about_html, guide_html, shortcuts_html
from app.ui.icons import action_icon, window_icon
from app.ui.import_dialog import ImportDialog, import_filter
from app.ui.map_commands import DialogAsker
from app.ui.message_boxes import Icon, ask_yes_no, plain_box, show_message
from app.ui.pdf_export import PdfExporter
from app.ui.picture_dialog import ask_picture_choice
from app.ui.pictures import WHOLE_MAP, PictureSteps, png_steps, svg_file_steps
from app.ui.preferences import PreferencesDialog
from app.ui.progress import run_in_steps
from app.ui.recent import recent_entry
from app.ui.settings import Settings
from app.ui.start_dialog import StartDialog
from app.ui.text_metrics import qt_typesetter
from app.ui.translation import described, for_count, shown, translate
from app.ui.undo_keys import UndoKeysToTheMap
from app.ui.workshop import Workshop
from app.ui.workspace import MapWorkspace

MAP_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Journey maps (*.journey)")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.setWindowIcon(window_icon())
        self.workspace: MapWorkspace | None = None
        self._fresh_map: Path | None = None
        """A map made new in this window: deleted on closing if nothing was changed."""
        self.report: Callable[[str], None] = self._warn
        """How a message reaches the person; tests replace it."""
        self.confirm: Callable[[str], bool] = self._ask
        """Asks the person a yes-or-no question; tests replace it."""
        self.keep_untitled: Callable[[str], str] = self._ask_keep_untitled
        """Asks what becomes of an untitled map being closed, given its title: "keep",
        "save" or "delete". Tests replace it."""
        self.choose_map_path: Callable[[str], Path | None] = lambda title: ask_save_path(
            self, self.tr("Save a copy as"), title, self.tr(MAP_FILTER), "journey"
        )
        """Asks where to save a copy of the map, given its title. Tests replace it."""
        self.choose_picture_path: Callable[[str, str], Path | None] = self._ask_for_picture_path
        """Asks where to export a picture (the map's title, the suffix: "png" or "svg");
        None when the person cancels. Tests replace it."""
        self.choose_picture: Callable[[MapContent], PictureChoice | None] = lambda content: (
            ask_picture_choice(content, self._last_picture, self)
        )
        """Asks what a picture shows (given the map); None when the person cancels.
        Tests replace it."""
        self.choose_data_path: Callable[[str, str], Path | None] = lambda title, key: ask_data_path(
            self, title, key
        )
        """Asks where to export the map as data (its title, the format's key: "csv",
        "markdown"…); None when the person cancels. Tests replace it."""
        self.choose_import_path: Callable[[], Path | None] = lambda: ask_open_path(
            self, self.tr("Import a map"), import_filter(), "import"
        )
        """Asks for a file to import a map from; None when the person cancels. Tests
        replace it."""
        self._last_picture = WHOLE_MAP
        self.pdf_exporter = PdfExporter(self, lambda message: self.report(message))
        application = QApplication.instance()
        assert application is not None
        application.installEventFilter(UndoKeysToTheMap(self))
        self.pdf_exporter.done.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.workshop = Workshop(self, settings)
        self.workshop.voting_changed.connect(self._show_voting)
        self.actions_by_name: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._docks: dict[str, QDockWidget] = {}
        self._find = QLineEdit()
        self._find.setPlaceholderText(self.tr("Find cards…"))
        self._find.setClearButtonEnabled(True)
        self._find.setMaximumWidth(220)
        self._find.returnPressed.connect(self._find_cards)
        self._saved = QLabel()
        self._locked = QLabel(self.tr("Stages and lanes locked"))
        self._locked.hide()
        self.statusBar().addPermanentWidget(self._locked)
        self.statusBar().addPermanentWidget(self._saved)
        self._build_actions()
        self.actions_by_name["timebox_sound"].setChecked(self.workshop.timebox.sound)
        self._build_docks()
        self.setCentralWidget(self._placeholder())
        self._fit_on_screen(1400, 900)
        settings.restore_window(self)
        self._update_title()

    def _fit_on_screen(self, width: int, height: int) -> None:
        """This size, or as much of the screen as leaves room around the window: at a
        scale factor of 2 a laptop's screen may be 960 pixels wide."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    # --- opening and closing maps ---------------------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        if self._shows(path):
            return True  # already open here: opening it again would find it in use
        try:
            document = Document.open(path, read_only=read_only)
        except (MapInUseError, CannotLockError) as error:
            question = self.tr("Open it read-only?")
            if not self.confirm(f"{described(error)}\n\n{question}"):
                return False
            return self._open_read_only(path, error)
        except JourneyboardError as error:
            self.report(described(error))
            return False
        if not self._show_document(document):
            return False
        if document.lock_taken_over:
            self.statusBar().showMessage(
                self.tr("The map was left open by a Journeyboard that stopped; it is yours now."),
                8000,
            )
        if document.migrated_from is not None:
            self.statusBar().showMessage(
                self.tr("Brought up to date from an older Journeyboard; a backup was kept."), 8000
            )
        return True

    def _shows(self, path: Path) -> bool:
        if self.workspace is None:
            return False
        document = self.workspace.document
        try:
            return isinstance(document, Document) and document.path.samefile(path)
        except OSError:
            return False

    def _open_read_only(self, path: Path, why: MapInUseError | CannotLockError) -> bool:
        try:
            document = Document.open(path, read_only=True)
        except JourneyboardError as error:
            self.report(described(error))
            return False
        if isinstance(why, MapInUseError):
            document.unwritable = self.tr("it is open in {holder}").format(holder=shown(why.holder))
        else:
            document.unwritable = shown(why.why)
        return self._show_document(document)

    def new_from_template(self, template: Template) -> bool:
        return self.open_new_map(new_map_from(template))

    def open_new_map(self, made: ImportedMap) -> bool:
        """A new map lives in the data folder until Save As gives it a place."""
        path = untitled_map_path(made.content.map.title)
        try:
            document = Document.create(path, made.content, snapshots=made.snapshots)
        except JourneyboardError as error:
            self.report(described(error))
            return False
        if not self._show_document(document):
            path.unlink(missing_ok=True)
            return False
        self._fresh_map = path
        return True

    def start(self) -> None:
        """Offer a template, a file, or a recent map."""
        dialog = StartDialog(self.settings, self)
        if not dialog.exec():
            return
        if dialog.chosen_template is not None:
            self.new_from_template(dialog.chosen_template)
        elif dialog.chosen_path is not None:
            self.open_path(dialog.chosen_path)
        elif dialog.wants_open:
            self._open()

    def close_map(self) -> None:
        """Close the open map; an untitled one is kept, saved or deleted as the person
        chooses (`keep_untitled`)."""
        self.workshop.set_workspace(None)
        if self.workspace is not None:
            document = self.workspace.document
            untitled = isinstance(document, Document) and is_untitled(document.path)
            choice = "keep"
            if isinstance(document, Document) and untitled and not document.read_only:
                choice = self._keep_untitled_or_not(document.path)
            self.workspace.close()
            self.workspace = None
            if choice == "delete" and isinstance(document, Document):
                document.path.unlink(missing_ok=True)
        for dock in self._docks.values():
            dock.setWidget(QWidget())
        self._set_central(self._placeholder())
        self._update_title()

    def _keep_untitled_or_not(self, path: Path) -> str:
        """What becomes of an untitled map being closed: a new map nobody changed is
        deleted without a word, one kept before is kept, else the person chooses."""
        assert self.workspace is not None
        if path == self._fresh_map and self.workspace.open_map.undo_stack.isClean():
            return "delete"
        if self.settings.was_kept(path):
            return "keep"
        choice = self.keep_untitled(self.workspace.document.content().map.title)
        if choice == "save":
            self._save_as()
        elif choice == "keep":
            self.settings.mark_kept(path)
        return choice

    def _set_central(self, widget: QWidget) -> None:
        """Qt shows a new central widget only once the event loop runs again; a layout
        before that (setting a dock's widget does one) finds no central widget and gives
        the docks the whole width, which a restored (or resized) dock area then keeps."""
        self.setCentralWidget(widget)
        widget.show()

    def _show_document(self, document: MapDocument) -> bool:
        """Lay the map out (in steps, with progress: the text of thousands of cards takes
        a while to measure) and show it in place of the one open; False, and the document
        closed, if the person cancelled."""
        memo = StackMemo(qt_typesetter())
        label = self.tr("Opening “{name}”…").format(name=shown(document.place))
        if not run_in_steps(self, label, memo.prepare(document.content())):
            document.close()
            self.statusBar().showMessage(self.tr("Opening cancelled."), 6000)
            return False
        self.close_map()
        workspace = MapWorkspace(document, memo, DialogAsker(self), self)
        self.workspace = workspace
        self._set_central(workspace.page)
        self._docks["inspector"].setWidget(workspace.inspector)
        self._docks["personas"].setWidget(workspace.personas)
        self._docks["history"].setWidget(workspace.history)
        workspace.open_map.failed.connect(self._change_refused)
        workspace.open_map.file_lost.connect(self._offer_save_as)
        workspace.open_map.changed.connect(self._update_title)
        stack = workspace.open_map.undo_stack
        stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)
        for name in ("capture", "lock_structure"):
            self.actions_by_name[name].setChecked(False)
        workspace.open_map.lock_changed.connect(self._show_lock)
        self._show_lock(False)
        if isinstance(document, Document):
            self.settings.remember(document.path, document.content().map.title)
        workspace.view.setFocus()
        workspace.view.open_on_map()
        self.workshop.set_workspace(workspace)
        self._update_title()
        return True

    # --- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        for name in MENUS:
            self._menus[name] = self.menuBar().addMenu(translate("Menus", name))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        handlers = self._handlers()
        toolbar_menu: str | None = None
        for spec in ACTIONS:
            action = QAction(action_icon(*ICONS[spec.name]), translate("Actions", spec.text), self)
            # The toolbar shows the action's name alone, whatever the menu's text becomes
            # ("Undo Add card “Chalkboard”…"): its buttons keep their width.
            action.setIconText(action.text().replace("&", "").removesuffix("…"))
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(spec.checkable)
            if spec.everywhere:
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setStatusTip(translate("Actions", spec.tip) if spec.tip else "")
            action.triggered.connect(handlers[spec.name])
            self._menu(spec.menu).addAction(action)
            if spec.toolbar:
                if toolbar_menu not in (None, spec.menu):
                    toolbar.addSeparator()  # one group of buttons for each menu
                toolbar.addAction(action)
                toolbar_menu = spec.menu
                if spec.icon_only:
                    button = toolbar.widgetForAction(action)
                    assert isinstance(button, QToolButton)
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.actions_by_name[spec.name] = action
        toolbar.addSeparator()
        toolbar.addWidget(self._find)
        recent = QMenu(self.tr("Open &Recent"), self)
        recent.aboutToShow.connect(lambda: self._fill_recent(recent))
        self._menus["&File"].insertMenu(self.actions_by_name["save_as"], recent)
        view = self._menus["&View"]
        view.addSeparator()
        for title, fill in (
            (self.tr("&Lanes"), self._fill_lanes),
            (self.tr("Emotion &curves"), self._fill_curves),
        ):
            submenu = view.addMenu(title)
            submenu.aboutToShow.connect(lambda menu=submenu, fill=fill: fill(menu))
        panels = view.addMenu(self.tr("&Panels"))
        panels.aboutToShow.connect(lambda: self._fill_panels(panels))

    def _menu(self, name: str) -> QMenu:
        """The menu named `name`; "&File/E&xport" is a submenu of File, made when first
        named."""
        if name not in self._menus:
            parent, _slash, _own = name.rpartition("/")
            title = translate("Menus", name).rpartition("/")[2]
            self._menus[name] = self._menu(parent).addMenu(title)
        return self._menus[name]

    def _handlers(self) -> dict[str, Callable[[], object]]:
        """What each action of app.ui.actions does, by name: a name missing here stops
        the window from being built."""

        def on_map(act: Callable[[MapWorkspace], object]) -> Callable[[], object]:
            return lambda: act(self.workspace) if self.workspace else None

        return {
            "new": self.start,
            "open": self._open,
            "open_workspace": self._open_from_workspace,
            "save_as": self._save_as,
            "import": self._import,
            "export_pdf": self._export_pdf,
            "export_png": self._export_png,
            "export_svg": self._export_svg,
            **{f"export_{key}": partial(self._export_data, key) for key in DATA_FORMATS},
            "close": self.close_map,
            "quit": self.close,
            "full_screen": self._toggle_full_screen,
            "present": self.workshop.present,
            "start_vote": self.workshop.start_vote,
            "reset_vote": self.workshop.reset_vote,
            "close_vote": self.workshop.close_vote,
            "timebox": self.workshop.timebox.start_or_pause,
            "reset_timebox": lambda: self.workshop.timebox.reset(),
            "set_timebox": self.workshop.set_timebox,
            "timebox_sound": lambda: self.workshop.set_timebox_sound(
                self.actions_by_name["timebox_sound"].isChecked()
            ),
            "capture": on_map(
                lambda w: self.actions_by_name["capture"].setChecked(
                    w.commands.capture(self.actions_by_name["capture"].isChecked())
                )
            ),
            "lock_structure": on_map(
                lambda w: w.open_map.lock_structure(
                    self.actions_by_name["lock_structure"].isChecked()
                )
            ),
            "find": self._find.setFocus,
            "guide": self.show_guide,
            "preferences": lambda: PreferencesDialog(self.settings, self).exec(),
            "shortcuts": lambda: self._show_help(self.tr("Keyboard Shortcuts"), shortcuts_html()),
            "about": lambda: self._show_help(self.tr("About Journeyboard"), about_html()),
            "undo": on_map(lambda w: w.open_map.undo()),
            "redo": on_map(lambda w: w.open_map.redo()),
            "zoom_in": on_map(lambda w: w.view.zoom_in()),
            "zoom_out": on_map(lambda w: w.view.zoom_out()),
            "fit": on_map(lambda w: w.view.fit()),
            "fit_width": on_map(lambda w: w.view.fit_width()),
            "actual_size": on_map(lambda w: w.view.actual_size()),
            "cut": on_map(lambda w: w.commands.cut()),
            "copy": on_map(lambda w: w.commands.copy()),
            "paste": on_map(lambda w: w.commands.paste()),
            "duplicate": on_map(lambda w: w.commands.duplicate()),
            "delete": on_map(lambda w: w.commands.delete()),
            "select_all": on_map(lambda w: w.commands.select_all()),
            "add_card": on_map(lambda w: w.commands.add_card()),
            "add_stage": on_map(lambda w: w.commands.add_stage()),
            "add_lane": on_map(lambda w: w.commands.add_lane()),
            "add_persona": on_map(lambda w: w.commands.add_persona()),
            "delete_stage": on_map(lambda w: w.commands.delete_stage()),
            "delete_lane": on_map(lambda w: w.commands.delete_lane()),
            "take_snapshot": on_map(lambda w: w.commands.take_snapshot()),
            "restore_snapshot": on_map(lambda w: w.commands.restore_snapshot()),
        }

    def show_guide(self) -> HelpDialog:
        """The method, step by step: on the first start, and from Help ▸ Getting Started."""
        return self._show_help(self.tr("Getting Started with Journeyboard"), guide_html())

    def _show_help(self, title: str, html: str) -> HelpDialog:
        """The page titled `title`, brought forward if it is already open."""
        for shown_page in self.findChildren(HelpDialog):
            if shown_page.windowTitle() == title and shown_page.isVisible():
                shown_page.raise_()
                shown_page.activateWindow()
                return shown_page
        dialog = HelpDialog(title, html, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_undo_text(self, what: str) -> None:
        self._action_text("undo", translate("Actions", "&Undo"), what)

    def _show_redo_text(self, what: str) -> None:
        self._action_text("redo", translate("Actions", "&Redo"), what)

    def _action_text(self, name: str, label: str, what: str) -> None:
        self.actions_by_name[name].setText(f"{label} {what}" if what else label)

    def _open(self) -> None:
        path = ask_open_path(self, self.tr("Open a journey map"), self.tr(MAP_FILTER), "journey")
        if path is not None:
            self.open_path(path)

    def _open_from_workspace(self) -> None:
        # here: PostgreSQL's modules load only for a workspace, not at every start
        from app.ui.workspace_dialog import WorkspaceDialog, ask_password_in_dialog

        dialog = WorkspaceDialog(self.settings, self, ask_password=ask_password_in_dialog(self))
        if dialog.exec() and dialog.chosen is not None:
            self.open_shared_map(dialog.chosen_url, dialog.chosen, password=dialog.password)

    def open_shared_map(self, url: str, map_id: str, *, password: str | None = None) -> bool:
        """Open a map of a team workspace, to edit it there with the others."""
        from app.model.workspace.shared_map import SharedMap  # here: only workspaces need it

        try:
            document = SharedMap.open(url, map_id, password=password)
        except JourneyboardError as error:
            self.report(described(error))
            return False
        if not self._show_document(document):
            return False
        assert self.workspace is not None
        self.workspace.keep_in_step(document).connection_changed.connect(self._update_title)
        return True

    def _save_as(self) -> None:
        if self.workspace is None:
            return
        document = self.workspace.document
        path = self.choose_map_path(document.content().map.title)
        if path is not None:
            self.save_as(path)

    def save_as(self, path: Path) -> bool:
        """Copy the map to `path` and go on there; an untitled map leaves the data folder."""
        if self.workspace is None:
            return False
        document = self.workspace.document
        if not isinstance(document, Document):
            return self._copy_to_file(document, path)
        old, was_untitled = document.path, document.path.parent == untitled_dir()
        try:
            document.save_as(path)
        except JourneyboardError as error:
            self.report(described(error))
            return False
        if was_untitled:
            old.unlink(missing_ok=True)
        self.workspace.show_read_only()
        self.settings.remember(path, document.content().map.title)
        self._update_title()
        return True

    def _copy_to_file(self, document: MapDocument, path: Path) -> bool:
        """Save As from a workspace: the map, as it is now, into a new file, which is
        then open in its place (to take on a trip, say; `journeyboard workspace push`
        brings it back)."""
        from app.model.workspace.store import for_a_trip  # loaded with the workspace already

        content = document.content()
        try:
            snapshots = for_a_trip(content, document.snapshots())
            Document.create(path, content, snapshots=snapshots, replace=path.exists()).close()
        except JourneyboardError as error:
            self.report(described(error))
            return False
        return self.open_path(path)

    def _import(self) -> None:
        path = self.choose_import_path()
        if path is None:
            return
        dialog = ImportDialog(path, self)
        if dialog.exec() and dialog.imported is not None:
            self.open_new_map(dialog.imported)

    def _export_data(self, key: str) -> None:
        if self.workspace is None:
            return
        document = self.workspace.document
        path = self.choose_data_path(document.content().map.title, key)
        if path is None:
            return
        try:
            left_out = write_data(document, key, path)
        except JourneyboardError as error:
            self.report(described(error))
            return
        for problem in left_out:
            self.report(problem)
        self.statusBar().showMessage(self.tr("Saved the map as {path}").format(path=path), 6000)

    def _export_pdf(self) -> None:
        if self.workspace is not None:
            self.pdf_exporter.export(self.workspace.document.content())

    def _export_png(self) -> None:
        self._export_picture("png", png_steps)

    def _export_svg(self) -> None:
        self._export_picture("svg", svg_file_steps)

    def _export_picture(self, suffix: str, steps: PictureSteps) -> None:
        """Lay the map out and paint it in steps with progress: a picture of thousands of
        cards takes seconds, and the window must not freeze."""
        if self.workspace is None:
            return
        content = self.workspace.document.content()
        choice = self.choose_picture(content)
        if choice is None:
            return
        self._last_picture = choice
        path = self.choose_picture_path(content.map.title, suffix)
        if not path:
            return
        label = self.tr("Drawing {name}…").format(name=Path(path).name)
        try:
            done = run_in_steps(self, label, steps(content, Path(path), choice))
        except (JourneyboardError, ValueError) as error:
            self.report(described(error))
            return
        if done:
            message = self.tr("Saved the picture as {path}").format(path=path)
        else:
            message = self.tr("Picture cancelled; nothing was written.")
        self.statusBar().showMessage(message, 6000)

    def _ask_for_picture_path(self, title: str, suffix: str) -> Path | None:
        file_filter = f"{suffix.upper()} (*.{suffix})"
        return ask_save_path(self, self.tr("Export a picture"), title, file_filter, suffix)

    def _find_cards(self) -> None:
        if self.workspace is not None:
            found = self.workspace.commands.find(self._find.text())
            message = for_count(found, self.tr("1 card found"), self.tr("{count} cards found"))
            self.statusBar().showMessage(message, 4000)

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- menus filled when shown ----------------------------------------------------------

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in self.settings.recent_maps():
            title, place = recent_entry(self.settings, path)
            action = menu.addAction(f"{title}  —  {place}".replace("&", "&&"))
            action.setToolTip(str(path))
            action.triggered.connect(partial(self.open_path, path))
        menu.setEnabled(bool(menu.actions()))

    def _fill_lanes(self, menu: QMenu) -> None:
        menu.clear()
        if self.workspace is None:
            return
        workspace = self.workspace
        for lane in workspace.open_map.content().lanes:
            action = menu.addAction(lane.title)
            action.setCheckable(True)
            action.setChecked(lane.id not in workspace.scene.hidden_lanes)
            action.toggled.connect(
                lambda shown, lane_id=lane.id: workspace.toggle_lane(lane_id, shown)
            )

    def _fill_curves(self, menu: QMenu) -> None:
        menu.clear()
        if self.workspace is None:
            return
        workspace, shown = self.workspace, self.workspace.scene.shown_personas
        for persona in workspace.open_map.content().personas:
            action = menu.addAction(persona.name)
            action.setCheckable(True)
            action.setChecked(shown is None or persona.id in shown)
            action.toggled.connect(
                lambda on, persona_id=persona.id: workspace.show_curve(persona_id, on)
            )

    def _fill_panels(self, menu: QMenu) -> None:
        menu.clear()
        for dock in self._docks.values():
            menu.addAction(dock.toggleViewAction())

    # --- docks, title, messages -----------------------------------------------------------

    def _build_docks(self) -> None:
        for name, title in (
            ("inspector", self.tr("Inspector")),
            ("personas", self.tr("Personas")),
            ("history", self.tr("History")),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{name}-dock")
            dock.setWidget(QWidget())
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self._docks[name] = dock
        self.tabifyDockWidget(self._docks["inspector"], self._docks["personas"])
        self.tabifyDockWidget(self._docks["personas"], self._docks["history"])
        self._docks["inspector"].raise_()

    def _placeholder(self) -> QWidget:
        label = QLabel(self.tr("No map is open. File ▸ New starts one from a template."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _update_title(self, *_change: object) -> None:
        has_map = self.workspace is not None
        for name in (
            "save_as",
            "export_pdf",
            "export_png",
            "export_svg",
            "export_csv",
            "export_xlsx",
            "export_mermaid",
            "export_markdown",
            "export_json",
            "close",
            "zoom_in",
            "zoom_out",
            "fit",
            "fit_width",
            "present",
            "capture",
            "lock_structure",
            "start_vote",
        ):
            self.actions_by_name[name].setEnabled(has_map)
        if self.workspace is None:
            self.actions_by_name["undo"].setEnabled(False)
            self.actions_by_name["redo"].setEnabled(False)
            self.setWindowTitle("Journeyboard")
            self._saved.setText("")
            return
        document = self.workspace.document
        place = shown(document.place)
        if isinstance(document, Document):
            self.settings.retitle(document.path, document.content().map.title)
            self.setWindowFilePath(str(document.path))
        else:
            self.setWindowFilePath("")
        state = (
            self.tr("Offline")
            if document.lost is not None
            else self.tr("Read-only")
            if document.read_only
            else self.tr("Saved")
        )
        self.setWindowTitle(f"{document.content().map.title} — {place} — {state}")
        saved = (
            self.tr("Offline: read only until {name} can be reached")
            if document.lost is not None
            else self.tr("Read-only: changes cannot be saved to {name}")
            if document.read_only
            else self.tr("Every change is saved to {name}")
        )
        self._saved.setText(saved.format(name=place))

    def _show_voting(self, voting: bool) -> None:
        self.actions_by_name["reset_vote"].setEnabled(voting)
        self.actions_by_name["close_vote"].setEnabled(voting)

    def _show_lock(self, locked: bool) -> None:
        self.actions_by_name["lock_structure"].setChecked(locked)
        self._locked.setVisible(locked)

    def _change_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.report(message)

    def _offer_save_as(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        question = self.tr("Save the map under a new name now?")
        if self.confirm(f"{message}\n\n{question}"):
            self._save_as()

    def offer_maps_left_open(self) -> bool:
        """After a crash: offer back the newest untitled map that was open when
        Journeyboard stopped; whether it was opened."""
        left = [path for path in untitled_maps() if left_open_by_a_crash(path)]
        if not left:
            return False
        name = left[0].stem
        question = self.tr(
            "Journeyboard stopped while the untitled map “{name}” was open. Every change "
            "up to then was kept. Open it again?"
        ).format(name=name)
        return self.confirm(question) and self.open_path(left[0])

    def _ask_keep_untitled(self, title: str) -> str:
        box = plain_box(
            self,
            Icon.Question,
            self.tr("Keep the map “{title}”?").format(title=title),
            "Journeyboard",
        )
        box.setInformativeText(
            self.tr(
                "It has no name yet and lives in Journeyboard's own folder, where "
                "File ▸ Open Recent finds it. Save As gives it a place of its own."
            )
        )
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.AcceptRole)
        save = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.ActionRole)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)  # only a deliberate click deletes
        box.exec()
        clicked = box.clickedButton()
        return "delete" if clicked is delete else "save" if clicked is save else "keep"

    def _ask(self, question: str) -> bool:
        return ask_yes_no(self, question)

    def _warn(self, message: str) -> None:
        show_message(self, message, Icon.Warning)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pdf_exporter.finish()
        self.settings.save_window(self)
        self.close_map()
        super().closeEvent(event)

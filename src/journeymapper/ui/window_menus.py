"""The project window's menus and toolbar: the table's commands (``actions.py``),
a menu of lanes to add, the recently opened projects, and undo and redo named
after the step they take back or do again.

The words are the window's (translation context "ProjectWindow"), so they kept
their translations when they moved here from ``main_window.py``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu

from ..content.lanes import LANE_CONTEXT, LANE_TITLES
from ..domain import LaneKind
from ..settings import Settings
from . import map_commands
from .actions import ACTIONS, build_menus, retranslate, translated

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QToolBar

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class WindowMenus:
    """Built once for a window; ``retranslate`` after the language changed."""

    def __init__(self, window: QMainWindow, actions: dict[str, QAction], undo_stack) -> None:
        self._window = window
        self._actions = actions
        self._stack = undo_stack
        self.menus = build_menus(window, actions)
        self.lane_menu = lanes = self.menus["insert"].addMenu("")
        for kind in LaneKind:
            action = lanes.addAction("")
            action.setObjectName(f"add_lane_{kind.value}")
            action.setData(kind.value)
            action.triggered.connect(lambda checked=False, kind=kind: map_commands.add_lane(window, kind))
        self.recent_menu = QMenu(window)
        self.menus["file"].insertMenu(actions["save"], self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.toolbar: QToolBar = window.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")  # (the window's saved state finds it by this name)
        for spec in ACTIONS:
            if spec.toolbar:
                self.toolbar.addAction(actions[spec.id])
        undo, redo = actions["undo"], actions["redo"]
        undo_stack.canUndoChanged.connect(undo.setEnabled)
        undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo_stack.undoTextChanged.connect(self.name_undo)
        undo_stack.redoTextChanged.connect(self.name_undo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self._name_own_words()

    def retranslate(self) -> None:
        """Every word of the menus and toolbar in the language installed now."""
        retranslate(self._actions, self.menus)
        self._name_own_words()

    def _name_own_words(self) -> None:
        self.lane_menu.setTitle(translate("ProjectWindow", "&Lane"))
        for action in self.lane_menu.actions():
            action.setText(QApplication.translate(LANE_CONTEXT, LANE_TITLES[LaneKind(action.data())]))
        self.recent_menu.setTitle(translate("ProjectWindow", "Open &recent"))
        self.toolbar.setWindowTitle(translate("ProjectWindow", "Main toolbar"))
        self.name_undo()

    def name_undo(self, _text=None) -> None:
        """Undo and redo say what they take back or do again ("Undo Move card")."""
        undo, redo = self._stack.undoText(), self._stack.redoText()
        self._actions["undo"].setText(
            translate("ProjectWindow", "&Undo %1").replace("%1", undo) if undo else translated("&Undo")
        )
        self._actions["redo"].setText(
            translate("ProjectWindow", "&Redo %1").replace("%1", redo) if redo else translated("&Redo")
        )

    def _fill_recent_menu(self) -> None:
        from .application import open_path

        self.recent_menu.clear()
        files = [Path(f) for f in Settings().recent_files()]
        for path in files:
            action = self.recent_menu.addAction(f"{path.stem}  —  {path.parent}")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda checked=False, path=path: open_path(path))
        if not files:
            self.recent_menu.addAction(translate("ProjectWindow", "(none yet)")).setEnabled(False)

"""The project window: the project panel (maps and personas) beside the map canvas.

Menus and the toolbar come from the action table (``actions.py``); the
handlers below either act on the canvas or hand over to the file and map
commands. Closing asks about unsaved changes.
"""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..app.dispatch import Stage, views_of
from ..app.files import FileProblem, ProjectFileError
from ..app.session import ProjectSession
from ..collector import collector_paused
from ..domain.structure import Header, outline_changed
from ..layout import LayoutCache
from ..messages import error_message
from ..print_labels import map_labels
from . import file_commands, map_commands, structure_commands, window_layout
from .actions import build_actions
from .canvas.controller import CanvasController
from .canvas.scene import MapScene
from .canvas.view import MapView
from .inspector import PART_ACTIONS, Inspected, Inspector
from .project_panel import MAP_ID, PERSONA_ID, ProjectPanel
from .structure_panel import StructurePanel
from .undo import Editor
from .window_menus import WindowMenus


class ProjectWindow(QMainWindow):
    @collector_paused()  # thousands of records laid out and made items (see collector.py)
    def __init__(self, project: ProjectSession, layout_cache: LayoutCache | None = None) -> None:
        """``project``: opened, saved and closed through it; ``layout_cache``: the first map
        laid out already (``app.opening`` does it on a worker thread)."""
        super().__init__()
        self.project_session = project
        self.session = session = project.editing
        # What opening set aside from the collector goes back when the project closes,
        # and also when the window is deleted without closing it.
        self.destroyed.connect(lambda *_: project.release_collector_share())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scene: MapScene | None = None
        self._splitter_restored = False
        self._retranslate_due = False
        self.editor = Editor(session, self)
        self.editor.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Edit"), message))
        self.editor.notice.connect(lambda message: QMessageBox.warning(self, self.tr("Edit"), message))
        self.editor.stack.cleanChanged.connect(lambda _clean: self._refresh())
        self.splitter = QSplitter(self)
        self.panel = QWidget(self.splitter)
        layout = QVBoxLayout(self.panel)
        self.heading = QLabel(self.panel)
        self.heading.setObjectName("projectName")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.maps = ProjectPanel(self._project_rows, self.panel)
        self.maps.setAccessibleName(self.tr("Maps and personas"))
        self.maps.currentItemChanged.connect(self._map_chosen)
        self.structure_heading = QLabel(self.panel)
        self.structure = StructurePanel(self.panel)
        self.structure_heading.setBuddy(self.structure)
        self.structure.chosen.connect(self.editor.guard(self._part_chosen))
        layout.addWidget(self.heading)
        layout.addWidget(self.maps, 1)
        layout.addWidget(self.structure_heading)
        layout.addWidget(self.structure, 2)
        self.view = MapView(self.splitter)
        self.canvas = CanvasController(self.view, self.editor)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 990])
        self.setCentralWidget(self.splitter)
        self.inspector = Inspector(self, self.editor)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.resizeDocks([self.inspector], [300], Qt.Orientation.Horizontal)
        self.view.headerClicked.connect(self.inspector.show_for)
        self.view.cellValuesRequested.connect(self.editor.guard(self._show_cell_values))
        self.view.deleteRequested.connect(self.editor.guard(self.delete))  # never an EditError into Qt
        self.inspector.targetChanged.connect(self._target_changed)
        self.maps.itemClicked.connect(self._panel_clicked)
        self.actions = build_actions(self)
        self.chrome = WindowMenus(self, self.actions, self.editor.stack)
        self.menus, self.lane_menu, self.recent_menu = self.chrome.menus, self.chrome.lane_menu, self.chrome.recent_menu
        self.toolbar = self.chrome.toolbar
        self.inspector.mirror_part_actions({name: self.actions[name] for name in PART_ACTIONS})
        # Every view follows the document through the session's dispatcher, in its
        # order (app/dispatch.py): the scene, the panels, the inspector, this window.
        self.maps.attach(session)
        self.structure.attach(session)
        views_of(session).attach(Stage.WINDOW, self._on_changes)
        self.actions["save"].setEnabled(not session.read_only)
        self._refresh()
        self._show_map_state()
        self.resize(1280, 800)
        window_layout.restore_window(self)
        maps = session.document.maps()
        if maps:
            self.show_map(maps[0].id, layout_cache)

    # -- building ---------------------------------------------------------------
    @property
    def undo_action(self):
        return self.actions["undo"]

    @property
    def redo_action(self):
        return self.actions["redo"]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.scene is None:  # nothing to paint first: write the working copy (if any) now
            QTimer.singleShot(0, self, self._write_working_copy)
        if not self._splitter_restored:
            # Only once the window has its size: before that the splitter shares
            # out a width that is not yet the real one.
            self._splitter_restored = True
            window_layout.restore_splitter(self.splitter)

    # -- language -----------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not getattr(self, "_retranslate_due", True):
            # Switching installs and removes several translators, each announced
            # on its own: retranslate once, after the last.
            self._retranslate_due = True
            QTimer.singleShot(0, self.retranslate)

    def retranslate(self) -> None:
        """Every word of the window in the language installed now; the work stays as it is.

        Undo steps made earlier keep the names they were given then."""
        self._retranslate_due = False
        if not shiboken6.isValid(self):
            return
        self.chrome.retranslate()
        self.maps.setAccessibleName(self.tr("Maps and personas"))
        self.structure.retranslate()
        self.inspector.retranslate()
        if self.scene is not None:
            self.scene.rebuild()  # the printed words of the map (persona, trigger, ...)
        self.maps.retranslate()
        self._refresh()
        self._show_map_state()  # the structure list's heading, the Map menu's words for the part inspected

    # -- state ------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The project's file (None until it is first saved)."""
        return self.project_session.path

    @property
    def project_name(self) -> str:
        return self.path.stem if self.path else self.tr("Untitled")

    @property
    def map_id(self) -> str | None:
        return self.scene.map_id if self.scene else None

    def _on_changes(self, changes) -> None:
        """The window's turn after every edit, last of the views (``app.dispatch``):
        another map if the shown one went, the unsaved mark, and the Map menu's
        move and delete commands if the map's phases, steps or lanes changed."""
        maps = self.session.document.maps()
        if self.scene is not None and self.scene.map_id not in {m.id for m in maps}:
            self.show_map(maps[0].id if maps else None)
        self._refresh()
        if outline_changed(changes, self.map_id):
            self._update_structure_actions(self.inspected_part())

    def _refresh(self) -> None:
        """The project's name (title and heading) and whether it has unsaved changes."""
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{self.project_name}[*]{suffix} — JourneyMapper")
        self.setWindowModified(self.project_session.modified)
        self.heading.setText(self.project_name)

    def _project_rows(self, document) -> list:
        """The project panel's rows: (text, MAP_ID or PERSONA_ID, id)."""
        rows = [
            (
                self.tr("Map: %1 (%n card(s))", "", document.card_count(journey.id)).replace("%1", journey.title),
                MAP_ID,
                journey.id,
            )
            for journey in document.maps()
        ]
        rows += [
            (self.tr("Persona: %1").replace("%1", persona.name), PERSONA_ID, persona.id)
            for persona in document.personas()
        ]
        return rows

    def _show_map_state(self) -> None:
        """What depends on the map shown: the panels, the inspector's map page, the menus."""
        shown = self.map_id
        for name in (
            "duplicate_map",
            "rename_map",
            "delete_map",
            "map_properties",
            "add_card",
            "add_phase",
            "add_step",
            "export_pdf",
            "export_png",
            "print",
            "find",
        ):
            self.actions[name].setEnabled(shown is not None)
        self.structure_heading.setText(self.tr("Map &structure:"))
        self.structure.show_map(shown)
        self.inspector.show_map(shown)
        self._target_changed()

    def _mark_panel(self) -> None:
        """The project panel's current row: the persona inspected, else the map shown."""
        role, key = self.inspector.target
        self.maps.mark(*((PERSONA_ID, key) if role is Inspected.PERSONA else (MAP_ID, self.map_id)))

    def _panel_clicked(self, item) -> None:
        persona_id = item.data(PERSONA_ID)
        if persona_id:
            self.show_persona(persona_id)
        elif item.data(MAP_ID):
            self.inspector.show_for(Inspected.MAP, None)

    def show_persona(self, persona_id: str) -> None:
        """Inspect a persona (its row current in the panel); cards on the canvas let go,
        so that Edit > Delete means the persona."""
        if self.scene is not None:
            self.scene.clearSelection()
        self.inspector.show_for(Inspected.PERSONA, persona_id)

    # -- the phase, step or lane being worked on ------------------------------------------
    def inspected_part(self) -> tuple[Header, str] | None:
        role, key = self.inspector.target
        return (role, key) if isinstance(role, Header) else None

    def _part_chosen(self, role: Header | None, key: str) -> None:
        """A row of the structure list was chosen: inspect that part and show its header."""
        if role is None:
            if self.inspected_part() is not None:
                self.inspector.show_for(Inspected.MAP, None)
            return
        if self.scene is not None:
            self.scene.clearSelection()
        self.inspector.show_for(role, key)
        rect = self.scene.part_rect() if self.scene is not None else None
        if rect is not None:
            self.view.ensureVisible(rect, 40, 40)

    def _show_cell_values(self, lane_id: str, step_id: str) -> None:
        """A double-click on an emotion, figure or picture cell: its step's values, ready to type."""
        self.inspector.show_for(Header.STEP, step_id)
        self.inspector.step_cells.focus_lane(lane_id)

    def _target_changed(self) -> None:
        part = self.inspected_part()
        self.structure.mark(*part) if part else self.structure.mark(None, "")
        if self.scene is not None and shiboken6.isValid(self.scene):
            self.scene.show_part(*part) if part else self.scene.show_part(None)
        self._update_structure_actions(part)
        self._mark_panel()

    def _update_structure_actions(self, part) -> None:
        structure_commands.update_actions(self.actions, self.session.document, part, not self.session.read_only)

    def move_earlier(self) -> None:
        part = self.inspected_part()
        if part is not None:
            structure_commands.move(self.editor, *part, later=False)

    def move_later(self) -> None:
        part = self.inspected_part()
        if part is not None:
            structure_commands.move(self.editor, *part, later=True)

    def delete_part(self) -> None:
        part = self.inspected_part()
        if part is not None:
            structure_commands.delete(self.editor, *part)

    def _selection_changed(self) -> None:
        # A scene being destroyed (with its window) still reports its selection emptying.
        if self.scene is None or not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.inspector):
            return
        ids = self.scene.selected_card_ids()
        self.inspector.show_for(Inspected.CARDS, ids) if ids else self.inspector.show_for(Inspected.MAP, None)

    def _map_chosen(self, item, _previous=None) -> None:
        """The panel's current row changed (mouse or arrow keys): show that map or persona."""
        map_id = item.data(MAP_ID) if item is not None else None
        persona_id = item.data(PERSONA_ID) if item is not None else None
        if map_id and map_id != self.map_id:
            self.show_map(map_id)
        elif persona_id and self.inspector.target != (Inspected.PERSONA, persona_id):
            self.show_persona(persona_id)

    def show_map(self, map_id: str | None, layout_cache: LayoutCache | None = None) -> None:
        """Show one map on the canvas, fitted to the window (None: no map)."""
        old = self.scene
        self.scene = MapScene(self.session, map_id, map_labels, layout_cache=layout_cache) if map_id else None
        self.view.show_fitted(self.scene)
        if old is not None:
            old.detach()
            old.deleteLater()
        if self.scene is not None:
            self.scene.selectionChanged.connect(self._selection_changed)
            self.scene.staged.firstPainted.connect(self._write_working_copy)
        self._show_map_state()
        self.inspector.show_for(Inspected.MAP, None)

    def _write_working_copy(self) -> None:
        """Opening leaves the working copy to be written once the map is on screen
        (``app.opening``); an edit or save before this writes it first."""
        try:
            self.project_session.write_working_copy()
        except ProjectFileError as error:
            # The project is open and shown; edits are refused (with this same
            # reason) until the working copy can be written.
            QMessageBox.warning(self, self.tr("Open project"), error_message(error))

    # -- file ---------------------------------------------------------------------
    def new_project(self) -> None:
        file_commands.new_project(self)

    def open_project(self) -> None:
        file_commands.open_project(self)

    def save(self) -> bool:
        project = self.project_session
        if project.read_only:
            return False
        if project.path is None:
            return self.save_as()
        try:
            project.save()
        except ProjectFileError as error:
            if error.problem is FileProblem.CHANGED_ON_DISK:
                from .conflict_dialogs import save_changed_on_disk

                return save_changed_on_disk(self, error)
            QMessageBox.warning(self, self.tr("Save"), error_message(error))
            return False
        self.refresh_after_save()
        return True

    def refresh_after_save(self) -> None:
        self._refresh()

    def save_as(self) -> bool:
        return file_commands.save_as(self)

    def export_pdf(self) -> None:
        file_commands.export(self, "pdf")

    def export_png(self) -> None:
        file_commands.export(self, "png")

    def print_map(self) -> None:
        file_commands.print_map(self)

    def quit(self) -> None:
        QApplication.closeAllWindows()

    # -- edit ---------------------------------------------------------------------
    def undo(self) -> None:
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    def cut(self) -> None:
        self.canvas.cut_selected()

    def copy(self) -> None:
        self.canvas.copy_selected()

    def paste(self) -> None:
        self.canvas.paste()

    def duplicate(self) -> None:
        self.canvas.duplicate_selected()

    def delete(self) -> None:
        """Edit > Delete: the selected cards, or else the phase, step, lane or persona being inspected."""
        if self.scene is not None and self.scene.selected_card_ids():
            self.canvas.delete_selected()
        elif self.inspected_part() is not None:
            self.delete_part()
        elif self.inspector.target[0] is Inspected.PERSONA:
            map_commands.delete_persona(self.editor, self.inspector.target[1])

    def select_all(self) -> None:
        if self.scene is not None:
            self.canvas.select(list(self.scene.cards))  # one selection change for all of them

    def find(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Find"), self.tr("Find cards containing:"))
        if ok and text.strip():
            found = self.canvas.find(text.strip())
            self.statusBar().showMessage(self.tr("%n card(s) found", "", found), 5000)

    def preferences(self) -> None:
        from .preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    # -- view -----------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def zoom_actual(self) -> None:
        self.view.zoom_actual()

    def zoom_fit(self) -> None:
        self.view.zoom_to_fit()

    def present(self) -> None:
        """Full screen with only the map: for a projector in a workshop."""
        presenting = self.actions["present"].isChecked()
        self.panel.setVisible(not presenting)
        self.menuBar().setVisible(not presenting)
        for child in self.findChildren(QWidget, "mainToolbar"):
            child.setVisible(not presenting)
        if presenting:
            self.addAction(self.actions["present"])  # F11 still works with the menu hidden
            self.showFullScreen()
        else:
            self.showNormal()
        self.view.zoom_to_fit()

    # -- map and insert ---------------------------------------------------------------
    def new_map(self) -> None:
        map_commands.new_map(self)

    def duplicate_map(self) -> None:
        map_commands.duplicate_map(self)

    def rename_map(self) -> None:
        map_commands.rename_map(self)

    def delete_map(self) -> None:
        map_commands.delete_map(self)

    def map_properties(self) -> None:
        map_commands.map_properties(self)

    def add_card(self) -> None:
        self.canvas.add_card()

    def add_phase(self) -> None:
        map_commands.add_phase(self)

    def add_step(self) -> None:
        map_commands.add_step(self)

    def add_persona(self) -> None:
        map_commands.add_persona(self)

    # -- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from .help import ShortcutsDialog

        ShortcutsDialog(self, self.actions).exec()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About JourneyMapper"),
            self.tr(
                "<h3>JourneyMapper %1</h3><p>Customer journey maps, offline: for workshops, "
                "consultants and posters on the wall.</p><p>Licensed under the GPL, version 3 or later. "
                "Font: Noto Sans (SIL Open Font License).</p>"
            ).replace("%1", __version__),
        )

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        project = self.project_session
        if project.modified and not project.closed:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to “%1” before closing?").replace("%1", self.project_name),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        window_layout.save(self, self.splitter)
        self.editor.clear()
        self._detach_views()
        project.close()  # (closed already when the user reloaded the file: nothing more)
        event.accept()

    def _detach_views(self) -> None:
        """Every view stops following the session: no listener is left on it."""
        if self.scene is not None:
            self.scene.detach()
        self.maps.detach()
        self.structure.detach()
        self.inspector.detach()
        views_of(self.session).detach(self._on_changes)

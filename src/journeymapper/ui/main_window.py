"""The project window: the project panel (maps and personas) beside the map canvas.

It saves and closes safely; editing on the canvas grows on top of this.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter,
                               QVBoxLayout, QWidget)

from ..app.editing import EditingSession
from ..messages import error_message
from ..persistence import ProjectFileError
from ..print_labels import map_labels
from .canvas.controller import CanvasController
from .canvas.scene import MapScene
from .canvas.view import MapView
from .undo import Editor

MAP_ID = Qt.ItemDataRole.UserRole


class ProjectWindow(QMainWindow):
    def __init__(self, session: EditingSession, path: Path | None) -> None:
        super().__init__()
        self.session = session
        self._path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scene: MapScene | None = None
        self.editor = Editor(session, self)
        self.editor.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Edit"), message))
        self.editor.stack.cleanChanged.connect(lambda _clean: self._refresh())
        splitter = QSplitter(self)
        panel = QWidget(splitter)
        layout = QVBoxLayout(panel)
        self.heading = QLabel(panel)
        self.heading.setObjectName("projectName")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.maps = QListWidget(panel)
        self.maps.setAccessibleName(self.tr("Maps and personas"))
        self.maps.currentItemChanged.connect(self._map_chosen)
        layout.addWidget(self.heading)
        layout.addWidget(self.maps)
        self.view = MapView(splitter)
        self.canvas = CanvasController(self.view, self.editor)
        splitter.addWidget(panel)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 960])
        self.setCentralWidget(splitter)
        self._build_menu()
        session.subscribe(lambda _changes: self._refresh())
        self._refresh()
        self.resize(1280, 800)
        maps = session.document.maps()
        if maps:
            self.show_map(maps[0].id)

    @property
    def project_name(self) -> str:
        return self._path.stem if self._path else self.tr("Untitled")

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        save = QAction(self.tr("&Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        save.setEnabled(not self.session.read_only and self._path is not None)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu.addAction(save)
        menu.addAction(close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.editor.stack.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.editor.stack.redo)
        stack = self.editor.stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")))
        stack.redoTextChanged.connect(lambda text: self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        delete = QAction(self.tr("&Delete"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self.canvas.delete_selected)
        select_all = QAction(self.tr("Select &all"), self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self._select_all)
        clip = []
        for text, shortcut, slot in ((self.tr("Cu&t"), QKeySequence.StandardKey.Cut, self.canvas.cut_selected),
                                     (self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.canvas.copy_selected),
                                     (self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.canvas.paste),
                                     (self.tr("D&uplicate"), QKeySequence("Ctrl+D"), self.canvas.duplicate_selected)):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            clip.append(action)
        for action in (self.undo_action, self.redo_action, None, *clip, delete, None, select_all):
            if action is None:
                edit.addSeparator()
            else:
                edit.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for text, shortcut, slot in (
                (self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
                (self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
                (self.tr("&Actual size (100 %)"), QKeySequence("Ctrl+1"), self.view.zoom_actual),
                (self.tr("Zoom to &fit"), QKeySequence("Ctrl+0"), self.view.zoom_to_fit)):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            view.addAction(action)

    def _refresh(self) -> None:
        document = self.session.document
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{self.project_name}[*]{suffix} — JourneyMapper")
        self.setWindowModified(bool(self.session.project and self.session.project.modified))
        self.heading.setText(self.project_name)
        shown = self.scene.map_id if self.scene else None
        self.maps.blockSignals(True)
        self.maps.clear()
        for journey in document.maps():
            count = document.card_count(journey.id)
            item = QListWidgetItem(self.tr("Map: %1 (%n card(s))", "", count).replace("%1", journey.title))
            item.setData(MAP_ID, journey.id)
            self.maps.addItem(item)
            if journey.id == shown:
                self.maps.setCurrentItem(item)
        for persona in document.personas():
            self.maps.addItem(self.tr("Persona: %1").replace("%1", persona.name))
        self.maps.blockSignals(False)

    def _select_all(self) -> None:
        if self.scene is not None:
            for item in self.scene.cards.values():
                item.setSelected(True)

    def _map_chosen(self, item, _previous=None) -> None:
        map_id = item.data(MAP_ID) if item is not None else None
        if map_id and (self.scene is None or self.scene.map_id != map_id):
            self.show_map(map_id)

    def show_map(self, map_id: str) -> None:
        """Show one map on the canvas, fitted to the window."""
        old = self.scene
        self.scene = MapScene(self.session, map_id, map_labels)
        self.view.setScene(self.scene)
        if old is not None:
            self.session.unsubscribe(old._changed)
            old.deleteLater()
        self.view.zoom_to_fit()
        self._refresh()

    def save(self) -> bool:
        project = self.session.project
        if project is None or project.path is None:
            return False
        try:
            project.save()
        except ProjectFileError as error:
            QMessageBox.warning(self, self.tr("Save"), error_message(error))
            return False
        self._refresh()
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        project = self.session.project
        if project is not None and project.modified:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to “%1” before closing?").replace("%1", self.project_name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self.editor.clear()
        if project is not None:
            project.close()
        event.accept()

"""The project window.

For now it shows the project's name, its maps and personas, and saves and
closes safely; the canvas editor comes in a later step.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from ..app.editing import EditingSession
from ..messages import error_message
from ..persistence import ProjectFileError


class ProjectWindow(QMainWindow):
    def __init__(self, session: EditingSession, path: Path | None) -> None:
        super().__init__()
        self.session = session
        self._path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        self.heading.setObjectName("projectName")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.maps = QListWidget(central)
        self.maps.setAccessibleName(self.tr("Maps and personas"))
        layout.addWidget(self.heading)
        layout.addWidget(self.maps)
        self.setCentralWidget(central)
        self._build_menu()
        session.subscribe(lambda _changes: self._refresh())
        self._refresh()
        self.resize(900, 600)

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

    def _refresh(self) -> None:
        document = self.session.document
        suffix = self.tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(f"{self.project_name}[*]{suffix} — JourneyMapper")
        self.setWindowModified(bool(self.session.project and self.session.project.modified))
        self.heading.setText(self.project_name)
        self.maps.clear()
        for journey in document.maps():
            count = document.card_count(journey.id)
            self.maps.addItem(self.tr("Map: %1 (%n card(s))", "", count).replace("%1", journey.title))
        for persona in document.personas():
            self.maps.addItem(self.tr("Persona: %1").replace("%1", persona.name))

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
        if project is not None:
            project.close()
        event.accept()

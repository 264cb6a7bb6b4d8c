"""File menu flows: new from a template, open, save as, export and print.

Each shows the standard dialogs, does the work through the app layer and
reports problems in the user's language; nothing here writes files itself.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..app.files import PROJECT_SUFFIX, ProjectFileError
from ..messages import error_message

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _project_filter() -> str:
    return translate("Files", "JourneyMapper projects (*.jmap)")


def new_project(window) -> None:
    from ..app.new_project import project_from_template
    from ..app.session import ProjectSession
    from ..content.templates import CONTEXT, TEMPLATES
    from ..i18n import content_translator, current_language
    from .application import show

    content = content_translator(current_language())
    names = [content(CONTEXT, t.name) for t in TEMPLATES]
    choice, ok = QInputDialog.getItem(
        window, translate("Files", "New project"), translate("Files", "Start from the template:"), names, 0, False
    )
    if not ok:
        return
    template = TEMPLATES[names.index(choice)]
    document = project_from_template(template.id, content)
    try:
        project = ProjectSession.create(document)
    except ProjectFileError as error:
        QMessageBox.warning(window, translate("Files", "New project"), error_message(error))
        return
    show(project)


def open_project(window) -> None:
    from .application import open_path

    name, _ = QFileDialog.getOpenFileName(window, translate("Files", "Open project"), "", _project_filter())
    if name:
        open_path(Path(name))


def save_as(window) -> bool:
    project = window.project_session
    if project.read_only:
        return False
    start = str(project.path or Path.home() / (window.project_name + PROJECT_SUFFIX))
    name, _ = QFileDialog.getSaveFileName(window, translate("Files", "Save project as"), start, _project_filter())
    if not name:
        return False
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(PROJECT_SUFFIX)
    try:
        project.save_as(path)
    except ProjectFileError as error:
        QMessageBox.warning(window, translate("Files", "Save project as"), error_message(error))
        return False
    from ..settings import Settings

    Settings().add_recent(path)
    window.refresh_after_save()  # its name is the new file's now
    return True


def export(window, fmt: str) -> None:
    from .export_dialog import ExportDialog

    if window.map_id is None:
        return
    dialog = ExportDialog(window, window.session.document, window.map_id, fmt)
    if dialog.exec():
        run_export_with_progress(window, dialog.planned(), dialog.target())


def run_export_with_progress(window, planned, target: Path) -> bool:
    """Export with a progress dialog whose Cancel stops it (no file is left behind)."""
    from ..app.exporting import ExportCancelled, ExportError, run_export
    from .background import Progress, run_in_background

    document, subject = window.session.document, translate("Files", "Customer journey map")
    try:
        # On a worker thread, so a poster of thousands of cards does not freeze the
        # window; the dialog is modal at once, as the worker reads the document.
        result = run_in_background(
            window,
            translate("Files", "Exporting…"),
            lambda progress: run_export(
                document, planned, target, subject=subject, progress=progress.report, source=window.path
            ),  # never over the project itself
            progress=Progress(ExportCancelled),
            cancellable=True,
            show_after_ms=0,
        )
    except ExportCancelled:
        window.statusBar().showMessage(translate("Files", "Export cancelled; no file was written."), 5000)
        return False
    except (ExportError, ProjectFileError) as error:
        QMessageBox.warning(window, translate("Files", "Export"), error_message(error))
        return False
    if result.missing_characters:
        QMessageBox.warning(
            window,
            translate("Files", "Export"),
            translate("Files", "The font has no letters for these characters; they print as empty boxes: %1").replace(
                "%1", " ".join(sorted(result.missing_characters))
            ),
        )
    if result.skipped_pictures:
        from ..messages import picture_problem

        QMessageBox.warning(
            window,
            translate("Files", "Export"),
            "\n".join(line for problem in result.skipped_pictures for line in picture_problem(problem, skipped=True)),
        )
    window.statusBar().showMessage(
        translate("Files", "Exported %1.").replace("%1", ", ".join(str(p) for p in result.files)), 8000
    )
    return True


def print_map(window) -> None:
    from .printing import print_map as run

    if window.map_id is not None:
        run(window, window.session.document, window.map_id)

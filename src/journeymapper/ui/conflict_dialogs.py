"""What the user is offered when someone else has the project, or changed it.

Opening a project another user or machine has open (the lock file beside
it says so) offers a read-only view or a copy to edit; a lock
left by a JourneyMapper that is gone may be broken, with consent. Saving over
a file someone changed since it was opened offers Save As, reloading theirs,
or keeping mine; it never overwrites silently.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..app.files import FileProblem, ProjectFileError
from ..messages import error_message

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

READ_ONLY, COPY, BREAK = "read_only", "copy", "break"


def is_taken(error: ProjectFileError) -> bool:
    """An open refused for want of the locks, not for the file: it can still be viewed."""
    return (
        error.problem in (FileProblem.ALREADY_OPEN, FileProblem.LOCKED, FileProblem.STALE_LOCK)
        or "lock_file" in error.info
    )


def offer_instead(error: ProjectFileError) -> str | None:
    """Ask what to do with a project that cannot be opened for editing now:
    ``READ_ONLY``, ``COPY`` (edit an unsaved copy), ``BREAK`` (a stale lock), or None."""
    title = translate("Startup", "Open project")
    if error.problem is FileProblem.ALREADY_OPEN or error.problem not in (FileProblem.LOCKED, FileProblem.STALE_LOCK):
        answer = QMessageBox.question(
            None, title, error_message(error) + "\n\n" + translate("Startup", "Open a read-only view instead?")
        )
        return READ_ONLY if answer == QMessageBox.StandardButton.Yes else None
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_message(error))
    buttons = {}
    if error.problem is FileProblem.STALE_LOCK:
        box.setInformativeText(
            translate("Startup", "If nobody else is editing it, you can remove the lock and open it for editing.")
        )
        buttons[
            box.addButton(translate("Startup", "Remove the lock and open"), QMessageBox.ButtonRole.DestructiveRole)
        ] = BREAK
    else:
        box.setInformativeText(
            translate("Startup", "You can view it, or edit a copy and save that under another name.")
        )
    buttons[box.addButton(translate("Startup", "View read-only"), QMessageBox.ButtonRole.AcceptRole)] = READ_ONLY
    buttons[box.addButton(translate("Startup", "Edit a copy"), QMessageBox.ButtonRole.ActionRole)] = COPY
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return buttons.get(box.clickedButton())


def save_changed_on_disk(window, error: ProjectFileError) -> bool:
    """Saving found the file changed by someone else: Save As, reload theirs, or keep mine.
    True when the work was saved."""
    project, path = window.project_session, Path(error.path)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ProjectWindow", "Save"), error_message(error), parent=window)
    box.setInformativeText(
        translate(
            "Files",
            "Save your version under another name, reload theirs (your unsaved changes are lost), "
            "or replace theirs with yours (their changes are lost).",
        )
    )
    save_as = box.addButton(translate("Files", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(translate("Files", "Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Files", "Keep mine"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(save_as)
    box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_as:
        return window.save_as()
    if clicked is keep:
        try:
            project.save(overwrite_changes=True)
        except ProjectFileError as again:
            QMessageBox.warning(window, translate("ProjectWindow", "Save"), error_message(again))
            return False
        window.refresh_after_save()
        return True
    if clicked is reload:
        reload_from_disk(window, path)
    return False


def reload_from_disk(window, path: Path) -> None:
    """Close ``window`` without saving (the user chose their version) and open the file again."""
    from . import application

    window.project_session.close()  # its working copy goes: no question, no recovery offer
    window.close()
    application.forget(window)  # (it is deleted later; the new window must not find it)
    application.open_path(path)

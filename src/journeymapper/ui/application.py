"""Starting the editor: language, crash recovery, and opening the projects asked for."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_ID
from ..i18n import current_language, install, quiet_locale_warning
from ..settings import Settings
from .single_instance import EditorElection, InstanceServer

# The project session (and with it the project file's code) and the error
# messages load when a project is opened or made, not before the start screen:
# importing them first held it back by a tenth of a second (issue 7's budget
# for start-up).

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

_windows: list = []  # keeps top-level windows alive while they are open
# The editor window (canvas, inspector, export) is loaded once the start screen
# is up, not before it: loading it first held the first window back by a fifth
# of a second.
PRELOAD_EDITOR_MS = 300
BUSY_RETRY_MS = 100


def editor_window_class():
    from .main_window import ProjectWindow

    return ProjectWindow


def is_project_window(window) -> bool:
    return isinstance(window, editor_window_class())


def local_time(iso: str) -> str:
    """An ISO time stamp as the user's locale writes a date and time, in local time."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def offer_recovery() -> None:
    """Ask about each working copy a crash left behind: recover, discard or later."""
    from ..app.files import has_sessions

    if not has_sessions():
        return  # the usual start: nothing to look at, so the project file's code is not loaded
    from ..app.files import ProjectFileError
    from ..app.recovery import discard, find_recoverable
    from ..app.session import ProjectSession
    from ..messages import error_message

    try:
        items = find_recoverable()
    except ProjectFileError as error:  # the state folder read-only or full: say so, and start
        QMessageBox.warning(None, translate("Startup", "Recover unsaved work"), error_message(error))
        return
    for item in items:
        source = item.info.source or translate("Startup", "a project that was never saved")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Startup", "Recover unsaved work"),
            translate(
                "Startup", "JourneyMapper was closed unexpectedly while editing %1.\nRecover the unsaved work from %2?"
            )
            .replace("%1", source)
            .replace("%2", local_time(item.modified)),
        )
        recover = box.addButton(translate("Startup", "Recover"), QMessageBox.ButtonRole.AcceptRole)
        throw_away = box.addButton(translate("Startup", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("Startup", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is recover:
            try:
                project = ProjectSession.recover(item)
            except ProjectFileError as error:
                item.release()
                QMessageBox.warning(None, translate("Startup", "Recover unsaved work"), error_message(error))
                continue
            show(project)
        elif box.clickedButton() is throw_away:
            discard(item)
        else:
            item.release()


def open_path(path: Path):
    """A window on the project at ``path``, or None when it could not be opened (the user was told)."""
    for window in _windows:
        if (
            is_project_window(window)
            and window.path is not None
            and Path(window.path).resolve() == Path(path).resolve()
        ):
            window.raise_()  # open already, here: show it rather than offer a read-only copy
            window.activateWindow()
            return window
    from ..app.files import ProjectFileError
    from ..app.opening import open_for_editing
    from ..messages import recovery_names
    from ..print_labels import map_labels
    from .background import busy, run_in_background

    if busy():
        # Another project is still opening (its local event loop brought this
        # request: a file handed over by a later start, a second click): this one
        # opens right after it.
        QTimer.singleShot(BUSY_RETRY_MS, lambda: open_path(path))
        return None
    labels = map_labels()  # (Qt's translations are read here, on the GUI thread)
    names = recovery_names()
    try:
        # On a worker thread: a large project takes seconds to read and lay out,
        # and the windows keep painting and answering meanwhile.
        project, layout_cache = run_in_background(
            None,
            translate("Startup", "Opening %1…").replace("%1", Path(path).name),
            lambda _progress: open_for_editing(Path(path), labels, names=names),
        )
    except ProjectFileError as error:
        return _open_instead(path, error)
    return show(project, layout_cache)


def _open_instead(path: Path, error):
    """Opening for editing was refused: another editor (here or elsewhere) has the project,
    or no lock can be written beside it. Offer a read-only view, a copy, or breaking a stale lock."""
    from ..app.files import ProjectFileError
    from ..app.session import ProjectSession, break_stale_lock
    from ..messages import error_message, recovery_names
    from .conflict_dialogs import BREAK, COPY, is_taken, offer_instead

    if not is_taken(error):
        QMessageBox.warning(None, translate("Startup", "Open project"), error_message(error))
        return None
    choice = offer_instead(error)
    if choice is None:
        return None
    try:
        if choice == BREAK:
            # Only the lock the user saw goes; if another took its place meanwhile,
            # opening again says whose it is.
            break_stale_lock(path, str(error.info.get("token", "")))
            return open_path(path)
        # Read as opening for editing reads it: a place made for cards whose cell was
        # lost is named in the interface language, not in English.
        how = ProjectSession.copy_of if choice == COPY else ProjectSession.view
        project = how(path, names=recovery_names())
    except ProjectFileError as again:
        QMessageBox.warning(None, translate("Startup", "Open project"), error_message(again))
        return None
    return show(project)


def forget(window) -> None:
    """A closed window that is still to be deleted is no longer one of ours."""
    if window in _windows:
        _windows.remove(window)


def show(project, layout_cache=None):
    """A project window on ``project`` (an ``app.session.ProjectSession``); ``layout_cache``:
    its first map laid out already (``app.opening``)."""
    if project.path is not None:
        Settings().add_recent(project.path)
    window = editor_window_class()(project, layout_cache)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.show()
    return window


def run_editor(argv: list[str], language: str) -> int:
    with quiet_locale_warning():
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "journeymapper"])
    app.setApplicationName("JourneyMapper")
    app.setDesktopFileName(APP_ID)  # window managers match windows to the launcher and its icon
    from .canvas.clipboard import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    if sys.platform == "darwin":
        # Only macOS sends files as events. A filter on the application sees every
        # event of every object, and on the way to Python each made PySide load all
        # its classes and enums: elsewhere that cost the first window 0.1 s for nothing.
        app.installEventFilter(FileOpenFilter(app))
    install(language)
    paths = [Path(a) for a in argv if not a.startswith("-")]
    election = EditorElection()
    if election.hand_over(paths):
        return 0  # the editor already running opens them, in windows of its own
    server = InstanceServer(open_from_elsewhere, app)
    listens = election.is_editor or election.lock_unusable
    from ..app.files import has_sessions

    at_once = bool(paths) or has_sessions()  # files to open or a recovery to offer: the screen comes later
    if listens and at_once:
        server.listen()  # opening files or asking about recovery takes a while: take later starts' files meanwhile
    if at_once:
        app.setWindowIcon(application_icon())
    offer_recovery()
    for path in paths:
        open_path(path)
    if not _windows:
        # What can wait for the start screen's first paint does (a timer set now would
        # fire before it: the window system has yet to show the window): the icon
        # (drawn from SVG, 5-7 ms) and listening for later starts (a start meanwhile
        # waits for us, ``EditorElection``).
        screen = show_start_screen()
        screen.firstPainted.connect(lambda: app.setWindowIcon(application_icon()))
        if listens:
            screen.firstPainted.connect(server.listen)
        QTimer.singleShot(PRELOAD_EDITOR_MS, editor_window_class)
    elif listens:
        QTimer.singleShot(0, server.listen)
    server.ready()
    try:
        return app.exec()
    finally:
        election.release()


def application_icon() -> QIcon:
    from importlib import resources

    return QIcon(str(resources.files("journeymapper.resources").joinpath("icons", "journeymapper.svg")))


def open_from_elsewhere(paths: list[Path]) -> None:
    """Files sent by a later start (a double-click in the file manager): a window each."""
    for path in paths:
        open_path(path)
    if not paths:
        if not _windows:
            show_start_screen()
        else:
            _windows[-1].raise_()
            _windows[-1].activateWindow()


class FileOpenFilter(QObject):
    """macOS hands a double-clicked or dropped-on-the-Dock file to the running
    program as a QFileOpenEvent, not as an argument: open it like one."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and watched is QCoreApplication.instance():
            path = event.file()
            if path and open_path(Path(path)) is not None:
                for window in _windows:  # the start screen, shown before the event came
                    if not is_project_window(window):
                        window.close()
            return True
        return False


def show_start_screen():
    """The start screen; it closes as soon as it opened a project."""
    from ..i18n import content_translator
    from .start_screen import StartScreen

    content = content_translator(current_language())
    screen = StartScreen(content)

    def opened(window) -> None:
        if window is not None:
            screen.close()

    def new_from(document) -> None:
        from ..app.files import ProjectFileError
        from ..app.session import ProjectSession
        from ..messages import error_message

        try:
            project = ProjectSession.create(document)
        except ProjectFileError as error:
            QMessageBox.warning(screen, translate("Startup", "New project"), error_message(error))
            return
        opened(show(project))

    def new_from_template(template_id: str) -> None:
        from ..app.new_project import project_from_template

        new_from(project_from_template(template_id, content))

    def new_sample() -> None:
        from ..app.new_project import sample_project

        new_from(sample_project(content))

    screen.templateChosen.connect(new_from_template)
    screen.sampleRequested.connect(new_sample)
    screen.recentChosen.connect(lambda path: opened(open_path(path)))

    def choose_file() -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            screen, translate("Startup", "Open project"), "", translate("Files", "JourneyMapper projects (*.jmap)")
        )
        if name:
            opened(open_path(Path(name)))

    screen.openRequested.connect(choose_file)

    def change_language(code: str) -> None:
        from ..i18n import choose_language

        Settings().set("language", code)
        install(choose_language(code))
        again = show_start_screen()  # built anew: its words and the templates' contents
        again.setGeometry(screen.geometry())
        screen.close()

    screen.languageChosen.connect(change_language)
    _windows.append(screen)
    screen.destroyed.connect(lambda *_: _windows.remove(screen) if screen in _windows else None)
    screen.show()
    return screen

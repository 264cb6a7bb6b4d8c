"""Languages: choosing one, and loading Qt's translation files for it.

User-visible strings go through ``QCoreApplication.translate``; the
``.ts`` sources are in ``translations/`` at the top of the repository and the
compiled ``.qm`` files ship in ``journeymapper/translations``. Built-in
content (templates, the sample) is translated with a ``QTranslator`` for the
language the content is made in, which may differ from the interface's.
"""

import sys
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"


# QCoreApplication's constructor warns in four lines when the locale is not UTF-8
# (LC_ALL=C in a script, a cron job, a container) and then switches to C.UTF-8 by
# itself; the warning would precede every one-line error of ours.
_LOCALE_WARNING = "Detected locale "


@contextmanager
def quiet_locale_warning():
    """Around the creation of the application: drop only Qt's non-UTF-8 locale warning."""

    def handler(_mode, _context, message: str) -> None:
        if not message.startswith(_LOCALE_WARNING):
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)  # None gives Qt's own handler back


def system_language() -> str:
    """The system locale's language if we ship it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def choose_language(requested: str | None) -> str:
    if requested:
        code = requested.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return system_language()


def qm_path(language: str) -> Path:
    return Path(str(resources.files("journeymapper.translations").joinpath(f"journeymapper_{language}.qm")))


def load_translator(language: str) -> QTranslator | None:
    """Our translator for ``language``, or None if there is none to load."""
    translator = QTranslator()
    if translator.load(str(qm_path(language))):
        return translator
    return None


_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The interface language installed last (English before any)."""
    return _current[0]


def install(language: str) -> None:
    """Make ``language`` the interface language of the running application.

    Also loads Qt's own translations (file dialogs, standard buttons).
    Needs a QCoreApplication (or QApplication) to exist.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the application before installing translators")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = load_translator(language)
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (ours, qt_own if qt_own.load(f"qtbase_{language}", qt_folder) else None):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English))
    _current[0] = language


def content_translator(language: str):
    """A ``translate(context, text)`` function for building content in ``language``."""
    translator = load_translator(language)

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate

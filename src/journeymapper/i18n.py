"""Languages: choosing one, and the translated words.

User-visible strings are marked for Qt's ``lupdate``; the ``.ts`` sources
are in ``translations/`` at the top of the repository and the compiled
``.qm`` files ship in ``journeymapper/translations``. The editor installs
them as ``QTranslator``s (with Qt's own, for its dialogs and buttons) and
translates through ``QCoreApplication.translate``. The command line reads
the same ``.qm`` files without Qt (``qm.py``), through ``translate`` here:
loading Qt's core only for its words cost every command 70-90 ms. Built-in
content (templates, the sample) is translated for the language it is made
in, which may differ from the interface's (``content_translator``).
"""

import os
import sys
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path

from .qm import Catalogue, QmError

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"
# How each language writes numbers: (decimal point, thousands separator), as QLocale does.
NUMBER_MARKS = {"en": (".", ","), "nl": (",", ".")}


# QCoreApplication's constructor warns in four lines when the locale is not UTF-8
# (LC_ALL=C in a script, a cron job, a container) and then switches to C.UTF-8 by
# itself; the warning would precede every one-line error of ours.
_LOCALE_WARNING = "Detected locale "


@contextmanager
def quiet_locale_warning():
    """Around the creation of the application: drop only Qt's non-UTF-8 locale warning."""

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if not message.startswith(_LOCALE_WARNING):
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)  # None gives Qt's own handler back


def system_language() -> str:
    """The system locale's language if we ship it, else English.

    On Linux and the BSDs read as Qt reads it, from LANGUAGE, LC_ALL,
    LC_MESSAGES and LANG, without loading Qt; elsewhere the system settings
    are Qt's to read."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
        # LANGUAGE first, also under the C locale: as Qt's QLocale.system().uiLanguages() reads them
        names = [name for name in os.environ.get("LANGUAGE", "").split(":") if name] + [locale]
    else:
        from PySide6.QtCore import QLocale

        names = list(QLocale.system().uiLanguages())
    for name in names:
        code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
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
    # Beside this module, as the package installs (and the frozen program collects) it;
    # importlib.resources would cost every command 10 ms to find the same folder.
    return Path(__file__).resolve().parent / "translations" / f"journeymapper_{language}.qm"


def load_translator(language: str):
    """Our ``QTranslator`` for ``language``, or None if there is none to load."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if translator.load(str(qm_path(language))):
        return translator
    return None


def load_catalogue(language: str) -> Catalogue | None:
    """Our translations for ``language`` read without Qt, or None if there are none."""
    try:
        return Catalogue.read(qm_path(language))
    except (OSError, QmError):
        return None


_installed: list = []  # the QTranslators the editor installed
_current = [DEFAULT_LANGUAGE]
# The command line's words (no Qt application): (its language, its catalogue or None), read when first asked for
_catalogue: list[tuple[str, Catalogue | None] | None] = [None]


def _qt_application():
    """The running Qt application, if there is one (never loads Qt to find out)."""
    core = sys.modules.get("PySide6.QtCore")
    return core.QCoreApplication.instance() if core is not None else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``%n`` replaced by ``n`` where ``n`` >= 0).

    Where Qt runs (the editor) through ``QCoreApplication.translate`` and its
    translators; else (a command) through the catalogue of ``use_language``.
    The same answer either way (tests/test_translations.py)."""
    if _qt_application() is not None:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text, disambiguation, n)
    loaded = _catalogue[0]
    if loaded is None or loaded[0] != _current[0]:
        loaded = _catalogue[0] = (_current[0], load_catalogue(_current[0]))
    catalogue = loaded[1]
    found = catalogue.translate(context, text, disambiguation, n) if catalogue is not None else None
    result = text if found is None else found
    return result.replace("%n", str(n)) if n >= 0 else result


def use_language(language: str) -> None:
    """The command line's interface language, without Qt (the editor uses ``install``)."""
    _catalogue[0] = (language, load_catalogue(language))
    _current[0] = language


def number_marks() -> tuple[str, str]:
    """(decimal point, thousands separator) of the interface language: from Qt's
    locale where Qt runs (``install`` sets it), else as that language writes them."""
    if _qt_application() is not None:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        return locale.decimalPoint(), locale.groupSeparator()
    return NUMBER_MARKS.get(_current[0], NUMBER_MARKS[DEFAULT_LANGUAGE])


def format_number(number: int) -> str:
    """A whole number as the interface language writes it (300.118 in Dutch)."""
    return f"{number:,}".replace(",", number_marks()[1])


def current_language() -> str:
    """The interface language installed last (English before any)."""
    return _current[0]


def install(language: str) -> None:
    """Make ``language`` the interface language of the running application.

    Also loads Qt's own translations (file dialogs, standard buttons).
    Needs a QCoreApplication (or QApplication) to exist.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    _catalogue[0] = None  # (read only if words are asked for with no application running)


def content_translator(language: str):
    """A ``translate(context, text)`` function for building content in ``language``."""
    if _qt_application() is not None:  # Qt's translator reads the file without parsing it all: 7 ms less
        translator = load_translator(language)
        return lambda context, text: (translator.translate(context, text) if translator else "") or text
    catalogue = load_catalogue(language)

    def translate(context: str, text: str) -> str:
        if catalogue is None:
            return text
        return catalogue.translate(context, text) or text

    return translate


# How a language writes a short local date and time when no Qt locale is there (the command line).
SHORT_DATE_TIME = {"en": "%m/%d/%y %I:%M %p", "nl": "%d-%m-%Y %H:%M"}


def local_date_time(iso: str) -> str:
    """A UTC time (ISO 8601) as the interface language writes a short local date and
    time; ``iso`` as it is when it is no time."""
    if _qt_application() is not None:
        from PySide6.QtCore import QDateTime, QLocale, Qt

        stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
        if not stamp.isValid():
            return iso
        return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)
    from datetime import datetime

    try:
        stamp = datetime.fromisoformat(iso)  # (a Z for UTC too, from Python 3.11)
    except ValueError:
        return iso
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone().strftime(SHORT_DATE_TIME.get(_current[0], SHORT_DATE_TIME[DEFAULT_LANGUAGE]))

"""argparse's own words ("usage:", "error:", "the following arguments are required")
in the chosen language.

argparse looks its messages up through ``gettext``; Python ships no Dutch
catalogue for them, so without this a Dutch user gets English errors from an
otherwise Dutch command line. The messages a user can meet are marked here for
lupdate and looked up in our translations; argparse's messages for programming
mistakes stay English.
"""

import argparse

from ..content.markers import QT_TRANSLATE_NOOP
from ..i18n import translate

CONTEXT = "Argparse"
MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
_KNOWN = frozenset(MESSAGES)


def _translated(message: str) -> str:
    if message in _KNOWN:
        return translate(CONTEXT, message)
    return message


def _translated_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def use_translations() -> None:
    """From now on argparse speaks the interface language (``i18n.use_language``)."""
    argparse._ = _translated  # argparse binds gettext's function to this module-level name
    argparse.ngettext = _translated_plural

"""The translation marker and the translate function type used by the content."""

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, English text) -> text in the chosen language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    return text

"""The channel icons as users see them: a picture and a name in their language."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from ..content.markers import QT_TRANSLATE_NOOP
from ..domain import CHANNEL_ICONS
from ..layout import DEFAULT_THEME
from .canvas.qt_painter import icon_pixmap

_NAMES = {
    "website": QT_TRANSLATE_NOOP("Icons", "Website"),
    "search": QT_TRANSLATE_NOOP("Icons", "Search engine"),
    "social": QT_TRANSLATE_NOOP("Icons", "Social media"),
    "email": QT_TRANSLATE_NOOP("Icons", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Icons", "Phone"),
    "store": QT_TRANSLATE_NOOP("Icons", "Shop"),
    "app": QT_TRANSLATE_NOOP("Icons", "App"),
    "chat": QT_TRANSLATE_NOOP("Icons", "Chat"),
    "word_of_mouth": QT_TRANSLATE_NOOP("Icons", "Word of mouth"),
    "advertising": QT_TRANSLATE_NOOP("Icons", "Advertising"),
    "letter": QT_TRANSLATE_NOOP("Icons", "Letter"),
    "custom": QT_TRANSLATE_NOOP("Icons", "Other"),
}
assert set(_NAMES) == set(CHANNEL_ICONS), "every channel icon needs a name"


def icon_label(icon: str) -> str:
    return QCoreApplication.translate("Icons", _NAMES.get(icon, _NAMES["custom"]))


def channel_icon(icon: str) -> QIcon:
    """The icon as the map prints it, in the map's ink colour."""
    return QIcon(icon_pixmap(icon, DEFAULT_THEME.ink, 32))

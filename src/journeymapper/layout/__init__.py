"""One geometry for screen, PDF and PNG: pure Python, no Qt.

``compute_layout`` turns one map of a document into boxes, shapes and text
lines in points. Only this package breaks text into lines; renderers draw the
lines they are given.
"""

from .builder import MapLayout
from .compute import compute_layout
from .fonts import FAMILY, face, font_path
from .labels import Labels
from .lane_cache import LayoutCache
from .shapes import Box, CardShapes, Circle, Curve, Icon, Picture, Polyline, Rect, Shape, TextLine
from .theme import DEFAULT_THEME, Theme

__all__ = [
    "DEFAULT_THEME",
    "FAMILY",
    "Box",
    "CardShapes",
    "Circle",
    "Curve",
    "Icon",
    "Labels",
    "LayoutCache",
    "MapLayout",
    "Picture",
    "Polyline",
    "Rect",
    "Shape",
    "TextLine",
    "Theme",
    "compute_layout",
    "face",
    "font_path",
]

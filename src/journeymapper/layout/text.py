"""Line breaking: the only place where text is split into lines.

Greedy breaking at spaces (and after hyphens, slashes and dashes), explicit
line breaks kept, and a word wider than the line broken between characters,
so no text is ever clipped. Widths come from ``fonts.FontFace``; lines are
broken at ``SLACK`` less than the width given, so a renderer whose text is a
little wider (hinting, rounding) still stays inside the box.
"""

import re
import unicodedata

from .fonts import FontFace

SLACK = 0.98  # see ARCHITECTURE.md: the three renderers agree within 0.25 %

# A piece is a run of non-spaces ending after a break opportunity, plus its trailing spaces.
_PIECES = re.compile(r"[^\s\-/–—]*[\-/–—]+|[^\s\-/–—]+|\s+")


def clean(text: str) -> str:
    """Tabs and other control characters become spaces; line breaks stay."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isprintable() or all(c == "\n" or c.isprintable() for c in text):
        return text
    return "".join(c if c == "\n" or c.isprintable() or unicodedata.category(c) == "Zs" else " " for c in text)


def wrap(text: str, font: FontFace, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points at ``size``."""
    limit = max(width * SLACK, size)  # at least one character always fits
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, size, limit))
    return lines


def _wrap_paragraph(paragraph: str, font: FontFace, size: float, limit: float) -> list[str]:
    if not paragraph.strip():
        return [""]
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for piece in _PIECES.findall(paragraph):
        if piece.isspace():
            if current:  # spaces inside a line; dropped again if the line ends here
                current += piece
                current_width += font.width(piece, size)
            continue
        piece_width = font.width(piece, size)
        if current_width + piece_width <= limit:
            current += piece
            current_width += piece_width
            continue
        if current.strip():
            lines.append(current.rstrip())
        current, current_width = "", 0.0
        if piece_width <= limit:
            current, current_width = piece, piece_width
            continue
        # A word wider than the line: break it between characters.
        for char in piece:
            char_width = font.width(char, size)
            if current and current_width + char_width > limit:
                lines.append(current)
                current, current_width = "", 0.0
            current += char
            current_width += char_width
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def missing_characters(text: str, font: FontFace) -> set[str]:
    """Characters of ``text`` the font has no glyph for (they would print as boxes)."""
    return font.missing(text)

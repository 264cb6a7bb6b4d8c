"""Line breaking: the only place where text is split into lines.

Greedy breaking at spaces (and after hyphens, slashes and dashes), explicit
line breaks kept, and a word wider than the line broken between characters,
so no text is ever clipped. Widths come from ``fonts.FontFace``; lines are
broken at ``SLACK`` less than the width given, so a renderer whose text is a
little wider (hinting, rounding) still stays inside the box.
"""

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

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


def _pieces(paragraph: str) -> list[str]:
    """``_PIECES.findall(paragraph)``; words between single spaces (most card texts)
    are split in C instead, four times faster than the pattern."""
    if "-" in paragraph or "/" in paragraph or "–" in paragraph or "—" in paragraph:
        return _PIECES.findall(paragraph)
    words = paragraph.split(" ")
    if words != paragraph.split():  # other spaces, several in a row, or spaces at an end
        return _PIECES.findall(paragraph)
    pieces = [" "] * (2 * len(words) - 1)
    pieces[0::2] = words
    return pieces


def wrap(text: str, font: FontFace, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points at ``size``."""
    return [line for line, _units in wrap_measured(text, font, size, width)]


def wrap_measured(text: str, font: FontFace, size: float, width: float) -> list[tuple[str, int]]:
    """``wrap``, with each line's advance in font units (``font.points`` makes it points):
    the words were measured to break the lines, so the lines need not be measured again."""
    limit = max(width * SLACK, size)  # at least one character always fits
    limit_units = limit * font.units_per_em / size
    lines: list[tuple[str, int]] = []
    for paragraph in clean(text).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, limit_units))
    for line, units in lines:
        font.remember(line, units)  # placing the line asks its width next
    return lines


def _wrap_paragraph(paragraph: str, font: FontFace, limit: float) -> list[tuple[str, int]]:
    """Greedy breaking with advances in font units against ``limit`` units."""
    if not paragraph.strip():
        return [("", 0)]
    if _plain(paragraph):
        lines = _wrap_plain(paragraph, font, limit)
        if lines is not None:
            return lines
    pieces = _pieces(paragraph)
    return _wrap_by_sums(pieces, font.units_of(pieces), limit) or _wrap_piece_by_piece(pieces, font, limit)


def _plain(paragraph: str) -> bool:
    """Words between single plain spaces, with no other break opportunity: most card texts.
    (``isprintable`` is false for every space but the plain one, and for line breaks.)"""
    return (
        paragraph.isprintable()
        and "  " not in paragraph
        and paragraph[0] != " "
        and paragraph[-1] != " "
        and "-" not in paragraph
        and "/" not in paragraph
        and "–" not in paragraph
        and "—" not in paragraph
    )


def _wrap_plain(paragraph: str, font: FontFace, limit: float) -> list[tuple[str, int]] | None:
    """``_wrap_by_sums`` for a ``_plain`` paragraph, where every other piece is a single
    space: no pattern, no test of each piece for spaces, and a line is its words joined.
    None when a word is wider than a line."""
    words = paragraph.split(" ")
    advances = [font.units(" ")] * (2 * len(words) - 1)
    advances[0::2] = font.units_of(words)
    sums = list(accumulate(advances))
    count = len(advances)
    lines: list[tuple[str, int]] = []
    start, before = 0, 0  # start is a word (even), before the advance up to it
    while True:
        end = bisect_right(sums, before + limit, start) - 1  # the last piece that still fits
        if end < start:
            return None
        if end % 2:
            end -= 1  # a space: the line ends with the word before it
        lines.append((" ".join(words[start // 2 : end // 2 + 1]), sums[end] - before))
        start = end + 2
        if start >= count:
            return lines
        before = sums[start - 1]


def _wrap_by_sums(pieces: list[str], widths: list[int], limit: float) -> list[tuple[str, int]] | None:
    """The greedy breaking of ``_wrap_piece_by_piece``, found by bisecting the running
    sum of the pieces' advances: a few steps per line instead of a Python step per
    word, which was most of laying out a map. None when a word is wider than a line
    (it is broken between characters, piece by piece)."""
    sums = list(accumulate(widths))
    space = [piece[0].isspace() for piece in pieces]
    count = len(pieces)
    lines: list[tuple[str, int]] = []
    start = 0
    while start < count and space[start]:
        start += 1  # spaces before the first word take no room
    while start < count:
        before = sums[start - 1] if start else 0
        end = bisect_right(sums, before + limit, start) - 1  # the last piece that still fits
        if end < start:
            return None
        while space[end]:
            end -= 1  # the line ends with its last word; the spaces after it go
        lines.append(("".join(pieces[start : end + 1]), sums[end] - before))
        start = end + 1
        while start < count and space[start]:
            start += 1
    return lines


def _wrap_piece_by_piece(pieces: list[str], font: FontFace, limit: float) -> list[tuple[str, int]]:
    """Greedy breaking, one piece at a time; breaks a word wider than the line between characters."""
    lines: list[tuple[str, int]] = []
    units = font.units
    current = ""
    current_units = 0  # with the spaces at its end
    content_units = 0  # without them: the width the line has once they are dropped
    for piece in pieces:
        if piece.isspace():
            if current:  # spaces inside a line; dropped again if the line ends here
                current += piece
                current_units += units(piece)
            continue
        piece_units = units(piece)
        if current_units + piece_units <= limit:
            current += piece
            current_units += piece_units
            content_units = current_units
            continue
        if current.strip():
            lines.append((current.rstrip(), content_units))
        current, current_units, content_units = "", 0, 0
        if piece_units <= limit:
            current, current_units, content_units = piece, piece_units, piece_units
            continue
        # A word wider than the line: break it between characters.
        for char in piece:
            char_units = units(char)
            if current and current_units + char_units > limit:
                lines.append((current, current_units))
                current, current_units = "", 0
            current += char
            current_units += char_units
        content_units = current_units
    if current.strip() or not lines:
        lines.append((current.rstrip(), content_units))
    return lines


def missing_characters(text: str, font: FontFace) -> set[str]:
    """Characters of ``text`` the font has no glyph for (they would print as boxes)."""
    return font.missing(text)

"""Advance widths of the bundled TrueType fonts, read from the files themselves.

The layout measures text with the same numbers every renderer uses: the
font's own ``hmtx`` advances, with no kerning and no hinting. ReportLab's
``stringWidth``, Pillow's ``getlength`` (basic layout) and Qt's
``horizontalAdvance`` (no hinting, kerning off, pixel size = points) agree with
these within about 0.1 % (tests/test_layout_fonts.py), so a line broken here
fits wherever it is drawn.

Only ``cmap`` (formats 4 and 12), ``head``, ``hhea``, ``maxp`` and ``hmtx``
are read; that is all measuring needs, and it keeps Qt and ReportLab out of the
layout.
"""

import struct
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import cast

FONT_FILES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}
FAMILY = "Noto Sans"


class FontError(Exception):
    """The font file is not a TrueType font we can measure with."""


def font_path(bold: bool = False) -> Path:
    """Where the bundled font file is (renderers load it from here)."""
    return Path(str(resources.files("journeymapper.resources").joinpath("fonts", FONT_FILES[bool(bold)])))


@dataclass
class FontFace:
    """One face: its character map and advance widths in font units."""

    units_per_em: int
    ascent: int  # font units above the baseline (hhea)
    descent: int  # font units below the baseline, positive
    glyph_of: dict[int, int]  # code point -> glyph index
    advances: list[int]  # glyph index -> advance width
    _units: dict[str, int] = field(default_factory=dict, repr=False)  # character -> advance in font units
    _words: dict[str, int] = field(default_factory=dict, repr=False)  # text -> advance in font units
    _drawable: set[str] = field(default_factory=set, repr=False)  # characters known to have a glyph
    _has_ascii: bool = field(default=False, repr=False)  # every printable ASCII character has a glyph

    def __post_init__(self) -> None:
        self._has_ascii = all(code in self.glyph_of for code in range(0x21, 0x7F))

    def has_glyph(self, char: str) -> bool:
        return ord(char) in self.glyph_of

    def missing(self, text: str) -> set[str]:
        """Printable characters of ``text`` without a glyph; each character is looked up once."""
        if text.isascii() and self._has_ascii:
            return set()  # most texts, settled without a set of their characters
        unknown = set(text) - self._drawable
        if not unknown:
            return set()
        missing = set()
        for char in unknown:
            if char.isspace() or not char.isprintable() or self.has_glyph(char):
                self._drawable.add(char)
            else:
                missing.add(char)
        return missing

    def char_units(self, char: str) -> int:
        """Advance of one character in font units."""
        units = self._units.get(char)
        if units is None:
            glyph = self.glyph_of.get(ord(char), 0)  # 0 is .notdef, drawn as a box
            units = self._units[char] = self.advances[min(glyph, len(self.advances) - 1)]
        return units

    def char_width(self, char: str) -> float:
        """Advance of one character in ems."""
        return self.char_units(char) / self.units_per_em

    def units(self, text: str) -> int:
        """Advance of ``text`` in font units.

        Whole numbers add up exactly in any grouping, so a line measured word by
        word while it is broken has the very width of the line measured at once.
        Line breaking measures every word of every card; words come back often
        (in one map and across edits), so each text's advance is kept. The
        store is emptied when it grows large, which bounds the memory."""
        total = self._words.get(text)
        if total is None:
            try:  # the usual case, every character seen before: summed in C
                total = sum(map(self._units.__getitem__, text))
            except KeyError:
                total = sum(map(self.char_units, text))
            if len(self._words) > 200_000:
                self._words.clear()
            self._words[text] = total
        return total

    def units_of(self, texts: list[str]) -> list[int]:
        """``units`` of each of ``texts``; those measured before are looked up in C."""
        found = list(map(self._words.get, texts))
        if None in found:
            return [units if units is not None else self.units(text) for units, text in zip(found, texts)]
        return cast(list[int], found)  # no None in it

    def remember(self, text: str, units: int) -> None:
        """Keep an advance measured elsewhere (a line, as the sum of its words)."""
        if len(self._words) < 200_000:
            self._words.setdefault(text, units)

    def width(self, text: str, size: float) -> float:
        """Advance of ``text`` at ``size`` points, in points."""
        return self.units(text) * size / self.units_per_em

    def points(self, units: int, size: float) -> float:
        """An advance in font units (see ``units``) at ``size`` points, in points."""
        return units * size / self.units_per_em


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    if len(data) < 12 or data[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise FontError("not a TrueType font")
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * index)
        if offset + length > len(data):
            raise FontError(f"table {tag!r} runs past the end of the file")
        tables[tag] = (offset, length)
    for needed in (b"cmap", b"head", b"hhea", b"maxp", b"hmtx"):
        if needed not in tables:
            raise FontError(f"missing table {needed!r}")
    return tables


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    (_version, count) = struct.unpack_from(">HH", data, offset)
    best = None
    for index in range(count):
        platform, encoding, sub = struct.unpack_from(">HHL", data, offset + 4 + 8 * index)
        fmt = struct.unpack_from(">H", data, offset + sub)[0]
        # Unicode subtables: (3,10)/(0,4+) hold the full range in format 12; (3,1)/(0,3) the BMP.
        if fmt == 12 and (platform, encoding) in ((3, 10), (0, 4), (0, 6)):
            best = (12, offset + sub)
            break
        if fmt == 4 and (platform, encoding) in ((3, 1), (0, 3)) and best is None:
            best = (4, offset + sub)
    if best is None:
        raise FontError("no Unicode character map")
    fmt, start = best
    glyph_of: dict[int, int] = {}
    if fmt == 12:
        (groups,) = struct.unpack_from(">L", data, start + 12)
        for index in range(groups):
            first, last, glyph = struct.unpack_from(">LLL", data, start + 16 + 12 * index)
            for code in range(first, last + 1):
                glyph_of[code] = glyph + code - first
        return glyph_of
    (seg_x2,) = struct.unpack_from(">H", data, start + 6)
    segments = seg_x2 // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 2 * seg_x2)
    range_at = start + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segments}H", data, range_at)
    for seg in range(segments):
        for code in range(starts[seg], ends[seg] + 1):
            if code == 0xFFFF:
                continue
            if range_offsets[seg] == 0:
                glyph = (code + deltas[seg]) & 0xFFFF
            else:
                where = range_at + 2 * seg + range_offsets[seg] + 2 * (code - starts[seg])
                glyph = struct.unpack_from(">H", data, where)[0]
                if glyph:
                    glyph = (glyph + deltas[seg]) & 0xFFFF
            if glyph:
                glyph_of[code] = glyph
    return glyph_of


def parse_font(data: bytes) -> FontFace:
    try:
        tables = _tables(data)
        head, _ = tables[b"head"]
        (units_per_em,) = struct.unpack_from(">H", data, head + 18)
        hhea, _ = tables[b"hhea"]
        ascent, descent = struct.unpack_from(">hh", data, hhea + 4)
        (metrics_count,) = struct.unpack_from(">H", data, hhea + 34)
        hmtx, _ = tables[b"hmtx"]
        advances = list(struct.unpack_from(f">{metrics_count * 2}H", data, hmtx)[0::2])
        glyph_of = _cmap(data, tables[b"cmap"][0])
    except struct.error as error:
        raise FontError(str(error)) from None
    if not units_per_em or not advances:
        raise FontError("empty metrics")
    return FontFace(units_per_em, ascent, -descent, glyph_of, advances)


@cache
def face(bold: bool = False) -> FontFace:
    """The bundled face, parsed once per process."""
    return parse_font(font_path(bold).read_bytes())

"""Text for the PNG renderer: each glyph rendered once, then stamped where it goes.

Pillow keeps no glyph cache: ``ImageDraw.text`` asks FreeType to render every
glyph of every word again, and on a 2,000-card poster that was three quarters
of the export time. Here each character is rendered once per font size and
quarter-pixel offset into a small mask, and every later use of it is one
``ImageDraw.bitmap`` call, which blends exactly as ``ImageDraw.text`` does.

Characters go where the layout measured them (the font's own advances, no
hinting, no kerning), as the PDF places them, so a line ends in the PNG where
it ends on paper. The quarter-pixel offsets keep the spacing even at low dpi.
"""

import math

from PIL import Image, ImageDraw, ImageFont

PHASES = 4  # horizontal offsets per pixel a glyph is rendered at


class GlyphStamps:
    """Masks of single glyphs of one font at one size, by character and offset."""

    def __init__(self, font: ImageFont.FreeTypeFont) -> None:
        self.font = font
        self._masks: dict[tuple[str, int], tuple[Image.Image | None, int, int]] = {}

    def mask(self, char: str, phase: int) -> tuple[Image.Image | None, int, int]:
        """The mask for ``char`` drawn ``phase / PHASES`` pixel right of a pen at (0, 0) on
        the baseline, and where its top-left corner goes relative to that pen."""
        key = (char, phase)
        found = self._masks.get(key)
        if found is None:
            found = self._masks[key] = self._render(char, phase / PHASES)
        return found

    def _render(self, char: str, offset: float) -> tuple[Image.Image | None, int, int]:
        left, top, right, bottom = self.font.getbbox(char, anchor="ls")
        pad = 2
        origin_x, origin_y = pad - math.floor(left), pad - math.floor(top)
        width = math.ceil(right) - math.floor(left) + 2 * pad + 1
        height = math.ceil(bottom) - math.floor(top) + 2 * pad
        if width <= 0 or height <= 0:
            return None, 0, 0
        canvas = Image.new("L", (width, height), 0)
        ImageDraw.Draw(canvas).text((origin_x + offset, origin_y), char, font=self.font, fill=255, anchor="ls")
        box = canvas.getbbox()
        if box is None:
            return None, 0, 0  # nothing to draw (a space, a joiner)
        return canvas.crop(box), box[0] - origin_x, box[1] - origin_y

    def stamp(self, draw: ImageDraw.ImageDraw, x: float, y: int, char: str, fill) -> None:
        """Draw ``char`` with its pen at pixel ``x`` (fractional) on baseline row ``y``."""
        whole = math.floor(x)
        phase = round((x - whole) * PHASES)
        if phase == PHASES:
            whole, phase = whole + 1, 0
        mask, dx, dy = self.mask(char, phase)
        if mask is not None:
            draw.bitmap((whole + dx, y + dy), mask, fill=fill)

"""PNG output with Pillow, rendered in horizontal strips to keep memory bounded.

Each strip is a Pillow image a few megabytes large; the shapes reaching into
it are drawn with the strip's offset (whole pixels, so strips join without a
seam) and its rows go straight into ``PngStreamWriter``. Curves, circles,
slanted lines and icons are drawn 4x larger on a small mask and reduced, so
they are smooth; text is anti-aliased by FreeType, one glyph at a time
(``glyphs.py``).
"""

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..layout import Box, Circle, Curve, Icon, Picture, Polyline, Rect, TextLine, face, font_path
from ..layout.icons import scaled
from ..layout.theme import rgb
from .glyphs import GlyphStamps
from .pages import Page, Transform
from .painter import paint_page
from .pictures import Pictures
from .png_stream import PngStreamWriter

MAX_SIDE = 32_767  # what common image programs open
MAX_PIXELS = 600_000_000  # an A0 poster at 600 dpi is 558 megapixels
STRIP_BYTES = 24 * 1024 * 1024
SUPERSAMPLE = 4
LINE_CHUNK = 24  # segments of a long line drawn on one mask

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PixelSize:
    width: int
    height: int
    dpi: float

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1e6


def pixel_size(page: Page, dpi: float) -> PixelSize:
    return PixelSize(max(1, round(page.width * dpi / 72)), max(1, round(page.height * dpi / 72)), dpi)


def too_large(size: PixelSize) -> bool:
    return size.width > MAX_SIDE or size.height > MAX_SIDE or size.width * size.height > MAX_PIXELS


class PngPainter:
    def __init__(self, pictures: Pictures, k: float, transparent: bool) -> None:
        self.pictures = pictures
        self.k = k  # pixels per point
        self.transparent = transparent
        self._glyphs: dict[tuple[bool, float], GlyphStamps] = {}
        self.image: Image.Image  # the strip being painted, and its pen (``start_strip``)
        self.draw: ImageDraw.ImageDraw
        self.top = 0
        self.t = Transform()

    def start_strip(self, image: Image.Image, top: int) -> None:
        self.image, self.top = image, top
        self.draw = ImageDraw.Draw(image)

    # -- coordinates -----------------------------------------------------------
    def begin_layer(self, transform: Transform, clip: Rect | None) -> None:
        self.t = transform  # PNG pages are never clipped tiles: the strip is the clip

    def end_layer(self) -> None:
        self.t = Transform()

    def px(self, x: float, y: float) -> tuple[float, float]:
        t, k = self.t, self.k
        return (t.dx + t.scale * x) * k, (t.dy + t.scale * y) * k - self.top

    def length(self, value: float) -> float:
        return value * self.t.scale * self.k

    def color(self, hex_color: str) -> tuple[int, ...]:
        return (*rgb(hex_color), 255) if self.transparent else rgb(hex_color)

    # -- shapes ----------------------------------------------------------------
    def box(self, shape: Box) -> None:
        r = shape.rect
        x0, y0 = self.px(r.x, r.y)
        x1, y1 = self.px(r.right, r.bottom)
        corners = [round(x0), round(y0), max(round(x0), round(x1) - 1), max(round(y0), round(y1) - 1)]
        fill = self.color(shape.fill) if shape.fill else None
        outline = self.color(shape.stroke) if shape.stroke and shape.stroke_width else None
        width = max(1, round(self.length(shape.stroke_width))) if outline else 0
        radius = self.length(shape.radius)
        if radius >= 1:
            self.draw.rounded_rectangle(corners, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.draw.rectangle(corners, fill=fill, outline=outline, width=width)

    def text(self, shape: TextLine) -> None:
        """Each character at the layout's (unhinted) position, stamped from a glyph cache.

        FreeType hints advances to whole pixels, which makes a whole line up to
        a few per cent wider or narrower than the layout measured; placing every
        character where the layout (and the PDF) has it avoids that drift.
        """
        size = max(1.0, self.length(shape.size))
        key = (shape.bold, round(size, 3))
        stamps = self._glyphs.get(key)
        if stamps is None:
            font = ImageFont.truetype(str(font_path(shape.bold)), size, layout_engine=ImageFont.Layout.BASIC)
            stamps = self._glyphs[key] = GlyphStamps(font)
        advance = face(shape.bold).char_width
        fill = self.color(shape.color)
        x, y = self.px(shape.x, shape.baseline)
        row = round(y)
        em = self.length(shape.size)  # pixels per em
        pen = 0.0
        for char in shape.text:
            if not char.isspace():
                stamps.stamp(self.draw, x + pen * em, row, char, fill)
            pen += advance(char)

    def polyline(self, shape: Polyline) -> None:
        points = [self.px(x, y) for x, y in shape.points]
        width = self.length(shape.width)
        pieces = _dashed(points, shape.dash, self.length(1)) if shape.dash else [points]
        for piece in pieces:
            straight = len(piece) == 2 and (
                abs(piece[0][0] - piece[1][0]) < 0.01 or abs(piece[0][1] - piece[1][1]) < 0.01
            )
            if straight:  # grid lines and rules: crisp, whole pixels
                (ax, ay), (bx, by) = piece
                w = max(1, round(width))
                if abs(ax - bx) < 0.01:
                    x = round(ax - w / 2)
                    self.draw.rectangle(
                        [x, round(min(ay, by)), x + w - 1, round(max(ay, by))], fill=self.color(shape.color)
                    )
                else:
                    y = round(ay - w / 2)
                    self.draw.rectangle(
                        [round(min(ax, bx)), y, round(max(ax, bx)), y + w - 1], fill=self.color(shape.color)
                    )
            else:
                self._smooth_line(piece, width, shape.color)

    def curve(self, shape: Curve) -> None:
        self._smooth_line([self.px(x, y) for x, y in shape.flattened(24)], self.length(shape.width), shape.color)

    def circle(self, shape: Circle) -> None:
        cx, cy = self.px(*shape.center)
        r = self.length(shape.radius)
        half = self.length(shape.stroke_width) / 2 if shape.stroke else 0.0
        if shape.stroke and half:
            self._smooth(
                cx - r - half,
                cy - r - half,
                cx + r + half,
                cy + r + half,
                shape.stroke,
                lambda d, p, f: d.ellipse(
                    [*p(cx - r - half, cy - r - half), *p(cx + r + half, cy + r + half)], fill=255
                ),
            )
        if shape.fill:
            inner = r - half
            self._smooth(
                cx - inner,
                cy - inner,
                cx + inner,
                cy + inner,
                shape.fill,
                lambda d, p, f: d.ellipse([*p(cx - inner, cy - inner), *p(cx + inner, cy + inner)], fill=255),
            )

    def icon(self, shape: Icon) -> None:
        ops = list(scaled(shape.name, shape.rect.x, shape.rect.y, shape.rect.w))
        x0, y0 = self.px(shape.rect.x, shape.rect.y)
        x1, y1 = self.px(shape.rect.right, shape.rect.bottom)
        pad = self.length(shape.rect.w * 0.1)

        def draw_ops(d: ImageDraw.ImageDraw, p, factor: float) -> None:
            for op in ops:
                if op[0] == "circle":
                    _, cx, cy, r, filled, width = op
                    (ax, ay), (bx, by) = p(*self.px(cx - r, cy - r)), p(*self.px(cx + r, cy + r))
                    if filled:
                        d.ellipse([ax, ay, bx, by], fill=255)
                    else:
                        d.ellipse([ax, ay, bx, by], outline=255, width=max(1, round(self.length(width) * factor)))
                elif op[0] == "fill":
                    d.polygon([p(*self.px(x, y)) for x, y in op[1]], fill=255)
                else:
                    points = [p(*self.px(x, y)) for x, y in op[1]]
                    if op[2]:
                        points.append(points[0])
                    w = max(1, round(self.length(op[3]) * factor))
                    d.line(points, fill=255, width=w, joint="curve")
                    for x, y in (points[0], points[-1]):  # round caps
                        d.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=255)

        self._smooth(x0 - pad, y0 - pad, x1 + pad, y1 + pad, shape.color, draw_ops)

    def picture(self, shape: Picture) -> None:
        x0, y0 = self.px(shape.rect.x, shape.rect.y)
        x1, y1 = self.px(shape.rect.right, shape.rect.bottom)
        w, h = max(1, round(x1 - x0)), max(1, round(y1 - y0))
        picture = self.pictures.scaled(shape.image_id, w, h)  # None: left out, and the export says so
        if picture is not None:
            self.image.paste(picture, (round(x0), round(y0)), picture if picture.mode == "RGBA" else None)

    # -- anti-aliasing ------------------------------------------------------------
    def _smooth_line(self, points, width: float, color: str) -> None:
        """A wide line with round joins, in chunks of segments fixed along the line.

        Each chunk gets its own mask covering all of it; the chunks do not
        depend on the strip, so every strip draws the same pixels.
        """
        half = width / 2 + 1
        strip_bottom = self.image.size[1]
        for start in range(0, len(points) - 1, LINE_CHUNK):
            chunk = points[start : start + LINE_CHUNK + 1]
            xs, ys = [p[0] for p in chunk], [p[1] for p in chunk]
            if max(ys) + half < 0 or min(ys) - half > strip_bottom:
                continue

            def draw(d: ImageDraw.ImageDraw, p, factor: float, chunk=chunk) -> None:
                w = max(1, round(width * factor))
                placed = [p(x, y) for x, y in chunk]
                for a, b in itertools.pairwise(placed):
                    d.line([a, b], fill=255, width=w)
                for x, y in placed:  # round joins and caps
                    d.ellipse([x - w / 2, y - w / 2, x + w / 2, y + w / 2], fill=255)

            self._smooth(min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half, color, draw)

    def _smooth(self, x0: float, y0: float, x1: float, y1: float, color: str, draw) -> None:
        """Draw white on a supersampled mask over this whole box, then paint ``color``
        through the part of it that lies in the strip.

        The mask is never clamped to the strip: Pillow rasterises negative
        coordinates differently, and strips must join without a seam.
        """
        width, height = self.image.size
        left, top, right, bottom = math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)
        if right <= 0 or bottom <= 0 or left >= width or top >= height:
            return
        f = SUPERSAMPLE
        mask = Image.new("L", ((right - left) * f, (bottom - top) * f), 0)
        draw(ImageDraw.Draw(mask), lambda x, y: ((x - left) * f, (y - top) * f), f)
        mask = mask.reduce(f)
        box = (max(0, left), max(0, top), min(width, right), min(height, bottom))
        mask = mask.crop((box[0] - left, box[1] - top, box[2] - left, box[3] - top))
        self.image.paste(self.color(color), box, mask)


def _dashed(points, dash: tuple[float, float], unit: float):
    on, off = dash[0] * unit, dash[1] * unit
    pieces = []
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        length = math.hypot(bx - ax, by - ay)
        position = 0.0
        while position < length:
            end = min(position + on, length)
            t0, t1 = position / length, end / length
            pieces.append([(ax + (bx - ax) * t0, ay + (by - ay) * t0), (ax + (bx - ax) * t1, ay + (by - ay) * t1)])
            position = end + off
    return pieces


def render_png(
    out, page: Page, pictures: Pictures, dpi: float, transparent: bool = False, progress: Progress | None = None
) -> PixelSize:
    """Write ``page`` as a PNG to the binary file ``out``, strip by strip."""
    size = pixel_size(page, dpi)
    if too_large(size):
        raise ValueError("too large")
    mode = "RGBA" if transparent else "RGB"
    background = (255, 255, 255, 0) if transparent else (255, 255, 255)
    rows = max(16, STRIP_BYTES // (size.width * len(mode)))
    writer = PngStreamWriter(out, size.width, size.height, mode, dpi)
    painter = PngPainter(pictures, dpi / 72, transparent)
    strips = math.ceil(size.height / rows)
    try:
        for index in range(strips):
            top = index * rows
            height = min(rows, size.height - top)
            strip = Image.new(mode, (size.width, height), background)
            painter.start_strip(strip, top)
            # The page area this strip covers, one pixel wider each way for anti-aliased edges.
            area = Rect(0, (top - 1) * 72 / dpi, page.width, (height + 2) * 72 / dpi)
            paint_page(page, painter, area)
            writer.write_rows(strip.tobytes())
            del strip
            if progress is not None:
                progress(index + 1, strips)
    except BaseException:
        writer.abandon()  # a cancel or an error: stop the compressing thread too
        raise
    writer.close()
    return size


def write_png(
    path: Path, page: Page, pictures: Pictures, dpi: float, transparent: bool = False, progress: Progress | None = None
) -> PixelSize:
    with open(path, "wb") as out:
        return render_png(out, page, pictures, dpi, transparent, progress)

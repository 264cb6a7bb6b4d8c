"""PDF output with ReportLab: vector shapes, the bundled font embedded as a subset.

Each page of the plan becomes one PDF page. Layout coordinates run downwards
from the top; every layer sets one transform (flip, offset, scale) so shapes
are drawn at (x, -y) without per-shape arithmetic. Text stays selectable and
searchable: consecutive lines share one text object (one BT ... ET), with the
font and colour set only when they change, and their operators are written
here (``SubsetEncoder``) rather than through ReportLab's text object. Rounded
boxes, thousands on a poster in a hundred sizes, are form XObjects placed by
position (``BoxForms``). ReportLab still assigns the font subsets, embeds the
fonts and writes the file.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas

from .. import __version__
from ..layout import Box, Circle, Curve, Icon, Picture, Polyline, Rect, TextLine, font_path
from ..layout.icons import scaled
from .pages import Page, Transform
from .painter import paint_page
from .pictures import Pictures

# Pictures are embedded with at most this many pixels per point of the map: 288 per
# inch at 100 %, still 144 on an A0 poster drawn at twice the map's size. A 6 MB
# photo in a 110-point cell then costs tens of kilobytes, not megabytes.
PICTURE_PIXELS_PER_POINT = 4

FONT = {False: "JourneyMapper-Sans", True: "JourneyMapper-Sans-Bold"}

# Streams compressed only, not also spelled out in ASCII85 (ReportLab's default,
# for 7-bit channels a PDF no longer travels through): a quarter smaller, and
# encoding a 20,000-card poster's stream held the interpreter for 0.3 s, in C,
# freezing the window the export runs beside.
rl_config.useA85 = 0

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PdfMeta:
    title: str
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = ()


@lru_cache(maxsize=512)
def color(hex_color: str) -> HexColor:
    """Parsed once: a poster sets the same few colours thousands of times."""
    return HexColor(hex_color)


@lru_cache(maxsize=512)
def _fill_op(hex_color: str) -> str:
    c = color(hex_color)
    return fp_str(c.red, c.green, c.blue) + " rg"


@lru_cache(maxsize=512)
def _stroke_op(hex_color: str) -> str:
    c = color(hex_color)
    return fp_str(c.red, c.green, c.blue) + " RG"


_PAINT = {
    (False, False): "n",
    (True, False): "S",
    (False, True): "f*",
    (True, True): "B*",
}  # as the canvas fills: even-odd
_ROUND_RECT = (
    "n %s %s m\n%s %s l\n%s %s %s %s %s %s c\n%s %s l\n%s %s %s %s %s %s c\n%s %s l\n"
    "%s %s %s %s %s %s c\n%s %s l\n%s %s %s %s %s %s c\nh"
)
BEZIER_INSET = 0.4472  # ReportLab's control-point factor for a quarter circle, kept for identical output


def _round_rect(x: float, y: float, w: float, h: float, radius: float) -> str:
    """The path of ``Canvas.roundRect`` (from the lower left, anticlockwise), formatted in one go."""
    left, right = min(x, x + w), max(x, x + w)
    low, high = min(y, y + h), max(y, y + h)
    t = BEZIER_INSET * radius
    numbers = fp_str(
        left + radius,
        low,
        right - radius,
        low,
        right - t,
        low,
        right,
        low + t,
        right,
        low + radius,
        right,
        high - radius,
        right,
        high - t,
        right - t,
        high,
        right - radius,
        high,
        left + radius,
        high,
        left + t,
        high,
        left,
        high - t,
        left,
        high - radius,
        left,
        low + radius,
        left,
        low + t,
        left + t,
        low,
        left + radius,
        low,
    ).split(" ")
    return _ROUND_RECT % tuple(numbers)


def register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for bold, name in FONT.items():
        # Not getFont() to ask: for a name it does not know yet, it parses every
        # standard font's metrics file on the way (36 of them, 40 ms per export).
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(bold))))


def _escaped(byte: int) -> str:
    """A byte inside a PDF string literal, escaped as ReportLab's ``escapePDF`` does."""
    if byte < 32 or byte >= 127:
        return f"\\{byte:03o}"
    return "\\" + chr(byte) if chr(byte) in "\\()" else chr(byte)


class SubsetEncoder:
    """A line of text as the PDF operators that show it in a subset TrueType font.

    ReportLab's ``textOut`` runs ``TTFont.splitString`` in Python for every
    character of every line, and measures the line's width, which nothing here
    needs (some 25 ms of a 2,000-card poster's 180 ms of drawing). Once a
    character has its code in the document's first subset (ReportLab assigns it,
    so the embedded subset stays ReportLab's), a table turns it into its escaped
    byte, and a whole line is one ``str.translate``. Lines with a character not
    seen yet, or beyond the first 256, go through ``splitString`` as before.
    """

    def __init__(self, font: TTFont, doc) -> None:
        self.font = font
        self.doc = doc
        self.table: dict[int, str] = {}
        self.known: frozenset[str] = frozenset()
        self._learned = 0  # how many of ReportLab's assignments the table has seen

    def show(self, text: str, size: float, current: list) -> list[str]:
        """The operators for ``text``: ``(...) Tj``, preceded by ``/F1+n size Tf``
        where the subset differs from ``current[0]`` (which is updated)."""
        if self.known.issuperset(text):
            ops = []
            if current[0] != 0:
                ops.append(f"{self.font.getSubsetInternalName(0, self.doc)} {fp_str(size)} Tf")
                current[0] = 0
            ops.append(f"({text.translate(self.table)}) Tj")
            return ops
        ops = []
        for subset, chunk in self.font.splitString(text, self.doc):
            if subset != current[0]:
                ops.append(f"{self.font.getSubsetInternalName(subset, self.doc)} {fp_str(size)} Tf")
                current[0] = subset
            ops.append(f"({''.join(map(_escaped, chunk))}) Tj")
        self._learn()
        return ops

    def _learn(self) -> None:
        assignments = self.font.state[self.doc].assignments
        if len(assignments) == self._learned:
            return
        self._learned = len(assignments)
        self.table = {char: _escaped(code) for char, code in assignments.items() if code < 256}
        if 32 in self.table:
            self.table[0xA0] = self.table[32]  # as splitString does: a no-break space shows as a space
        self.known = frozenset(map(chr, self.table))


class BoxForms:
    """Rounded boxes drawn once each as a form XObject, then placed by position.

    A poster's thousands of cards and their shadows come in about a hundred
    sizes. Written out, each box's path is 34 numbers to format and compress;
    placed, it is two. Colours stay outside the form (a form inherits the
    graphics state it is drawn in), so one form serves every colour of a size.
    """

    def __init__(self, canvas: pdfcanvas.Canvas) -> None:
        self.c = canvas
        self.names: dict[tuple, str] = {}

    def name(self, w: float, h: float, radius: float, stroke_width: float, paint: str) -> str:
        key = (w, h, radius, stroke_width, paint)
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = f"Box{len(self.names)}"
            c = self.c
            margin = stroke_width
            c.beginForm(name, -margin, -margin, w + margin, h + margin)
            ops = [fp_str(stroke_width) + " w"] if stroke_width else []
            ops.append(_round_rect(0, 0, w, h, radius))
            ops.append(paint)
            c.addLiteral("\n".join(ops))
            c.endForm()
        return name


class PdfPainter:
    def __init__(
        self,
        canvas: pdfcanvas.Canvas,
        page_height: float,
        pictures: Pictures,
        encoders: dict[bool, SubsetEncoder],
        forms: BoxForms,
        readers: dict[tuple[str, int, int], ImageReader | None] | None = None,
    ) -> None:
        self.c = canvas
        self.page_height = page_height
        self.pictures = pictures
        self.encoders = encoders
        self.forms = forms
        self._readers = {} if readers is None else readers  # shared by the pages of one file
        self._text: list[str] | None = None  # the open text object's operators, its font, subset and colour
        self._text_font: tuple[bool, float] | None = None
        self._text_color: str | None = None
        self._subset = [-1]
        self._card_lines: list[TextLine] = []  # cards' text, written after the boxes of the cards that follow

    # -- layers --------------------------------------------------------------
    def begin_layer(self, transform: Transform, clip: Rect | None) -> None:
        self.close_text()
        c = self.c
        c.saveState()
        if clip is not None:
            path = c.beginPath()
            path.rect(clip.x, self.page_height - clip.bottom, clip.w, clip.h)
            c.clipPath(path, stroke=0, fill=0)
        c.translate(transform.dx, self.page_height - transform.dy)
        c.scale(transform.scale, transform.scale)

    def end_layer(self) -> None:
        self.close_text()
        self.c.restoreState()

    def close_text(self) -> None:
        """Write the cards' text kept back and end the open text object; every shape
        but a card's box calls this first, so the order of drawing holds."""
        if self._card_lines:
            lines, self._card_lines = self._card_lines, []
            for line in lines:
                self._write_line(line)
        self._end_text_object()

    def _end_text_object(self) -> None:
        if self._text is not None:
            self._text.append("ET")
            self.c.addLiteral("\n".join(self._text))
            self._text = None

    @staticmethod
    def _is_card(shape) -> bool:
        return shape.ref is not None and shape.ref[0] == "card"

    # -- shapes ----------------------------------------------------------------
    def box(self, shape: Box) -> None:
        """A rounded box placed as its form (``BoxForms``); a square one written out
        at once (``Canvas.addLiteral``): through ReportLab's path object a poster's
        thousands of cards and their shadows were a third of the PDF's time."""
        if self._is_card(shape):
            # Cards never overlap, so the text of the cards before may wait until
            # after this card's boxes: one text object for a run of cards instead
            # of one (with its font and colour) per card.
            self._end_text_object()
        else:
            self.close_text()
        r = shape.rect
        stroke = bool(shape.stroke and shape.stroke_width)
        paint = _PAINT[stroke, bool(shape.fill)]
        ops = []
        if shape.radius:
            ops.append("q")
        if shape.fill:
            ops.append(_fill_op(shape.fill))
        if stroke:
            ops.append(_stroke_op(shape.stroke))
        c = self.c
        if shape.radius:
            form = self.forms.name(r.w, r.h, shape.radius, shape.stroke_width if stroke else 0, paint)
            ops.append("1 0 0 1 " + fp_str(r.x, -r.bottom) + " cm")
            c.addLiteral("\n".join(ops))
            c.doForm(form)
            c.addLiteral("Q")
            return
        if stroke:
            ops.append(fp_str(shape.stroke_width) + " w")
        ops.append("n " + fp_str(r.x, -r.bottom, r.w, r.h) + " re")
        ops.append(paint)
        c.addLiteral("\n".join(ops))

    def text(self, shape: TextLine) -> None:
        if self._is_card(shape):
            self._card_lines.append(shape)
            return
        if self._card_lines:
            self.close_text()
        self._write_line(shape)

    def _write_line(self, shape: TextLine) -> None:
        ops = self._text
        if ops is None:
            ops = self._text = ["BT"]
            self._text_font = self._text_color = None
        font = (shape.bold, shape.size)
        if font != self._text_font:
            self._text_font = font
            self._subset[0] = -1  # the next line names its font
        if shape.color != self._text_color:
            ops.append(_fill_op(shape.color))
            self._text_color = shape.color
        ops.append("1 0 0 1 " + fp_str(shape.x, -shape.baseline) + " Tm")
        ops.extend(self.encoders[shape.bold].show(shape.text, shape.size, self._subset))

    def polyline(self, shape: Polyline) -> None:
        self.close_text()
        c = self.c
        c.saveState()
        c.setStrokeColor(color(shape.color))
        c.setLineWidth(shape.width)
        if shape.dash:
            c.setDash(*shape.dash)
        path = c.beginPath()
        (x, y), rest = shape.points[0], shape.points[1:]
        path.moveTo(x, -y)
        for x, y in rest:
            path.lineTo(x, -y)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def curve(self, shape: Curve) -> None:
        self.close_text()
        c = self.c
        c.saveState()
        c.setStrokeColor(color(shape.color))
        c.setLineWidth(shape.width)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(shape.start[0], -shape.start[1])
        for (x1, y1), (x2, y2), (x3, y3) in shape.segments:
            path.curveTo(x1, -y1, x2, -y2, x3, -y3)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def circle(self, shape: Circle) -> None:
        self.close_text()
        c = self.c
        stroke = bool(shape.stroke and shape.stroke_width)
        if shape.fill:
            c.setFillColor(color(shape.fill))
        if stroke:
            c.setStrokeColor(color(shape.stroke))
            c.setLineWidth(shape.stroke_width)
        c.circle(shape.center[0], -shape.center[1], shape.radius, stroke=int(stroke), fill=int(bool(shape.fill)))

    def icon(self, shape: Icon) -> None:
        self.close_text()
        c = self.c
        c.saveState()
        ink = color(shape.color)
        c.setStrokeColor(ink)
        c.setFillColor(ink)
        c.setLineCap(1)
        c.setLineJoin(1)
        for op in scaled(shape.name, shape.rect.x, shape.rect.y, shape.rect.w):
            if op[0] == "circle":
                _, cx, cy, r, filled, width = op
                c.setLineWidth(width)
                c.circle(cx, -cy, r, stroke=int(not filled), fill=int(filled))
                continue
            points = op[1]
            path = c.beginPath()
            path.moveTo(points[0][0], -points[0][1])
            for x, y in points[1:]:
                path.lineTo(x, -y)
            if op[0] == "fill":
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            else:
                if op[2]:
                    path.close()
                c.setLineWidth(op[3])
                c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def picture(self, shape: Picture) -> None:
        self.close_text()
        r = shape.rect
        fit = (max(1, math.ceil(r.w * PICTURE_PIXELS_PER_POINT)), max(1, math.ceil(r.h * PICTURE_PIXELS_PER_POINT)))
        key = (shape.image_id, *fit)
        if key not in self._readers:
            # A decoded image, never bytes: ImageReader opens bytes with every format
            # Pillow knows, EPS (Ghostscript) included.
            picture = self.pictures.decoded(shape.image_id, fit)
            if picture is not None:
                picture.thumbnail(fit, Image.Resampling.LANCZOS)  # only ever smaller
            self._readers[key] = None if picture is None else ImageReader(picture)
        reader = self._readers[key]
        if reader is None:
            return  # left out; the export names it
        self.c.drawImage(reader, r.x, -r.bottom, r.w, r.h, mask="auto")


def render_pdf(
    target: Path,
    pages: list[Page],
    pictures: Pictures,
    meta: PdfMeta,
    progress: Progress | None = None,
    page_done: Callable[[int], None] | None = None,
) -> None:
    """Write ``pages`` as a PDF at ``target`` (the caller makes that atomic)."""
    register_fonts()
    first = pages[0]
    c = pdfcanvas.Canvas(
        str(target),
        pagesize=(first.width, first.height),
        pageCompression=1,
        initialFontName=FONT[False],
        initialFontSize=10,
    )
    c.setTitle(meta.title)
    c.setSubject(meta.subject)
    c.setAuthor(meta.author)
    c.setCreator(f"JourneyMapper {__version__}")
    c.setKeywords(list(meta.keywords))
    encoders = {bold: SubsetEncoder(pdfmetrics.getFont(name), c._doc) for bold, name in FONT.items()}
    forms = BoxForms(c)
    readers: dict = {}
    for index, page in enumerate(pages):
        c.setPageSize((page.width, page.height))
        if page.title:
            key = f"page{index}"
            c.bookmarkPage(key)
            c.addOutlineEntry(page.title, key, level=0)

        def within(done: int, total: int, index: int = index) -> None:
            assert progress is not None  # passed to paint_page only then
            progress(index * 1000 + done * 1000 // max(1, total), len(pages) * 1000)

        paint_page(
            page,
            PdfPainter(c, page.height, pictures, encoders, forms, readers),
            progress=within if progress is not None else None,
        )
        c.showPage()
        if page_done is not None:
            page_done(index)
        if progress is not None:
            progress((index + 1) * 1000, len(pages) * 1000)
    c.save()

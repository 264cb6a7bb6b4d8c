"""Paints layout shapes with a QPainter, in scene units (1 unit = 1 point).

The same shapes the PDF and PNG renderers draw, so the screen shows what will
be printed, line for line. Text uses the bundled font at a large pixel size
under a matching down-scale: Qt's font sizes are whole pixels, and unhinted
outlines scale exactly.
"""

from functools import cache, lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
)

from ...domain import rules
from ...layout import Box, Circle, Curve, Icon, Picture, Polyline, Rect, Shape, TextLine, font_path
from ...layout.icons import scaled

TEXT_SCALE = 16  # fonts are set 16x larger and drawn under a 1/16 scale
GREEK_BELOW = 3.5  # device pixels: text smaller than this is drawn as a bar


@cache
def family(bold: bool) -> str:
    font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else "Sans Serif"


@lru_cache(maxsize=256)
def qfont(bold: bool, size: float) -> QFont:
    font = QFont(family(bold))
    font.setPixelSize(max(1, round(size * TEXT_SCALE)))
    font.setBold(bold)
    font.setKerning(False)  # the layout measures without kerning...
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)  # ...and without ligatures (fi stays f, i)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=64)
def qcolor(value: str) -> QColor:
    return QColor(value)


@lru_cache(maxsize=64)
def qcolor_alpha(value: str, alpha: int) -> QColor:
    color = QColor(value)
    color.setAlpha(alpha)
    return color


class QtShapePainter:
    def __init__(self, painter: QPainter, images: dict[str, bytes] | None = None) -> None:
        self.p = painter
        self.images = images or {}

    # -- pages (export preview, printing): the export painter protocol --------------
    def begin_layer(self, transform, clip) -> None:
        p = self.p
        p.save()
        if clip is not None:
            p.setClipRect(QRectF(clip.x, clip.y, clip.w, clip.h))
        p.translate(transform.dx, transform.dy)
        p.scale(transform.scale, transform.scale)

    def end_layer(self) -> None:
        self.p.restore()

    def paint(self, shapes) -> None:
        table = {
            Box: self.box,
            TextLine: self.text,
            Polyline: self.polyline,
            Curve: self.curve,
            Circle: self.circle,
            Icon: self.icon,
            Picture: self.picture,
        }
        for shape in shapes:
            table[type(shape)](shape)

    @staticmethod
    def _pen(color: str, width: float, dash=None) -> QPen:
        return _pen(color, width, dash)

    def box(self, shape: Box) -> None:
        p, r = self.p, shape.rect
        p.setPen(
            self._pen(shape.stroke, shape.stroke_width) if shape.stroke and shape.stroke_width else Qt.PenStyle.NoPen
        )
        p.setBrush(QBrush(qcolor(shape.fill)) if shape.fill else Qt.BrushStyle.NoBrush)
        rect = QRectF(r.x, r.y, r.w, r.h)
        if shape.radius:
            p.drawRoundedRect(rect, shape.radius, shape.radius)
        else:
            p.drawRect(rect)

    def text(self, shape: TextLine) -> None:
        p = self.p
        on_screen = shape.size * p.worldTransform().m11()
        if on_screen < GREEK_BELOW:
            # Too small to read: a bar where the line is, as a designer's thumbnail
            # does; drawing thousands of tiny glyphs is what makes zoomed-out maps slow.
            p.fillRect(
                QRectF(shape.x, shape.baseline - shape.size * 0.62, shape.width, shape.size * 0.5),
                qcolor_alpha(shape.color, 90),
            )
            return
        p.save()
        p.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
        p.setFont(qfont(shape.bold, shape.size))
        p.setPen(qcolor(shape.color))
        p.drawText(QPointF(shape.x * TEXT_SCALE, shape.baseline * TEXT_SCALE), shape.text)
        p.restore()

    def polyline(self, shape: Polyline) -> None:
        self.p.setPen(_pen(shape.color, shape.width, shape.dash))
        self.p.drawPolyline(_polygon(shape.points))

    def curve(self, shape: Curve) -> None:
        path = QPainterPath(QPointF(*shape.start))
        for c1, c2, end in shape.segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        self.p.setPen(self._pen(shape.color, shape.width))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def circle(self, shape: Circle) -> None:
        p = self.p
        p.setPen(
            self._pen(shape.stroke, shape.stroke_width) if shape.stroke and shape.stroke_width else Qt.PenStyle.NoPen
        )
        p.setBrush(QBrush(qcolor(shape.fill)) if shape.fill else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(*shape.center), shape.radius, shape.radius)

    def icon(self, shape: Icon) -> None:
        # Each stroke of an icon is kept as a filled outline: one call per part,
        # with no pens to build, on the screen and on paper alike. Issuing the
        # strokes one by one made icons the slowest part of a repaint.
        p, r = self.p, shape.rect
        brush = QBrush(qcolor(shape.color))
        p.translate(r.x, r.y)
        for path in _icon_outlines(shape.name, r.w):
            p.fillPath(path, brush)
        p.translate(-r.x, -r.y)

    def picture(self, shape: Picture) -> None:
        image = _image(shape.image_id, self.images.get(shape.image_id))
        if image is not None and not image.isNull():
            r = shape.rect
            self.p.drawImage(QRectF(r.x, r.y, r.w, r.h), image)


@lru_cache(maxsize=256)
def _pen(color: str, width: float, dash=None) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern([dash[0] / width, dash[1] / width])
    return pen


@lru_cache(maxsize=4096)
def _polygon(points) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


@lru_cache(maxsize=256)
def _icon_outlines(name: str, size: float) -> tuple[QPainterPath, ...]:
    """The parts of an icon at (0, 0) and ``size`` points, strokes turned into outlines."""
    parts = []
    for op in scaled(name, 0.0, 0.0, size):
        path = QPainterPath()
        if op[0] == "circle":
            _, cx, cy, radius, filled, width = op
            path.addEllipse(QPointF(cx, cy), radius, radius)
        elif op[0] == "fill":
            path.addPolygon(_polygon(tuple(op[1])))
            path.closeSubpath()
            filled, width = True, 0.0
        else:
            _, points, closed, width = op
            path.addPolygon(_polygon(tuple(points)))
            if closed:
                path.closeSubpath()
            filled = False
        if not filled:
            stroker = QPainterPathStroker()
            stroker.setWidth(width)
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            path = stroker.createStroke(path)
        parts.append(path)
    return tuple(parts)


def icon_pixmap(name: str, color: str, size: int = 32) -> QPixmap:
    """One icon of our set as a pixmap, for menus and lists (sharp on high-DPI screens)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QtShapePainter(painter).icon(Icon(Rect(0.0, 0.0, float(size), float(size)), name, color))
    painter.end()
    return pixmap


_decoded: dict[str, QImage | None] = {}

# The screen needs no more: a picture larger than this is decoded scaled down
# (a JPEG at a reduced scale by libjpeg itself).
SCREEN_SIDE = 2_400
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"))


def _image(image_id: str, data: bytes | None) -> QImage | None:
    """Images decode once (or fail once: such a picture is left blank)."""
    if data is None:
        return None
    if image_id not in _decoded:
        _decoded[image_id] = decode_picture(data)
    return _decoded[image_id]


def decode_picture(data: bytes, max_side: int = SCREEN_SIDE) -> QImage | None:
    """A PNG or JPEG decoded by Qt, or None: never any other of Qt's formats.

    Qt has readers for SVG, TIFF, PDF, WebP, ICO and more, and guesses from
    the content when asked to load bytes, even after a named format failed.
    So the format is taken from the signature, the guessing is switched off,
    and the size in the header is checked against the project's limits before
    a pixel is decoded (opening checked only what the image row claims).
    """
    fmt = next((name for signature, name in _SIGNATURES if data.startswith(signature)), None)
    if fmt is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(fmt))
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    width, height = size.width(), size.height()
    if not (0 < width <= rules.MAX_IMAGE_SIDE and 0 < height <= rules.MAX_IMAGE_SIDE):
        return None
    if width * height > rules.MAX_IMAGE_PIXELS:
        return None
    if max(width, height) > max_side:
        scale = max_side / max(width, height)
        reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    image = reader.read()
    return None if image.isNull() else image


def bounds_of(shapes: list[Shape]):
    """The rectangle round all ``shapes`` (None for none): four passes of min and
    max, not one Rect per shape, as a lane of cards has thousands."""
    return rect_round([shape.bounds() for shape in shapes])


def rect_round(boxes: list[Rect]):
    """The rectangle round all ``boxes`` (None for none)."""
    if not boxes:
        return None
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    return Rect(left, top, max(b.x + b.w for b in boxes) - left, max(b.y + b.h for b in boxes) - top)

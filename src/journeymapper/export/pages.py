"""Pages to print: where a map goes on its paper, poster tiles, and their marks.

Pure geometry. A ``Page`` is a list of layers; each layer is a set of shapes
(a map's layout, or marks and labels made here) with a transform into page
points and an optional clip. The PDF and PNG renderers draw pages and know
nothing of paper, fitting or tiling.
"""

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..layout import MapLayout, Rect, Shape, TextLine
from ..layout.fonts import face
from ..layout.shapes import Box, Polyline
from ..layout.text import wrap
from .paper import MM, oriented

MUTED = "#5b6472"
MARK = "#222222"
SHEET_MARGIN = 12 * MM  # room for crop marks and the sheet label; inside every printer's limit
CROP_MARK = 6 * MM
MAX_SCALE = 20.0
MIN_SCALE = 0.01
# A poster over more sheets than this is a mistake (a 5 m poster on 50 mm sheets made
# 128,000 pages and 2 GB); refused from the sheet count, before a sheet is planned.
MAX_SHEETS = 500


class PlanError(ValueError):
    """The map cannot be placed as asked; ``code`` says why, ``needed`` helps the message."""

    def __init__(self, code: str, **details):
        super().__init__(code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class ExportLabels:
    """Words printed around the map (translated by the caller); %1, %2 are filled in."""

    scale: str = "Scale %1"
    sheet: str = "Sheet %1 of %2"
    row_column: str = "Row %1, column %2"
    overview: str = "Assembly overview"
    instructions: str = (
        "%1 sheets of %2 in %3 rows and %4 columns. Print at 100 % (not “fit to page”). "
        "Cut each sheet along its crop marks at the right and bottom; the sheets overlap by "
        "%5 mm. Glue the cut edge onto the next sheet, starting at A1 in the top left."
    )
    made_with: str = "JourneyMapper"
    decimal_point: str = "."

    def fill(self, template: str, *values) -> str:
        for index in range(len(values), 0, -1):  # %10 before %1
            template = template.replace(f"%{index}", str(values[index - 1]))
        return template

    def percent(self, scale: float) -> str:
        digits = 0 if scale >= 0.1 else 1
        return f"{scale * 100:.{digits}f}".replace(".", self.decimal_point) + "\u00a0%"


@dataclass(frozen=True)
class Transform:
    """page point = (dx + scale * x, dy + scale * y)."""

    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def then(self, other: "Transform") -> "Transform":
        """This transform followed by ``other``."""
        return Transform(self.scale * other.scale, other.dx + other.scale * self.dx, other.dy + other.scale * self.dy)

    def to_source(self, area: Rect) -> Rect:
        """The part of the source that lands in page area ``area``."""
        return Rect(
            (area.x - self.dx) / self.scale, (area.y - self.dy) / self.scale, area.w / self.scale, area.h / self.scale
        )


@dataclass(frozen=True)
class Layer:
    source: MapLayout | tuple[Shape, ...]
    transform: Transform = Transform()
    clip: Rect | None = None  # in page points

    def shape_count(self) -> int:
        """How many shapes the layer has in all (for progress)."""
        return len(self.source.shapes) if isinstance(self.source, MapLayout) else len(self.source)

    def shapes_in(self, page_area: Rect) -> Iterator[Shape]:
        area = page_area if self.clip is None else _intersection(self.clip, page_area)
        if area is None:
            return
        wanted = self.transform.to_source(area)
        if isinstance(self.source, MapLayout):
            yield from self.source.shapes_in(wanted)
        else:
            yield from (s for s in self.source if s.bounds().intersects(wanted))


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    layers: tuple[Layer, ...]
    title: str = ""  # for the PDF outline
    scale: float = 1.0  # of the map on this page

    def bounds(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)


@dataclass(frozen=True)
class PosterOptions:
    paper: tuple[str, float, float] | None = None  # (name, width, height) in points; None: the map's own size
    orientation: str = "auto"  # auto, portrait or landscape
    scale: float | None = None  # None: fit the paper (or 100 % without paper)
    margin: float = 10 * MM


@dataclass(frozen=True)
class TileOptions:
    paper: tuple[str, float, float]
    overlap: float = 10 * MM


@dataclass
class TilePlan:
    sheet_width: float
    sheet_height: float
    rows: int
    columns: int
    regions: list[Rect] = field(default_factory=list)  # row by row, in poster points

    @property
    def count(self) -> int:
        return self.rows * self.columns


def plan_poster(layout: MapLayout, title: str, options: PosterOptions, labels: ExportLabels) -> Page:
    """One page holding the whole map: fitted to the paper, or at the chosen scale."""
    margin = options.margin
    if options.paper is None:
        scale = 1.0 if options.scale is None else options.scale  # 0 is a scale given, and refused
        _check_scale(scale)
        width, height = layout.width * scale + 2 * margin, layout.height * scale + 2 * margin
    else:
        _, paper_w, paper_h = options.paper
        choices = [False, True] if options.orientation == "auto" else [options.orientation == "landscape"]
        best: tuple[float, float, float] | None = None
        for landscape in choices:
            w, h = oriented(paper_w, paper_h, landscape)
            fit = min((w - 2 * margin) / layout.width, (h - 2 * margin) / layout.height)
            if best is None or fit > best[0]:
                best = (fit, w, h)
        assert best is not None  # one orientation at least
        fit, width, height = best
        if fit <= 0:
            raise PlanError("margin_too_large")
        if options.scale is None and fit < MIN_SCALE:
            # Nobody asked for a scale: "the scale must lie between..." would puzzle them.
            raise PlanError("too_small_on_paper", fit=fit)
        # A small map fitted to large paper stops at the largest scale, centred.
        scale = min(fit, MAX_SCALE) if options.scale is None else options.scale
        _check_scale(scale)
        if options.scale is not None and scale > fit * (1 + 1e-9):
            raise PlanError("does_not_fit", fit=fit)
    x = (width - layout.width * scale) / 2
    y = (height - layout.height * scale) / 2
    layers = [Layer(layout, Transform(scale, x, y))]
    footer = _footer(title, scale, width, height, margin, labels)
    if footer:
        layers.append(Layer(footer))
    return Page(width, height, tuple(layers), title, scale)


def _check_scale(scale: float) -> None:
    if not (math.isfinite(scale) and MIN_SCALE <= scale <= MAX_SCALE):
        raise PlanError("bad_scale", low=MIN_SCALE, high=MAX_SCALE)


def _footer(
    title: str, scale: float, width: float, height: float, margin: float, labels: ExportLabels
) -> tuple[Shape, ...]:
    size = min(7.0, margin * 0.4)
    if size < 4.0:
        return ()
    baseline = height - margin / 2 + size * 0.35
    right = f"{labels.fill(labels.scale, labels.percent(scale))} · {labels.made_with}"
    return (
        _line_right(right, width - margin, baseline, size, MUTED),
        *_fitting_line(title, margin, baseline, width - 2 * margin - _width(right, size) - 20, size, MUTED),
    )


def plan_tiles(poster: Page, options: TileOptions) -> TilePlan:
    """Sheets covering the poster, in the sheet orientation that needs fewest sheets."""
    _, paper_w, paper_h = options.paper
    overlap = options.overlap
    best: TilePlan | None = None
    for landscape in (False, True):
        w, h = oriented(paper_w, paper_h, landscape)
        content_w, content_h = w - 2 * SHEET_MARGIN, h - 2 * SHEET_MARGIN
        if content_w <= overlap * 2 or content_h <= overlap * 2:
            raise PlanError("overlap_too_large")
        columns = max(1, math.ceil((poster.width - overlap) / (content_w - overlap) - 1e-9))
        rows = max(1, math.ceil((poster.height - overlap) / (content_h - overlap) - 1e-9))
        if best is None or rows * columns < best.count:
            best = TilePlan(w, h, rows, columns)
    plan = best
    assert plan is not None  # both orientations were tried
    if plan.count > MAX_SHEETS:
        raise PlanError("too_many_sheets", count=plan.count, limit=MAX_SHEETS)
    content_w, content_h = plan.sheet_width - 2 * SHEET_MARGIN, plan.sheet_height - 2 * SHEET_MARGIN
    total_w = plan.columns * (content_w - overlap) + overlap
    total_h = plan.rows * (content_h - overlap) + overlap
    left, top = (poster.width - total_w) / 2, (poster.height - total_h) / 2
    for row in range(plan.rows):
        for column in range(plan.columns):
            plan.regions.append(
                Rect(left + column * (content_w - overlap), top + row * (content_h - overlap), content_w, content_h)
            )
    return plan


def sheet_code(row: int, column: int) -> str:
    """'A1' for the first sheet: a letter for the row (A..Z, AA..), a number for the column."""
    letters = ""
    number = row + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{column + 1}"


def tile_pages(poster: Page, options: TileOptions, labels: ExportLabels) -> list[Page]:
    """The assembly overview followed by one page per sheet."""
    plan = plan_tiles(poster, options)
    pages = [_overview(poster, plan, options, labels)]
    content = Rect(
        SHEET_MARGIN, SHEET_MARGIN, plan.sheet_width - 2 * SHEET_MARGIN, plan.sheet_height - 2 * SHEET_MARGIN
    )
    for index, region in enumerate(plan.regions):
        row, column = divmod(index, plan.columns)
        shift = Transform(1.0, SHEET_MARGIN - region.x, SHEET_MARGIN - region.y)
        layers = [Layer(layer.source, layer.transform.then(shift), content) for layer in poster.layers]
        code = sheet_code(row, column)
        text = (
            f"{code} · {labels.fill(labels.row_column, row + 1, column + 1)} · "
            f"{labels.fill(labels.sheet, index + 1, plan.count)}"
        )
        marks = [*_crop_marks(content), *_overlap_ticks(content, options.overlap, row, column, plan)]
        # Labels start past the crop marks' corner so no mark crosses them.
        label_x = SHEET_MARGIN + 3 * MM
        marks.append(_line(text, label_x, SHEET_MARGIN / 2 + 2.5, 7.0, MARK, bold=True))
        marks.extend(
            _fitting_line(
                poster.title, label_x, plan.sheet_height - SHEET_MARGIN / 2 + 2.5, content.w - 6 * MM, 6.5, MUTED
            )
        )
        layers.append(Layer(tuple(marks)))
        pages.append(Page(plan.sheet_width, plan.sheet_height, tuple(layers), f"{poster.title} {code}", poster.scale))
    return pages


def _crop_marks(content: Rect) -> list[Shape]:
    gap = 1.5 * MM
    marks: list[Shape] = []
    for x, dx in ((content.x, -1), (content.right, 1)):
        for y, dy in ((content.y, -1), (content.bottom, 1)):
            marks.append(Polyline(((x + dx * gap, y), (x + dx * (gap + CROP_MARK), y)), MARK, 0.5))
            marks.append(Polyline(((x, y + dy * gap), (x, y + dy * (gap + CROP_MARK))), MARK, 0.5))
    return marks


def _overlap_ticks(content: Rect, overlap: float, row: int, column: int, plan: TilePlan) -> list[Shape]:
    """Dashed ticks in the margin where the next sheet's edge will lie (the glue zone)."""
    ticks: list[Shape] = []
    length = CROP_MARK
    if column + 1 < plan.columns:
        x = content.right - overlap
        ticks += [
            Polyline(((x, content.y - 1.5 * MM), (x, content.y - 1.5 * MM - length)), MUTED, 0.5, (2, 2)),
            Polyline(((x, content.bottom + 1.5 * MM), (x, content.bottom + 1.5 * MM + length)), MUTED, 0.5, (2, 2)),
        ]
    if row + 1 < plan.rows:
        y = content.bottom - overlap
        ticks += [
            Polyline(((content.x - 1.5 * MM, y), (content.x - 1.5 * MM - length, y)), MUTED, 0.5, (2, 2)),
            Polyline(((content.right + 1.5 * MM, y), (content.right + 1.5 * MM + length, y)), MUTED, 0.5, (2, 2)),
        ]
    return ticks


def _overview(poster: Page, plan: TilePlan, options: TileOptions, labels: ExportLabels) -> Page:
    width, height = oriented(plan.sheet_width, plan.sheet_height, poster.width > poster.height)
    margin = SHEET_MARGIN
    shapes: list[Shape] = []
    y = margin
    shapes.append(_line(labels.overview, margin, y + 16, 16.0, MARK, bold=True))
    y += 26
    shapes.extend(_fitting_line(poster.title, margin, y + 10, width - 2 * margin, 10.0, MUTED))
    y += 20
    text = labels.fill(
        labels.instructions, plan.count, options.paper[0], plan.rows, plan.columns, f"{options.overlap / MM:.0f}"
    )
    for line in wrap(text, face(False), 9.0, width - 2 * margin):
        shapes.append(_line(line, margin, y + 9, 9.0, MARK))
        y += 9 * 1.3
    y += 12
    area = Rect(margin, y, width - 2 * margin, height - margin - y)
    # The sheets overhang the poster (they are centred on it), so fit both.
    extent = poster.bounds()
    for region in plan.regions:
        extent = extent.union(region)
    scale = min(area.w / extent.w, area.h / extent.h)
    placed = Transform(scale, area.x + (area.w - extent.w * scale) / 2 - extent.x * scale, area.y - extent.y * scale)
    layers = [Layer(layer.source, layer.transform.then(placed)) for layer in poster.layers]
    outline = Rect(placed.dx, placed.dy, poster.width * scale, poster.height * scale)
    shapes.append(Box(outline, "", MUTED, 0.5))
    grid: list[Shape] = []
    code_size = max(5.0, min(14.0, plan.regions[0].h * scale * 0.25))
    for index, region in enumerate(plan.regions):
        rect = Rect(placed.dx + region.x * scale, placed.dy + region.y * scale, region.w * scale, region.h * scale)
        grid.append(Box(rect, "", "#c0392b", 0.8))
        code = sheet_code(*divmod(index, plan.columns))
        code_width = _width(code, code_size, bold=True)
        cx, cy = rect.x + rect.w / 2, rect.y + rect.h / 2
        grid.append(
            Box(
                Rect(cx - code_width / 2 - 3, cy - code_size * 0.9, code_width + 6, code_size * 1.3),
                "#ffffff",
                radius=2,
            )
        )
        grid.append(_line(code, cx - code_width / 2, cy + code_size * 0.3, code_size, "#c0392b", bold=True))
    return Page(width, height, (Layer(tuple(shapes)), *layers, Layer(tuple(grid))), labels.overview, poster.scale)


def _width(text: str, size: float, bold: bool = False) -> float:
    return face(bold).width(text, size)


def _line(text: str, x: float, baseline: float, size: float, color: str, bold: bool = False) -> TextLine:
    return TextLine(text, x, baseline, size, bold, color, _width(text, size, bold))


def _line_right(text: str, right: float, baseline: float, size: float, color: str) -> TextLine:
    width = _width(text, size)
    return TextLine(text, right - width, baseline, size, False, color, width)


def _fitting_line(text: str, x: float, baseline: float, width: float, size: float, color: str) -> Sequence[Shape]:
    """A single line, shortened with an ellipsis if it is wider than ``width``."""
    text = " ".join(text.split())
    if not text or width <= size:
        return ()
    if _width(text, size) > width:
        while text and _width(text + "…", size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    return (_line(text, x, baseline, size, color),)


def _intersection(a: Rect, b: Rect) -> Rect | None:
    x, y = max(a.x, b.x), max(a.y, b.y)
    right, bottom = min(a.right, b.right), min(a.bottom, b.bottom)
    if right <= x or bottom <= y:
        return None
    return Rect(x, y, right - x, bottom - y)

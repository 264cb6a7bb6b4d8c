"""Exporting maps as PDF or PNG: choose maps, plan pages, check, write atomically.

Everything that can be refused is refused before any page is drawn: an
unknown map, a scale that does not fit the paper, a PNG too large to make.
Files are written beside their target and renamed into place, so a failure
(full disk, read-only folder, cancel) never leaves a half-written file.
"""

import os
import stat
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..collector import collector_paused
from ..domain import Document
from ..export.pages import (
    MAX_SHEETS,
    ExportLabels,
    Page,
    PlanError,
    PosterOptions,
    TileOptions,
    plan_poster,
    tile_pages,
)
from ..layout import DEFAULT_THEME, Labels, MapLayout, Theme, compute_layout
from ..persistence.atomic import replacing
from ..persistence.errors import ProjectFileError
from ..persistence.stale_temps import remove_stale_temps
from ..persistence.workspace import project_lock
from .export_errors import MAX_DPI, MIN_DPI, ExportError, ExportProblem

# An export's temporary file not written to for this long was left by a crash;
# a live export (even a 300 dpi A0 PNG) writes its file far more often. Only
# needed when the target's lock cannot be had: with it, no live export of ours
# writes there, and a killed one's file goes at once.
STALE_SECONDS = 600.0

# The cards laid out for one export, counted before the layout: it holds about
# 1.3 KB a card (25 MB at 20,000), so a million would take over a gigabyte and
# half a minute before any paper could be considered (measured on the sample's
# kind of cards). The editor is tuned for 20,000.
MAX_EXPORT_CARDS = 100_000

MIN_PIXEL_WIDTH, MAX_PIXEL_WIDTH = 16, 32_767

Progress = Callable[[int, int], None]


class ExportCancelled(ExportError):
    def __init__(self):
        super().__init__(ExportProblem.CANCELLED)


@dataclass(frozen=True)
class ExportRequest:
    format: str  # "pdf" or "png"
    map_ids: tuple[str, ...]
    poster: PosterOptions = PosterOptions()
    tile: TileOptions | None = None
    dpi: float = 150.0
    pixel_width: int | None = None  # PNG: sets the dpi so the image is this wide
    transparent: bool = False


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    pixel_sizes: list[tuple[int, int, float]] = field(default_factory=list)  # PNG: width, height, dpi
    missing_characters: set[str] = field(default_factory=set)
    # Pictures that could not be decoded (not PNG or JPEG, too many pixels, a lying
    # header): left out of the pages, and named with the map and step that show them.
    skipped_pictures: list = field(default_factory=list)  # of app.pictures.PictureProblem


def select_maps(document: Document, which: str | None, every: bool) -> tuple[str, ...]:
    """Map ids for ``--all``, ``--map N`` (from 1), ``--map NAME``/id, or the first map."""
    maps = document.maps()
    if not maps:
        raise ExportError(ExportProblem.NO_MAPS)
    if every:
        return tuple(m.id for m in maps)
    if which is None:
        return (maps[0].id,)
    text = which.strip()
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(maps):
            return (maps[number - 1].id,)
    for journey in maps:
        if journey.id == text or journey.title.casefold() == text.casefold():
            return (journey.id,)
    raise ExportError(ExportProblem.UNKNOWN_MAP, name=which, choices=[m.title for m in maps])


@dataclass(frozen=True)
class PlannedExport:
    request: ExportRequest
    layouts: list[MapLayout]
    pages: list[Page]  # PDF: all pages in order; PNG: one page per map
    dpis: list[float]  # PNG: the dpi of each page

    @property
    def missing_characters(self) -> set[str]:
        return set().union(*(layout.missing_characters for layout in self.layouts))


@collector_paused()  # a burst of shapes and pages, no garbage cycles (see collector.py)
def plan_export(
    document: Document,
    request: ExportRequest,
    labels: Labels = Labels(),
    export_labels: ExportLabels = ExportLabels(),
    theme: Theme = DEFAULT_THEME,
) -> PlannedExport:
    """Lay out the maps and plan every page; raises ExportError before anything is drawn."""
    if request.format == "png" and request.tile is not None:
        raise ExportError(ExportProblem.TILES_NEED_PDF)
    if request.format == "png" and request.pixel_width is None and not MIN_DPI <= request.dpi <= MAX_DPI:
        raise ExportError(ExportProblem.BAD_DPI, low=MIN_DPI, high=MAX_DPI)
    if request.pixel_width is not None and not MIN_PIXEL_WIDTH <= request.pixel_width <= MAX_PIXEL_WIDTH:
        raise ExportError(ExportProblem.BAD_PIXEL_WIDTH, low=MIN_PIXEL_WIDTH, high=MAX_PIXEL_WIDTH)
    cards = sum(document.card_count(map_id) for map_id in request.map_ids)
    if cards > MAX_EXPORT_CARDS:
        raise ExportError(ExportProblem.TOO_MANY_CARDS, cards=cards, limit=MAX_EXPORT_CARDS)
    layouts, pages, dpis = [], [], []
    for map_id in request.map_ids:
        layout = compute_layout(document, map_id, theme, labels)
        layouts.append(layout)
        title = document.map(map_id).title
        try:
            poster = plan_poster(layout, title, request.poster, export_labels)
            pages.extend(tile_pages(poster, request.tile, export_labels) if request.tile else [poster])
        except PlanError as error:
            raise ExportError(ExportProblem(error.code), title=title, **error.details) from None
        if request.tile and len(pages) - len(layouts) > MAX_SHEETS:  # --all: every map's sheets together
            raise ExportError(ExportProblem.TOO_MANY_SHEETS, count=len(pages) - len(layouts), limit=MAX_SHEETS)
        if request.format == "png":
            from ..export.png import pixel_size, too_large  # Pillow: only for a PNG

            dpi = request.dpi if request.pixel_width is None else request.pixel_width * 72 / poster.width
            size = pixel_size(poster, dpi)
            if too_large(size):
                raise ExportError(ExportProblem.PNG_TOO_LARGE, title=title, width=size.width, height=size.height)
            dpis.append(dpi)
    return PlannedExport(request, layouts, pages, dpis)


def png_targets(target: Path, count: int) -> list[Path]:
    """One map: the target itself; several: name-1.png, name-2.png, ..."""
    if count == 1:
        return [target]
    return [target.with_name(f"{target.stem}-{n}{target.suffix}") for n in range(1, count + 1)]


def export_targets(request: ExportRequest, target: Path, source: Path | None = None) -> list[Path]:
    """The files an export will write, each checked before anything is drawn.

    A link is written through (the file it points at gets the export, as Save
    does), so it is that file that must be a regular file or not yet exist: a
    device or a fifo is never replaced. No target may be the source project,
    compared by identity (a hard link, ``./x``, another spelling of the path).
    """
    count = 1 if request.format == "pdf" else len(request.map_ids)
    checked = []
    for path in png_targets(Path(target), count):
        real = Path(os.path.realpath(path))
        if _companion_of_a_file(real):
            raise ExportError(ExportProblem.TARGET_IS_COMPANION, path=str(path))
        try:
            status = real.stat()
        except FileNotFoundError:
            checked.append(real)
            continue
        except OSError:
            status = None  # unreadable: replacing() says why when it tries
        if status is not None and not stat.S_ISREG(status.st_mode):
            raise ExportError(ExportProblem.TARGET_NOT_A_FILE, path=str(path))
        if source is not None and status is not None and _same_file(real, Path(source)):
            raise ExportError(ExportProblem.TARGET_IS_SOURCE, path=str(path))
        if status is not None and not _replaceable_by(real, request.format):
            raise ExportError(ExportProblem.TARGET_NOT_AN_EXPORT, path=str(path), format=request.format.upper())
        checked.append(real)
    return checked


_SIGNATURES = {"pdf": b"%PDF", "png": b"\x89PNG\r\n\x1a\n"}
# A project's own files beside it: the lock other users read, SQLite's side files.
_PROJECT_COMPANIONS = (".lock", "-journal", "-wal", "-shm")


def _companion_of_a_file(real: Path) -> bool:
    """A name like a file's lock or SQLite side file, beside that file (a PDF made
    there would read as a damaged lock, or be applied to the project by SQLite)."""
    return any(
        real.name.endswith(companion) and real.with_name(real.name[: -len(companion)]).is_file()
        for companion in _PROJECT_COMPANIONS
    )


def _replaceable_by(real: Path, fmt: str) -> bool:
    """An export replaces only an earlier export of its format (or an empty file):
    through a link or a careless name it would otherwise overwrite a project, a
    project's lock file or its side files (found in review: ``-o out.pdf`` linked
    to another project turned it into a PDF)."""
    try:
        with open(real, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return True  # unreadable: replacing() says why when it tries
    return head == b"" or head.startswith(_SIGNATURES[fmt])


@contextmanager
def _writing(target: Path, suffix: str):
    """``replacing`` the target, holding its lock; first, what a killed export of it left."""
    lock = project_lock(target)
    try:
        held = lock.acquire()
    except ProjectFileError:
        held = False  # no usable state folder: an export needs none, the age keeps live writes safe
    try:
        remove_stale_temps(target, suffix, older_than=0.0 if held else STALE_SECONDS)
        with replacing(target, suffix, (ExportError,)) as temp:
            yield temp
    finally:
        lock.release()


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


@collector_paused()  # at 20,000 cards a full collection held the interpreter for 0.4 s, freezing the window
def run_export(
    document: Document,
    planned: PlannedExport,
    target: Path,
    subject: str = "",
    progress: Progress | None = None,
    source: Path | None = None,
) -> ExportResult:
    """Draw and write the planned pages; ``progress(done, total)`` may raise ExportCancelled."""
    from ..export.pictures import Pictures  # Pillow: decodes each picture as PNG or JPEG, or leaves it out

    targets = export_targets(planned.request, target, source)
    pictures = Pictures(document.images())
    request = planned.request
    result = ExportResult(missing_characters=planned.missing_characters)
    titles = [document.map(map_id).title for map_id in request.map_ids]
    if request.format == "pdf":
        from ..export.pdf import PdfMeta, render_pdf  # ReportLab, or Pillow below: only the one needed

        meta = PdfMeta(title=" · ".join(titles), subject=subject, keywords=("customer journey map",))
        with _writing(targets[0], ".pdf.tmp") as temp:
            render_pdf(temp, planned.pages, pictures, meta, progress, page_done=_releasing(planned.pages))
        result.files.append(target)
        result.pages = len(planned.pages)
        result.skipped_pictures = _skipped(document, pictures, request.map_ids)
        return result
    from ..export.png import write_png

    total = len(planned.pages)
    done_with = _releasing(planned.pages)
    shown = png_targets(target, total)  # the names asked for; ``targets`` are the files they lead to
    for index, (page, dpi, path, name) in enumerate(zip(planned.pages, planned.dpis, targets, shown)):

        def strip_progress(done: int, strips: int, index=index) -> None:
            if progress is not None:
                progress(index * 1000 + done * 1000 // strips, total * 1000)

        with _writing(path, ".png.tmp") as temp:
            size = write_png(temp, page, pictures, dpi, request.transparent, strip_progress)
        done_with(index)
        result.files.append(name)
        result.pixel_sizes.append((size.width, size.height, dpi))
    result.pages = total
    result.skipped_pictures = _skipped(document, pictures, request.map_ids)
    return result


def _releasing(pages: list[Page]) -> Callable[[int], None]:
    """``done(index)`` after page ``index`` is drawn: the maps no later page shows let go
    of their placed shapes, so that an export of many maps holds about one map's."""
    last: dict[int, tuple[int, MapLayout]] = {}
    for index, page in enumerate(pages):
        for layer in page.layers:
            if isinstance(layer.source, MapLayout):
                last[id(layer.source)] = (index, layer.source)

    def done(index: int) -> None:
        for key, (final, layout) in list(last.items()):
            if final <= index:
                layout.release_placed_shapes()
                del last[key]

    return done


def _skipped(document: Document, pictures, map_ids) -> list:
    from .pictures import PictureProblem, picture_places

    return [
        PictureProblem(image_id, reason, picture_places(document, image_id, map_ids))
        for image_id, reason in pictures.failed.items()
    ]

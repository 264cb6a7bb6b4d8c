"""``journeymapper export``: maps of a project as PDF or PNG.

    journeymapper export FILE [--map N|NAME|--all] --format pdf|png -o OUT
        [--paper A0] [--landscape|--portrait] [--fit|--scale S] [--margin 10mm]
        [--tile A4 --overlap 10mm] [--dpi 150|--width PX] [--transparent]

Every option is checked, and every page planned, before anything is written.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..app.exporting import (
    ExportError,
    ExportProblem,
    ExportRequest,
    export_targets,
    plan_export,
    run_export,
    select_maps,
)
from ..app.files import read_project
from ..export.pages import PosterOptions, TileOptions
from ..export.paper import MAX_PAPER, MIN_PAPER, MM, PAPER_NAMES, PaperError, parse_length, parse_paper
from ..i18n import translate
from ..messages import error_message, recovery_names
from ..print_labels import map_labels, poster_labels
from .common import UsageError, err, existing_project_path, out, picture_lines, project_path
from .export_options import DEFAULT_PDF_PAPER

STDOUT = "-"  # -o -: the export goes to standard output, for a pipe
# Option values out of range are usage errors (exit 2), like unknown options.
USAGE_PROBLEMS = frozenset(
    {
        ExportProblem.BAD_DPI,
        ExportProblem.BAD_PIXEL_WIDTH,
        ExportProblem.BAD_SCALE,
        ExportProblem.TILES_NEED_PDF,
        ExportProblem.UNKNOWN_MAP,
        ExportProblem.TOO_MANY_SHEETS,
        ExportProblem.TARGET_IS_SOURCE,
        ExportProblem.TARGET_NOT_A_FILE,
        ExportProblem.TARGET_NOT_AN_EXPORT,
        ExportProblem.TARGET_IS_COMPANION,
    }
)


def _usage(message: str) -> UsageError:
    return UsageError(message)


def _scale(text: str) -> float:
    value = text.strip().replace(",", ".")
    try:
        return float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        raise _usage(translate("Cli", "“%1” is not a scale; write e.g. 0.5 or 50%.").replace("%1", text)) from None


def _paper(text: str):
    try:
        return parse_paper(text)
    except PaperError:
        raise _usage(
            translate("Cli", "Unknown paper size “%1”: use %2, or WIDTHxHEIGHTmm from %3 to %4 mm.")
            .replace("%1", text)
            .replace("%2", ", ".join(PAPER_NAMES))
            .replace("%3", f"{MIN_PAPER / MM:.0f}")
            .replace("%4", f"{MAX_PAPER / MM:.0f}")
        ) from None


def _length(text: str) -> float:
    try:
        return parse_length(text)
    except PaperError:
        raise _usage(
            translate("Cli", "“%1” is not a length; write e.g. 10mm, 1cm or 0.5in.").replace("%1", text)
        ) from None


def request_from(args, document) -> ExportRequest:
    output = Path(args.output)
    fmt = args.format or output.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "png"):
        raise _usage(translate("Cli", "Give --format pdf or png, or an OUT ending in .pdf or .png."))
    paper = _paper(args.paper) if args.paper else (_paper(DEFAULT_PDF_PAPER) if fmt == "pdf" else None)
    orientation = "landscape" if args.landscape else ("portrait" if args.portrait else "auto")
    scale = _scale(args.scale) if args.scale is not None else None
    poster = PosterOptions(paper, orientation, scale, _length(args.margin))
    tile = TileOptions(_paper(args.tile), _length(args.overlap)) if args.tile else None
    return ExportRequest(
        fmt, select_maps(document, args.map, args.all), poster, tile, args.dpi, args.width, args.transparent
    )


def cmd_export(args) -> int:
    source = existing_project_path(args.file)
    document, _fixes, _version = read_project(source, names=recovery_names())
    to_stdout = args.output == STDOUT
    try:
        if not to_stdout and (not args.output or args.output.endswith(("/", os.sep)) or Path(args.output).is_dir()):
            raise _usage(
                translate("Cli", "“%1” is a folder; give the export a file name, e.g. %2.")
                .replace("%1", args.output)
                .replace("%2", str(Path(args.output or ".") / "kaart.pdf"))
            )
        request = request_from(args, document)
        target = Path(args.output)
        if to_stdout:
            _check_stdout(request)
        elif not target.suffix:
            target = target.with_suffix("." + request.format)
        if target.suffix.lower() == project_path("x").suffix:
            raise _usage(
                translate("Cli", "Refusing to write the export over a project file: %1").replace("%1", str(target))
            )
        if not to_stdout:
            export_targets(request, target, source)  # every file it would write, before the work
        planned = plan_export(document, request, map_labels(), poster_labels())
    except ExportError as error:
        if error.problem in USAGE_PROBLEMS:
            raise _usage(error_message(error)) from None
        raise
    show = not args.quiet and (args.progress or sys.stderr.isatty())

    def progress(done: int, total: int) -> None:
        if show:
            percent = done * 100 // max(1, total)
            sys.stderr.write("\r" + translate("Cli", "Exporting… %1 %").replace("%1", str(percent)))
            sys.stderr.flush()

    def export_to(path: Path):
        if show:
            progress(0, 1)
        done = run_export(
            document, planned, path, subject=translate("Cli", "Customer journey map"), progress=progress, source=source
        )
        if show:
            sys.stderr.write("\n")
        return done

    if to_stdout:
        # Drawn into a private file first: a failure half-way then sends nothing down the pipe.
        with tempfile.TemporaryDirectory(prefix="journeymapper-") as folder:
            result = export_to(Path(folder) / f"export.{request.format}")
            with open(result.files[0], "rb") as drawn:
                shutil.copyfileobj(drawn, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    else:
        result = export_to(target)
    if result.missing_characters:
        chars = " ".join(sorted(result.missing_characters))
        err(
            translate(
                "Cli", "Warning: the font has no letters for these characters; they print as empty boxes: %1"
            ).replace("%1", chars)
        )
    if result.skipped_pictures:
        for line in picture_lines(result.skipped_pictures, skipped=True):
            err(translate("Cli", "Warning: %1").replace("%1", line))
    if not args.quiet and not to_stdout:
        for path in result.files:
            out(translate("Cli", "Exported %1.").replace("%1", str(path)))
        if request.format == "pdf":
            out(translate("Cli", "Pages: %1").replace("%1", str(result.pages)))
        for width, height, dpi in result.pixel_sizes:
            out(
                translate("Cli", "%1 × %2 pixels at %3 dpi")
                .replace("%1", str(width))
                .replace("%2", str(height))
                .replace("%3", f"{dpi:.0f}")
            )
    return 0


def _check_stdout(request: ExportRequest) -> None:
    """``-o -``: one file down a pipe, never binary onto a terminal."""
    if request.format == "png" and len(request.map_ids) > 1:
        raise _usage(
            translate(
                "Cli",
                "Several maps make several PNG files; standard output takes one. "
                "Choose one with --map, or give -o a file name.",
            )
        )
    if sys.stdout.isatty():
        raise _usage(
            translate(
                "Cli",
                "Refusing to write a %1 to the terminal; redirect the output to a file or a "
                "program, or give -o a file name.",
            ).replace("%1", request.format.upper())
        )
